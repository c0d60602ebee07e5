"""Find date and time expressions on the folded text and report exact source offsets.

Matching runs on ``fold_with_map(text).text`` (docs/architecture.md), so the lexicons
need one spelling per word and digits are ASCII; every match is mapped back with
:meth:`Folded.to_source`. The grammar only reads fields (day, month, year, calendar,
time, weekday, relative unit and offset); values are computed by the suggestion engine.

Rules, tried together; where matches overlap the earliest, then the longest, wins:

``time+date``  ``19:31 GMT01 ديسمبر/ كانون الأول 2020`` (one span, a time in UTC)
``dmy``        ``10 أكتوبر 2020``, ``۲۰ آبان ۱۳۹۹``, ``یازدهم ماه ژانویه``,
               ``الحادي عشر من أكتوبر``, ``27 سبتمبر/أيلول``; year optional
``list``       ``10 و 17 أكتوبر``, ``11-12 تشرين الثاني``, ``۱۰ تا ۱۷ اکتبر``: ONE
               suggestion PER DATE; the earlier days are spans of their digits alone
               (``10``) and take the month and year of the last one (``17 أكتوبر``)
``my``         ``أكتوبر 2020``, ``آبان ۱۳۹۹`` (month and year)
``month``      ``أكتوبر``, ``شهر مارس`` (month alone; names that are also common words,
               such as ``مه`` "fog" or ``آب`` "father", need ``شهر``/``ماه`` before them)
``numeric``    ``16-11-2020 | 09:06``, ``2020/11/16``, ``1399/08/20``
``year``       ``سال ۲۰۲۰``, ``عام 2020``, ``في 2020``: the span is the number (and era)
``weekday``    ``يوم السبت``, ``اليوم السبت``, ``روز دوشنبه``, ``شنبه``, ``الأحد الماضي``
``relative``   ``أمس``, ``اليوم``, ``غدا``, ``دیروز``, ``هفته گذشته``, ``الشهر الماضي``

A weekday directly followed by a dated day (``السبت 10 أكتوبر``) becomes one span.
A bare number next to a month is a day, never a year (``11 ژانویه`` is 11 January).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from annotator.text.dates import lexicon_months, lexicon_ordinals, lexicon_relative
from annotator.text.dates import lexicon_weekdays as lw
from annotator.text.fold import fold, fold_with_map

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
    direction: int = 0  # weekday: -1 the previous one, +1 the next one, 0 unsaid
    today: bool = False  # "اليوم السبت": the anchor day itself
    unit: str = ""  # relative: day, week, month, year
    offset: int = 0


_L = r"[^\W\d_]"  # a letter (folded text has no combining marks)
_BS = rf"(?<!{_L})"  # no letter before
_BE = rf"(?!{_L})"  # no letter after


def _alt(words) -> str:
    """Regex alternation of folded phrases, longest first; a space inside a phrase
    matches any whitespace or none (ZWNJ-joined words fold together)."""
    keys = {fold(w).strip() for w in words}
    parts = [r"\s*".join(map(re.escape, k.split())) for k in sorted(keys, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


def _key(s: str) -> str:
    return "".join(s.split())


_MONTH = _alt(name for name, *_ in lexicon_months.MONTHS) + _BE
_ORD = _BS + _alt(lexicon_ordinals.ORDINALS) + _BE
_D = r"(?<![\d:.,/])(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_TIME = r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
_ERA = r"(?:ميلاديه|ميلادي|هجريه|هجري|شمسي|قمري|ه\s*\.?\s*ش|ه\s*\.?\s*ق|م|ه|ش)"
_YEAR = (
    rf"(?:\s*,?\s*(?:{_BS}(?:سال|عام|العام|سنه)\s*)?(?P<year>\d{{4}})(?!\d)"
    rf"(?:\s*(?P<era>{_ERA}){_BE})?)"
)
_ALTM = rf"(?:\s*/\s*(?P<alt1>{_MONTH})|\s*\(\s*(?P<alt2>{_MONTH})\s*\))?(?:\s*ماه{_BE})?"
_SEP = r"\s*(?:من\s+)?(?:(?:شهر|ماه)\s+)?"
_LIST_SEP = r"\s*(?:و|,|-|–|تا|الي|حتي)\s*"
_DMY = rf"(?P<day>{_D}|(?P<ord>{_ORD})){_SEP}{_BS}(?P<month>{_MONTH}){_ALTM}"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("time+date", rf"{_TIME}\s*(?P<utc>gmt|utc)?\s*{_DMY}{_YEAR}"),
        (
            "dmy",
            rf"(?P<pre>(?:{_D}{_LIST_SEP})*){_DMY}{_YEAR}?(?:\s*\|\s*{_TIME})?",
        ),
        ("my", rf"{_BS}(?P<month>{_MONTH}){_ALTM}{_YEAR}"),
        ("month", rf"{_BS}(?:(?P<mword>شهر|ماه)\s+)?(?P<month>{_MONTH}){_ALTM}"),
        (
            "numeric",
            r"(?<![\d/.-])(?:(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
            r"|(?P<y2>\d{4})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/.-])"
            rf"(?:\s*[|,]?\s*{_TIME})?",
        ),
        (
            "year",
            rf"{_BS}(?:(?:سال|عام|العام|لعام|سنه|وعام|منذ|في|خلال|حتي|در|از|تا)\s+)"
            rf"(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>{_ERA}){_BE})?",
        ),
        (
            "weekday",
            rf"{_BS}[وف]?(?P<lead>{_alt(lw.DAY_WORDS + lw.TODAY_WORDS)}\s+)?"
            rf"(?P<wd>{_alt(w for w, _ in lw.WEEKDAYS)}){_BE}"
            rf"(?:\s+(?P<mod>{_alt(lw.PAST_WORDS + lw.NEXT_WORDS)}){_BE})?",
        ),
        (
            "relative",
            rf"{_BS}[وف]?(?P<rel>{_alt(p for p, *_ in lexicon_relative.RELATIVE)}){_BE}",
        ),
    )
)

_PAST = {_key(fold(w)) for w in lw.PAST_WORDS}
_TODAY = {_key(fold(w)) for w in lw.TODAY_WORDS}
_DAY_NUM = re.compile(_D)


def _era_calendar(era: str | None, year: int, lang: str, default: str) -> str:
    """The calendar of a year: its era word, else the month's calendar (``default``),
    else by size (a year before 1600 is Solar Hijri in Persian, Hijri otherwise)."""
    era = _key(era or "").replace(".", "")
    if era in ("ش", "هش", "شمسي"):
        return "solar_hijri"
    if era in ("ه", "هق", "هجري", "هجريه", "قمري"):
        return "hijri"
    if era in ("م", "ميلادي", "ميلاديه"):
        return "gregorian"
    if default == "gregorian" and year < 1600:  # a bare 13xx/14xx year
        return "solar_hijri" if lang == "fa" else "hijri"
    return default


def _group_start(m: re.Match[str], name: str) -> int:
    return m.start(name) if m.group(name) is not None else m.end()


def _fields(rule: str, m: re.Match[str], lang: str) -> dict | None:
    """Read the fields of one match; None when it is not a date after all."""
    g = m.groupdict()
    out: dict = {"rule": rule}
    if g.get("hour") is not None:
        out.update(hour=int(g["hour"]), minute=int(g["minute"]), utc=bool(g.get("utc")))
    if g.get("month") is not None:
        cal, month, ambiguous = lexicon_months.FOLDED[_key(g["month"])]
        has_day_or_year = g.get("day") is not None or g.get("year") is not None
        if ambiguous and not has_day_or_year and not g.get("mword") and not g.get("alt1"):
            return None
        out.update(calendar=cal, month=month)
    if g.get("day") is not None:
        out["day"] = (
            int(g["day"]) if g.get("ord") is None else lexicon_ordinals.FOLDED[_key(g["ord"])]
        )
    if g.get("year") is not None:
        year = int(g["year"])
        if rule == "year" and not 1000 <= year <= 2100:
            return None
        out["year"] = year
        default = out.get("calendar", "gregorian")
        if "month" in out and default == "gregorian" and year < 1600:
            return None  # a Gregorian month with a Hijri-sized year: not a date we read
        out["calendar"] = _era_calendar(g.get("era"), year, lang, default)
    if rule == "numeric":
        y, mo, d = (g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
        year, month, day = int(y), int(mo), int(d)
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2100):
            return None
        cal = _era_calendar(None, year, lang, "gregorian")
        out.update(year=year, month=month, day=day, calendar=cal)
    if rule == "weekday":
        out["weekday"] = lw.FOLDED[_key(g["wd"])]
        lead = _key(g["lead"] or "")
        out["today"] = lead in _TODAY
        if g.get("mod"):
            out["direction"] = -1 if _key(g["mod"]) in _PAST else 1
    if rule == "relative":
        out["unit"], out["offset"] = lexicon_relative.FOLDED[_key(g["rel"])]
    return out


def _core_start(rule: str, m: re.Match[str]) -> int:
    """Where the span begins inside the match (prepositions and clitics stay out)."""
    if rule in ("my", "month"):
        return m.start("month")
    if rule == "year":
        return m.start("year")
    if rule == "weekday":
        return _group_start(m, "lead") if m.group("lead") else m.start("wd")
    if rule == "relative":
        return m.start("rel")
    if rule == "dmy" and m.group("pre"):
        return m.start("pre")
    return m.start()


def find_dates(text: str, lang: str = "") -> list[DateMatch]:
    """Every date expression in ``text``, left to right, with source offsets.

    ``lang`` ("ar", "fa" or other) decides the calendar of a bare 13xx/14xx year:
    Solar Hijri in Persian, Hijri otherwise.
    """
    folded = fold_with_map(text)
    ftext = folded.text
    found: list[tuple[int, int, str, re.Match[str], dict]] = []
    for rule, pattern in _RULES:
        for m in pattern.finditer(ftext):
            fields = _fields(rule, m, lang)
            if fields is not None:
                start = _core_start(rule, m)
                found.append((start, m.end(), rule, m, fields))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMatch] = []
    last_end = 0
    for start, end, rule, m, fields in found:
        if start < last_end or start == end:
            continue
        last_end = end
        out.extend(_expand(folded, start, end, rule, m, fields))
    return _merge_weekdays(text, out)


def _expand(folded, start, end, rule, m, fields) -> list[DateMatch]:
    """One DateMatch, or one per day for a list (``10 و 17 أكتوبر``)."""
    items: list[DateMatch] = []
    if rule == "dmy" and m.group("pre"):
        for num in _DAY_NUM.finditer(m.group("pre")):
            s, e = folded.to_source(m.start("pre") + num.start(), m.start("pre") + num.end())
            items.append(DateMatch(s, e, **{**fields, "rule": "list", "day": int(num.group())}))
        start = m.start("day")
        fields = {**fields, "rule": "list"}
    s, e = folded.to_source(start, end)
    while e < len(folded.source) and folded.source[e] == "\u0640":  # "هـ": keep the tatweel
        e += 1
    items.append(DateMatch(s, e, **fields))
    return items


_JOIN = re.compile(r"[\s,،]*")


def _merge_weekdays(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """Join ``السبت`` + ``10 أكتوبر`` (a weekday followed by a dated day) into one span."""
    out: list[DateMatch] = []
    for match in matches:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule == "weekday"
            and prev.direction == 0
            and match.day is not None
            and match.rule in ("dmy", "numeric")
            and _JOIN.fullmatch(text, prev.end, match.start)
        ):
            out[-1] = replace(match, start=prev.start, rule="weekday+" + match.rule)
            continue
        out.append(match)
    return out
