"""Tokens, grapheme clusters and selection snapping over code-point offsets.

All functions are pure and take/return half-open ``[start, end)`` Python ``str`` indices
into the stored text (docs/architecture.md, "Offset contract"); nothing here changes the text.

Grapheme clusters (a simplified UAX #29, enough for Arabic, Persian and emoji): a base
character plus every following combining mark (Mn/Mc/Me), ZWNJ, ZWJ, soft hyphen, emoji
modifier (U+1F3FB-U+1F3FF) and tag character; a symbol + ZWJ + symbol emoji sequence; a
pair of regional indicators (a flag such as 🇮🇷); and ``\\r\\n``. One deliberate difference
from UAX #29: whitespace and control characters never take marks, so a stray mark after a
space starts its own cluster and every whitespace position is a cluster boundary.

Tokens are built from clusters: a word is a maximal run of clusters whose base is a
letter, digit or (stray) mark; ZWNJ inside a word keeps it whole (``می‌خواهم``); ``. : , / -``
between two digits stay inside the number (``19:31``, ``16-11-2020``, ``2.5``). Every
other punctuation or symbol cluster (``«``, ``،``, ``👍🏽``) is a token of its own.
Whitespace, invisible format characters (RLM, LRM, BOM...) and controls separate tokens
and belong to none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from annotator.text.charclass import Classes, bmp_only, class_body, classes

__all__ = [
    "ARTICLE",
    "BREAK_RE",
    "CLITIC_PREFIXES",
    "CLOSERS",
    "CONJUNCTIONS",
    "NEWLINES",
    "PREPOSITIONS",
    "SAFE_PREFIXES",
    "TERMINATORS",
    "clitic_candidates",
    "grapheme_bounds",
    "sentence_bounds",
    "sentences",
    "snap_to_words",
    "strip_clitic",
    "tokenize",
    "trim",
]

# Character kinds.
_SPACE, _CTRL, _WORD, _MARK, _JOIN, _MOD, _RI, _PUNCT, _SYMBOL = range(9)
_EXTENDERS = frozenset((_MARK, _JOIN, _MOD))
_ZWJ = "\u200d"
_JOINERS = frozenset("\u200c\u200d\u00ad")  # ZWNJ, ZWJ, soft hyphen
_DIGIT_INNER = frozenset(".:,/-\u066b\u066c")  # incl. Arabic decimal/thousands separators

_kinds: dict[str, int] = {}


def _kind(c: str) -> int:
    k = _kinds.get(c)
    if k is None:
        k = _kinds[c] = _classify(c)
    return k


def _classify(c: str) -> int:
    if c in _JOINERS:
        return _JOIN
    cp = ord(c)
    if 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
        return _MOD  # emoji skin-tone modifiers, tag characters
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return _RI
    if c.isspace():
        return _SPACE
    cat = unicodedata.category(c)
    if cat[0] in "LN":
        return _WORD
    if cat[0] == "M":
        return _MARK
    if cat in ("Cc", "Cf"):
        return _CTRL
    if cat[0] == "P":
        return _PUNCT
    return _SYMBOL  # S*, Co, Cn, Cs


def _cluster_end(text: str, i: int) -> int:
    """End of the grapheme cluster starting at ``i`` (``i < len(text)``)."""
    n = len(text)
    c = text[i]
    k = _kind(c)
    j = i + 1
    if k == _SPACE:
        return j + 1 if c == "\r" and j < n and text[j] == "\n" else j
    if k == _CTRL:
        return j
    if k == _RI and j < n and _kind(text[j]) == _RI:
        j += 1
    while j < n and _kind(text[j]) in _EXTENDERS:
        j += 1
        if text[j - 1] == _ZWJ and k == _SYMBOL and j < n and _kind(text[j]) == _SYMBOL:
            j += 1  # emoji ZWJ sequence: 👨‍👩
    return j


def _token_kind(base: int) -> int:
    """How a cluster with this base kind acts in tokenising."""
    if base == _MARK:
        return _WORD  # a stray mark is still word material
    if base == _JOIN:
        return _CTRL  # a stray ZWNJ/ZWJ is invisible
    if base in (_MOD, _RI):
        return _SYMBOL
    return base


class _Token(NamedTuple):
    start: int
    end: int
    word: bool


@cache
def _token_re(underscore: bool, astral: bool) -> re.Pattern[str]:
    """One compiled pattern for the token rules above, over whole clusters.

    A match is a word run (``w``), a stray joiner cluster (``j``, invisible: no token)
    or a punctuation/symbol cluster (``o``); whitespace and controls never match.
    Two shortcuts keep the common text fast, each used only when it is exact: ``\\w`` is
    letters, digits AND ``_`` (punctuation here), so word runs are one class
    ``[\\w...]`` unless the text has a ``_`` (``underscore``); and the classes hold only
    BMP ranges unless the text has a character above U+FFFF (``astral``), since
    ``re`` tests the ranges above the BMP one by one for every character."""
    c = classes()
    if not astral:
        c = Classes(c.version, *(bmp_only(r) for r in (c.mark, c.punct, c.control)))
    mark, punct, ctrl = class_body(c.mark), class_body(c.punct), class_body(c.control)
    joiners = "\\u200c\\u200d\\u00ad"
    mods = "\\U0001f3fb-\\U0001f3ff\\U000e0020-\\U000e007f" if astral else ""
    ri = "\\U0001f1e6-\\U0001f1ff"
    ext = f"[{mark}{joiners}{mods}]"  # what extends a cluster
    inner = "".join(f"\\u{ord(ch):04x}" for ch in sorted(_DIGIT_INNER))
    not_symbol = f"[\\s\\w{mark}{joiners}{mods}{ri if astral else ''}{ctrl}{punct}]"
    if underscore:
        word_start, word_more = f"(?:[^\\W_]|[{mark}])", f"(?:[^\\W_]|{ext})*"
    else:
        word_start, word_more = f"[\\w{mark}]", f"[\\w{mark}{joiners}{mods}]*"
    flags = f"[{ri}]{{1,2}}{ext}*|" if astral else ""
    return re.compile(
        f"(?P<w>{word_start}{word_more}(?:(?<=\\d)[{inner}](?=\\d){word_more})*)"
        f"|(?P<j>[{joiners}]{ext}*)"
        f"|(?P<o>{flags}[{punct}{mods}]{ext}*"
        f"|(?![\\s{ctrl}]).(?:\\u200d(?!{not_symbol}).|{ext})*)",
        re.DOTALL,
    )


_ASTRAL_RE = re.compile("[^\\x00-\\uffff]")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Token matches of ``text`` (stray joiner clusters included)."""
    return _token_re("_" in text, _ASTRAL_RE.search(text) is not None).finditer(text)


