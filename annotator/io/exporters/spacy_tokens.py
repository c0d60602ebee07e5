"""spaCy's rule-based tokenizer of the blank ``ar``, ``fa`` and ``xx`` pipelines, without
importing spaCy (importing it costs over a second; issue 13), with spaCy's own rules
(annotator.io.exporters.spacy_rules).

:class:`SpacyTokenizer` follows spaCy's ``Tokenizer`` (spacy/tokenizer.pyx) step by
step: text is cut where ``str.isspace`` changes, one plain space after a token is its
``whitespace_`` flag, other whitespace is a token of its own; each chunk is a special
case or is split into prefixes, suffixes and infixes (``_split_affixes``,
``_attach_tokens``); then special cases that span several tokens are applied
(``_apply_special_cases``). A chunk's tokens depend on the chunk alone, so they are
cached per chunk, as spaCy does. :meth:`SpacyTokenizer.encode` gives a text's tokens
directly as DocBin rows (annotator.io.exporters.docbin), chunk by chunk from the cache.
tests/test_spacy_fast.py compares every token, norm and whitespace flag with spaCy's.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from itertools import accumulate, chain
from operator import itemgetter
from typing import Any, NamedTuple

from annotator.io.exporters.docbin import string_hash

#: Whitespace runs other than one plain space between two chunks: spaCy makes them
#: tokens (less a plain space opening them, the flag of the token before).
_COMPLEX_WS = re.compile(r"[^\S ]\s*| \s+")
#: Most chunks kept in each cache (then it starts again): memory stays flat.
CACHE_MAX = 100_000
#: ENT_IOB of a token outside every entity once ``doc.ents`` is set.
IOB_OUTSIDE = 2

#: One chunk's tokens: (orths, norms, whitespace flags ending in True).
Chunk = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...]]
_ORTHS, _NORMS, _SPACES = itemgetter(0), itemgetter(1), itemgetter(2)
#: One chunk as DocBin parts: (token rows, whitespace bytes, len + space per token).
Encoded = tuple[bytes, bytes, tuple[int, ...]]
_ROWS, _FLAGS, _ADVANCES = itemgetter(0), itemgetter(1), itemgetter(2)


class DocTokens(NamedTuple):
    """A text's tokens as DocBin parts."""

    rows: bytes  # uint64 rows: ORTH and NORM hashes, ENT_IOB outside, the rest 0
    spaces: bytes  # one byte per token: 1 when a plain space follows it
    starts: list[int]  # each token's first character in the text
    strings: set[str]  # orths and norms
    chunks: list[str]  # the chunks whose strings are not in ``strings`` yet


def _chunk(orths: tuple[str, ...], norms: tuple[str, ...]) -> Chunk:
    return orths, norms, (False,) * (len(orths) - 1) + (True,)


