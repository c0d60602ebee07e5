"""Label Studio tasks JSON with annotations, in Label Studio's offset unit: UTF-16.

Label Studio's Text tag measures regions in the browser, as JavaScript string positions
(UTF-16 code units: an emoji counts 2). ``value.start``/``value.end`` are converted from
our code points here and every region carries ``value.text``, so a reader can check
(our importer detects the unit from it). Each task's ``data`` says
``"offset_unit": "utf16"`` and holds the document id, annotator layer and metadata.

One task per document and layer: ``{"data": {"text", "ext_id", "annotator", "status",
"offset_unit", "meta"}, "annotations": [{"result": [...]}]}``. Results:

- one ``labels`` region per span (``from_name`` "label", ``to_name`` "text");
- per-region attributes under the same region id: strings as ``choices``, numbers as
  ``number``, anything else as ``textarea`` holding JSON;
- one ``relation`` per relation between spans (``labels``: [type]); the fragments of a
  discontinuous span are regions joined by ``fragment_of`` relations.

Loss: relations to an entity of the registry (``tail_entity``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from annotator.core.model import AnnotatedDocument
from annotator.io.exporters.base import Exporter
from annotator.io.exporters.doccano import document_meta, utf16_spans
from annotator.text.units import UTF16

OFFSET_UNIT = UTF16
FROM_NAME = "label"
TO_NAME = "text"


def _attr_result(region: str, name: str, value: Any, where: dict[str, Any]) -> dict[str, Any]:
    if isinstance(value, str):
        kind, val = "choices", {"choices": [value]}
    elif isinstance(value, int | float) and not isinstance(value, bool):
        kind, val = "number", {"number": value}
    else:
        kind, val = "textarea", {"text": [json.dumps(value, ensure_ascii=False)]}
    return {
        "id": region,
        "from_name": name,
        "to_name": TO_NAME,
        "type": kind,
        "value": {**where, **val},
    }


def task(item: AnnotatedDocument, n: int) -> dict[str, Any]:
    """The Label Studio task of one document and layer."""
    text = item.document.text
    result: list[dict[str, Any]] = []
    region_of: dict[int | None, str] = {}
    for span, (start, end, label, _) in zip(item.spans, utf16_spans(item), strict=True):
        region = f"s{span.id}"
        region_of[span.id] = region
        where = {"start": start, "end": end}
        result.append(
            {
                "id": region,
                "from_name": FROM_NAME,
                "to_name": TO_NAME,
                "type": "labels",
                "value": {**where, "text": text[span.start : span.end], "labels": [label]},
            }
        )
        result.extend(_attr_result(region, k, v, where) for k, v in span.attrs.items())
    for rel in item.relations:
        if rel.head in region_of and rel.tail in region_of:
            result.append(
                {
                    "from_id": region_of[rel.head],
                    "to_id": region_of[rel.tail],
                    "type": "relation",
                    "direction": "right",
                    "labels": [rel.type],
                }
            )
    return {
        "id": n,
        "data": {
            "text": text,
            "ext_id": item.document.ext_id,
            "annotator": item.layer,
            "status": item.status,
            "offset_unit": OFFSET_UNIT,
            "meta": document_meta(item),
        },
        "annotations": [{"result": result}],
    }


class LabelStudioExporter(Exporter):
    name = "labelstudio"
    description = "Label Studio tasks JSON with annotations (UTF-16 offsets, value.text kept)"
    suffix = ".json"
    offset_unit = "utf16 (Label Studio counts JavaScript string units)"
    loses = ("relations to a registry entity",)
    read_back = "labelstudio"

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        n = 0
        with out.open("wb") as fh:
            fh.write(b"[")
            for item in items:
                n += 1
                fh.write(b"\n" if n == 1 else b",\n")
                fh.write(orjson.dumps(task(item, n)))
            fh.write(b"\n]\n")
        return n
