"""Join neighbouring date matches into one expression, by the guidelines' extent rules:

- a weekday and the dated day after it: ``السبت 10 أكتوبر``, ``الأحد، 12 مارس 2023``;
- a clock time and the day next to it, in either order: ``الساعة 10 صباحا يوم الأحد``,
  ``19:31 GMT01 ديسمبر 2020``, ``16-11-2020 | 09:06``, ``۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵``;
- a range or list written as one expression: ``بين 10 أكتوبر و17 نوفمبر``,
  ``من يناير إلى مارس 2020``, ``از ۱۰ تا ۱۷ آبان``, ``2019 - 2021``: its fields are those
  both ends share (the value is then the smallest unit containing both), none when they
  share nothing.

A bare clock time (``10:45``) that joined nothing is dropped: alone it is as likely a
score or a verse number as a time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from annotator.text.dates import lexicon_units as lu
from annotator.text.dates.grammar import DateMatch
from annotator.text.dates.patterns import key
from annotator.text.fold import fold

__all__ = ["compose"]

_WEEKDAY_GAP = re.compile(r"[\s,،]*")
_CLOCK_THEN_DATE = re.compile(r"\s*(?:[,،]\s*)?(?:(?:من|في|در)\s+)?")
_DATE_THEN_CLOCK = re.compile(r"\s*(?:[-–|,،]\s*)?(?:(?:في|در|،)\s+)?")
_DASH = re.compile(r"[-–]")
_FRAMES = {frame: {key(fold(c)) for c in conns} for frame, conns in lu.RANGE_FRAMES}
_FRAME_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(" + "|".join(_FRAMES) + r")\s+$")


def _gap(text: str, a: DateMatch, b: DateMatch) -> str:
    return fold(text[a.end : b.start])


def _with_clock(date: DateMatch, clock: DateMatch, start: int, end: int) -> DateMatch:
    hour = clock.hour
    if date.pm and hour is not None and hour < 12:
        hour += 12
    return replace(
        date,
        start=start,
        end=end,
        hour=hour,
        minute=clock.minute,
        utc=clock.utc,
        rule=f"{date.rule}+clock",
    )


def _common(a: DateMatch, b: DateMatch, start: int, end: int) -> DateMatch:
    """A range ``a .. b``: the fields both ends share."""
    same_cal = a.calendar == b.calendar
    year = a.year if same_cal and a.year == b.year else None
    month = a.month if same_cal and a.month == b.month and a.year == b.year else None
    decided = month is not None or year is not None
    if a.unit or b.unit or a.weekday is not None or b.weekday is not None:
        decided = False
    return DateMatch(
        start,
        end,
        "range",
        calendar=a.calendar,
        year=year,
        month=month,
        year_offset=a.year_offset if a.year_offset == b.year_offset else None,
        direction=a.direction if a.direction == b.direction else 0,
        empty=not decided,
    )


def _range_start(text: str, a: DateMatch, b: DateMatch) -> int | None:
    """The start of ``a .. b`` as one range (its frame word included), or None."""
    gap = _gap(text, a, b).strip()
    if _DASH.fullmatch(gap) and _kind(a) == _kind(b):
        return a.start
    before = text[max(0, a.start - 12) : a.start]
    frame = _FRAME_BEFORE.search(before)
    if frame is None or not gap:
        return None
    conn = key(gap)
    if conn != "و" and conn.startswith("و"):
        conn = conn[1:]  # "وحتى"
    if conn in _FRAMES[frame.group(1)]:
        return a.start - len(before) + frame.start(1)
    return None


def _kind(m: DateMatch) -> tuple:
    return (m.day is not None, m.month is not None, m.year is not None, m.unit, m.rule == "clock")


def compose(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """Join weekdays, clock times and ranges with their neighbours (see the module)."""
    out: list[DateMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is not None:
            joined = _join(text, prev, m)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(m)
    return [m for m in out if not m.bare]


def _join(text: str, a: DateMatch, b: DateMatch) -> DateMatch | None:
    gap = text[a.end : b.start]
    if (
        a.rule == "weekday"
        and a.direction == 0
        and b.day is not None
        and b.hour is None
        and b.rule in ("dmy", "numeric")
        and _WEEKDAY_GAP.fullmatch(gap)
    ):
        return replace(b, start=a.start, rule="weekday+" + b.rule)
    relative_day = a.unit == "day" and not a.vague
    weekday = b.weekday is not None and not (b.direction or b.today)
    if relative_day and weekday and _WEEKDAY_GAP.fullmatch(gap):  # "غدا الأحد", "دیروز شنبه"
        return replace(a, end=b.end, rule=a.rule + "+weekday")
    if a.rule == "clock" and b.has_day and b.hour is None and _CLOCK_THEN_DATE.fullmatch(fold(gap)):
        return _with_clock(b, a, a.start, b.end)
    if b.rule == "clock" and a.has_day and a.hour is None and _DATE_THEN_CLOCK.fullmatch(fold(gap)):
        return _with_clock(a, b, a.start, b.end)
    if a.rule != "clock" and b.rule != "clock" and "\n" not in gap:
        start = _range_start(text, a, b)
        if start is not None:
            return _common(a, b, start, b.end)
    return None
