"""Import doccano JSONL exports as annotation layers.

Both shapes doccano writes are read: sequence labeling ``{"text", "label": [[start,
end, "LABEL"], ...]}`` and relation extraction ``{"text", "entities": [{"id",
"start_offset", "end_offset", "label"}], "relations": [{"from_id", "to_id", "type"}]}``.
Strict JSON Lines, pretty-printed objects one after another and a JSON array all read.

Offsets are in ``options.unit``: ``utf16`` (the default: doccano counts JavaScript
string positions), ``codepoint`` or ``grapheme``. An ``"offset_unit"`` key in a record
(our exporter writes one) overrides the default but not an explicit option. An offset
that does not fall on a character boundary or lies outside the text is a BadRecord
naming file, line and span; nothing is shifted.

The document id is ``id`` (else ``<file stem>:<line>``); ``meta`` is kept as metadata
(title, source, url, published and lang from it when present); the layer is
``options.layer``, else the record's ``annotator``, else ``import:doccano``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument, Relation, Span
from annotator.io.importers.base import BadRecord, json_type
from annotator.io.layers.base import LayerImporter, LayerOptions, read_text
from annotator.io.layers.checks import value_problem
from annotator.io.layers.jsonl import layer_name, new_document, span_error
from annotator.text.units import UNITS, UTF16, OffsetConverter


def iter_json_values(text: str) -> Iterator[tuple[int, Any] | tuple[int, ValueError]]:
    """``(line, value)`` for each JSON value in ``text`` (JSON Lines, concatenated
    pretty-printed objects, or one array whose items are the values). A syntax error
    is yielded as ``(line, error)`` and ends the stream."""
    decoder = json.JSONDecoder()
    pos, n, line, counted = 0, len(text), 1, 0
    while True:
        while pos < n and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= n:
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError as exc:
            yield line, exc
            return
        except RecursionError:
            yield line, ValueError("nested too deeply (arrays or objects inside each other)")
            return
        if isinstance(value, list):
            for item in value:  # an array of records (line: where the array starts)
                yield line, item
        else:
            yield line, value


def _raw_spans(rec: dict[str, Any]) -> list[tuple[Any, Any, Any, Any]] | str:
    """``(key, start, end, label)`` per span, or why the record has none readable."""
    if "entities" in rec and not isinstance(rec["entities"], list):
        return f"'entities' is {json_type(rec['entities'])}, not an array"
    if isinstance(rec.get("entities"), list):
        out = []
        for k, e in enumerate(rec["entities"]):
            if not isinstance(e, dict):
                return f"entity #{k + 1} is {json_type(e)}, not an object"
            key = e.get("id", k)
            if not isinstance(key, str | int):
                return f"entity #{k + 1} has an id that is {json_type(key)}, not a number or string"
            out.append((key, e.get("start_offset"), e.get("end_offset"), e.get("label")))
        return out
    labels = rec.get("label", rec.get("labels", []))
    if not isinstance(labels, list):
        return f"'label' is {json_type(labels)}, not an array of [start, end, label]"
    out = []
    for k, triple in enumerate(labels):
        if not (isinstance(triple, list) and len(triple) == 3):
            return f"label #{k + 1} is not [start, end, label] (a text classification export?)"
        out.append((k, *triple))
    return out


def read_record(
    rec: Any, file: str, line: int, options: LayerOptions
) -> AnnotatedDocument | BadRecord:
    """One doccano record as a layer, or the BadRecord saying why it cannot be."""
    if not isinstance(rec, dict):
        return BadRecord(file, line, f"record is {json_type(rec)}, not an object")
    text = rec.get("text", rec.get("data"))
    if not isinstance(text, str) or not text:
        return BadRecord(file, line, "no 'text' string")
    problem = value_problem(text)
    if problem:
        return BadRecord(file, line, f"'text': {problem}")
    unit = options.unit or rec.get("offset_unit") or UTF16
    if not isinstance(unit, str) or unit not in UNITS:
        return BadRecord(file, line, f"unknown offset unit {unit!r}; known: {', '.join(UNITS)}")
    conv = OffsetConverter(text, unit)
    raw = _raw_spans(rec)
    if isinstance(raw, str):
        return BadRecord(file, line, raw)
    annotator = layer_name(options, rec.get("annotator"))
    spans: list[Span] = []
    local: dict[Any, int] = {}
    for key, start, end, label in raw:
        where = f"span {key} [{start}, {end}) in {unit} units"
        if not isinstance(label, str) or not label:
            return BadRecord(file, line, f"{where}: no label")
        try:
            a, b = conv.span_to_codepoints(start, end)
        except ValueError as exc:
            return BadRecord(file, line, f"{where}: {exc}")
        problem = span_error(text, a, b, None)
        if problem:
            return BadRecord(file, line, f"{where}: {problem}")
        k = len(spans) + 1
        local[key] = k
        spans.append(Span(k, 0, annotator, label, a, b, text[a:b], {}))
    relations: list[Relation] = []
    if not isinstance(rec.get("relations") or [], list):
        return BadRecord(file, line, f"'relations' is {json_type(rec['relations'])}, not an array")
    for k, r in enumerate(rec.get("relations") or (), 1):
        ends = (r.get("from_id"), r.get("to_id")) if isinstance(r, dict) else (None, None)
        if not all(isinstance(e, str | int) and e in local for e in ends):
            return BadRecord(file, line, f"relation #{k} refers to an entity not in the record")
        kind = r.get("type") or r.get("label")
        if not isinstance(kind, str) or not kind:
            return BadRecord(file, line, f"relation #{k} has no type")
        relations.append(Relation(k, 0, annotator, kind, local[r["from_id"]], local[r["to_id"]]))
    meta = dict(rec["meta"]) if isinstance(rec.get("meta"), dict) else {}
    ext_id = str(rec.get("id") or f"{Path(file).stem}:{line}")
    status = rec.get("status") if isinstance(rec.get("status"), str) else "todo"
    return AnnotatedDocument(
        new_document(text, ext_id, meta), annotator, status, tuple(spans), tuple(relations)
    )


class DoccanoLayerImporter(LayerImporter):
    name = "doccano"
    description = "doccano JSONL (label or entities/relations); --unit utf16|codepoint|grapheme"
    suffixes = (".jsonl", ".json")
    offset_unit = "utf16 by default (--unit utf16|codepoint|grapheme)"
    units = ("utf16", "codepoint", "grapheme")
    loses = ("attributes",)

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        file = str(path)
        text = read_text(path)
        if isinstance(text, BadRecord):
            yield text
            return
        for line, value in iter_json_values(text):
            if isinstance(value, ValueError):
                yield BadRecord(file, line, f"not JSON: {value}")
                return
            yield read_record(value, file, line, options)
