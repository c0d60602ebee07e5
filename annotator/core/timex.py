"""TIMEX3 / ISO 8601 date values: parse, validate, describe (pure, standard library only).

A DATE span's ``value`` attribute holds the date the text means, at the granularity
the text gives: ``2020`` (year), ``202`` (decade: 2020-2029), ``20`` (century:
2000-2099), ``2020-11`` (month), ``2020-11-07`` (day), ``2020-W45`` (ISO week),
``2020-W45-3`` (a day of an ISO week), ``2020-SU`` (season: SP, SU, FA, WI),
``2020-Q3`` (quarter), ``2020-11-07T19:31`` (minute) and ``2020-11-07T19:31:05`` (second,
optionally with a fraction), a time optionally followed by ``Z`` or an offset such as
``+03:30``, and the reference values ``PRESENT_REF``, ``PAST_REF`` and ``FUTURE_REF``.

Underspecified values put ``XXXX`` for a year no anchor decides (``XXXX-03-15``,
``XXXX-03``, ``XXXX-Q3``, ``XXXX-SU``) and ``XXXX-XX-XX`` before a clock time whose day
is unknown (``XXXX-XX-XXT10:00``). An ISO 8601 interval ``start/end`` of two dates
(``2019-03-21/2020-03-19``, both days included) is the value of a Solar Hijri or Hijri
year or month, which does not line up with a Gregorian one.

The value is always Gregorian (ISO 8601); the ``calendar`` attribute records which
calendar the text used (a Solar Hijri date in a Persian article is converted by the
analyst, not stored as written). Arabic-Indic and Persian digits and lower-case
letters are accepted and normalised; every other input that is not a real date raises
:class:`TimexError` with a one-line reason.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass, field
from datetime import date

CALENDARS = ("gregorian", "solar_hijri", "hijri")

GRANULARITIES = (
    "century",
    "decade",
    "year",
    "season",
    "quarter",
    "month",
    "week",
    "day",
    "minute",
    "second",
    "ref",
    "interval",
)

REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

# Fixed English names: the calendar module's follow the C locale, which Qt changes.
MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

EXAMPLES = "2020, 2020-11, 2020-11-07, 2020-W45, 2020-Q3 or 2020-11-07T19:31"

# Arabic-Indic (U+0660..) and Persian (U+06F0..) digits -> ASCII.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

_CENTURY = re.compile(r"[0-9]{2}")
_DECADE = re.compile(r"[0-9]{3}")
_YEAR = re.compile(r"[0-9]{4}")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})(?:-([0-9]))?")
_SEASON = re.compile(r"([0-9]{4})-(SP|SU|FA|WI)")
_QUARTER = re.compile(r"([0-9]{4})-Q([0-9])")
_UNKNOWN_YEAR = "XXXX"
_DMY_TYPED = re.compile(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}")
_LEAP = "2000"  # stands for an unknown year while checking a day (29 February exists)
_TIME = re.compile(
    r"([0-9]{2}):([0-9]{2})(?::([0-9]{2})(\.[0-9]{1,9})?)?"
    r"(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
)


class TimexError(ValueError):
    """A value that is not a valid TIMEX3 date; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Timex:
    """A validated value: ``value`` is canonical (ASCII digits, upper case, ``+HH:MM``)."""

    value: str
    granularity: str
    description: str = field(default="", compare=False)


def _year(text: str) -> int:
    year = int(text)
    if year < 1:
        raise TimexError("year 0000 is out of range (0001-9999)")
    return year


def _month(year: int, text: str) -> int:
    month = int(text)
    if not 1 <= month <= 12:
        raise TimexError(f"month {text} is not between 01 and 12")
    return month


def _day(year: int, month: int, text: str) -> date:
    day = int(text)
    last = _calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = MONTHS[month]
        raise TimexError(f"day {text} does not exist: {name} {year} has {last} days")
    return date(year, month, day)


def weeks_in_year(year: int) -> int:
    """How many ISO weeks ``year`` has (52 or 53): the week of 28 December."""
    return date(year, 12, 28).isocalendar()[1]


def _week(year: int, text: str) -> int:
    week = int(text)
    weeks = weeks_in_year(year)
    if not 1 <= week <= weeks:
        raise TimexError(f"week {text} does not exist: {year} has {weeks} ISO weeks")
    return week


def _week_day(year: int, week: int, text: str) -> date:
    weekday = int(text)
    if not 1 <= weekday <= 7:
        raise TimexError(f"weekday {text} is not between 1 (Monday) and 7 (Sunday)")
    try:
        return date.fromisocalendar(year, week, weekday)
    except ValueError:
        raise TimexError(f"{year}-W{week:02d}-{weekday} falls outside 0001-9999") from None


