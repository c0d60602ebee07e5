"""The regular expressions of the date grammar, built from the lexicons (folded text).

Every pattern runs on ``fold_with_map(text).text``: one spelling per word, ASCII digits,
lower-case Latin. A space inside a lexicon phrase matches any run of whitespace, or none
(ZWNJ-joined words fold together). Group names are read by :mod:`.fields`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotator.text.dates import lexicon_months, lexicon_ordinals, lexicon_relative
from annotator.text.dates import lexicon_units as lu
from annotator.text.dates import lexicon_weekdays as lw
from annotator.text.fold import fold

L = r"[^\W\d_]"  # a letter (folded text has no combining marks)
BS = rf"(?<!{L})"  # no letter before
BE = rf"(?!{L})"  # no letter after


def key(s: str) -> str:
    """The lookup key of a folded phrase: whitespace removed."""
    return "".join(s.split())


def alt(words: Iterable[str]) -> str:
    """Regex alternation of folded phrases, longest first; a space inside a phrase
    matches any whitespace or none."""
    keys = {fold(w).strip() for w in words}
    parts = [r"\s*".join(map(re.escape, k.split())) for k in sorted(keys, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")"


def table(pairs: Iterable[tuple[str, object]]) -> dict:
    """Folded, whitespace-free phrase -> value."""
    return {key(fold(w)): v for w, v in pairs}


# -- lookup tables (folded keys) ------------------------------------------------
_MONTH_MOD_WORDS = (
    [(w, -1) for w in ("الماضي", "الفائت", "المنصرم", "گذشته")]
    + [(w, 1) for w in ("المقبل", "القادم", "آینده", "آتی")]
    + [(w, 0) for w in ("الجاري", "الحالي", "جاری")]
)
MONTH_MODS = table(_MONTH_MOD_WORDS)
YEAR_REL = table((p, off) for p, unit, off in lexicon_relative.RELATIVE if unit == "year")
RELATIVE = lexicon_relative.FOLDED
PART_MODS = table(lu.PART_MODIFIERS)
BARE_UNITS = table(lu.BARE_UNITS)
DAY_PARTS_PM = table((w, w in ("مساء", "ليلة", "عصر", "شب")) for w in lu.DAY_PARTS)
CLOCK_PARTS = table(lu.CLOCK_PARTS)
HOUR_WORDS = table(lu.HOUR_WORDS)
SEASONS = table(lu.SEASONS)
QUARTERS = table(lu.QUARTER_ORDINALS)
DECADE_STEMS = table(lu.DECADE_STEMS)
CENTURIES = table(lu.CENTURIES)
PERSIAN_TENS = table(lu.PERSIAN_TENS)
ERA_GREGORIAN = {key(fold(w)) for w in lu.ERA_GREGORIAN}
COUNTED = table(lu.COUNTED_UNITS)
DUALS = table(lu.DUAL_UNITS)
SINGLES = table(lu.SINGLE_UNITS)
COUNTS = table(lu.COUNTS)
LATER = {key(fold(w)) for w in (*lu.LATER_AR, *lu.LATER_FA)}

# -- fragments -------------------------------------------------------------------
MONTH = alt(name for name, *_ in lexicon_months.MONTHS) + BE
ORD = BS + alt(lexicon_ordinals.ORDINALS) + BE
D = r"(?<![\d:.,/])(?:3[01]|[12]\d|0?[1-9])(?!\d)"
ERA = r"(?:ميلاديه|ميلادي|هجريه|هجري|شمسي|قمري|ه\s*\.?\s*ش|ه\s*\.?\s*ق|م|ه|ش)"
TIME = r"(?<![\d:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
CLITIC = r"(?:[وفبل](?=\S))?"
PMOD = rf"(?:(?P<pmod>{alt(w for w, _ in lu.PART_MODIFIERS)})\s+(?:من\s+)?)?"
YREL = rf"(?P<yrel>{alt(p for p, u, _ in lexicon_relative.RELATIVE if u == 'year')}){BE}"
MMOD = rf"(?P<mmod>{alt(w for w, _ in _MONTH_MOD_WORDS)}){BE}"
YEAR_NOUN = alt(lu.YEAR_NOUNS)
YEAR = (
    rf"(?:\s*,?\s*(?:{BS}{YEAR_NOUN}\s*)?(?P<year>\d{{4}})(?!\d)"
    rf"(?:\s*(?P<era>{ERA}){BE})?)"
)
MTAIL = rf"(?:\s*(?:من\s+)?{YREL}|\s+{MMOD})?"
ALTM = rf"(?:\s*/\s*(?P<alt1>{MONTH})|\s*\(\s*(?P<alt2>{MONTH})\s*\))?(?:\s*ماه{BE})?"
SEP = r"\s*(?:من\s+)?(?:(?:شهر|ماه)\s+)?"
LIST_SEP = r"\s*(?:و|,|-|–|تا|الي|حتي)\s*"
DMY = rf"(?P<day>{D}|(?P<ord>{ORD})){SEP}{BS}(?P<month>{MONTH}){ALTM}"
_CONSTRUCT_PARTS = ("مساء", "صبح", "عصر", "شب", "ظهر", "بامداد")
MWORD = rf"(?:(?P<mword>{alt(lu.MONTH_NOUNS)})\s+)?"
FRAME = alt(w for w, _ in lu.RANGE_FRAMES)

_MODS = alt(w for w, _ in lu.PART_MODIFIERS)
_COUNTS = alt(w for w, _ in lu.COUNTS)
_COUNTED = alt(w for w, _ in lu.COUNTED_UNITS)
_RANGE_UNITS = alt(("عامي", "الأعوام", "سال‌های", "سالهای", *lu.YEAR_NOUNS))
_HOURS = alt(w for w, _ in lu.HOUR_WORDS)
_QORDS = alt(w for w, _ in lu.QUARTER_ORDINALS)
_BARE_YEAR = alt(w for w, u in lu.BARE_UNITS if u == "year")


# "الساعة 9:30 مساء الخميس": a part of the day in the construct state goes with the day
# after it (which then makes the hour p.m.); "صباحا" is an adverb and stays with the clock.
_DAY_AFTER = alt(
    (*(w for w, _ in lw.WEEKDAYS), "اليوم", "أمس", "غد", "يوم", "روز", "امروز", "دیروز")
)
CLOCK_PART = (
    rf"(?P<ampm>{alt(w for w, _ in lu.CLOCK_PARTS if fold(w) not in _CONSTRUCT_PARTS)}{BE}"
    rf"|{alt(_CONSTRUCT_PARTS)}{BE}(?!\s+{_DAY_AFTER}{BE}))"
)

PATTERNS: dict[str, str] = {
    "dmy": rf"(?:(?P<frame>{FRAME})\s+)?(?P<pre>(?:{D}{LIST_SEP})*){DMY}(?:{YEAR}|{MTAIL})",
    "my": rf"{BS}{CLITIC}{PMOD}{MWORD}(?P<month>{MONTH}){ALTM}{YEAR}",
    "month": rf"{BS}{CLITIC}{PMOD}{MWORD}(?P<month>{MONTH}){ALTM}{MTAIL}",
    "numeric": (
        r"(?<![\d/.-])(?:(?P<d>\d{1,2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"
        r"|(?P<y2>\d{4})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2}))(?![\d/.-])"
    ),
    "year": (
        rf"{BS}(?:{CLITIC}{PMOD}(?P<unit>{YEAR_NOUN})\s*"
        rf"|[وف]?(?P<pmod2>{_MODS})\s+"
        rf"|{alt(lu.YEAR_PREPOSITIONS)}\s+)"
        rf"(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}){BE})?"
    ),
    "years": (
        rf"{BS}(?:(?P<frame>{FRAME})\s+)?(?:(?P<unit>{_RANGE_UNITS})\s+)?"
        rf"(?<![\d/.-])(?P<y1>\d{{4}})\s*(?P<conn>و|الي|حتي|لغايه|تا|-|–)\s*"
        rf"(?:{YEAR_NOUN}\s*)?(?P<y2>\d{{4}})(?![\d/.-])"
    ),
    "weekday": (
        rf"{BS}[وف]?(?:(?P<pod>{alt(lu.DAY_PARTS)})\s+)?"
        rf"(?P<lead>{alt(lw.DAY_WORDS + lw.TODAY_WORDS)}\s+)?"
        rf"(?P<wd>{alt(w for w, _ in lw.WEEKDAYS)}){BE}"
        rf"(?:\s+(?P<mod>{alt(lw.PAST_WORDS + lw.NEXT_WORDS)}){BE})?"
    ),
    "relative": (
        rf"{BS}[وف]?{PMOD}(?:(?P<pod>{alt(lu.DAY_PARTS)})\s+)?"
        rf"(?P<rel>{alt(p for p, *_ in lexicon_relative.RELATIVE)}){BE}"
    ),
    "part": (
        rf"{BS}[وف]?(?P<pmod>{alt(w for w, _ in lu.PART_MODIFIERS)})\s+(?:من\s+)?"
        rf"(?P<bunit>{alt(w for w, _ in lu.BARE_UNITS)}){BE}"
    ),
    "ago": (
        rf"{BS}[وف]?(?P<adir>{alt(lu.AGO_AR + lu.LATER_AR)})\s+"
        rf"(?:{alt(lu.APPROXIMATELY)}\s+)?"
        rf"(?:(?P<num>\d{{1,3}}|{_COUNTS})\s+(?P<cunit>{_COUNTED})"
        rf"|(?P<dual>{alt(w for w, _ in lu.DUAL_UNITS)})"
        rf"|(?P<vague>{alt(lu.VAGUE_COUNTS)})\s+(?P<vunit>{_COUNTED})"
        rf"|(?P<single>{alt(w for w, _ in lu.SINGLE_UNITS)})(?!\s*(?:\d|من{BE}|{MONTH})))"
        rf"{BE}"
    ),
    "ago_fa": (
        rf"{BS}(?:(?P<num>\d{{1,3}}|{_COUNTS})|(?P<vague>{alt(lu.VAGUE_COUNTS)}))"
        rf"\s*(?P<cunit>{_COUNTED}){BE}\s*"
        rf"(?P<pdir>{alt(lu.AGO_FA + lu.LATER_FA)}){BE}"
    ),
    "clock": (
        rf"{BS}[وف]?(?P<tword>{alt(lu.CLOCK_WORDS)})\s*"
        rf"(?:(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d{{2}}))?(?!\d)"
        rf"|(?P<hword>{_HOURS}){BE}(?:\s*(?P<half>{alt(lu.HALF_HOUR)}){BE})?)"
        rf"(?:\s*(?P<utc>gmt|utc|بتوقيت\s+غرينتش){BE})?(?:\s*(?:من\s+)?{CLOCK_PART})?"
    ),
    "clock_bare": rf"{TIME}(?:\s*(?P<utc>gmt|utc))?(?:\s*{CLOCK_PART})?",
    "season": (
        rf"{BS}[وف]?{PMOD}(?:(?P<sword>{alt(lu.SEASON_NOUNS)})\s+)?"
        rf"(?P<season>{alt(w for w, _ in lu.SEASONS)}){BE}(?:{YEAR}|{MTAIL})"
    ),
    "quarter": (
        rf"{BS}[وف]?(?P<qword>{alt(lu.QUARTER_NOUNS)})\s*(?P<qord>{_QORDS}){BE}"
        rf"(?!\s+(?:من\s+)?القرن)"
        rf"(?:\s+(?:من\s+)?(?:(?:{YEAR_NOUN}\s*)?(?P<year>\d{{4}})(?!\d)(?:\s*(?P<era>{ERA}){BE})?"
        rf"|{YREL}|(?P<bare>{_BARE_YEAR}){BE}))?"
    ),
    "decade": (
        rf"{BS}[وف]?{PMOD}(?:(?P<dword>{alt(lu.DECADE_NOUNS)})\s+)?"
        rf"(?P<dname>(?:ال)?(?P<dstem>{alt(w for w, _ in lu.DECADE_STEMS)})(?:يات|ات)){BE}"
        rf"(?:\s+(?:من\s+)?(?P<cent>{alt(w for w, _ in lu.CENTURIES)}){BE})?"
    ),
    "decade_fa": (
        rf"{BS}{PMOD}(?P<dword>دهه)(?:\s*ي)?\s+(?:(?P<ddig>\d{{4}}|\d{{2}})(?!\d)"
        rf"|(?P<dten>{alt(w for w, _ in lu.PERSIAN_TENS)}){BE})"
        rf"(?:\s*(?P<dera>{alt(lu.ERA_GREGORIAN + lu.ERA_SOLAR)}){BE})?"
    ),
}
COMPILED: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p)) for name, p in PATTERNS.items()
)

# Where a span starts inside a match: the first of these groups that matched.
START_GROUPS: dict[str, tuple[str, ...]] = {
    "my": ("pmod", "mword", "month"),
    "month": ("pmod", "mword", "month"),
    "year": ("pmod", "unit", "pmod2", "year"),
    "years": ("frame", "unit", "y1"),
    "weekday": ("pod", "lead", "wd"),
    "relative": ("pmod", "pod", "rel"),
    "part": ("pmod",),
    "ago": ("adir",),
    "clock": ("tword",),
    "season": ("pmod", "sword", "season"),
    "quarter": ("qword",),
    "decade": ("pmod", "dword", "dname"),
    "decade_fa": ("pmod", "dword"),
}
