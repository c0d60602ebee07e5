"""The publication date of an article, read from its dateline or page-header timestamp.

Only the header area counts: the first lines of the article that are short (a
timestamp, a source line, ``تاریخ انتشار: ...``) and the opening of the first paragraph
when it is an agency dateline (``بيروت، 14 تشرين الثاني/نوفمبر 2023 (رويترز) -``). A date
in the body's prose is never taken. The date must give day, month and year; a clock
time attached to it is kept. Examples::

    19:31 GMT01 ديسمبر/ كانون الأول 2020          -> 2020-12-01T19:31Z
    16-11-2020 | 09:06                            -> 2020-11-16T09:06
    الأحد 12 مارس 2023 - 10:45                    -> 2023-03-12T10:45
    تاریخ انتشار: ۱۴۰۱/۰۸/۱۷ - ۱۲:۳۰              -> 2022-11-08T12:30
    ۲۵ آبان ۱۳۹۹ ساعت ۱۰:۱۵                       -> 2020-11-15T10:15

Standard library only: Solar Hijri dates are converted with :mod:`.calendars`; a Hijri
date alone is not read (its conversion needs the Umm al-Qura tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from annotator.text.dates.calendars import jalali_to_gregorian
from annotator.text.dates.grammar import DateMatch, find_dates
from annotator.text.fold import fold

__all__ = ["Dateline", "find_dateline"]

HEADER_LINES = 12  # non-empty lines looked at
LINE_PREFIX = 300  # characters of a line read (a long line is prose but for its dateline)
HEADER_WORDS = 3  # a header line holds the date and at most this many other words
_DATELINE_LEAD = 40  # an agency dateline's date starts within this many characters
_LABEL = re.compile(
    r"(?:تاريخ\s+(?:انتشار|النشر|الخبر|نشر)|نشر\s+في|منتشر\s+شده|زمان\s+انتشار|"
    r"published|updated|تحديث)\s*:?\s*$"
)
_LEAD = re.compile(r"^[^\d\n]{0,40}?[,،\-–—]\s*$")  # "بيروت، " / "تهران - "
_AGENCY_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*)?[-–—:|]")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_PERSIAN = re.compile("[پچژگکی]")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The publication date found: ISO value (date or date-time) and source offsets."""

    value: str
    start: int
    end: int


def _value(m: DateMatch) -> str | None:
    if m.year is None or m.month is None or m.day is None:
        return None
    try:
        if m.calendar == "solar_hijri":
            day = jalali_to_gregorian(m.year, m.month, m.day)
        elif m.calendar == "gregorian":
            day = date(m.year, m.month, m.day)
        else:
            return None
    except ValueError:
        return None
    if m.hour is None:
        return day.isoformat()
    return f"{day.isoformat()}T{m.hour:02d}:{m.minute or 0:02d}" + ("Z" if m.utc else "")


def _header_lines(text: str):
    """(start, end) of the first non-empty lines."""
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if line.strip():
            seen += 1
            yield start, end
            if seen >= HEADER_LINES:
                return


def find_dateline(text: str, lang: str = "") -> Dateline | None:
    """The publication date in the header area of ``text``, or None. ``lang`` ("ar",
    "fa") decides the calendar of a bare 13xx/14xx year; guessed when empty."""
    if lang not in ("ar", "fa"):
        lang = "fa" if _PERSIAN.search(text, 0, 2000) else "ar"
    for start, end in _header_lines(text):
        line = text[start : min(end, start + LINE_PREFIX)]
        for m in find_dates(line, lang):
            value = _value(m)
            if value is None:
                continue
            before, after = fold(line[: m.start]), line[m.end :]
            labelled = _LABEL.search(before) is not None
            dateline = (
                m.start <= _DATELINE_LEAD
                and _LEAD.match(before) is not None
                and _AGENCY_AFTER.match(after) is not None
            )
            rest = len(_WORDS.findall(before)) + len(_WORDS.findall(after))
            if rest <= HEADER_WORDS or labelled or dateline:
                return Dateline(value, start + m.start, start + m.end)
            break  # a long line of prose: its dates are the body's
    return None
