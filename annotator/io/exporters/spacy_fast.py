"""The spaCy export without spaCy (issue 13): the same ``.spacy`` files, written by
annotator.io.exporters.docbin from the tokens of annotator.io.exporters.spacy_chunks.

What the spaCy-based path (annotator.io.exporters.spacy) does per Doc, done here on
token offsets: ``doc.char_span`` (strict, else ``expand`` and reported),
``doc.spans["sc"]``, ``doc.ents = filter_spans(...)`` (ENT_IOB B=3, I=1, outside 2;
ENT_TYPE the label, ENT_ID the span id), ``doc.user_data`` and the strings
``DocBin.add`` collects, :data:`BATCH` Docs at a time (one NumPy call per step for
all of their spans); the user data is packed by srsly's packer, as spaCy's
``DocBin`` does. tests/test_spacy_fast.py reads both paths' files back with
spaCy and compares them Doc by Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np

from annotator.core.model import AnnotatedDocument, Span
from annotator.io.exporters.docbin import (
    DOCBIN_ATTRS,
    DocBinFile,
    span_groups_bytes,
)
from annotator.io.exporters.spacy import layer_payload
from annotator.io.exporters.spacy_chunks import ChunkTable, DocTokens, Plan
from annotator.io.exporters.spacy_tokens import SpacyTokenizer

#: A Doc waiting in the batch: its document's id and text, its pipeline, its chunks,
#: its spans (anything with ``id``, ``start``, ``end``, ``label`` and ``text``) and
#: its user data (msgpack).
_Entry = tuple[str, str, SpacyTokenizer, Plan | DocTokens, Sequence[Any], bytes]
#: Docs whose tokens, spans and entities are made together.
BATCH = 64
IOB_BEGIN, IOB_INSIDE = 3, 1  # ENT_IOB of an entity's first token and of the others
_START, _END, _LABEL, _ID = (attrgetter(name) for name in ("start", "end", "label", "id"))


class FastDocBin:
    """Docs of one ``.spacy`` file built from our tokens; ``misaligned``/``unaligned``
    collect what the spaCy path reports."""

    def __init__(
        self,
        rules: dict[str, Any],
        table: ChunkTable,
        tokenizers: dict[str, SpacyTokenizer],
        user_data_key: str,
        span_key: str,
    ) -> None:
        """``table`` and ``tokenizers`` (by pipeline): shared by the files of one
        export (filled as needed)."""
        self.rules, self.table, self.tokenizers = rules, table, tokenizers
        self.user_data_key, self.span_key = user_data_key, span_key
        ids = dict(rules["attrs"])
        self.width = len(DOCBIN_ATTRS)
        self.col = {name: i for i, name in enumerate(DOCBIN_ATTRS)}
        self.file = DocBinFile([ids[name] for name in DOCBIN_ATTRS])
        self.misaligned: list[tuple[str, Span]] = []
        self.unaligned: list[tuple[str, Span]] = []
        self.batch: list[_Entry] = []

    def __len__(self) -> int:
        return len(self.file) + len(self.batch)

    def tokenizer(self, lang: str) -> SpacyTokenizer:
        """The tokenizer of pipeline ``lang``."""
        tok = self.tokenizers.get(lang)
        if tok is None:
            tok = self.tokenizers[lang] = SpacyTokenizer(lang, self.rules)
        return tok

    def add(self, item: AnnotatedDocument, lang: str, spans: tuple[Span, ...]) -> None:
        """One Doc: ``item``'s text in pipeline ``lang``, with ``spans`` (checked)."""
        doc = item.document
        self.add_doc(doc.ext_id, doc.text, lang, spans, self.user_data(item))

    def add_doc(
        self, ext_id: str, text: str, lang: str, spans: Sequence[Any], user_data: bytes
    ) -> None:
        """One Doc of document ``ext_id``: ``text`` in pipeline ``lang``, with ``spans``
        (checked; anything with ``id``, ``start``, ``end``, ``label`` and ``text``)
        and ``user_data`` (:meth:`user_data`). Its chunks are found now; its tokens,
        spans and entities are made :data:`BATCH` Docs at a time, in a few NumPy
        calls for all of them."""
        tok = self.tokenizer(lang)
        if not self.batch:
            self.table.restart_if_full()  # (between batches: plans name chunk numbers)
        self.batch.append((ext_id, text, tok, self.table.plan(text, tok), spans, user_data))
        if len(self.batch) == BATCH:
            self._flush()

    def _flush(self) -> None:
        """The Docs of the batch into the file: their token rows one after the other
        (each text's characters counted from its own offset, one apart, so spans and
        tokens of all of them are matched in one ``searchsorted``)."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        texts = [b[1] for b in batch]
        rows, flags, starts, counts = self.table.gather([b[3] for b in batch])
        sizes = list(map(len, texts))
        tok0 = list(accumulate(counts, initial=0))  # each Doc's first token in the batch
        char0 = list(accumulate((n + 1 for n in sizes), initial=0))  # each text's offset
        full = [d for d, n in enumerate(counts) if n]
        # spaCy: a Doc's first token starts a sentence, except a lone leading space
        # (its tokenizer makes that token apart from Doc.push_back)
        first = [
            tok0[d]
            for d in full
            if not _lone_space(texts[d], int(starts[tok0[d] + 1]) if counts[d] > 1 else sizes[d])
        ]
        rows[first, self.col["SENT_START"]] = 1
        starts += np.repeat(np.array(char0[:-1], np.intp), counts)
        ends = np.empty(len(starts), np.intp)  # where each token ends (before its space)
        ends[:-1] = starts[1:]
        ends[[tok0[d + 1] - 1 for d in full]] = [char0[d] + sizes[d] for d in full]
        ends -= flags
        groups = self._groups(batch, starts, ends, tok0, char0, sizes)
        ents: list[tuple[int, int, int, int, int, int]] = []
        for d, group in enumerate(groups):
            t = tok0[d]
            ents += [(g[0], g[1], g[2] + t, g[3] + t) for g in _filter_spans(group) if g[3] > g[2]]
        self._set_ents(rows, ents)
        self.file.add_batch(
            rows.tobytes(),
            flags.tobytes(),
            counts,
            [span_groups_bytes(self.span_key, g) for g in groups],
            [b[5] for b in batch],
        )

    def _set_ents(self, rows: Any, ents: list[tuple[int, int, int, int]]) -> None:
        """``doc.ents``: (id, label (hashed), first token, end token), disjoint as
        ``filter_spans`` keeps them and not empty, written into ``rows``."""
        if not ents:
            return
        sid_hash, label_hash, first, end = zip(*ents, strict=True)
        first_a = np.array(first, np.intp)
        lengths = np.array(end, np.intp) - first_a
        to_first = np.repeat(first_a - (lengths.cumsum() - lengths), lengths)
        tok = to_first + np.arange(len(to_first))
        rows[tok, self.col["ENT_IOB"]] = IOB_INSIDE
        rows[first_a, self.col["ENT_IOB"]] = IOB_BEGIN
        rows[tok, self.col["ENT_TYPE"]] = np.repeat(np.array(label_hash, np.uint64), lengths)
        rows[tok, self.col["ENT_ID"]] = np.repeat(np.array(sid_hash, np.uint64), lengths)

    def _groups(
        self,
        batch: list[_Entry],
        starts: Any,
        ends: Any,
        tok0: list[int],
        char0: list[int],
        sizes: list[int],
    ) -> list[list[tuple[int, int, int, int, int, int]]]:
        """Each Doc's ``doc.spans["sc"]``: per span (id, label (hashed), first token,
        end token, start char, end char) as ``doc.char_span`` makes it: strict, else
        ``expand`` (reported in ``misaligned``); left out when not even that
        (``unaligned``). ``starts``/``ends``: the batch's tokens, on batch offsets."""
        per = [len(b[4]) for b in batch]
        spans = [span for b in batch for span in b[4]]
        m = len(spans)
        if not m:
            return [[] for _ in batch]
        doc_of = np.repeat(np.arange(len(batch)), per)
        base = np.array(char0[:-1], np.intp)[doc_of]
        want_s = np.fromiter(map(_START, spans), np.intp, m) + base
        want_e = np.fromiter(map(_END, spans), np.intp, m) + base
        s_tok = starts.searchsorted(want_s, "right") - 1
        e_tok = starts.searchsorted(want_e - 1, "right") - 1
        strict = np.zeros(m, np.bool_)
        if len(starts):
            strict = (s_tok >= 0) & (starts[s_tok] == want_s) & (ends[e_tok] == want_e)
        t_base = np.array(tok0[:-1], np.intp)[doc_of]
        s_list, e_list = (s_tok - t_base).tolist(), (e_tok + 1 - t_base).tolist()
        sc, ec = (want_s - base).tolist(), (want_e - base).tolist()
        keep = [True] * m
        for k in np.flatnonzero(~strict).tolist():
            d = int(doc_of[k])
            span, s, e, n, size = spans[k], s_list[k], e_list[k], tok0[d + 1] - tok0[d], sizes[d]
            self.misaligned.append((batch[d][0], span))
            if not n or s < 0 or e <= 0 or span.end - 1 >= size:
                self.unaligned.append((batch[d][0], span))
                keep[k] = False
                continue
            local = ends[tok0[d] : tok0[d + 1]] - char0[d]
            if span.start == local[s]:  # in the whitespace after a token: not that token
                s += 1
            s_list[k] = s
            sc[k] = int(starts[tok0[d] + s]) - char0[d] if s < n else size
            ec[k] = int(local[e - 1]) if e > s else sc[k]
        labels = list(map(_LABEL, spans))
        sids = ["" if i is None else str(i) for i in map(_ID, spans)]
        self.file.strings.update(labels, sids)
        tok = batch[0][2]  # string ids are the same in every pipeline
        hashes = map(tok.hash_once, sids), map(tok.hash, labels)
        made = list(zip(*hashes, s_list, e_list, sc, ec, strict=True))
        groups = []
        at = 0
        for count in per:
            got = made[at : at + count]
            if not all(keep[at : at + count]):
                got = [g for g, kept in zip(got, keep[at : at + count], strict=True) if kept]
            groups.append(got)
            at += count
        return groups

    def user_data(self, item: AnnotatedDocument) -> bytes:
        """``srsly.msgpack_dumps({key: layer_payload(item)})``."""
        return user_data_bytes(self.user_data_key, layer_payload(item))

    def sealed(self, path: Path) -> Callable[[], None]:
        """The file is complete: its strings are gathered now (the chunk tables go on
        with the next file); the returned call writes it (``DocBin.to_disk``), in any
        thread."""
        self._flush()
        self.file.strings.update(self.table.used_strings())
        docbin = self.file

        def write() -> None:
            with path.open("wb") as fh:
                docbin.write(fh)

        return write


