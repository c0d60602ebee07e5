"""DATE suggestions: the grammar of :mod:`annotator.text.dates` plus calendar arithmetic.

Values are TIMEX3 (ISO 8601, Gregorian) at the granularity of the text, as the annotation
guidelines say: ``2020``, ``2020-10``, ``2020-10-17``, ``2020-W45``, ``2020-Q3``,
``2020-SU``, ``199`` (the 1990s), ``2020-12-01T19:31Z``. Solar Hijri days are converted
with :mod:`annotator.text.dates.calendars`, Hijri (Umm al-Qura) days with ``hijridate``;
a Solar Hijri or Hijri year, month, quarter or decade, which never lines up with a
Gregorian one, gets an ISO 8601 interval of days (``2019-03-21/2020-03-19`` for
``سال ۱۳۹۸``). The ``calendar`` attribute keeps the calendar the text used.

Relative words, weekdays, arithmetic (``قبل خمس سنوات``) and dates without a year are
resolved against ``context.anchor`` (the publication date) and the tense of the sentence
(:func:`annotator.text.dates.tense.sentence_tense`): a date without a year goes to the
nearest occurrence that fits the tense, a weekday in a future-tense sentence to the next
one. Without an anchor a date without a year is underspecified (``XXXX-03-15``) and a
relative word gets no value. ``Suggestion.rule`` is the grammar rule, then ``;`` and how
the value was decided, e.g. ``weekday;weekday-next(future)`` or ``dmy;year-nearest``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from annotator.core.model import Document
from annotator.core.timex import TimexError, parse_timex
from annotator.suggest.base import Engine, SuggestContext, Suggestion
from annotator.text.dates import DateMatch, find_dates
from annotator.text.dates.calendars import (
    gregorian_to_jalali,
    jalali_month_days,
    jalali_to_gregorian,
)
from annotator.text.dates.tense import FUTURE, PAST, UNKNOWN, sentence_tense

__all__ = ["DateEngine", "parse_anchor", "resolve"]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def parse_anchor(anchor: str) -> date | None:
    """The date part of an ISO date or datetime, or None when empty or invalid."""
    try:
        return date.fromisoformat(anchor.strip()[:10])
    except ValueError:
        return None


def _to_gregorian(calendar: str, year: int, month: int, day: int) -> date:
    """Convert one day to the Gregorian calendar (ValueError if it does not exist)."""
    if calendar == "solar_hijri":
        return jalali_to_gregorian(year, month, day)
    if calendar == "hijri":
        return Hijri(year, month, day).to_gregorian()
    return date(year, month, day)


def _in_calendar(calendar: str, d: date) -> tuple[int, int, int]:
    if calendar == "solar_hijri":
        return gregorian_to_jalali(d)
    if calendar == "hijri":
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    return d.year, d.month, d.day


def _month_bounds(calendar: str, year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a month of ``calendar``."""
    first = _to_gregorian(calendar, year, month, 1)
    if calendar == "solar_hijri":
        return first, first + timedelta(days=jalali_month_days(year, month) - 1)
    nxt = (year, month + 1) if month < 12 else (year + 1, 1)
    return first, _to_gregorian(calendar, *nxt, 1) - timedelta(days=1)


def _interval(calendar: str, year: int, first_month: int, last_month: int) -> str:
    start = _month_bounds(calendar, year, first_month)[0]
    end = _month_bounds(calendar, year, last_month)[1]
    return f"{start.isoformat()}/{end.isoformat()}"


