"""The spaCy export without spaCy (issue 13): the same ``.spacy`` files, written by
annotator.io.exporters.docbin from the tokens of annotator.io.exporters.spacy_tokens.

What the spaCy-based path (annotator.io.exporters.spacy) does per Doc, done here on
token offsets: ``doc.char_span`` (strict, else ``expand`` and reported),
``doc.spans["sc"]``, ``doc.ents = filter_spans(...)`` (ENT_IOB B=3, I=1, outside 2;
ENT_TYPE the label, ENT_ID the span id), ``doc.user_data`` and the strings
``DocBin.add`` collects. tests/test_spacy_fast.py reads both paths' files back with
spaCy and compares them Doc by Doc.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument, Span
from annotator.io.exporters.docbin import (
    DocBinFile,
    span_groups_bytes,
)
from annotator.io.exporters.records import document_info, relation_dict, span_dict
from annotator.io.exporters.spacy_chunks import ChunkTable
from annotator.io.exporters.spacy_tokens import SpacyTokenizer

#: The token attributes written (``DocBin(attrs=...)``, ORTH first, then by id): the
#: ones our Docs set. spaCy's default adds LEMMA, POS, TAG, DEP, HEAD, MORPH and
#: ENT_KB_ID, all 0 here; Docs read back are the same (``Doc.to_bytes`` equal, in
#: tests/test_spacy_fast.py) and the files are written in half the time.
DOCBIN_ATTRS = ("ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "SENT_START", "ENT_ID")
IOB_BEGIN, IOB_INSIDE = 3, 1  # ENT_IOB of an entity's first token and of the others
_START, _END, _LABEL, _ID = (attrgetter(name) for name in ("start", "end", "label", "id"))


class FastDocBin:
    """Docs of one ``.spacy`` file built from our tokens; ``misaligned``/``unaligned``
    collect what the spaCy path reports."""

    def __init__(
        self,
        rules: dict[str, Any],
        tables: dict[str, ChunkTable],
        user_data_key: str,
        span_key: str,
    ) -> None:
        """``tables``: the chunk tables of each pipeline, shared by the files of one
        export (filled as needed)."""
        self.rules, self.tables = rules, tables
        self.user_data_key, self.span_key = user_data_key, span_key
        self.pack = _packer().pack
        ids = dict(rules["attrs"])
        self.width = len(DOCBIN_ATTRS)
        self.col = {name: i for i, name in enumerate(DOCBIN_ATTRS)}
        self.file = DocBinFile([ids[name] for name in DOCBIN_ATTRS])
        self.misaligned: list[tuple[str, Span]] = []
        self.unaligned: list[tuple[str, Span]] = []

    def __len__(self) -> int:
        return len(self.file)

    def table(self, lang: str) -> ChunkTable:
        """The chunk table of pipeline ``lang``."""
        table = self.tables.get(lang)
        if table is None:
            table = self.tables[lang] = ChunkTable(SpacyTokenizer(lang, self.rules), DOCBIN_ATTRS)
        return table

    def add(self, item: AnnotatedDocument, lang: str, spans: tuple[Span, ...]) -> None:
        """One Doc: ``item``'s text in pipeline ``lang``, with ``spans`` (checked)."""
        table = self.table(lang)
        text = item.document.text
        rows, flags, starts = table.encode(text)
        n, size = len(starts), len(text)
        if n and not (text[:1] == " " and (starts[1] if n > 1 else size) == 1):
            # spaCy: the first token starts a sentence, except a lone leading space
            # (its tokenizer makes that token apart from Doc.push_back)
            rows[0, self.col["SENT_START"]] = 1
        group = self._group(item.document.ext_id, spans, table.tok, starts, flags, size)
        self._set_ents(rows, _filter_spans(group))
        self.file.add(
            rows.tobytes(),
            flags.tobytes(),
            span_groups_bytes(self.span_key, [g[:6] for g in group]),
            self.user_data(item),
        )

    def _set_ents(self, rows: Any, ents: list[tuple[int, int, int, int, int, int]]) -> None:
        """``doc.ents = ents`` (disjoint, as ``filter_spans`` keeps them) in ``rows``."""
        ents = [g for g in ents if g[3] > g[2]]  # an empty span marks no token
        if not ents:
            return
        sid_hash, label_hash, first, end = list(zip(*ents, strict=True))[:4]
        first_a = np.array(first, np.intp)
        lengths = np.array(end, np.intp) - first_a
        to_first = np.repeat(first_a - (lengths.cumsum() - lengths), lengths)
        tok = to_first + np.arange(len(to_first))
        rows[tok, self.col["ENT_IOB"]] = IOB_INSIDE
        rows[first_a, self.col["ENT_IOB"]] = IOB_BEGIN
        rows[tok, self.col["ENT_TYPE"]] = np.repeat(np.array(label_hash, np.uint64), lengths)
        rows[tok, self.col["ENT_ID"]] = np.repeat(np.array(sid_hash, np.uint64), lengths)

    def _group(
        self,
        ext_id: str,
        spans: tuple[Span, ...],
        tok: SpacyTokenizer,
        starts: Any,
        flags: Any,
        size: int,
    ) -> list[tuple[int, int, int, int, int, int]]:
        """``doc.spans["sc"]``: per span (id, label (hashed), first token, end token,
        start char, end char) as ``doc.char_span`` makes it: strict, else ``expand``
        (reported in ``misaligned``); left out when not even that (``unaligned``)."""
        m, n = len(spans), len(starts)
        if not m:
            return []
        want_s = np.fromiter(map(_START, spans), np.intp, m)
        want_e = np.fromiter(map(_END, spans), np.intp, m)
        ends = np.empty(n, np.intp)  # where each token ends (before its trailing space)
        ends[:-1] = starts[1:]
        ends[-1:] = size
        ends -= flags
        s_tok = starts.searchsorted(want_s, "right") - 1
        e_tok = starts.searchsorted(want_e - 1, "right") - 1
        strict = (s_tok >= 0) & (e_tok >= 0) if n else np.zeros(m, np.bool_)
        if n:
            strict &= (starts[s_tok] == want_s) & (ends[e_tok] == want_e)
        s_list, e_list = s_tok.tolist(), (e_tok + 1).tolist()
        sc, ec = want_s.tolist(), want_e.tolist()
        keep = list(range(m))
        if not strict.all():
            for k in np.flatnonzero(~strict).tolist():
                span, s, e = spans[k], s_list[k], e_list[k]
                self.misaligned.append((ext_id, span))
                if not n or s < 0 or e <= 0 or span.end - 1 >= size:
                    self.unaligned.append((ext_id, span))
                    keep.remove(k)
                    continue
                if span.start == ends[s]:  # in the whitespace after a token: not that token
                    s += 1
                s_list[k] = s
                sc[k] = int(starts[s]) if s < n else size
                ec[k] = int(ends[e - 1]) if e > s else sc[k]
        labels = list(map(_LABEL, spans))
        sids = ["" if i is None else str(i) for i in map(_ID, spans)]
        self.file.strings.update(labels, sids)
        label_hashes = list(map(tok.hash, labels))
        sid_hashes = list(map(tok.hash_once, sids))
        return [(sid_hashes[k], label_hashes[k], s_list[k], e_list[k], sc[k], ec[k]) for k in keep]

    def user_data(self, item: AnnotatedDocument) -> bytes:
        """``srsly.msgpack_dumps({key: layer_payload(item)})``, by one packer (the C
        one srsly has) made once."""
        return self.pack({self.user_data_key: layer_payload(item)})

    def sealed(self, path: Path) -> Callable[[], None]:
        """The file is complete: its strings are gathered now (the chunk tables go on
        with the next file); the returned call writes it (``DocBin.to_disk``), in any
        thread."""
        for table in self.tables.values():
            self.file.strings.update(table.used_strings())
        docbin = self.file

        def write() -> None:
            with path.open("wb") as fh:
                docbin.write(fh)

        return write


def layer_payload(item: AnnotatedDocument) -> dict[str, Any]:
    """The exact layer as plain JSON-safe data (what ``user_data`` keeps)."""
    doc = item.document
    return {
        "offset_unit": OFFSET_UNIT,
        "document": {**document_info(doc), "text_sha256": doc.text_sha256},
        "annotator": item.layer,
        "status": item.status,
        "spans": [span_dict(s) for s in item.spans],
        "relations": [relation_dict(r) for r in item.relations],
    }


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
