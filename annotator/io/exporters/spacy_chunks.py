"""Texts' spaCy tokens as DocBin arrays, a batch of documents at a time (issue 13).

:class:`ChunkTable` numbers every chunk (the text between whitespace) the first time
a pipeline sees it and keeps its tokens, as annotator.io.exporters.spacy_tokens makes
them, in NumPy tables shared by every pipeline: token rows (ORTH and NORM ids, ENT_IOB
"outside"), whitespace flags and lengths. A document is cut into chunks with
``str.split`` (between single spaces) and a regular expression (other whitespace) and
looked up with one ``map`` over its pipeline's chunk dict: its :class:`Plan`. The
plans of a batch of documents are then gathered from the tables by NumPy in a few
calls (:meth:`ChunkTable.gather`), however many documents and tokens there are. Per
token, Python does only the split and the look-up.

NumPy comes with spaCy (this module is only used when spaCy is installed).
tests/test_spacy_fast.py compares every token, norm, whitespace flag and offset with
spaCy's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate, chain
from typing import Any, NamedTuple

import numpy as np

from annotator.io.exporters import spacy_tokens
from annotator.io.exporters.spacy_tokens import SpacyTokenizer, whitespace_pieces

#: Whitespace runs inside a piece between single spaces (kept by ``split``).
_RUNS = re.compile(r"(\s+)")
#: Line breaks cut out of a text before it is split at single spaces: a paragraph
#: break, else a line break (the others are runs inside a piece).
_BREAKS = ("\r\n\r\n", "\n\n", "\r\n", "\n")

#: ENT_IOB of a token outside every entity once ``doc.ents`` is set.
IOB_OUTSIDE = 2


class DocTokens(NamedTuple):
    """A text's tokens as DocBin arrays (fresh: the caller may write into them)."""

    rows: Any  # (tokens, attrs) uint64: ORTH, NORM ids, ENT_IOB outside, the rest 0
    spaces: Any  # (tokens,) uint8: 1 when a plain space follows the token
    starts: Any  # (tokens,) intp: each token's first character in the text


class Plan(NamedTuple):
    """A text's tokens before they are gathered: its chunks' numbers, and which of
    them have no plain space after their last token (``ends``, positions in
    ``vals``), with the flag of each (``lasts``)."""

    vals: list[int]
    ends: list[int]
    lasts: list[int]


class Gathered(NamedTuple):
    """The tokens of a batch of texts, one after the other (fresh arrays)."""

    rows: Any  # (tokens, attrs) uint64
    spaces: Any  # (tokens,) uint8
    starts: Any  # (tokens,) intp: each token's first character in its own text
    counts: list[int]  # tokens of each text


