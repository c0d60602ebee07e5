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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from annotator.text.dates.calendars import jalali_to_gregorian
from annotator.text.dates.grammar import DateMatch, find_dates
from annotator.text.fold import fold

__all__ = ["Dateline", "find_dateline"]

HEADER_LINES = 12  # non-empty lines looked at, at most
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
# A date with day, month and year is a "dmy" or "numeric" match (ranges have no day),
# and both need a four-digit year; a longer expression than this is no header stamp.
MAX_DATE_WORDS = 24
# A line with more words is prose: with at most HEADER_WORDS others, no date fits in it
# (cutting a text in three changes its word count by at most two).
PROSE_WORDS = HEADER_WORDS + MAX_DATE_WORDS + 2
_YEAR_DIGITS = re.compile(r"\d{4}")
# where str.splitlines ends a line (the break is part of the line before)
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_INK = re.compile(r"\S")  # what str.strip() keeps
_LABEL_ANYWHERE = re.compile(_LABEL.pattern.removesuffix(r"\s*:?\s*$"))
_LEAD_MARK = re.compile(r"[,،\-–—]")


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


def _header_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first HEADER_LINES non-empty lines, cut where
    ``str.splitlines`` cuts them, ``end`` before a trailing ``\r`` or ``\n``. Found
    lazily, one line end at a time: an article is never split whole (its header is
    usually over within its first line or two)."""
    pos, seen, size = 0, 0, len(text)
    breaks = _LINE_BREAK.finditer(text)
    while pos < size:
        brk = next(breaks, None)
        stop = brk.end() if brk is not None else size
        end = stop
        while end > pos and text[end - 1] in "\r\n":
            end -= 1
        if _INK.search(text, pos, stop) is not None:
            seen += 1
            yield pos, end
            if seen >= HEADER_LINES:
                return
        pos = stop


def find_dateline(text: str, lang: str = "") -> Dateline | None:
    """The publication date in the header area of ``text``, or None. ``lang`` ("ar",
    "fa") decides the calendar of a bare 13xx/14xx year; guessed when empty.

    The header area is at most HEADER_LINES non-empty lines and ends with the first
    line of prose (more than PROSE_WORDS words in its first LINE_PREFIX characters).
    The date grammar (about 1 ms a line) runs only on a line that has a four-digit
    year and could give a dateline: a short line, or prose with a label or an agency
    lead; an article import reads every article's header this way."""
    if lang not in ("ar", "fa"):
        lang = "fa" if _PERSIAN.search(text, 0, 2000) else "ar"
    for start, end in _header_lines(text):
        line = text[start : min(end, start + LINE_PREFIX)]
        folded = fold(line)
        prose = _words(folded) > PROSE_WORDS
        if _YEAR_DIGITS.search(folded) is not None and (
            not prose
            or _LABEL_ANYWHERE.search(folded) is not None
            or _LEAD_MARK.search(fold(line[: _DATELINE_LEAD + 1])) is not None
        ):
            found = _dateline_in(line, lang)
            if found is not None:
                return Dateline(found.value, start + found.start, start + found.end)
        if prose:
            return None  # the body has begun: its dates are not the publication date
    return None


def _dateline_in(line: str, lang: str) -> Dateline | None:
    """The first full date of ``line`` if it is the line's dateline (offsets in line)."""
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
        # counted on folded text, like the line's own count (ZWNJ splits no word)
        rest = _words(before) + _words(fold(after))
        short = rest <= HEADER_WORDS and _words(fold(line[m.start : m.end])) <= MAX_DATE_WORDS
        if short or labelled or dateline:
            return Dateline(value, m.start, m.end)
        return None  # a line of prose: its dates are the body's
    return None


def _words(folded: str) -> int:
    """Words (two letters or more) in ``folded`` (a line's first LINE_PREFIX
    characters at most, or a part of them)."""
    return len(_WORDS.findall(folded))