def _years_interval(calendar: str, first: int, last: int) -> str:
    start = _to_gregorian(calendar, first, 1, 1)
    end = _month_bounds(calendar, last, 12)[1]
    return f"{start.isoformat()}/{end.isoformat()}"


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _weekday(m: DateMatch, anchor: date, tense: int) -> tuple[date, str]:
    """The day a weekday expression names, and the rule that decided it."""
    delta = (m.weekday - anchor.isoweekday()) % 7  # days forward to that weekday
    if m.today:
        note = "weekday=anchor-day" if delta == 0 else "today-word(weekday≠anchor)"
        return anchor, note
    if m.direction > 0:
        return anchor + timedelta(days=delta or 7), "weekday-next"
    if m.direction < 0:
        return anchor - timedelta(days=(7 - delta) % 7 or 7), "weekday-previous"
    if tense == FUTURE:
        return anchor + timedelta(days=delta or 7), "weekday-next(future)"
    if delta == 0:
        return anchor, "weekday=anchor-day"
    return anchor - timedelta(days=7 - delta), "weekday-most-recent"


def _relative(m: DateMatch, anchor: date) -> str:
    if m.unit == "day":
        return (anchor + timedelta(days=m.offset)).isoformat()
    if m.unit == "week":
        return _week(anchor + timedelta(weeks=m.offset))
    if m.unit == "month":
        year, month = _add_months(anchor, m.offset)
        return f"{year:04d}-{month:02d}"
    if m.unit == "decade":
        return f"{anchor.year // 10 + m.offset:03d}"
    return f"{anchor.year + m.offset:04d}"


def _time(value: str, m: DateMatch) -> str:
    if m.hour is None or len(value) != 10:
        return value
    return f"{value}T{m.hour:02d}:{m.minute or 0:02d}" + ("Z" if m.utc else "")


def _pick_year(m: DateMatch, anchor: date, tense: int) -> tuple[int, str]:
    """The year of a date or month written without one: the offset the text gives, the
    previous/next occurrence it names, else the nearest occurrence fitting the tense."""
    ay, am, ad = _in_calendar(m.calendar, anchor)
    if m.year_offset is not None:
        return ay + m.year_offset, "year-from-anchor"
    month = m.month or (m.quarter * 3 - 1 if m.quarter else _SEASON_START.get(m.season, 1))
    here, now = (month, m.day or 0), (am, ad if m.day else 0)
    if m.direction < 0 or (tense == PAST and m.direction == 0):
        past = here < now if m.direction < 0 else here <= now
        return (ay if past else ay - 1), "year-previous" if m.direction else "year-past(tense)"
    if m.direction > 0 or tense == FUTURE:
        ahead = here > now if m.direction > 0 else here >= now
        return (ay if ahead else ay + 1), "year-next" if m.direction else "year-next(future)"
    here_days = month * 31 + (m.day or 15)
    now_days = am * 31 + ad
    best = min((-1, 0, 1), key=lambda k: (abs(here_days + 372 * k - now_days), abs(k)))
    return ay + best, "year-nearest"


def _season(m: DateMatch, anchor: date | None, tense: int) -> tuple[str | None, str]:
    if m.year is not None:
        year = m.year + 621 if m.calendar == "solar_hijri" else m.year
        return (None, "hijri-season") if m.calendar == "hijri" else (f"{year}-{m.season}", "")
    if anchor is None:
        return f"XXXX-{m.season}", "no-year,no-anchor"
    if m.year_offset is not None:
        return f"{anchor.year + m.year_offset}-{m.season}", "year-from-anchor"
    start = _SEASON_START[m.season]
    if m.direction < 0:
        year = anchor.year if anchor.month >= start + 3 else anchor.year - 1
    elif m.direction > 0:
        year = anchor.year if anchor.month < start else anchor.year + 1
    else:
        year = anchor.year
    return f"{year}-{m.season}", "season-from-anchor"