def _tokens(text: str, a: int, b: int) -> list[_Token]:
    """Tokens of ``text[a:b]``; ``a`` and ``b`` must be cluster boundaries."""
    part = text if a == 0 and b == len(text) else text[a:b]
    return [
        _Token(m.start() + a, m.end() + a, m.lastgroup == "w")
        for m in _matches(part)
        if m.lastgroup != "j"
    ]


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word, punctuation and symbol tokens of ``text``, sorted and non-overlapping."""
    return [m.span() for m in _matches(text) if m.lastgroup != "j"]


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    n = len(text)
    start = min(max(start, 0), n)
    return start, min(max(end, start), n)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen to the nearest whitespace on both sides (always token boundaries)."""
    n = len(text)
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    if 0 < a < n and text[a - 1] == "\r" and text[a] == "\n":
        a -= 1  # never start between \r and \n
    b = end
    while b < n and not text[b].isspace():
        b += 1
    return a, b


def grapheme_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole grapheme clusters. For DISPLAY only.

    Stored offsets stay exact; a highlight drawn from a boundary between a letter and
    its mark paints the wrong glyph in Qt, so the view widens what it draws. An empty
    range becomes an empty range at the start of the cluster containing ``start``.
    """
    start, end = _clamp(text, start, end)
    pos = _window(text, start, start)[0]
    while pos < start:
        ce = _cluster_end(text, pos)
        if ce > start:
            break
        pos = ce
    new_start = pos
    if start == end:
        return new_start, new_start
    while pos < end:
        pos = _cluster_end(text, pos)
    return new_start, pos


def _trim_clusters(text: str, start: int, end: int, drop: frozenset[int]) -> tuple[int, int]:
    """Drop whole clusters whose token kind is in ``drop`` from both ends."""
    bounds: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = min(_cluster_end(text, i), end)
        bounds.append((i, j))
        i = j
    keep = [(s, e) for s, e in bounds if _token_kind(_kind(text[s])) not in drop]
    if not keep:
        return start, start
    return keep[0][0], keep[-1][1]


_BLANK = frozenset((_SPACE, _CTRL))
_NOT_WORD = frozenset((_SPACE, _CTRL, _PUNCT, _SYMBOL))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Remove whitespace, invisible controls, punctuation and symbols from both ends.

    Works on whole clusters counted from ``start`` (so a letter keeps its marks and a
    trailing ZWNJ attached to it); never widens. All-trimmed gives ``(start, start)``.
    The exact-characters selection mode applies no trimming at all.
    """
    start, end = _clamp(text, start, end)
    return _trim_clusters(text, start, end, _NOT_WORD)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Expand a selection to whole tokens, then drop non-word tokens at both ends.

    ``«ولادیمیر پو`` becomes ``ولادیمیر پوتین``; inner spaces and punctuation are kept.
    A selection touching no word (only spaces, punctuation, an emoji) becomes its exact
    range widened to whole clusters and stripped of whitespace, or ``(start, start)``
    when nothing but whitespace is left. An empty selection stays empty. The result is
    always grapheme safe: it never separates a letter from its marks.
    """
    start, end = _clamp(text, start, end)
    if start == end:
        return start, start
    a, b = _window(text, start, end)
    words = [t for t in _tokens(text, a, b) if t.word and t.start < end and t.end > start]
    if words:
        return words[0].start, words[-1].end
    s, e = grapheme_bounds(text, start, end)
    s, e = _trim_clusters(text, s, e, _BLANK)
    return (s, e) if s < e else (start, start)


# --- Arabic proclitics --------------------------------------------------------------

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"


def _clitic_prefixes() -> tuple[str, ...]:
    found: list[str] = []
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            for art in ("", ARTICLE):
                prefix = conj + ("لل" if prep == "ل" and art else prep + art)
                if prefix:
                    found.append(prefix)
    return tuple(sorted(found, key=len, reverse=True))


#: Every proclitic combination [conjunction][preposition][article], longest first:
#: وبال، وكال، ولل، فبال ... وال، بال، لل، وب، ول ... ال، و، ف، ب، ك، ل (ل + ال is لل).
CLITIC_PREFIXES: tuple[str, ...] = _clitic_prefixes()

#: The subset :func:`strip_clitic` removes on its own: anything carrying the article,
#: or a bare conjunction. A bare preposition (ب ك ل, وب, ول ...) is too often the
#: first letter of a name (بوتين، كرملين، لبنان) to strip without a lexicon.
SAFE_PREFIXES: tuple[str, ...] = tuple(
    p for p in CLITIC_PREFIXES if p.endswith((ARTICLE, "لل")) or p in CONJUNCTIONS
)


def _letters(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(index, char) of the letters/digits in the range, skipping marks, tatweel and
    joiners (which neither count nor block a prefix). No folding: ``ألمانيا`` does
    not start with the article."""
    out: list[tuple[int, str]] = []
    for i in range(start, end):
        c = text[i]
        if c.isalnum() and c != "\u0640":
            out.append((i, c))
    return out