def _offset(text: str | None) -> str:
    """Validate a UTC offset and return it canonical (``Z`` or ``+HH:MM``)."""
    if not text or text == "Z":
        return text or ""
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if minutes > 59 or hours * 60 + minutes > 14 * 60:
        raise TimexError(f"UTC offset {text} is not between -14:00 and +14:00")
    return f"{text[0]}{hours:02d}:{minutes:02d}"


def _time(day_desc: str, date_text: str, text: str) -> Timex:
    m = _TIME.fullmatch(text)
    if m is None:
        if re.fullmatch(r"[0-9]{1,2}", text):
            raise TimexError(f"add the minutes: {date_text}T{int(text):02d}:00")
        raise TimexError(f"time {text!r} is not HH:MM or HH:MM:SS (24-hour clock)")
    hour, minute, second, fraction, tz = m.groups()
    if int(hour) > 23:
        raise TimexError(f"hour {hour} is not between 00 and 23")
    if int(minute) > 59:
        raise TimexError(f"minute {minute} is not between 00 and 59")
    if second is not None and int(second) > 59:
        raise TimexError(f"second {second} is not between 00 and 59")
    offset = _offset(tz)
    clock = f"{hour}:{minute}" + (f":{second}{fraction or ''}" if second else "")
    value = f"{date_text}T{clock}{offset}"
    where = {"": "", "Z": " UTC"}.get(offset, f" UTC{offset}")
    granularity = "second" if second else "minute"
    return Timex(value, granularity, f"{day_desc}, {clock}{where}")


def _day_name(d: date) -> str:
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month]} {d.year}"


def _date(text: str) -> tuple[Timex, date | None] | None:
    """Parse the date part (None if it has no TIMEX3 form); the ``date`` is set when
    the value names one day."""
    if _CENTURY.fullmatch(text):
        return Timex(text, "century", f"the years {text}00-{text}99"), None
    if _DECADE.fullmatch(text):
        return Timex(text, "decade", f"the {text}0s"), None
    if _YEAR.fullmatch(text):
        return Timex(text, "year", f"the year {_year(text)}"), None
    if m := _SEASON.fullmatch(text):
        return Timex(text, "season", f"{SEASONS[m[2]]} {_year(m[1])}"), None
    if m := _QUARTER.fullmatch(text):
        if not 1 <= int(m[2]) <= 4:
            raise TimexError(f"quarter Q{m[2]} is not between Q1 and Q4")
        return Timex(text, "quarter", f"quarter {m[2]} of {_year(m[1])}"), None
    if m := _MONTH.fullmatch(text):
        year = _year(m[1])
        month = _month(year, m[2])
        return Timex(text, "month", f"{MONTHS[month]} {year}"), None
    if m := _DAY.fullmatch(text):
        year = _year(m[1])
        day = _day(year, _month(year, m[2]), m[3])
        return Timex(text, "day", _day_name(day)), day
    if m := _WEEK.fullmatch(text):
        year = _year(m[1])
        week = _week(year, m[2])
        if m[3] is not None:
            day = _week_day(year, week, m[3])
            return Timex(text, "day", f"{_day_name(day)} (week {week})"), day
        return Timex(text, "week", f"ISO week {week} of {year}"), None
    return None


def _underspecified(text: str) -> tuple[Timex, date | None] | None:
    """``XXXX-...``: a value whose year no anchor decides, checked against a leap year;
    ``XXXX-XX-XX`` stands for an unknown day (only before a time)."""
    if text == "XXXX-XX-XX":
        return Timex(text, "day", "an unknown day"), date(int(_LEAP), 1, 1)
    try:
        parsed = _date(_LEAP + text[len(_UNKNOWN_YEAR) :])
    except TimexError as exc:
        raise TimexError(str(exc).replace(f" {_LEAP} ", " ")) from None
    if parsed is None or "W" in text:
        return None
    timex, day = parsed
    rest = text[len(_UNKNOWN_YEAR) + 1 :]
    if timex.granularity == "day":
        desc = f"{day.day} {MONTHS[day.month]}"
    elif timex.granularity == "month":
        desc = MONTHS[int(rest)]
    elif timex.granularity == "quarter":
        desc = f"quarter {rest[1]}"
    elif timex.granularity == "season":
        desc = SEASONS[rest]
    else:
        return None
    return Timex(text, timex.granularity, f"{desc}, year unknown"), day


def _interval(text: str, shown: str) -> Timex:
    """``start/end``: two dates (either may be any granularity but a time), in order."""
    start_text, _, end_text = text.partition("/")
    parts = []
    for part in (start_text, end_text):
        if "T" in part or "/" in part or part.startswith(_UNKNOWN_YEAR) or not part:
            raise TimexError(
                f"{shown!r}: an interval is two dates, start/end (2019-03-21/2020-03-19)"
            )
        parsed = _date(part)
        if parsed is None:
            raise TimexError(_hint(part, part))
        parts.append(parsed[0])
    if parts[0].value > parts[1].value and len(parts[0].value) == len(parts[1].value):
        raise TimexError(f"{shown!r}: the interval ends before it starts")
    desc = f"from {parts[0].description} to {parts[1].description}"
    return Timex(f"{parts[0].value}/{parts[1].value}", "interval", desc)