def _calendar_value(m: DateMatch, anchor: date | None, tense: int) -> tuple[str | None, str]:
    """Values of expressions read from calendar fields (day, month, year, quarter)."""
    notes = []
    year = m.year
    if year is None:
        if anchor is None:
            if m.calendar != "gregorian" or (m.month is None and m.quarter is None):
                return None, "no-year,no-anchor"
            if m.quarter is not None:
                return f"XXXX-Q{m.quarter}", "no-year,no-anchor"
            tail = f"-{m.day:02d}" if m.day else ""
            return _time(f"XXXX-{m.month:02d}{tail}", m), "no-year,no-anchor"
        year, note = _pick_year(m, anchor, tense)
        notes.append(note)
    if m.calendar != "gregorian":
        notes.append(f"{m.calendar}→gregorian")
    if m.quarter is not None:
        if m.calendar == "gregorian":
            return f"{year:04d}-Q{m.quarter}", ",".join(notes)
        return _interval(m.calendar, year, m.quarter * 3 - 2, m.quarter * 3), ",".join(notes)
    if m.month is None:
        if m.calendar == "gregorian":
            return f"{year:04d}", ",".join(notes)
        return _years_interval(m.calendar, year, year), ",".join(notes)
    if m.day is None:
        if m.calendar == "gregorian":
            return f"{year:04d}-{m.month:02d}", ",".join(notes)
        return _interval(m.calendar, year, m.month, m.month), ",".join(notes)
    day = _to_gregorian(m.calendar, year, m.month, m.day)
    return _time(day.isoformat(), m), ",".join(notes)


def resolve(m: DateMatch, anchor: date | None, tense: int = UNKNOWN) -> tuple[str | None, str]:
    """The TIMEX3 value of ``m`` (None when it has none) and the resolution note."""
    if m.empty:
        return None, "range-without-common-unit"
    if m.vague:
        return ("PAST_REF" if m.vague < 0 else "FUTURE_REF"), "vague-count"
    if m.decade is not None:
        if m.calendar == "gregorian":
            return f"{m.decade:03d}", ""
        first = m.decade * 10
        return _years_interval(m.calendar, first, first + 9), f"{m.calendar}→gregorian"
    if m.season:
        return _season(m, anchor, tense)
    if m.unit or m.weekday is not None or (m.rule == "clock" and m.month is None):
        if anchor is None:
            if m.rule == "clock":
                return f"XXXX-XX-XXT{m.hour:02d}:{m.minute or 0:02d}", "no-anchor"
            return None, "no-anchor"
        if m.unit:
            return _time(_relative(m, anchor), m), "from-anchor"
        if m.weekday is not None:
            day, note = _weekday(m, anchor, tense)
            if m.today and day.isoweekday() != m.weekday:
                return None, note  # the anchor is not that day: it is not the publication date
            return _time(day.isoformat(), m), note
        return _time(anchor.isoformat(), m), "clock-on-anchor-day"
    try:
        return _calendar_value(m, anchor, tense)
    except (ValueError, OverflowError, AttributeError):
        return None, "no-such-day"


def _needs_tense(m: DateMatch) -> bool:
    if m.year is not None or m.year_offset is not None or m.direction or m.today:
        return False
    return m.weekday is not None or m.month is not None or m.quarter is not None


class DateEngine(Engine):
    """Dates and times in Arabic and Persian, with TIMEX3 values."""

    name = "dates"
    description = "Dates and times (Gregorian, Levantine, Solar Hijri, Hijri, relative words)"
    labels = ("DATE",)

    def suggest(self, doc: Document, context: SuggestContext) -> Iterator[Suggestion]:
        text = doc.text
        anchor = parse_anchor(context.anchor or doc.published or "")
        for m in find_dates(text, doc.lang):
            tense = sentence_tense(text, m.start, m.end) if anchor and _needs_tense(m) else 0
            value, note = resolve(m, anchor, tense)
            attrs: dict[str, str] = {"calendar": m.calendar}
            if value is not None:
                try:
                    attrs["value"] = parse_timex(value).value
                except TimexError:
                    note = ",".join(filter(None, [note, "invalid-value"]))
            if m.mod:
                note = ",".join(filter(None, [note, f"mod={m.mod}"]))
            rule = f"{m.rule};{note}" if note else m.rule
            yield Suggestion(m.start, m.end, "DATE", text[m.start : m.end], self.name, rule, attrs)