def clitic_candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every way to remove a leading proclitic from ``[start, end)``, longest first.

    Only prefixes from :data:`CLITIC_PREFIXES` that leave at least two letters are
    offered; the range must start with a letter. For ``وبوتين`` this is ``وتين``
    (``وب``) and ``بوتين`` (``و``): the user picks, nothing is applied automatically.
    """
    start, end = _clamp(text, start, end)
    if start == end or not text[start].isalpha():
        return []
    letters = _letters(text, start, end)
    folded = "".join(ch for _, ch in letters)
    out: list[tuple[int, int]] = []
    for prefix in CLITIC_PREFIXES:
        k = len(prefix)
        if folded.startswith(prefix) and len(letters) - k >= 2:
            out.append((letters[k][0], end))
    return out


def strip_clitic(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without its leading proclitic, or unchanged. A HEURISTIC.

    Removes the longest of :data:`SAFE_PREFIXES` (the article with any conjunction or
    preposition in front, or a bare ``و``/``ف``) when at least two letters remain:
    ``وبوتين`` -> ``بوتين``, ``الرئيس`` -> ``رئيس``, ``والرئيس`` -> ``رئيس``, ``بوتين``
    stays. It is wrong for words that merely begin with these letters (``وزير``,
    ``فرنسا``), so the GUI offers it to the user (see :func:`clitic_candidates` for
    every option) and never applies it on its own. Marks and tatweel after the
    prefix are skipped so the result starts at a letter.
    """
    start, end = _clamp(text, start, end)
    for s, e in clitic_candidates(text, start, end):
        letters = _letters(text, start, s)
        prefix = "".join(ch for _, ch in letters)
        if prefix in SAFE_PREFIXES:
            return s, e
    return start, end