class SpacyTokenizer:
    """The tokens of one blank pipeline (``ar``, ``fa`` or ``xx``), as spaCy makes them."""

    def __init__(self, lang: str, rules: dict[str, Any], attrs: tuple[str, ...] = ()) -> None:
        """``attrs``: the DocBin columns the rows of :meth:`encode` have (ORTH first);
        default all of spaCy's."""
        r = rules["langs"][lang]
        attrs = attrs or tuple(name for name, _ in rules["attrs"])
        self._width = len(attrs)
        self._norm_col, self._iob_col = attrs.index("NORM"), attrs.index("ENT_IOB")
        self._symbols: dict[str, int] = rules["symbols"]  # spaCy's fixed ids
        self._hashes: dict[str, int] = dict(self._symbols)
        self._encoded: dict[str, Encoded] = {}
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
        #: chunks with a token that may start a special case across tokens
        self._risky: set[str] = set()
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
        """The chunks of ``text`` tokenized (by ``split``, else with the cache and the
        special cases), with the whitespace flags. Per chunk only C-level work: a dict
        lookup, then the cached tuples chained."""
        if split is None:
            cache, fill = self._cache, self._fill
        else:
            cache, fill = {}, split
        get = cache.get
        orths: list[str] = []
        norms: list[str] = []
        spaces: list[bool] = []

        def add(pieces: list[str], last: bool) -> None:
            vals = list(map(get, pieces))
            if None in vals:
                vals = [v if v is not None else fill(p) for v, p in zip(vals, pieces, strict=True)]
            orths.extend(chain.from_iterable(map(_ORTHS, vals)))
            norms.extend(chain.from_iterable(map(_NORMS, vals)))
            spaces.extend(chain.from_iterable(map(_SPACES, vals)))
            spaces[-1] = last

        pos = 0
        n = len(text)
        for m in chain(_COMPLEX_WS.finditer(text), (None,)):
            a, b = m.span() if m else (n, n)
            if a > pos:
                seg = text[pos:a]
                if pos == 0 and seg[0] == " ":  # one space opening the text: a token
                    add([" "], False)
                    seg = seg[1:]
                trailing = seg.endswith(" ")  # only at the end of the text
                if seg:
                    add((seg[:-1] if trailing else seg).split(" "), trailing)
            if m is None:
                break
            run = text[a:b]
            if a > 0 and run[0] == " ":
                spaces[-1] = True
                run = run[1:]
            add([run], False)
            pos = b
        return orths, norms, spaces

    def _fill(self, chunk: str) -> Chunk:
        if len(self._cache) >= CACHE_MAX:  # bounded, as spaCy's: memory flat in N
            self._cache = dict(self._specials)
        got = self._cache[chunk] = self._split(chunk, True)
        return got

    def hash(self, string: str) -> int:
        """spaCy's id of ``string`` (its symbol number, else its hash; cached)."""
        h = self._hashes.get(string)
        if h is None:
            if len(self._hashes) >= 2 * CACHE_MAX:
                self._hashes = dict(self._symbols)
            h = self._hashes[string] = string_hash(string)
        return h

    def chunk_strings(self, chunk: str) -> tuple[str, ...]:
        """The orths and norms of a chunk :meth:`encode` has seen."""
        orths, norms, _ = self._cache.get(chunk) or self._fill(chunk)
        return orths + norms

    def _encode_chunk(self, chunk: str) -> Encoded:
        got = self._cache.get(chunk) or self._fill(chunk)
        if not self._firsts.isdisjoint(got[0]):
            self._risky.add(chunk)
        if len(self._encoded) >= CACHE_MAX:
            self._encoded = {}
        enc = self._encoded[chunk] = self._rows(*got)
        return enc

    def _rows(self, orths: Any, norms: Any, spaces: Any) -> Encoded:
        width, h = self._width, self.hash
        row = [0] * width
        row[self._iob_col] = IOB_OUTSIDE
        cells = array("Q")
        for orth, norm in zip(orths, norms, strict=True):
            row[0], row[self._norm_col] = h(orth), h(norm)
            cells.extend(row)
        advances = tuple(len(o) + s for o, s in zip(orths, spaces, strict=True))
        return cells.tobytes(), bytes(spaces), advances

    def encode(self, text: str) -> DocTokens:
        """``text``'s tokens as DocBin parts: per chunk a cache lookup and C-level
        joins; the few texts where a special case may span tokens go the list way."""
        enc, fill = self._encoded.get, self._encode_chunk
        rows: list[bytes] = []
        spaces: list[bytes] = []
        starts: list[int] = []
        keys: list[str] = []

        def add(pieces: list[str], at: int, last: bool) -> None:
            vals = list(map(enc, pieces))
            if None in vals:
                vals = [v or fill(p) for v, p in zip(vals, pieces, strict=True)]
            rows.append(b"".join(map(_ROWS, vals)))
            flags = b"".join(map(_FLAGS, vals))
            spaces.append(flags if last else flags[:-1] + b"\0")
            starts.extend(accumulate(chain.from_iterable(map(_ADVANCES, vals)), initial=at))
            starts.pop()
            keys.extend(pieces)

        pos = 0
        n = len(text)
        for m in chain(_COMPLEX_WS.finditer(text), (None,)):
            a, b = m.span() if m else (n, n)
            if a > pos:
                seg = text[pos:a]
                if pos == 0 and seg[0] == " ":  # one space opening the text: a token
                    add([" "], 0, False)
                    seg, pos = seg[1:], 1
                trailing = seg.endswith(" ")  # only at the end of the text
                if seg:
                    add((seg[:-1] if trailing else seg).split(" "), pos, trailing)
            if m is None:
                break
            if a > 0 and text[a] == " ":
                spaces[-1] = spaces[-1][:-1] + b"\1"
                a += 1
            add([text[a:b]], a, False)
            pos = b
        if self._risky and not self._risky.isdisjoint(keys):
            orths, norms, flags = self(text)
            cells, space_bytes, advances = self._rows(orths, norms, flags)
            return DocTokens(
                cells,
                space_bytes,
                list(accumulate(advances, initial=0))[:-1],
                {*orths, *norms},
                [],
            )
        return DocTokens(b"".join(rows), b"".join(spaces), starts, set(), keys)

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
