"""spaCy's rule-based tokenizer of the blank ``ar``, ``fa`` and ``xx`` pipelines, without
importing spaCy (importing it costs over a second; issue 13), with spaCy's own rules
(annotator.io.exporters.spacy_rules).

:class:`SpacyTokenizer` follows spaCy's ``Tokenizer`` (spacy/tokenizer.pyx) step by
step: text is cut where ``str.isspace`` changes, one plain space after a token is its
``whitespace_`` flag, other whitespace is a token of its own; each chunk is a special
case or is split into prefixes, suffixes and infixes (``_split_affixes``,
``_attach_tokens``); then special cases that span several tokens are applied
(``_apply_special_cases``). A chunk's tokens depend on the chunk alone, so they are
cached per chunk, as spaCy does (:meth:`SpacyTokenizer.chunk`);
annotator.io.exporters.spacy_chunks gathers a text's tokens from them as DocBin arrays.
tests/test_spacy_fast.py compares every token, norm and whitespace flag with spaCy's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import accumulate, chain
from operator import itemgetter
from typing import Any

from annotator.io.exporters.docbin import string_hash

#: Whitespace runs other than one plain space between two chunks: spaCy makes them
#: tokens (less a plain space opening them, the flag of the token before).
COMPLEX_WS = re.compile(r"[^\S ]\s*| \s+")
#: Most chunks kept in each cache (then it starts again): memory stays flat.
CACHE_MAX = 100_000

#: One chunk's tokens: (orths, norms, whitespace flags ending in True).
Chunk = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...]]
_ORTHS, _NORMS, _SPACES = itemgetter(0), itemgetter(1), itemgetter(2)


def _chunk(orths: tuple[str, ...], norms: tuple[str, ...]) -> Chunk:
    return orths, norms, (False,) * (len(orths) - 1) + (True,)


def whitespace_pieces(text: str) -> tuple[list[str], list[int], list[int]]:
    """``text`` cut as spaCy's tokenizer cuts it before it looks at a chunk: the
    pieces between single spaces, and each whitespace run other than one plain space
    as a piece of its own (less a plain space opening it: that space is the flag of
    the token before), a single space opening the text as a piece too. Also the
    pieces whose last token has no plain space after it (``ends``, positions in the
    pieces) and the flag it has instead (``lasts``: 1 when the whitespace run after
    it opens with a plain space); every other piece's last token has one."""
    pieces: list[str] = []
    ends: list[int] = []  # the last piece of each run of pieces
    lasts: list[int] = []  # and its whitespace flag
    pos = 0
    n = len(text)
    for m in chain(COMPLEX_WS.finditer(text), (None,)):
        a, b = m.span() if m else (n, n)
        if a > pos:
            seg = text[pos:a]
            if pos == 0 and seg[0] == " ":  # one space opening the text: a token
                pieces.append(" ")
                ends.append(0)
                lasts.append(0)
                seg = seg[1:]
            if seg:
                trailing = seg[-1] == " "  # only at the end of the text
                pieces += (seg[:-1] if trailing else seg).split(" ")
                ends.append(len(pieces) - 1)
                lasts.append(trailing)
        if m is None:
            break
        if a > 0 and text[a] == " ":
            lasts[-1] = 1
            a += 1
        pieces.append(text[a:b])
        ends.append(len(pieces) - 1)
        lasts.append(0)
        pos = b
    return pieces, ends, lasts


