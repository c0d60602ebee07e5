"""doccano JSONL export, in doccano's offset unit: UTF-16 code units.

doccano's annotation front end measures selections as JavaScript string positions, so
its ``start_offset``/``end_offset`` and ``label`` offsets count UTF-16 code units: a
character above U+FFFF (an emoji) counts 2, everything else 1. Offsets are converted
from our code points here, and each line says ``"offset_unit": "utf16"`` (doccano keeps
keys it does not know as metadata).

Two formats, one per doccano project type:

- ``doccano`` (sequence labeling): ``{"id", "text", "label": [[start, end, "LABEL"]],
  "offset_unit", "annotator", "meta"}``;
- ``doccano-rel`` (relation extraction): ``{"id", "text", "entities": [{"id",
  "start_offset", "end_offset", "label"}], "relations": [{"id", "from_id", "to_id",
  "type"}], ...}``.

Losses: span attributes (doccano spans carry none); in ``doccano`` all relations, so the
fragments of a discontinuous span come back as separate spans; in ``doccano-rel``
relations to an entity of the registry. Metadata rides along in ``meta``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import orjson

from annotator.core.model import AnnotatedDocument
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.exporters.base import Exporter, ExportError
from annotator.text.units import UTF16, OffsetConverter

OFFSET_UNIT = UTF16


def document_meta(item: AnnotatedDocument) -> dict[str, Any]:
    """The document's metadata, in the shape our importers read back."""
    doc = item.document
    return {
        **dict(doc.meta),
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "lang": doc.lang,
        "direction": doc.direction,
    }


def utf16_spans(item: AnnotatedDocument) -> list[tuple[int, int, str, int | None]]:
    """``(start, end, label, span id)`` in UTF-16 units; every span's text checked."""
    conv = OffsetConverter(item.document.text, UTF16)
    out = []
    for span in item.spans:
        try:
            check_span_offsets(item.document.text, span)
        except OffsetError as exc:
            raise ExportError(f"document {item.document.ext_id}: {exc}") from exc
        start, end = conv.span_from_codepoints(span.start, span.end)
        out.append((start, end, span.label, span.id))
    return out


class _DoccanoBase(Exporter):
    suffix = ".jsonl"
    offset_unit = "utf16 (doccano counts JavaScript string units)"
    relations: ClassVar[bool] = False

    def record(self, item: AnnotatedDocument) -> dict[str, Any]:
        spans = utf16_spans(item)
        rec: dict[str, Any] = {"id": item.document.ext_id, "text": item.document.text}
        if not self.relations:
            rec["label"] = [[s, e, label] for s, e, label, _ in spans]
        else:
            index = {sid: k for k, (_, _, _, sid) in enumerate(spans)}
            rec["entities"] = [
                {"id": k, "start_offset": s, "end_offset": e, "label": label}
                for k, (s, e, label, _) in enumerate(spans)
            ]
            rec["relations"] = [
                {"id": k, "from_id": index[r.head], "to_id": index[r.tail], "type": r.type}
                for k, r in enumerate(item.relations)
                if r.head in index and r.tail in index
            ]
        rec["offset_unit"] = OFFSET_UNIT
        rec["annotator"] = item.layer
        rec["status"] = item.status
        rec["meta"] = document_meta(item)
        return rec

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        n = 0
        with out.open("wb") as fh:
            for item in items:
                fh.write(orjson.dumps(self.record(item), option=orjson.OPT_APPEND_NEWLINE))
                n += 1
        return n


class DoccanoExporter(_DoccanoBase):
    name = "doccano"
    description = "doccano sequence labeling JSONL (label: [[start, end, LABEL]], UTF-16 offsets)"
    loses = ("attributes", "relations", "discontinuous fragments come back as separate spans")
    read_back = "doccano"


class DoccanoRelExporter(_DoccanoBase):
    name = "doccano-rel"
    description = "doccano relation extraction JSONL (entities + relations, UTF-16 offsets)"
    loses = ("attributes", "relations to a registry entity")
    read_back = "doccano"
    relations = True