def _lone_space(text: str, second: int) -> bool:
    """Whether the text opens with one space alone as its first token (``second``:
    where its second token starts, or its length when it has one token)."""
    return text[:1] == " " and second == 1


def user_data_bytes(key: str, payload: dict[str, Any]) -> bytes:
    """``srsly.msgpack_dumps({key: payload})``, by one packer (the C one srsly has)
    made once."""
    return _packer().pack({key: payload})


@cache
def _packer() -> Any:
    """srsly's msgpack packer as ``srsly.msgpack_dumps`` sets it up (srsly comes with
    spaCy); made once: each new one looks up srsly's registered encoders."""
    from srsly.msgpack import Packer

    return Packer(use_bin_type=True)


def _filter_spans(group: list[tuple]) -> list[tuple]:
    """``spacy.util.filter_spans`` on (…, start, end, …) tuples: longest first, then
    the earlier; a span is kept when neither of its edge tokens is taken."""
    ordered = sorted(group, key=lambda g: (g[3] - g[2], -g[2]), reverse=True)
    result = []
    seen: set[int] = set()
    for g in ordered:
        if g[2] not in seen and g[3] - 1 not in seen:
            result.append(g)
            seen.update(range(g[2], g[3]))
    return sorted(result, key=lambda g: g[2])
