"""Search folding for Arabic/Persian text, with an exact map back to source offsets.

docs/architecture.md ("Offset contract"): search and matching run on a *folded key*;
the stored text is never folded. Folding is a per-code-point homomorphism::

    fold(a + b) == fold(a) + fold(b)      # for any strings a, b

so every folded character comes from exactly one source code point, and
:func:`fold_with_map` can record that code point's index for each folded character.

Per code point ``c`` the folding is: ``unicodedata.normalize("NFKD", c)`` (presentation
forms such as ``ﻻ`` U+FEFB become ``لا``), ``casefold()``, then:

* DROP combining marks (Mn/Me: harakat, Quranic marks, Latin accents), tatweel, ZWNJ, ZWJ,
  bidi controls (LRM, RLM, ALM, embeddings/overrides, isolates), BOM and soft hyphen;
* recompose what is left with NFC (so the whole is NFKC, except that marks a letter
  carries canonically are gone as well: ``café`` -> ``cafe``, ``أ`` -> ``ا``, while a
  Hangul syllable stays one character);
* MAP Arabic/Persian variants the way Lucene's ``ArabicNormalizer`` and
  ``PersianNormalizer`` do (alef, yeh, kaf, heh, teh marbuta, hamza carriers),
  Arabic-Indic and Extended Arabic-Indic digits to ASCII, ``، ؛ ؟`` to ``, ; ?``,
  space separators (NBSP, U+202F, tab...) to ``" "`` and U+2028/U+2029 to ``"\\n"``.

``\\r`` and ``\\n`` are kept as they are; standalone hamza ``ء`` is kept. A compatibility
decomposition made of a space plus marks only (isolated harakat forms U+FE70-U+FE7E,
spacing accents such as ``´``) folds to nothing, like the mark it stands for.

:func:`fold` is the hot path (index building over 100,000 articles): it is one
``str.translate`` call over a cached table, so it runs at C speed once the table has
seen each distinct code point.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import chain, compress, repeat

__all__ = [
    "Folded",
    "find_all",
    "fold",
    "fold_char",
    "fold_with_map",
]

# Characters removed outright (besides every Mn/Me combining mark).
DROPPED = frozenset(
    "\u0640"  # ARABIC TATWEEL
    "\u200c\u200d"  # ZWNJ, ZWJ
    "\u200e\u200f\u061c"  # LRM, RLM, ARABIC LETTER MARK
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\ufeff"  # BOM / ZERO WIDTH NO-BREAK SPACE
    "\u00ad"  # SOFT HYPHEN
)


def _variant_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for src, dst in (
        ("أإآٱٲٳ", "ا"),  # alef with hamza/madda/wasla/wavy hamza
        ("ىیېۍێئ", "ي"),  # alef maksura, Farsi yeh and variants, yeh with hamza
        ("ؤ", "و"),  # waw with hamza
        ("کڪ", "ك"),  # keheh, swash kaf
        ("ةۀەہۂ", "ه"),  # teh marbuta, heh with yeh, ae, heh goal (with hamza)
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Extended Arabic-Indic (Persian) digits
        ("،؛؟", ",;?"),  # Arabic comma, semicolon, question mark
        ("\t", " "),
        ("\u2028\u2029", "\n\n"),  # line / paragraph separator
    ):
        if len(dst) == 1:
            table.update(dict.fromkeys(src, dst))
        else:
            table.update(zip(src, dst, strict=True))
    return table


VARIANTS: dict[str, str] = _variant_map()

_KEEP = frozenset("\r\n")


def _is_dropped(ch: str) -> bool:
    return ch in DROPPED or unicodedata.category(ch) in ("Mn", "Me")


def _map_one(ch: str) -> str:
    """Map one character that survived dropping (variants, digits, spaces)."""
    mapped = VARIANTS.get(ch)
    if mapped is not None:
        return mapped
    if ch not in _KEEP and unicodedata.category(ch) == "Zs":
        return " "
    return ch


def _compute(c: str) -> str:
    """The folding of one source code point (uncached)."""
    if c in _KEEP:
        return c
    if c in DROPPED:
        return ""
    if c in VARIANTS:
        return VARIANTS[c]
    # NFKD, drop the marks, then NFC: the same as NFKC except that marks a letter
    # carried canonically (é, أ) are gone too. Hangul syllables come back whole.
    decomposed = unicodedata.normalize("NFKD", c).casefold()
    kept = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not _is_dropped(ch)))
    out = "".join(map(_map_one, kept))
    # A spacing form of marks (U+FE70 " ً", U+00B4 " ́") folds like the marks: to nothing.
    if out == " " and len(decomposed) > 1 and not c.isspace():
        return ""
    return out


class _FoldTable(dict):
    """``str.translate`` table (ordinal -> str) that fills itself on first use."""

    __slots__ = ()

    def __missing__(self, cp: int) -> str:
        value = _compute(chr(cp))
        self[cp] = value
        return value


_TABLE = _FoldTable()
_lookup = _TABLE.__getitem__


def fold_char(c: str) -> str:
    """Fold a single code point (cached). ``fold(s) == "".join(map(fold_char, s))``."""
    return _lookup(ord(c))


# Characters that fold to themselves and fill most of a news article. fold() scans
# once for anything else and replaces each DISTINCT such character with str.replace
# (C speed): 2.5-3x faster than str.translate, which boxes every character. Correct
# because folding is idempotent per character (tests check it, and that every
# character here folds to itself).
_COMMON = (
    "abcdefghijklmnopqrstuvwxyz0123456789 \n\r.,:;!?'\"()[]-/«»ءابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگ"
)
# The letters, marks and signs that fold to another and are frequent in Arabic and
# Persian news (about one character in ten): replaced first, each with one ``in``
# test and one str.replace, so the scan for the others matches rarely. Finding them
# with the scan instead costs a match object per occurrence (twice the time of fold).
_FREQUENT = "یکةأإآئىؤ،\u200cـ"
_FREQUENT_PAIRS: tuple[tuple[str, str], ...] = ()  # filled below, once the table exists
_OTHER = re.compile("[^" + re.escape(_COMMON + _FREQUENT) + "]")
_MAX_DISTINCT = 48  # beyond this (CJK, symbol soup) one translate is cheaper


def fold(s: str) -> str:
    """Fold ``s`` for searching (see the module docstring). Equals the per-character
    folding ``"".join(map(fold_char, s))``, at C speed: the frequent characters that
    fold to another are replaced first (a character's folding folds to itself, so the
    order does not matter), then each distinct other character found."""
    for ch, folded in _FREQUENT_PAIRS:
        if ch in s:
            s = s.replace(ch, folded)
    found = set(_OTHER.findall(s))
    if len(found) > _MAX_DISTINCT:
        return s.translate(_TABLE)
    for ch in found:
        folded = _lookup(ord(ch))
        if folded != ch:
            s = s.replace(ch, folded)
    return s


_FREQUENT_PAIRS = tuple((ch, _lookup(ord(ch))) for ch in _FREQUENT)


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded string plus, for each folded index, the source index it came from.

    ``text == fold(source)`` and ``len(starts) == len(text)``; ``starts`` is
    non-decreasing and every entry is a valid index into ``source``.
    """

    source: str
    text: str
    starts: tuple[int, ...]

    def to_source(self, fstart: int, fend: int) -> tuple[int, int]:
        """Map the half-open folded range ``[fstart, fend)`` to a half-open source range.

        The start is the source index of the first folded character; the end is the
        source index after the last folded character, extended over immediately
        following combining marks (category Mn) that fold to nothing, so a match of
        ``كتاب`` in ``كتابٌ`` takes the tanween along. Other dropped characters (ZWNJ,
        tatweel, RLM...) are never added at either end.

        An empty range maps to an empty source range at the source index of the folded
        character at ``fstart`` (``len(source)`` when ``fstart == len(text)``).
        Indices are clamped to ``[0, len(text)]``.
        """
        n = len(self.text)
        fstart = min(max(fstart, 0), n)
        fend = min(max(fend, fstart), n)
        if fstart == fend:
            pos = self.starts[fstart] if fstart < n else len(self.source)
            return pos, pos
        start = self.starts[fstart]
        end = self.starts[fend - 1] + 1
        src = self.source
        limit = len(src)
        while end < limit and _is_trailing_mark(src[end]):
            end += 1
        return start, end


