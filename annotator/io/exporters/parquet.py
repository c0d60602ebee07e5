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
batches of at most :data:`BATCH` rows or :data:`BATCH_CHARS` characters of text, one row
group each, so memory stays flat in the number of documents.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_right
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import accumulate
from pathlib import Path
from typing import Any

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument
from annotator.io.exporters.base import Exporter, ExportError
from annotator.io.exporters.records import checked_spans, document_meta

#: A row group (one record batch) holds at most this many rows, and is written
#: sooner when its texts reach BATCH_CHARS characters (long articles): at most 4
#: UTF-8 bytes each, well inside Arrow's 32-bit offsets.
BATCH = 2_000
BATCH_CHARS = 16 * 1024 * 1024
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


def _strings(pa: Any, values: list[str]) -> Any:
    """A pyarrow string array from UTF-8 bytes and int32 offsets (UnicodeEncodeError
    for a lone surrogate)."""
    encoded = [v.encode("utf-8") for v in values]
    offsets = array("i", accumulate(map(len, encoded), initial=0))
    buffers = [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.string(), len(values), buffers)


def _ints(pa: Any, values: list[int | None]) -> Any:
    """A pyarrow int64 array; None is a null."""
    validity, nulls = None, 0
    if None in values:
        bits = bytearray(b"\xff" * ((len(values) + 7) // 8))
        for i, value in enumerate(values):
            if value is None:
                bits[i >> 3] &= 0xFF ^ (1 << (i & 7))
                nulls += 1
        validity = pa.py_buffer(bits)
        values = [0 if v is None else v for v in values]
    buffers = [validity, pa.py_buffer(array("q", values))]
    return pa.Array.from_buffers(pa.int64(), len(values), buffers, null_count=nulls)


class _Columns:
    """One record batch being gathered as a plain list per column, the spans and
    relations flattened into child columns (no dict per row or span); :meth:`batch`
    turns them into Arrow arrays built from buffers (``pa.array`` would import
    pandas, about 50 MiB and 0.4 s, only to ask whether its argument is a pandas
    object)."""

    def __init__(self) -> None:
        self.docs: dict[str, list[str]] = {name: [] for name in _DOC_COLUMNS}
        self.spans: dict[str, list[Any]] = {name: [] for name in _SPAN_FIELDS}
        self.relations: dict[str, list[Any]] = {name: [] for name in _RELATION_FIELDS}
        self.span_ends = [0]  # list offsets: row i's spans are [span_ends[i], span_ends[i+1])
        self.relation_ends = [0]
        self.rows = 0
        self.text_chars = 0

    def add(self, item: AnnotatedDocument) -> None:
        """Append one row (ExportError naming the document for a span off its text)."""
        doc = item.document
        spans = checked_spans(item)
        for name, value in zip(
            _DOC_COLUMNS,
            (
                doc.ext_id,
                doc.text,
                doc.text_sha256,
                doc.lang,
                item.layer,
                item.status,
                _dumps(document_meta(doc)),
            ),
            strict=True,
        ):
            self.docs[name].append(value)
        ids, starts, ends, labels, texts, attrs = (self.spans[k] for k in _SPAN_FIELDS)
        for span in spans:
            ids.append(span.id)
            starts.append(span.start)
            ends.append(span.end)
            labels.append(span.label)
            texts.append(span.text)
            attrs.append(_attrs(span.attrs))
        rel_ids, types, heads, tails, entities = (self.relations[k] for k in _RELATION_FIELDS)
        for rel in item.relations:
            rel_ids.append(rel.id)
            types.append(rel.type)
            heads.append(rel.head)
            tails.append(rel.tail)
            entities.append(rel.tail_entity)
        self.span_ends.append(len(ids))
        self.relation_ends.append(len(rel_ids))
        self.rows += 1
        self.text_chars += len(doc.text)

    def batch(self, pa: Any, schema: Any) -> Any:
        """The gathered rows as a pyarrow RecordBatch of ``schema``; ExportError naming
        the document when a string is not valid Unicode (a lone surrogate)."""
        arrays = [self._arrow(pa, self.docs[name], "string", None) for name in _DOC_COLUMNS]
        for name, ends, values in (
            ("spans", self.span_ends, self.spans),
            ("relations", self.relation_ends, self.relations),
        ):
            struct = schema.field(name).type.value_type
            children = [self._arrow(pa, values[f.name], str(f.type), ends) for f in struct]
            items = pa.StructArray.from_arrays(children, fields=list(struct))
            starts = pa.Array.from_buffers(
                pa.int32(), len(ends), [None, pa.py_buffer(array("i", ends))]
            )
            arrays.append(pa.ListArray.from_arrays(starts, items))
        return pa.RecordBatch.from_arrays(arrays, schema=schema)

    def _arrow(self, pa: Any, values: list[Any], kind: str, ends: list[int] | None) -> Any:
        if kind == "int64":
            return _ints(pa, values)
        try:
            return _strings(pa, values)
        except UnicodeEncodeError as exc:
            bad = next(i for i, v in enumerate(values) if not _is_utf8(v))
            row = bad if ends is None else bisect_right(ends, bad) - 1
            ext_id = self.docs["id"][row]
            raise ExportError(f"document {ext_id}: not valid Unicode: {exc.reason}") from exc


def _is_utf8(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        # the system allocator gives the writer's page buffers back between row
        # groups; Arrow's default pool keeps them (about 20 MiB more at the peak)
        pool = pa.system_memory_pool()
        with (
            pq.ParquetWriter(str(out), schema, compression="zstd", memory_pool=pool) as writer,
            ThreadPoolExecutor(1, thread_name_prefix="parquet-writer") as thread,
        ):
            # a row group is encoded and compressed by a second thread (Arrow lets go
            # of the GIL) while the next one is gathered; one is written at a time
            pending: Future[None] | None = None
            for item in items:
                columns.add(item)
                n += 1
                if columns.rows >= BATCH or columns.text_chars >= BATCH_CHARS:
                    if pending is not None:
                        pending.result()  # (its error is raised here)
                    pending = thread.submit(writer.write_batch, columns.batch(pa, schema))
                    columns = _Columns()
            if pending is not None:
                pending.result()
            if columns.rows or n == 0:
                writer.write_batch(columns.batch(pa, schema))
        return n
