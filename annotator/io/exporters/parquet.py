"""Parquet export, ready for Hugging Face ``datasets`` (written with pyarrow).

One row per document and annotator layer. Columns (see :data:`COLUMNS`): ``id``,
``text``, ``text_sha256``, ``lang``, ``annotator``, ``status``, ``meta`` (a JSON
string: the document's meta plus title, source, url, published, direction), ``spans``
(``list<struct<id, start, end, label, text, attrs>>``, ``attrs`` a JSON string,
offsets in code points) and ``relations`` (``list<struct<id, type, head, tail,
tail_entity>>``, head/tail are span ids of the same row, ``tail_entity`` an entity id
of the source project when the tail is not in the text).

The features description lives IN THE PARQUET SCHEMA METADATA (no side file, so the
atomic rename of the export stays one file):

- key ``huggingface``: ``{"info": {"features": ...}}`` in the form ``datasets`` reads
  back when loading (list-of-struct written as ``[{...}]``, understood by datasets 2.x
  to 5.x);
- key ``annotator``: ``{"offset_unit": "codepoint", "format_version": 1,
  "columns": {name: description}}`` for people.

Rows are gathered into columns (no dict per row or span) and written as record
batches of at most :data:`BATCH` rows or about :data:`BATCH_BYTES` of text, one row
group each, so memory stays flat in the number of documents.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument, Span
from annotator.io.exporters.base import Exporter, ExportError
from annotator.io.exporters.records import checked_spans, document_meta

#: A row group (one record batch) holds at most this many rows, and is written
#: sooner when its texts reach about BATCH_BYTES (long articles).
BATCH = 2_000
BATCH_BYTES = 32 * 1024 * 1024
FORMAT_VERSION = 1

COLUMNS: dict[str, str] = {
    "id": "the document's id in the project (ext_id)",
    "text": "the document's text, exactly as stored",
    "text_sha256": "SHA-256 of the UTF-8 text",
    "lang": "ar, fa or other",
    "annotator": "the annotator layer ('' for a document nobody annotated)",
    "status": "todo, in_progress, done or skipped",
    "meta": "JSON object: title, source, url, published, direction and import metadata",
    "spans": "id, start, end (code points, half-open), label, text, attrs (JSON object)",
    "relations": "id, type, head and tail (span ids), tail_entity (entity id or null)",
}


def _value(dtype: str) -> dict[str, str]:
    return {"dtype": dtype, "_type": "Value"}


HF_FEATURES: dict[str, Any] = {
    "id": _value("string"),
    "text": _value("string"),
    "text_sha256": _value("string"),
    "lang": _value("string"),
    "annotator": _value("string"),
    "status": _value("string"),
    "meta": _value("string"),
    "spans": [
        {
            "id": _value("int64"),
            "start": _value("int64"),
            "end": _value("int64"),
            "label": _value("string"),
            "text": _value("string"),
            "attrs": _value("string"),
        }
    ],
    "relations": [
        {
            "id": _value("int64"),
            "type": _value("string"),
            "head": _value("int64"),
            "tail": _value("int64"),
            "tail_entity": _value("int64"),
        }
    ],
}


def arrow_schema(pa: Any) -> Any:
    """The pyarrow schema with the features description in its metadata."""
    span = pa.struct(
        [
            ("id", pa.int64()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("label", pa.string()),
            ("text", pa.string()),
            ("attrs", pa.string()),
        ]
    )
    relation = pa.struct(
        [
            ("id", pa.int64()),
            ("type", pa.string()),
            ("head", pa.int64()),
            ("tail", pa.int64()),
            ("tail_entity", pa.int64()),
        ]
    )
    fields = [(name, pa.string()) for name in ("id", "text", "text_sha256", "lang")]
    fields += [(name, pa.string()) for name in ("annotator", "status", "meta")]
    fields += [("spans", pa.list_(span)), ("relations", pa.list_(relation))]
    metadata = {
        "huggingface": json.dumps({"info": {"features": HF_FEATURES}}),
        "annotator": json.dumps(
            {"offset_unit": OFFSET_UNIT, "format_version": FORMAT_VERSION, "columns": COLUMNS},
            ensure_ascii=False,
        ),
    }
    return pa.schema(fields, metadata=metadata)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _attrs(attrs: Any) -> str:
    """A span's attributes as the JSON string of the ``attrs`` field ("{}" for none,
    the common case, without calling the encoder)."""
    return _dumps(dict(attrs)) if attrs else "{}"


class _Strings:
    """A string column being gathered: UTF-8 bytes and Arrow's int32 offsets."""

    __slots__ = ("chunks", "offsets", "size")

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.offsets = array("i", [0])
        self.size = 0

    def append(self, value: str) -> None:
        data = value.encode("utf-8")
        self.chunks.append(data)
        self.size += len(data)
        self.offsets.append(self.size)

    def arrow(self, pa: Any) -> Any:
        buffers = [None, pa.py_buffer(self.offsets), pa.py_buffer(b"".join(self.chunks))]
        return pa.Array.from_buffers(pa.string(), len(self.chunks), buffers)