class SpacyTokenizer:
    """The tokens of one blank pipeline (``ar``, ``fa`` or ``xx``), as spaCy makes them."""

    def __init__(self, lang: str, rules: dict[str, Any]) -> None:
        r = rules["langs"][lang]
        self._symbols: dict[str, int] = rules["symbols"]  # spaCy's fixed ids
        self._hashes: dict[str, int] = dict(self._symbols)
        flags = r["flags"]
        self._prefix = re.compile(r["prefix"], flags).search
        self._suffix = re.compile(r["suffix"], flags).search
        self._infix = re.compile(r["infix"], flags).finditer
        self._url = re.compile(r["url"], flags).match
        self._norms: dict[str, str] = rules["base_norms"]
        self._specials: dict[str, Chunk] = {
            s: _chunk(tuple(o for o, _ in subs), tuple(n or self.norm(o) for o, n in subs))
            for s, subs in r["rules"].items()
        }
        self._cache: dict[str, Chunk] = dict(self._specials)
        # Special cases applied across tokens: pattern tokens -> the special string.
        self._patterns: dict[tuple[str, ...], str] = {}
        for s in r["matcher"]:  # tokenized as spaCy does: without special cases
            orths, norms, _ = self._run(s, lambda c: self._split(c, False))
            if len(orths) == 1 and self._specials[s][:2] == (tuple(orths), tuple(norms)):
                continue  # one token made into the same token (" "): changes nothing
            self._patterns.setdefault(tuple(orths), s)
        self._firsts = frozenset(p[0] for p in self._patterns if p)
        self._longest = max((len(p) for p in self._patterns), default=0)

    def norm(self, orth: str) -> str:
        """The lexeme norm spaCy gives ``orth`` (its norm exceptions, else lower case)."""
        return self._norms.get(orth, orth.lower())

    # -- one chunk (spaCy's _split_affixes and _attach_tokens) --------------------
    def _split(self, string: str, specials: bool) -> Chunk:
        special = self._specials if specials else {}
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = -1
        while string and len(string) != last_size:
            if string in special:
                break
            last_size = len(string)
            m = self._prefix(string)
            pre_len = m.end() - m.start() if m else 0
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in special:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            m = self._suffix(string[pre_len:])
            suf_len = m.end() - m.start() if m else 0
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in special:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        middle: tuple[str, ...] = ()
        norms: tuple[str, ...] | None = None
        if string:
            if string in special:
                middle, norms, _ = special[string]
            elif self._url(string):
                middle = (string,)
            else:
                middle = tuple(self._infixes(string))
        orths = (*prefixes, *middle, *reversed(suffixes))
        if norms is None:
            return _chunk(orths, tuple(self.norm(o) for o in orths))
        head = tuple(self.norm(o) for o in prefixes)
        tail = tuple(self.norm(o) for o in reversed(suffixes))
        return _chunk(orths, (*head, *norms, *tail))

    def _infixes(self, string: str) -> Iterator[str]:
        start = 0
        for m in self._infix(string):
            a, b = m.span()
            if a == 0:  # spaCy: an infix at the very start is skipped
                continue
            if a != start:
                yield string[start:a]
            if a != b:
                yield string[a:b]
            start = b
        if string[start:]:
            yield string[start:]

    # -- a whole text (spaCy's _tokenize_affixes and _apply_special_cases) --------
    def __call__(self, text: str) -> tuple[list[str], list[str], list[bool]]:
        """(orths, norms, whitespace flags) of ``text``'s tokens; their concatenation,
        each orth followed by a space where its flag is set, is ``text``."""
        orths, norms, spaces = self._run(text)
        if self._firsts and not self._firsts.isdisjoint(orths):
            self._apply_special_cases(orths, norms, spaces)
        return orths, norms, spaces

    def _run(
        self, text: str, split: Callable[[str], Chunk] | None = None
    ) -> tuple[list[str], list[str], list[bool]]:
        """The chunks of ``text`` (:func:`whitespace_pieces`) tokenized (by ``split``,
        else with the cache and the special cases), with the whitespace flags. Per
        chunk only C-level work: a dict lookup, then the cached tuples chained."""
        if split is None:
            cache, fill = self._cache, self._fill
        else:
            cache, fill = {}, split
        pieces, ends, lasts = whitespace_pieces(text)
        vals = list(map(cache.get, pieces))
        if None in vals:
            vals = [v if v is not None else fill(p) for v, p in zip(vals, pieces, strict=True)]
        orths = list(chain.from_iterable(map(_ORTHS, vals)))
        norms = list(chain.from_iterable(map(_NORMS, vals)))
        spaces = list(chain.from_iterable(map(_SPACES, vals)))
        last_token = list(accumulate(len(v[0]) for v in vals))
        for end, last in zip(ends, lasts, strict=True):
            spaces[last_token[end] - 1] = bool(last)
        return orths, norms, spaces

    def _fill(self, chunk: str) -> Chunk:
        if len(self._cache) >= CACHE_MAX:  # bounded, as spaCy's: memory flat in N
            self._cache = dict(self._specials)
        got = self._cache[chunk] = self._split(chunk, True)
        return got

    def hash_once(self, string: str) -> int:
        """:meth:`hash` of a string seen once (a span id): not cached."""
        h = self._symbols.get(string)
        return string_hash(string) if h is None else h

    def hash(self, string: str) -> int:
        """spaCy's id of ``string`` (its symbol number, else its hash; cached)."""
        h = self._hashes.get(string)
        if h is None:
            if len(self._hashes) >= 2 * CACHE_MAX:
                self._hashes = dict(self._symbols)
            h = self._hashes[string] = string_hash(string)
        return h

    def chunk(self, chunk: str) -> Chunk:
        """The tokens of one chunk (text without whitespace, or one whitespace run):
        (orths, norms, whitespace flags ending in True), from the cache."""
        return self._cache.get(chunk) or self._fill(chunk)

    def may_start_special(self, orths: tuple[str, ...]) -> bool:
        """Whether one of ``orths`` may start a special case across tokens (a text
        with such a token needs spaCy's second pass, :meth:`__call__`)."""
        return not self._firsts.isdisjoint(orths)

    def _apply_special_cases(self, orths: list[str], norms: list[str], spaces: list[bool]) -> None:
        """spaCy's pass for special cases found across tokens, in place."""
        matches = []
        for i, orth in enumerate(orths):
            if orth not in self._firsts:
                continue
            for k in range(1, min(self._longest, len(orths) - i) + 1):
                if tuple(orths[i : i + k]) in self._patterns:
                    matches.append((i, i + k))
        if not matches:
            return
        matches.sort(key=lambda m: (m[1] - m[0], -m[0]))
        seen: set[int] = set()
        chosen = []
        for start, end in reversed(matches):
            if start not in seen and end - 1 not in seen:
                chosen.append((start, end))
            seen.update(range(start, end))
        for start, end in sorted(chosen, reverse=True):
            text = "".join(
                o + (" " if s else "")
                for o, s in zip(orths[start:end], spaces[start:end], strict=True)
            )
            special = self._specials.get(text[:-1] if spaces[end - 1] else text)
            if special is None:
                continue
            last = spaces[end - 1]
            orths[start:end] = special[0]
            norms[start:end] = special[1]
            spaces[start:end] = [False] * (len(special[0]) - 1) + [last]
