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

import bisect
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument, Span
from annotator.io.exporters.docbin import (
    DocBinFile,
    array_header,
    pack_int,
    pack_str,
    packb,
    span_groups_bytes,
)
from annotator.io.exporters.records import document_info, relation_dict
from annotator.io.exporters.spacy_chunks import ChunkTable
from annotator.io.exporters.spacy_tokens import SpacyTokenizer

#: The token attributes written (``DocBin(attrs=...)``, ORTH first, then by id): the
#: ones our Docs set. spaCy's default adds LEMMA, POS, TAG, DEP, HEAD, MORPH and
#: ENT_KB_ID, all 0 here; Docs read back are the same (``Doc.to_bytes`` equal, in
#: tests/test_spacy_fast.py) and the files are written in half the time.
DOCBIN_ATTRS = ("ORTH", "NORM", "ENT_IOB", "ENT_TYPE", "SENT_START", "ENT_ID")
IOB_BEGIN, IOB_INSIDE = 3, 1  # ENT_IOB of an entity's first token and of the others


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
        doc = table.encode(text)
        strings = self.file.strings
        starts, flags, size = doc.starts.tolist(), doc.spaces.tobytes(), len(text)
        n = len(starts)

        def end_of(i: int) -> int:  # where token i ends (before its trailing space)
            return (starts[i + 1] if i + 1 < n else size) - flags[i]

        h = table.tok.hash
        group: list[tuple[int, int, int, int, int, int, str, str]] = []
        for span in spans:
            found = self._align(item.document.ext_id, span, starts, end_of, size)
            if found is None:
                continue
            s, e = found
            start_char = starts[s] if s < n else len(text)
            end_char = end_of(e - 1) if e > s else start_char
            sid = str(span.id) if span.id is not None else ""
            group.append((h(sid), h(span.label), s, e, start_char, end_char, sid, span.label))
            strings.add(sid)
            strings.add(span.label)
        rows = doc.rows
        if n:
            cells = memoryview(rows).cast("B").cast("Q")  # rows, one cell at a time
            if not (text[:1] == " " and (starts[1] if n > 1 else size) == 1):
                # spaCy: the first token starts a sentence, except a lone leading space
                # (its tokenizer makes that token apart from Doc.push_back)
                cells[self.col["SENT_START"]] = 1
        iob, typ, eid, w = self.col["ENT_IOB"], self.col["ENT_TYPE"], self.col["ENT_ID"], self.width
        for sid_hash, label_hash, s, e, *_ in _filter_spans(group):
            for t in range(s, e):
                cells[t * w + iob] = IOB_BEGIN if t == s else IOB_INSIDE
                cells[t * w + typ] = label_hash
                if sid_hash:
                    cells[t * w + eid] = sid_hash
        self.file.add(
            rows.tobytes(),
            flags,
            span_groups_bytes(self.span_key, [g[:6] for g in group]),
            self.user_data(item),
        )

    def user_data(self, item: AnnotatedDocument) -> bytes:
        """``packb({key: layer_payload(item)})`` (annotator.io.exporters.spacy), with
        the spans packed field by field: most of the bytes, a tenth of the time."""
        doc = item.document
        return b"".join(
            (
                b"\x81",
                pack_str(self.user_data_key),
                b"\x86\xaboffset_unit",
                pack_str(OFFSET_UNIT),
                b"\xa8document",
                packb({**document_info(doc), "text_sha256": doc.text_sha256}),
                b"\xa9annotator",
                pack_str(item.layer),
                b"\xa6status",
                pack_str(item.status),
                b"\xa5spans",
                array_header(len(item.spans)),
                *map(_span_bytes, item.spans),
                b"\xa9relations",
                packb([relation_dict(r) for r in item.relations]),
            )
        )

    def _align(
        self, ext_id: str, span: Span, starts: list[int], end_of: Callable[[int], int], length: int
    ) -> tuple[int, int] | None:
        """``doc.char_span(start, end)`` as (first token, end token): strict, else
        ``expand`` (reported in ``misaligned``); None when not even that."""
        n = len(starts)
        s = bisect.bisect_right(starts, span.start) - 1
        e = bisect.bisect_right(starts, span.end - 1) - 1
        if n and s >= 0 and e >= 0 and span.start == starts[s] and span.end == end_of(e):
            return s, e + 1
        self.misaligned.append((ext_id, span))
        if not n or s < 0 or e < 0 or span.end - 1 >= length:
            self.unaligned.append((ext_id, span))
            return None
        if span.start == end_of(s):  # in the whitespace after a token: not that token
            s += 1
        return s, e + 1

    def to_disk(self, path: Path) -> None:
        """Write the file (``DocBin.to_disk``)."""
        for table in self.tables.values():
            self.file.strings.update(table.used_strings())
        with path.open("wb") as fh:
            self.file.write(fh)


def _span_bytes(span: Span) -> bytes:
    """``packb(span_dict(span))`` (annotator.io.exporters.records)."""
    return b"".join(
        (
            b"\x86\xa2id",
            b"\xc0" if span.id is None else pack_int(span.id),
            b"\xa5start",
            pack_int(span.start),
            b"\xa3end",
            pack_int(span.end),
            b"\xa5label",
            pack_str(span.label),
            b"\xa4text",
            pack_str(span.text),
            b"\xa5attrs",
            packb(dict(span.attrs)) if span.attrs else b"\x80",
        )
    )


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
