"""DATE suggestions: the grammar of :mod:`annotator.text.dates` plus calendar arithmetic.

Values are TIMEX3 (ISO 8601, Gregorian) at the granularity of the text: ``2020``,
``2020-10``, ``2020-10-17``, ``2020-W45``, ``2020-12-01T19:31Z``. Solar Hijri dates are
converted with ``jdatetime``, Hijri (Umm al-Qura) dates with ``hijridate``; the
``calendar`` attribute keeps the calendar the text used. Relative words, weekdays and
dates without a year are resolved against ``context.anchor`` (the publication date);
without an anchor they get no value and the rule says so. ``Suggestion.rule`` is the
grammar rule, then ``;`` and how the value was decided, e.g.
``weekday;weekday=anchor-day`` or ``dmy;year-from-anchor``.

A Solar Hijri or Hijri month or year without a day spans two Gregorian months or years:
it gets no value (rule ``...;no-gregorian-equivalent``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

from annotator.core.model import Document
from annotator.core.timex import TimexError, parse_timex
from annotator.suggest.base import Engine, SuggestContext, Suggestion
from annotator.text.dates import DateMatch, find_dates

__all__ = ["DateEngine", "parse_anchor", "resolve"]


def parse_anchor(anchor: str) -> date | None:
    """The date part of an ISO date or datetime, or None when empty or invalid."""
    try:
        return date.fromisoformat(anchor.strip()[:10])
    except ValueError:
        return None


def _to_gregorian(calendar: str, year: int, month: int, day: int) -> date:
    """Convert one day to the Gregorian calendar (ValueError if it does not exist)."""
    if calendar == "solar_hijri":
        return jdatetime.date(year, month, day).togregorian()
    if calendar == "hijri":
        return Hijri(year, month, day).to_gregorian()
    return date(year, month, day)


def _anchor_year(calendar: str, anchor: date) -> int:
    if calendar == "solar_hijri":
        return jdatetime.date.fromgregorian(date=anchor).year
    if calendar == "hijri":
        return Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    return anchor.year


def _add_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _weekday(m: DateMatch, anchor: date) -> tuple[date, str]:
    """The day a weekday expression names, and the rule that decided it."""
    delta = (m.weekday - anchor.isoweekday()) % 7  # days forward to that weekday
    if m.today:
        note = "weekday=anchor-day" if delta == 0 else "today-word(weekday≠anchor)"
        return anchor, note
    if m.direction > 0:
        return anchor + timedelta(days=delta or 7), "weekday-next"
    if m.direction < 0:
        return anchor - timedelta(days=(7 - delta) % 7 or 7), "weekday-previous"
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
    return f"{anchor.year + m.offset:04d}"


def _time(value: str, m: DateMatch) -> str:
    if m.hour is None:
        return value
    return f"{value}T{m.hour:02d}:{m.minute:02d}" + ("Z" if m.utc else "")


def resolve(m: DateMatch, anchor: date | None) -> tuple[str | None, str]:
    """The TIMEX3 value of ``m`` (None when it has none) and the resolution note."""
    if m.unit or m.weekday is not None:
        if anchor is None:
            return None, "no-anchor"
        if m.unit:
            return _relative(m, anchor), "from-anchor"
        day, note = _weekday(m, anchor)
        return day.isoformat(), note
    notes = []
    year = m.year
    if year is None:
        if anchor is None:
            return None, "no-year,no-anchor"
        year = _anchor_year(m.calendar, anchor)
        notes.append("year-from-anchor")
    if m.month is None:
        if m.calendar != "gregorian":
            return None, "no-gregorian-equivalent"
        return f"{year:04d}", ",".join(notes)
    if m.day is None:
        if m.calendar != "gregorian":
            return None, ",".join([*notes, "no-gregorian-equivalent"])
        return f"{year:04d}-{m.month:02d}", ",".join(notes)
    try:
        day = _to_gregorian(m.calendar, year, m.month, m.day)
    except (ValueError, OverflowError):
        return None, ",".join([*notes, "no-such-day"])
    if m.calendar != "gregorian":
        notes.append(f"{m.calendar}→gregorian")
    return _time(day.isoformat(), m), ",".join(notes)


class DateEngine(Engine):
    """Dates and times in Arabic and Persian, with TIMEX3 values."""

    name = "dates"
    description = "Dates and times (Gregorian, Levantine, Solar Hijri, Hijri, relative words)"
    labels = ("DATE",)

    def suggest(self, doc: Document, context: SuggestContext) -> Iterator[Suggestion]:
        text = doc.text
        anchor = parse_anchor(context.anchor or doc.published or "")
        for m in find_dates(text, doc.lang):
            value, note = resolve(m, anchor)
            attrs: dict[str, str] = {"calendar": m.calendar}
            if value is not None:
                try:
                    attrs["value"] = parse_timex(value).value
                except TimexError:
                    note = ",".join(filter(None, [note, "invalid-value"]))
            rule = f"{m.rule};{note}" if note else m.rule
            yield Suggestion(m.start, m.end, "DATE", text[m.start : m.end], self.name, rule, attrs)
