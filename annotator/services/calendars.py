"""A DATE value as its readers know it, shown beside the stored Gregorian (ISO) value.

A DATE span's ``value`` is always Gregorian; its text may have used another calendar
(``15 رمضان 1442``, ``۱۷ آبان ۱۳۹۹``). The window shows, beside the ISO value:

- in a Persian article, the Solar Hijri day (``۱۷ آبان ۱۳۹۹``);
- in an Arabic or Persian article whose DATE text was in the Hijri (lunar) calendar,
  the Hijri day, month or year instead (``15 رمضان 1442 هـ``), converted with the Umm
  al-Qura calendar of ``hijridate`` (the one the date suggester uses).

Which calendar the text used is the span's ``calendar`` attribute when it says
``hijri`` or ``solar_hijri``; otherwise (a hand-tagged span keeps the default,
``gregorian``) it is read from the span's text with the date grammar's lexicons.
"""

from __future__ import annotations

import re

from hijridate import Gregorian

from annotator.core.timex import solar_hijri_day
from annotator.text.dates import find_dates
from annotator.text.dates.fields import era_calendar
from annotator.text.dates.patterns import ERA
from annotator.text.fold import fold

HIJRI_MONTHS = {
    "ar": (
        "", "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ),
    "fa": (
        "", "محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
        "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه",
    ),
}  # fmt: skip
# How each language marks a Hijri (lunar) year.
HIJRI_ERA = {"ar": "هـ", "fa": "ه\u200d.ق"}
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T.*)?")
_INTERVAL = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})/([0-9]{4})-([0-9]{2})-([0-9]{2})")
# a year followed by its era word (1442 هـ, ۱۴۴۲ ه‍.ق), which the grammar reads only
# after a year noun (سنة 1442 هـ): a span's text is often the year alone
_YEAR_ERA = re.compile(rf"(?<![0-9])([0-9]{{4}})\s*({ERA})(?![^\W\d_])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def source_calendar(text: str, lang: str, recorded: str = "") -> str:
    """The calendar a DATE span's ``text`` used: "hijri", "solar_hijri" or "gregorian".

    ``recorded`` is the span's ``calendar`` attribute; "hijri" or "solar_hijri" there
    is taken as is, anything else is checked against the text (``15 رمضان 1442``,
    ``1442 هـ`` and ``۱۴۴۲ قمری`` are Hijri)."""
    if recorded in ("hijri", "solar_hijri"):
        return recorded
    for match in find_dates(text, lang):
        if match.calendar != "gregorian":
            return match.calendar
    era = _YEAR_ERA.search(fold(text).translate(_DIGITS))
    if era:
        return era_calendar(era.group(2), int(era.group(1)), lang, "gregorian")
    return "gregorian"


def _written(text: str, lang: str) -> str:
    return text.translate(_PERSIAN_DIGITS) if lang == "fa" else text


def hijri_text(value: str, lang: str) -> str:
    """``value`` in the Hijri (Umm al-Qura) calendar as an Arabic or Persian reader
    writes it: a day (``2021-04-27`` -> ``15 رمضان 1442 هـ``), or an interval that is
    exactly a Hijri month or year (``2021-04-13/2021-05-12`` -> ``رمضان 1442 هـ``).
    "" for any other value or a date outside 1924-2077, where Umm al-Qura is defined."""
    names = HIJRI_MONTHS["fa" if lang == "fa" else "ar"]
    era = HIJRI_ERA["fa" if lang == "fa" else "ar"]
    try:
        day = _DAY.fullmatch(value or "")
        if day:
            h = Gregorian(*(int(g) for g in day.groups())).to_hijri()
            return _written(f"{h.day} {names[h.month]} {h.year} {era}", lang)
        interval = _INTERVAL.fullmatch(value or "")
        if not interval:
            return ""
        numbers = [int(g) for g in interval.groups()]
        first = Gregorian(*numbers[:3]).to_hijri()
        last = Gregorian(*numbers[3:]).to_hijri()
        if first.day != 1 or last.day != last.month_length():
            return ""
        if (first.year, first.month) == (last.year, last.month):
            return _written(f"{names[first.month]} {first.year} {era}", lang)
        if first.year == last.year and (first.month, last.month) == (1, 12):
            return _written(f"{first.year} {era}", lang)
    except (ValueError, OverflowError):
        return ""
    return ""


def beside_value(value: str, text: str, lang: str, recorded: str = "") -> str:
    """What to show beside a DATE's Gregorian ``value`` for an article in ``lang``:
    the Hijri rendering when ``text`` was Hijri (Arabic and Persian articles), else
    the Solar Hijri day in a Persian article, else ""."""
    if not value or not isinstance(value, str) or lang not in ("ar", "fa"):
        return ""  # a value imported as a number (2020) is shown as it is, nothing beside
    if source_calendar(text, lang, recorded) == "hijri":
        shown = hijri_text(value, lang)
        if shown:
            return shown
    return solar_hijri_day(value) if lang == "fa" else ""