class ChunkTable:
    """The tokens of every chunk seen by any pipeline, in the DocBin columns ``attrs``
    (ORTH first). A chunk is numbered per pipeline (its tokens depend on the
    pipeline's rules); the numbers index tables shared by all, so the documents of a
    batch are gathered together whatever their language."""

    def __init__(self, attrs: tuple[str, ...]) -> None:
        self.width = len(attrs)
        self.norm_col, self.iob_col = attrs.index("NORM"), attrs.index("ENT_IOB")
        self.pending: set[str] = set()  # strings of chunks used before a restart
        self._start()

    def _start(self, chunks: int = 1024, tokens: int = 2048) -> None:
        self.ids: dict[SpacyTokenizer, dict[str, int]] = {}  # per pipeline
        self.strings: list[tuple[str, ...]] = []  # per chunk: its orths and norms
        self.first = np.zeros(chunks, np.intp)  # per chunk: its first token's row
        self.ntok = np.zeros(chunks, np.intp)
        self.used = np.zeros(chunks, np.bool_)  # used since the last used_strings()
        self.risky = np.zeros(chunks, np.bool_)  # may start a special case across tokens
        self.any_risky = False
        self.rows = np.zeros((tokens, self.width), np.uint64)
        self.flags = np.zeros(tokens, np.uint8)
        self.lens = np.zeros(tokens, np.intp)
        self.n_tokens = 0

    def restart_if_full(self) -> None:
        """Forget every chunk (keeping the strings of those used, for the file) once
        ``spacy_tokens.CACHE_MAX`` are numbered: memory stays flat in N. Call it
        between two batches only: the plans made before it name the old numbers."""
        if len(self.strings) >= spacy_tokens.CACHE_MAX:
            kept = self.used_strings()
            self._start()
            self.pending = kept

    def used_strings(self) -> set[str]:
        """The orths and norms of the chunks used since the last call."""
        strings = self.strings
        found = set(chain.from_iterable(strings[i] for i in np.flatnonzero(self.used).tolist()))
        found |= self.pending
        self.pending = set()
        self.used[:] = False
        return found

    def _add(self, chunk: str, tok: SpacyTokenizer, ids: dict[str, int]) -> int:
        """The number of ``chunk`` in pipeline ``tok`` (``ids``: its numbers; numbered
        now if new)."""
        # a whitespace run is keyed apart, so a piece between single spaces (which
        # has no space) never finds one: such a piece is not cut the single-space way
        key = " " + chunk if chunk[0].isspace() else chunk
        got = ids.get(key)
        if got is not None:
            return got
        orths, norms, spaces = tok.chunk(chunk)
        cid, t, k = len(self.strings), self.n_tokens, len(orths)
        if cid == len(self.first):
            for name in ("first", "ntok", "used", "risky"):
                setattr(self, name, _grown(getattr(self, name)))
        while t + k > len(self.flags):
            for name in ("rows", "flags", "lens"):
                setattr(self, name, _grown(getattr(self, name)))
        h = tok.hash
        block = self.rows[t : t + k]
        block[:] = 0
        block[:, 0] = [h(o) for o in orths]
        block[:, self.norm_col] = [h(o) for o in norms]
        block[:, self.iob_col] = IOB_OUTSIDE
        self.flags[t : t + k] = spaces
        self.lens[t : t + k] = [len(o) for o in orths]
        self.first[cid], self.ntok[cid] = t, k
        self.risky[cid] = risky = tok.may_start_special(orths)
        self.any_risky |= risky
        self.n_tokens = t + k
        self.strings.append(orths + norms)
        ids[key] = cid
        return cid

    def encode(self, text: str, tok: SpacyTokenizer) -> DocTokens:
        """``text``'s tokens in pipeline ``tok``, alone (a batch: :meth:`plan` each
        text, then :meth:`gather` them)."""
        self.restart_if_full()
        got = self.gather([self.plan(text, tok)])
        return DocTokens(got.rows, got.spaces, got.starts)

    def plan(self, text: str, tok: SpacyTokenizer) -> Plan | DocTokens:
        """``text``'s chunks in pipeline ``tok`` (see the module docstring), or its
        tokens already made when it needs spaCy's second pass (or is empty). The
        pieces between single spaces are chunks, or chunks around whitespace runs
        without a space; the line breaks of one kind (:data:`_BREAKS`, the first the
        text has) between two chunks are cut out as pieces of their own (and the flags
        around them cleared); a text with other whitespace (two spaces, a space beside
        a line break, at either end) is cut by :meth:`_segments`."""
        if not text:
            return self._arrays([], [], [], tok)
        ids = self.ids.get(tok)
        if ids is None:
            ids = self.ids[tok] = {}
        brk = next((b for b in _BREAKS if b in text), None) if "\n" in text else None
        pieces = (text.replace(brk, f" {brk} ") if brk else text).split(" ")
        vals = list(map(ids.get, pieces))
        ends: list[int] = []  # chunks whose last token has no space after it
        if None in vals:
            inner = self._fill(pieces, vals, brk, tok, ids)
            if inner is None:
                plan = self._segments(text, tok, ids)
                return self._second_pass(text, tok, plan)
            ends = inner
        ends.append(len(vals) - 1)
        return self._second_pass(text, tok, Plan(vals, ends, [0] * len(ends)))  # type: ignore[arg-type]

    def _second_pass(self, text: str, tok: SpacyTokenizer, plan: Plan) -> Plan | DocTokens:
        """``plan``, or the text's tokens made by spaCy's second pass when one of its
        chunks may start a special case across tokens."""
        if self.any_risky:
            ids = np.fromiter(plan.vals, np.intp, len(plan.vals))
            if self.risky.take(ids).any():
                return self._arrays(*tok(text), tok)
        return plan

    def _fill(
        self,
        pieces: list[str],
        vals: list[int | None],
        brk: str | None,
        tok: SpacyTokenizer,
        ids: dict[str, int],
    ) -> list[int] | None:
        """Number the new pieces in ``vals`` (in place); a piece with whitespace inside
        becomes its chunks and runs. The positions (in the new ``vals``) of the chunks
        with no space after them (before a line break or such a run, and the line
        breaks), or None when a piece is empty or starts or ends with whitespace (the
        line breaks cut out apart)."""
        split: list[tuple[int, list[int]]] = []
        inner: list[int] = []
        shift = 0  # chunks added before position i by the pieces split so far
        i = -1
        add = self._add
        try:
            while True:  # the next new piece: a C-level search
                i = vals.index(None, i + 1)
                piece = pieces[i]
                if piece == brk:  # (never a key: whitespace runs are keyed apart)
                    vals[i] = add(piece, tok, ids)
                    inner += (i + shift - 1, i + shift)
                    continue
                if not piece or piece[0].isspace() or piece[-1].isspace():
                    return None
                parts = _RUNS.split(piece)
                if len(parts) == 1:
                    vals[i] = add(piece, tok, ids)
                else:
                    vals[i] = -1
                    split.append((i, [add(p, tok, ids) for p in parts]))
                    inner.extend(range(i + shift, i + shift + len(parts) - 1))
                    shift += len(parts) - 1
        except ValueError:  # no more
            pass
        for i, got in reversed(split):
            vals[i : i + 1] = got
        return inner

    def _segments(self, text: str, tok: SpacyTokenizer, ids: dict[str, int]) -> Plan:
        """``text``'s chunks, cut at every whitespace run other than one plain space
        (:func:`~annotator.io.exporters.spacy_tokens.whitespace_pieces`)."""
        pieces, ends, lasts = whitespace_pieces(text)
        return Plan([self._add(p, tok, ids) for p in pieces], ends, lasts)

    def gather(self, plans: Sequence[Plan | DocTokens]) -> Gathered:
        """The tokens of ``plans`` (made since the last :meth:`restart_if_full`), one
        text after the other; a text whose tokens are already made is put in its
        place."""
        todo = [p for p in plans if not isinstance(p, DocTokens)]
        got = self._gather(todo)
        if len(todo) == len(plans):
            return got
        cuts = np.cumsum(got.counts)[:-1]
        pieces = (np.split(a, cuts) for a in (got.rows, got.spaces, got.starts))
        made = zip(*pieces, strict=True)
        docs = [p if isinstance(p, DocTokens) else DocTokens(*next(made)) for p in plans]
        return Gathered(
            np.concatenate([d.rows for d in docs]),
            np.concatenate([d.spaces for d in docs]),
            np.concatenate([d.starts for d in docs]),
            [len(d.starts) for d in docs],
        )

    def _gather(self, plans: list[Plan]) -> Gathered:
        """The tokens of ``plans``: each chunk's tokens, the last one followed by a
        space except at the plan's ``ends``, where its ``lasts`` say. A few NumPy
        calls for the whole batch."""
        sizes = [len(p.vals) for p in plans]
        n_chunks = sum(sizes)
        if not n_chunks:
            return Gathered(
                np.zeros((0, self.width), np.uint64),
                np.zeros(0, np.uint8),
                np.zeros(0, np.intp),
                [0] * len(plans),
            )
        ids = np.fromiter(chain.from_iterable(p.vals for p in plans), np.intp, n_chunks)
        self.used.put(ids, True)
        ntok = self.ntok.take(ids)
        cum = ntok.cumsum()
        first = self.first.take(ids)
        n = int(cum[-1])
        # each chunk's tokens (the chunks' first tokens when every chunk is one token)
        tok = first if n == n_chunks else np.repeat(first - (cum - ntok), ntok) + np.arange(n)
        flags = self.flags.take(tok)
        c0 = list(accumulate(sizes, initial=0))  # each plan's first chunk
        ends = [c + e for c, p in zip(c0, plans, strict=False) for e in p.ends]
        flags[cum.take(ends) - 1] = list(chain.from_iterable(p.lasts for p in plans))
        bounds = np.zeros(len(plans) + 1, np.intp)  # each plan's first token, and n
        bounds[1:] = cum.take(np.array(c0[1:], np.intp) - 1)
        counts = np.diff(bounds)
        at = np.zeros(n, np.intp)  # each token's start, counted over the whole batch
        np.cumsum((self.lens.take(tok) + flags)[:-1], out=at[1:])
        starts = at - np.repeat(at.take(np.minimum(bounds[:-1], n - 1)), counts)
        return Gathered(self.rows.take(tok, axis=0), flags, starts, counts.tolist())

    def _arrays(
        self, orths: list[str], norms: list[str], spaces: list[bool], tok: SpacyTokenizer
    ) -> DocTokens:
        """The DocBin arrays of a token list (the strings are marked for the file)."""
        h = tok.hash
        rows = np.zeros((len(orths), self.width), np.uint64)
        if orths:
            rows[:, 0] = [h(o) for o in orths]
            rows[:, self.norm_col] = [h(o) for o in norms]
            rows[:, self.iob_col] = IOB_OUTSIDE
        self.pending.update(orths, norms)
        starts = np.zeros(len(orths), np.intp)
        if orths:
            advances = [len(o) + s for o, s in zip(orths[:-1], spaces, strict=False)]
            np.cumsum(advances, out=starts[1:])
        return DocTokens(rows, np.array(spaces, np.uint8), starts)


def _grown(array: Any) -> Any:
    """``array`` twice as long, the new part zero (False)."""
    bigger = np.zeros((2 * len(array), *array.shape[1:]), array.dtype)
    bigger[: len(array)] = array
    return bigger