# --- Sentences ------------------------------------------------------------------------

#: What ends a sentence when no letter or digit follows (``2.5`` and ``file.jpg`` go on).
TERMINATORS = frozenset(".!?؟۔")
#: Closing quotes and brackets: a sentence's run of terminators takes them along.
CLOSERS = frozenset("\"'»”’)]}›")
#: Line breaks: a sentence ends at every one (and none belongs to a sentence).
NEWLINES = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def _breaks_after(text: str, i: int) -> bool:
    """Is there a sentence boundary right after ``text[i]``?"""
    c = text[i]
    if c in NEWLINES:
        return True
    if c not in TERMINATORS and c not in CLOSERS:
        return False
    n = len(text)
    nxt = text[i + 1] if i + 1 < n else ""
    if nxt and (nxt in TERMINATORS or nxt in CLOSERS or nxt.isalnum()):
        return False  # run goes on, or 2.5 / file.jpg / الجاري.وقال
    j = i  # the run of terminators/closers ending at i must hold a terminator
    while j >= 0 and (text[j] in TERMINATORS or text[j] in CLOSERS):
        if text[j] in TERMINATORS:
            return True
        j -= 1
    return False


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing ``pos``, without surrounding whitespace.

    Sentences end after ``. ! ? ؟ ۔`` (plus any closing quotes/brackets) when the next
    character is not a letter or digit, and at every line break. ``pos`` names the
    character at that index (``len(text)`` names the last one); a position on a
    line break or blank line gives the line before it, or ``(pos, pos)`` if empty.
    """
    n = len(text)
    pos = min(max(pos, 0), n)
    probe = pos if pos < n or n == 0 else n - 1  # the caret after the last character
    s = probe
    while s > 0 and not _breaks_after(text, s - 1):
        s -= 1
    e = probe
    while e < n and not _breaks_after(text, e):
        e += 1
    if e < n and text[e] not in NEWLINES:
        e += 1  # keep the terminator, drop the line break
    while s < e and (text[s].isspace() or _kind(text[s]) == _CTRL):
        s += 1
    while e > s and (text[e - 1].isspace() or _kind(text[e - 1]) == _CTRL):
        e -= 1
    return (s, e) if s < e else (pos, pos)


#: One line break, or a run of terminators and closers: the candidates for a sentence
#: end, which :func:`sentences` (and the CoNLL exporter's fast path) then judge.
BREAK_RE = re.compile(
    "[" + "".join(f"\\u{ord(c):04x}" for c in sorted(NEWLINES)) + "]"
    "|[" + "".join(f"\\u{ord(c):04x}" for c in sorted(TERMINATORS | CLOSERS)) + "]+"
)
_SPACE_RE = re.compile(r"\S")


def _blank(c: str) -> bool:
    return c.isspace() or _kind(c) == _CTRL


def sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text`` in order, as the CoNLL exporter cuts them: the same
    boundaries as :func:`sentence_bounds`, found in one pass over the whole text.

    A sentence starts at the first non-whitespace character after a boundary (an
    invisible control there stays in it) and ends as :func:`sentence_bounds` ends it;
    a stretch of only whitespace and controls is no sentence."""
    n = len(text)
    out: list[tuple[int, int]] = []
    p = 0

    def add(p: int, e: int) -> None:
        m = _SPACE_RE.search(text, p, e)
        if m is None:
            return
        f = s = m.start()
        while s < e and _blank(text[s]):
            s += 1
        if s == e:
            return
        while _blank(text[e - 1]):
            e -= 1
        out.append((f, e))

    for m in BREAK_RE.finditer(text):
        a, b = m.span()
        if text[a] in NEWLINES:
            add(p, a)  # the line break itself belongs to no sentence
        elif (b < n and text[b].isalnum()) or not any(c in TERMINATORS for c in m.group()):
            continue  # 2.5, file.jpg, a closing quote with no terminator
        else:
            add(p, b)
        p = b
    add(p, n)
    return out
