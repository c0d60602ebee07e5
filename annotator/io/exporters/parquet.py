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

Rows are written in row groups of :data:`BATCH` records, so memory stays flat.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument
from annotator.io.exporters.base import Exporter
from annotator.io.exporters.records import checked_spans, document_meta, relation_dict, span_dict

BATCH = 2_000
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


def to_row(item: AnnotatedDocument) -> dict[str, Any]:
    doc = item.document
    spans = [{**span_dict(s), "attrs": _dumps(dict(s.attrs))} for s in checked_spans(item)]
    return {
        "id": doc.ext_id,
        "text": doc.text,
        "text_sha256": doc.text_sha256,
        "lang": doc.lang,
        "annotator": item.layer,
        "status": item.status,
        "meta": _dumps(document_meta(doc)),
        "spans": spans,
        "relations": [relation_dict(r) for r in item.relations],
    }


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
        rows: list[dict[str, Any]] = []
        with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
            for item in items:
                rows.append(to_row(item))
                n += 1
                if len(rows) >= BATCH:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            if rows or n == 0:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        return n