def _hint(text: str, shown: str) -> str:
    """Why the date part ``text`` (normalised) of ``shown`` (as typed) has no TIMEX3
    form, as helpfully as we can say it."""
    if _DMY_TYPED.fullmatch(text):
        return f"{shown!r}: write dates year first, as YYYY-MM-DD (2020-11-07)"
    if re.fullmatch(r"[0-9]{4}-[0-9]{1}(-[0-9]{1,2})?|[0-9]{4}-[0-9]{2}-[0-9]{1}", text):
        return f"{shown!r}: write months and days with two digits (2020-03-07)"
    if re.fullmatch(r"[0-9]{4}-W[0-9]{1}(-[0-9])?", text):
        return f"{shown!r}: write ISO weeks with two digits (2020-W05)"
    if re.fullmatch(r"[0-9]{5,}", text):
        return f"{shown!r}: a year has four digits"
    return f"{shown!r} is not a TIMEX3 value; expected {EXAMPLES}"


#: A Solar Hijri day as Persian writers type it: 1399/08/17 (years 1200 to 1499, with
#: slashes: ISO values use hyphens, so 1399-08-17 stays the Gregorian year 1399).
_SOLAR_HIJRI = re.compile(r"(1[234][0-9]{2})/([0-9]{1,2})/([0-9]{1,2})")


def _from_solar_hijri(year: int, month: int, day: int, shown: str) -> Timex:
    """The Gregorian day of a Solar Hijri date typed in the value field."""
    from annotator.text.dates.calendars import jalali_to_gregorian

    try:
        d = jalali_to_gregorian(year, month, day)
    except ValueError as exc:
        raise TimexError(f"{shown!r}: {exc}") from None
    return Timex(
        d.isoformat(),
        "day",
        f"{_day_name(d)} (Solar Hijri {year}/{month:02d}/{day:02d})",
    )


def normalize(value: str) -> str:
    """``value`` with surrounding space removed, ASCII digits and upper-case letters."""
    return value.strip().translate(_DIGITS).upper()


def parse_timex(value: str) -> Timex:
    """Parse and validate a TIMEX3 value; raise :class:`TimexError` if it is not one."""
    if not isinstance(value, str):
        raise TimexError(f"a TIMEX3 value is text, not {type(value).__name__}")
    text = normalize(value)
    if not text:
        raise TimexError(f"empty value; expected {EXAMPLES}")
    if text in REFERENCES:
        return Timex(text, "ref", REFERENCES[text])
    if text.endswith("_REF"):
        raise TimexError(f"{text!r}: the references are PRESENT_REF, PAST_REF and FUTURE_REF")
    solar = _SOLAR_HIJRI.fullmatch(text)
    if solar:
        return _from_solar_hijri(*(int(g) for g in solar.groups()), value.strip())
    if "/" in text and not _DMY_TYPED.fullmatch(text):
        return _interval(text, value.strip())
    date_text, sep, time_text = text.partition("T")
    if sep and not date_text:
        raise TimexError(f"a time needs a date: write {'2020-11-07T' + time_text!r}")
    if date_text.startswith(_UNKNOWN_YEAR):
        parsed = _underspecified(date_text)
        if date_text == "XXXX-XX-XX" and not sep:
            raise TimexError("XXXX-XX-XX (an unknown day) only stands before a time: T10:00")
    else:
        parsed = _date(date_text)
    if parsed is None:
        raise TimexError(_hint(date_text, value.strip()))
    timex, day = parsed
    if not sep:
        return timex
    if day is None or timex.value.count("-") != 2 or "W" in date_text or "Q" in date_text:
        raise TimexError(f"a time needs a full YYYY-MM-DD date, not {date_text!r}")
    known = not date_text.startswith(_UNKNOWN_YEAR)
    return _time(_day_name(day) if known else timex.description, date_text, time_text)


def is_valid(value: str) -> bool:
    """True when :func:`parse_timex` accepts ``value``."""
    try:
        parse_timex(value)
    except TimexError:
        return False
    return True


SOLAR_HIJRI_MONTHS = (
    "", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def solar_hijri_day(value: str) -> str:
    """A day value as a Persian reader knows it (``2020-11-07`` -> ``۱۷ آبان ۱۳۹۹``), or
    "" when ``value`` is not a single day (months and years rarely line up)."""
    from annotator.text.dates.calendars import gregorian_to_jalali

    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(T.*)?", value or "")
    if not match:
        return ""
    try:
        jy, jm, jd = gregorian_to_jalali(date(*(int(g) for g in match.groups()[:3])))
    except ValueError:
        return ""
    return f"{jd} {SOLAR_HIJRI_MONTHS[jm]} {jy}".translate(_PERSIAN_DIGITS)