def _is_trailing_mark(c: str) -> bool:
    return unicodedata.category(c) == "Mn" and _lookup(ord(c)) == ""


class _LengthTable(dict):
    """``str.translate`` table mapping an ordinal to ``chr(len(fold_char(chr(cp))))``."""

    __slots__ = ()

    def __missing__(self, cp: int) -> str:
        value = chr(len(_lookup(cp)))  # at most 18 (U+FDFA), so latin-1 encodable
        self[cp] = value
        return value


_LENGTHS = _LengthTable()


def fold_with_map(s: str) -> Folded:
    """Fold ``s`` and record, for each folded character, its source code-point index."""
    text = s.translate(_TABLE)
    n = len(s)
    lengths = s.translate(_LENGTHS).encode("latin-1")  # folded length of each code point
    if len(text) == n and lengths.count(1) == n:
        starts: tuple[int, ...] = tuple(range(n))
    elif max(lengths, default=0) <= 1:  # only drops: keep the indices whose length is 1
        starts = tuple(compress(range(n), lengths))
    else:
        starts = tuple(chain.from_iterable(map(repeat, range(n), lengths)))
    return Folded(s, text, starts)


def find_all(haystack: str, needle: str, names: bool = False) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``haystack``, as SOURCE ranges.

    Both are folded; the folded needle is stripped of surrounding whitespace, and an
    empty (or whitespace-only) folded needle finds nothing. Ranges are half-open code
    point offsets into ``haystack``, left to right, mapped with :meth:`Folded.to_source`;
    the source ranges never overlap even where one source character folds to several.
    ``names=True`` also matches the Arabic and Persian spellings of a name
    (:func:`name_key`: پوتین finds بوتين); the map is the same, as name_key keeps lengths.
    """
    key = fold(needle).strip()
    if names:
        key = key.translate(_NAME_TABLE)
    if not key:
        return []
    folded = fold_with_map(haystack)
    text = folded.text.translate(_NAME_TABLE) if names else folded.text
    out: list[tuple[int, int]] = []
    starts = folded.starts
    i = text.find(key)
    while i >= 0:
        hit = folded.to_source(i, i + len(key))
        out.append(hit)
        # Go on after the hit's SOURCE end: one source character can fold to several
        # (ﷺ gives 18), and two hits inside it would be the same source range.
        i = text.find(key, max(i + len(key), bisect_left(starts, hit[1])))
    return out


# Letters that Arabic spells Persian and foreign names with: پوتین / بوتين,
# چین / جين, ژنو / زنو, گاز / كاز, ڤيينا / فيينا. Too lossy for search (Persian
# keeps پ and ب apart), right for matching a speaker's name across scripts.
_NAME_TABLE = str.maketrans({"پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك", "ڤ": "ف", "ڨ": "ق"})


def name_key(s: str) -> str:
    """A looser key than :func:`fold` for matching names across Arabic and Persian
    spellings (it maps پ چ ژ گ ڤ to ب ج ز ك ف after folding). Same length as fold(s)."""
    return fold(s).translate(_NAME_TABLE)