class _Ints:
    """An int64 column being gathered; None is a null."""

    __slots__ = ("nulls", "values")

    def __init__(self) -> None:
        self.values = array("q")
        self.nulls: list[int] = []

    def append(self, value: int | None) -> None:
        if value is None:
            self.nulls.append(len(self.values))
            value = 0
        self.values.append(value)

    def arrow(self, pa: Any) -> Any:
        n = len(self.values)
        validity = None
        if self.nulls:
            bits = bytearray(b"\xff" * ((n + 7) // 8))
            for i in self.nulls:
                bits[i >> 3] &= 0xFF ^ (1 << (i & 7))
            validity = pa.py_buffer(bits)
        buffers = [validity, pa.py_buffer(self.values)]
        return pa.Array.from_buffers(pa.int64(), n, buffers, null_count=len(self.nulls))


def _column(kind: str) -> _Strings | _Ints:
    return _Ints() if kind == "int64" else _Strings()


class _Columns:
    """One record batch being gathered column by column, the spans and relations
    flattened into child columns with list offsets: no dict per row or span, and
    Arrow arrays made from buffers (``pa.array`` would import pandas, about 50 MiB
    and 0.4 s, only to ask whether its argument is a pandas object)."""

    def __init__(self) -> None:
        self.docs = {name: _Strings() for name in _DOC_COLUMNS}
        self.spans = {name: _column(kind) for name, kind in _SPAN_FIELDS.items()}
        self.relations = {name: _column(kind) for name, kind in _RELATION_FIELDS.items()}
        self.span_offsets = array("i", [0])
        self.relation_offsets = array("i", [0])
        self.rows = 0

    @property
    def text_bytes(self) -> int:
        """The UTF-8 size of the texts gathered so far."""
        return self.docs["text"].size

    def add(self, item: AnnotatedDocument) -> None:
        """Append one row; ExportError naming the document for a span off its text or
        a string that is not valid Unicode (a lone surrogate)."""
        doc = item.document
        spans = checked_spans(item)
        try:
            self._add(item, spans)
        except UnicodeEncodeError as exc:
            raise ExportError(f"document {doc.ext_id}: not valid Unicode: {exc.reason}") from exc

    def _add(self, item: AnnotatedDocument, spans: tuple[Span, ...]) -> None:
        doc, docs = item.document, self.docs
        for name, value in (
            ("id", doc.ext_id),
            ("text", doc.text),
            ("text_sha256", doc.text_sha256),
            ("lang", doc.lang),
            ("annotator", item.layer),
            ("status", item.status),
            ("meta", _dumps(document_meta(doc))),
        ):
            docs[name].append(value)
        sp = self.spans
        for span in spans:
            sp["id"].append(span.id)
            sp["start"].append(span.start)
            sp["end"].append(span.end)
            sp["label"].append(span.label)
            sp["text"].append(span.text)
            sp["attrs"].append(_attrs(span.attrs))
        rel = self.relations
        for r in item.relations:
            rel["id"].append(r.id)
            rel["type"].append(r.type)
            rel["head"].append(r.head)
            rel["tail"].append(r.tail)
            rel["tail_entity"].append(r.tail_entity)
        self.span_offsets.append(self.span_offsets[-1] + len(spans))
        self.relation_offsets.append(self.relation_offsets[-1] + len(item.relations))
        self.rows += 1

    def batch(self, pa: Any, schema: Any) -> Any:
        """The gathered rows as a pyarrow RecordBatch of ``schema``."""
        arrays = [self.docs[name].arrow(pa) for name in _DOC_COLUMNS]
        for name, offsets, values in (
            ("spans", self.span_offsets, self.spans),
            ("relations", self.relation_offsets, self.relations),
        ):
            struct = schema.field(name).type.value_type
            children = [values[f.name].arrow(pa) for f in struct]
            items = pa.StructArray.from_arrays(children, fields=list(struct))
            starts = pa.Array.from_buffers(pa.int32(), len(offsets), [None, pa.py_buffer(offsets)])
            arrays.append(pa.ListArray.from_arrays(starts, items))
        return pa.RecordBatch.from_arrays(arrays, schema=schema)


_DOC_COLUMNS = ("id", "text", "text_sha256", "lang", "annotator", "status", "meta")
_SPAN_FIELDS = {k: v["dtype"] for k, v in HF_FEATURES["spans"][0].items()}
_RELATION_FIELDS = {k: v["dtype"] for k, v in HF_FEATURES["relations"][0].items()}


class ParquetExporter(Exporter):
    name = "parquet"
    description = "Parquet for Hugging Face datasets: spans and relations as lists of structs"
    suffix = ".parquet"
    offset_unit = "codepoint"
    loses = ()
    read_back = "parquet"
    extra = "parquet"
    library = "pyarrow"

    def __init__(self) -> None:
        self.dropped = 0  # Parquet holds everything

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise self.missing_extra() from None
        schema = arrow_schema(pa)
        n = 0
        columns = _Columns()
        with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
            for item in items:
                columns.add(item)
                n += 1
                if columns.rows >= BATCH or columns.text_bytes >= BATCH_BYTES:
                    writer.write_batch(columns.batch(pa, schema))
                    columns = _Columns()
            if columns.rows or n == 0:
                writer.write_batch(columns.batch(pa, schema))
        return n
