"""Parquet import: the files our parquet exporter writes (or any Parquet file with
the same columns: ``text`` is required; ``id``, ``lang``, ``annotator``, ``status``,
``meta`` (JSON string), ``spans`` (start, end, label, text, attrs as JSON string) and
``relations`` (type, head, tail) are optional). Read in record batches, so memory
stays flat. Relations to an entity (``tail_entity``) are skipped: entity ids belong
to the source project.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Document
from annotator.io.importers.base import BadRecord, normalise_lang, title_from_text
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.io.layers.records import layer_from_dicts
from annotator.text.lang import detect_language, direction_for

_DOC_FIELDS = ("title", "source", "url", "published", "direction")


def _json(value: Any) -> Any:
    """A JSON-string column (meta, attrs) as a dict; ValueError when it is not one."""
    if value is None or value == "":
        return {}
    try:
        found = json.loads(value) if isinstance(value, str) else value
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if not isinstance(found, dict):
        raise ValueError(f"JSON {type(found).__name__} where an object was expected")
    return found


class ParquetLayerImporter(LayerImporter):
    name = "parquet"
    description = "Parquet (Hugging Face datasets layout written by the parquet exporter)"
    suffixes = (".parquet",)
    offset_unit = "codepoint"
    extra = "parquet"
    library = "pyarrow"

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            yield self.missing_extra(path)
            return
        try:
            pf = pq.ParquetFile(str(path))
        except (OSError, ValueError) as exc:
            yield BadRecord(str(path), 0, f"not a Parquet file: {exc}")
            return
        if "text" not in pf.schema_arrow.names:
            yield BadRecord(str(path), 0, "no 'text' column")
            return
        number = 0
        layers: dict[tuple[str, str], int] = {}  # (document id, layer) -> row
        try:
            batches = pf.iter_batches(batch_size=1_000)
            for batch in batches:
                for row in batch.to_pylist():
                    number += 1
                    try:
                        item = _record(path, number, row, options)
                    except (KeyError, TypeError, ValueError) as exc:
                        yield BadRecord(str(path), number, f"bad row: {exc}")
                        continue
                    if isinstance(item, AnnotatedDocument):
                        key = (item.document.ext_id, item.layer)
                        if key in layers:
                            yield BadRecord(
                                str(path),
                                number,
                                f"id {key[0]!r} with layer {key[1]!r} was already in row "
                                f"{layers[key]} (duplicate ids)",
                            )
                            continue
                        layers[key] = number
                    yield item
        except (OSError, ValueError) as exc:  # a damaged page in the middle of the file
            yield BadRecord(str(path), number + 1, f"cannot read the Parquet data: {exc}")


def _record(
    path: Path, number: int, row: Mapping[str, Any], options: LayerOptions
) -> AnnotatedDocument | BadRecord:
    text = row["text"]
    if not isinstance(text, str) or not text:
        return BadRecord(str(path), number, "'text' is empty or not a string")
    annotator = options.layer or str(row.get("annotator") or "") or "import:parquet"
    layer = layer_from_dicts(
        path,
        number,
        text,
        annotator,
        row.get("spans") or (),
        row.get("relations") or (),
        origin="import:parquet",
        attrs=_json,
        text_name="the text",
        ids_optional=True,
    )
    if isinstance(layer, BadRecord):
        return layer
    spans, relations = layer
    meta = dict(_json(row.get("meta")))
    fields = {k: str(meta.pop(k) or "") for k in _DOC_FIELDS if k in meta}
    given = str(row.get("lang") or "")
    lang = normalise_lang(given) if given else detect_language(text)
    document = Document(
        id=None,
        ext_id=str(row.get("id") or f"{path.stem}:{number}"),
        title=fields.get("title") or title_from_text(text),
        text=text,
        lang=lang,
        direction=fields.get("direction") or direction_for(lang),
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        published=fields.get("published", ""),
        meta=meta or {"source_file": path.name},
    )
    status = str(row.get("status") or "todo")
    return AnnotatedDocument(document, annotator, status, tuple(spans), tuple(relations))
