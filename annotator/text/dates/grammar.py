"""Find date and time expressions on the folded text and report exact source offsets.

Matching runs on ``fold_with_map(text).text``, so the lexicons need one spelling per word
and digits are ASCII; every match is mapped back with :meth:`Folded.to_source`. The
grammar only reads fields (day, month, year, calendar, clock, weekday, season, quarter,
decade, relative unit and offset); values are computed by the suggestion engine.

Extents follow the TIMEX3 rules of the annotation guidelines (resources/guidelines.md):

``dmy``       ``10 أكتوبر 2020``, ``۲۰ آبان ۱۳۹۹``, ``یازدهم ماه ژانویه``,
              ``الحادي عشر من أكتوبر``, ``27 سبتمبر/أيلول``, ``10 مايو الماضي``
``list``      ``10 و 17 أكتوبر``, ``11-12 تشرين الثاني``, ``من 10 إلى 17 أكتوبر``:
              ONE span, whose value is the month
``my``        ``أكتوبر 2020``, ``شهر مارس 2020``, ``آبان ۱۳۹۹``
``month``     ``شهر مارس``, ``ماه مه``, ``مايو الماضي``, ``اوایل ماه مه``, ``مارس من العام
              الماضي`` (names that are also common words need a unit noun or a modifier)
``numeric``   ``16-11-2020``, ``2020/11/16``, ``1399/08/20``
``year``      ``سنة 1999``, ``سنة1999``, ``عام 2019``, ``سال ۱۳۹۸`` (the unit noun is in the
              span), ``في 2020`` (the preposition is not), ``أواخر عام 2019``
``years``     ``بين 2019 و2021``, ``2019-2021``: one span without a value
``weekday``   ``يوم السبت``, ``اليوم السبت``, ``روز دوشنبه``, ``الأحد الماضي``
``relative``  ``أمس``, ``اليوم``, ``دیروز``, ``هفته گذشته``, ``أواخر الشهر الجاري``,
              ``منتصف العام المقبل``, ``صباح اليوم``
``part``      ``أواخر الشهر``, ``پایان سال`` (a modifier and a bare unit: the current one)
``ago``       ``قبل خمس سنوات``, ``بعد يومين``, ``دو سال بعد``, ``پنج سال پیش``
``clock``     ``الساعة 10 صباحا``, ``ساعت ۱۰:۱۵``, ``19:31 GMT``; a bare ``10:45`` only
              next to a date
``season``    ``صيف 2020``, ``الشتاء الماضي``, ``تابستان ۱۳۹۹``
``quarter``   ``الربع الثالث من عام 2020``, ``سه‌ماهه دوم``
``decade``    ``التسعينيات``, ``ثمانينيات القرن الماضي``, ``دهه ۱۳۶۰``, ``دهه نود``

Then (:mod:`.compose`) a weekday joins the dated day after it, a clock time joins the
day next to it, and ``بين X و Y`` / ``من X إلى Y`` / ``از X تا Y`` / ``X - Y`` become one
span. Where matches overlap the earliest, then the longest, wins. A bare number next to
a month is a day, never a year. Homographs are rejected by context (:mod:`.fields`).
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.text.dates.fields import read_fields
from annotator.text.dates.patterns import COMPILED, START_GROUPS
from annotator.text.fold import fold_with_map

__all__ = ["DateMatch", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression: source offsets and the fields the grammar read."""

    start: int
    end: int
    rule: str
    calendar: str = "gregorian"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    utc: bool = False
    weekday: int | None = None  # ISO 1..7
    direction: int = 0  # -1 the previous one ("الماضي"), +1 the next one, 0 unsaid
    today: bool = False  # "اليوم السبت": the anchor day itself
    unit: str = ""  # relative and arithmetic: day, week, month, year, decade
    offset: int = 0
    season: str = ""  # SP, SU, FA, WI
    quarter: int | None = None
    decade: int | None = None  # 199 for the 1990s; 136 for the Solar Hijri 1360s
    mod: str = ""  # START, MID, END (أوائل، منتصف، أواخر)
    year_offset: int | None = None  # "من العام الماضي": the anchor's year + offset
    vague: int = 0  # "قبل بضعة أيام": -1 past, +1 future, no exact value
    empty: bool = False  # a range with no common unit: no value
    pm: bool = False  # "مساء أمس": a clock hour joined to it is in the afternoon
    bare: bool = False  # a bare clock time, a DATE only next to a date

    @property
    def has_day(self) -> bool:
        """The expression names one day (a date, a weekday, a relative day)."""
        return (
            self.day is not None
            or self.weekday is not None
            or (self.unit == "day" and not self.vague)
        )


def _start(rule: str, m) -> int:
    """Where the span begins inside the match (prepositions and clitics stay out)."""
    if rule == "dmy":
        if m.group("pre"):
            return m.start("frame") if m.group("frame") else m.start("pre")
        return m.start("day")
    for name in START_GROUPS.get(rule, ()):
        if m.group(name) is not None:
            return m.start(name)
    return m.start()


def find_dates(text: str, lang: str = "") -> list[DateMatch]:
    """Every date expression in ``text``, left to right, with source offsets.

    ``lang`` ("ar", "fa" or other) decides the calendar of a bare 13xx/14xx year:
    Solar Hijri in Persian, Hijri otherwise.
    """
    from annotator.text.dates.compose import compose

    folded = fold_with_map(text)
    ftext = folded.text
    found: list[tuple[int, int, dict]] = []
    for rule, pattern in COMPILED:
        for m in pattern.finditer(ftext):
            fields = read_fields(rule, m, ftext, lang)
            if fields is not None:
                found.append((_start(rule, m), m.end(), fields))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMatch] = []
    last_end = 0
    for start, end, fields in found:
        if start < last_end or start == end:
            continue
        last_end = end
        s, e = folded.to_source(start, end)
        while e < len(text) and text[e] == "\u0640":  # "هـ": keep the tatweel
            e += 1
        out.append(DateMatch(s, e, **fields))
    return compose(text, out)
