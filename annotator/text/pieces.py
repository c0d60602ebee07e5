"""The pieces of a text between single spaces, for the CoNLL exporter's fast path
(issue 13): which pieces may be other than one word token, and where sentences end.

A token never holds whitespace and no rule of :mod:`annotator.text.tokens` looks
across it, so a text's tokens are its pieces' tokens; a piece of letters, digits,
marks and joiners not starting with a joiner is one token, itself, and a run of such
pieces can be written by one ``str.replace``. Stdlib only, like the rest of ``text``.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.text.charclass import bmp_only, class_body, classes
from annotator.text.tokens import BREAK_RE, CLOSERS, NEWLINES, TERMINATORS

__all__ = ["not_one_word", "scan_pieces", "sentence_breaks"]

_BREAK_CHARS = NEWLINES | TERMINATORS | CLOSERS


@cache
def _not_word_re() -> re.Pattern[str]:
    """A run of characters other than the space, a letter or digit (``\\w`` less ``_``)
    of the BMP, a mark of the BMP, or a joiner. The class is spelled as ranges, not
    ``\\w``: ``re`` then looks each character up in one table (a third faster)."""
    mark = re.compile(f"[{class_body(bmp_only(classes().mark))}\u200c\u200d\u00ad]")
    ranges: list[list[int]] = []
    for cp in range(0x10000):
        c = chr(cp)
        if c.isalnum() or mark.match(c):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    body = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return re.compile(f"[^{body} ]+")


def not_one_word(text: str) -> list[int]:
    """Offsets in ``text`` (unsorted, maybe repeated) in every piece between single
    spaces that may not be exactly one word token: where a character other than a
    letter, digit, mark or joiner is (an underscore, punctuation, any whitespace but
    the space...), where a piece starts with a joiner, and where a piece is empty. A
    piece holding none of them is one :func:`tokenize` token, itself.

    For the CoNLL exporter's fast path (issue 13): ``text.replace(" ", ...)`` writes a
    run of one-word pieces at C speed. Letters and marks above U+FFFF count as other
    characters (the class is BMP only), which is safe: the piece then goes to
    :func:`tokenize`."""
    return scan_pieces(text)[0]


def scan_pieces(text: str) -> tuple[list[int], list[int]]:
    """:func:`not_one_word` and :func:`sentence_breaks` of ``text`` in one pass: every
    line break, terminator and closer is a character that is not a word's."""
    odd: list[int] = []
    breaks: list[int] = []
    n = len(text)
    for m in _not_word_re().finditer(text):
        a, b = m.span()
        odd.append(a)
        run = m.group()
        if _BREAK_CHARS.isdisjoint(run):
            continue
        if not run.strip("\n"):
            breaks += range(a, b)  # line breaks only: one sentence end at each
            continue
        for k in BREAK_RE.finditer(text, a, b):
            a, b = k.span()
            if text[a] in NEWLINES:
                breaks.append(a)
            elif (b >= n or not text[b].isalnum()) and any(c in TERMINATORS for c in k.group()):
                breaks.append(b)
    breaks.append(n)
    for pair in ("  ", " \u200c", " \u200d", " \u00ad"):
        i = text.find(pair)
        while i >= 0:
            odd.append(i + len(pair) - 1)
            i = text.find(pair, i + 1)
    if text[:1] in ("", " ", "\u200c", "\u200d", "\u00ad"):
        odd.append(0)
    if text.endswith(" "):
        odd.append(len(text))
    return odd, breaks


def sentence_breaks(text: str) -> list[int]:
    """Where :func:`sentences` cuts ``text``, before trimming: the offset of every line
    break and the end of every terminator run that ends a sentence, then ``len(text)``.

    A sentence of :func:`sentences` ends at one of these less the whitespace and
    controls before it, which no token holds; a stretch between two of them may hold
    no sentence at all. Enough for the CoNLL exporter, which needs only the last token
    before each end (the same for both) and none of :func:`sentences`' trimming."""
    return scan_pieces(text)[1]
