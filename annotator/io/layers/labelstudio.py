"""Import Label Studio JSON exports (a task, or an array of tasks) as annotation layers.

Each ``annotations[]`` entry of a task is one layer (``predictions[]`` too, as
``prediction:<model_version>``, when the task has no annotations). ``labels``
regions become spans, one per label; ``relation`` results become relations (a
``left`` direction is turned round); ``choices``, ``number``, ``textarea`` and
``rating`` results with a region's id become that span's attributes, named by
``from_name``.

The offset unit is DETECTED per region from ``value.text``: code points, then UTF-16
(what Label Studio's browser front end counts), then grapheme clusters; the first unit
where the text slice equals ``value.text`` wins. None matching is a BadRecord naming the
file, task and region; a region without ``value.text`` is read as UTF-16 unchecked.

The text is ``data[<source>]`` (a result's ``"source": "$text"``), else ``data.text``,
else the first string in ``data``. The document id is ``data.ext_id``, else the task
``id``; ``data.meta`` (written by our exporter) gives title, source and the like.
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
from annotator.io.layers.doccano import iter_json_values
from annotator.io.layers.jsonl import layer_name, new_document
from annotator.text.units import CODEPOINT, GRAPHEME, UTF16, OffsetConverter

DETECT_ORDER = (CODEPOINT, UTF16, GRAPHEME)
_ATTR_TYPES = ("choices", "number", "textarea", "rating")


class RegionError(ValueError):
    """A region whose offsets fit the text in no unit."""


class _Units:
    """Converters for one text, built on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._conv: dict[str, OffsetConverter] = {}

    def locate(self, value: Any) -> tuple[int, int]:
        if not isinstance(value, dict):
            raise RegionError(f"'value' is {json_type(value)}, not an object")
        start, end, expected = value.get("start"), value.get("end"), value.get("text")
        units = DETECT_ORDER if isinstance(expected, str) else (UTF16,)
        for unit in units:
            conv = self._conv.setdefault(unit, OffsetConverter(self.text, unit))
            try:
                a, b = conv.span_to_codepoints(start, end)
            except ValueError:
                continue
            if a < b and (expected is None or self.text[a:b] == expected):
                return a, b
        tried = ", ".join(units)
        raise RegionError(f"[{start}, {end}) matches {expected!r} in no unit ({tried})")


def _text_key(task: dict[str, Any], results: list[Any]) -> str | None:
    data = task.get("data")
    if not isinstance(data, dict):
        return None
    for r in results:
        source = r.get("source") if isinstance(r, dict) else None
        if isinstance(source, str) and isinstance(data.get(source.lstrip("$")), str):
            return source.lstrip("$")
    if isinstance(data.get("text"), str):
        return "text"
    return next((k for k, v in data.items() if isinstance(v, str)), None)


def _attr_value(r: dict[str, Any]) -> Any:
    value = r.get("value") or {}
    kind = r["type"]
    if kind == "choices":
        choices = value.get("choices") or []
        return choices[0] if isinstance(choices, list) and len(choices) == 1 else choices
    if kind == "textarea":
        texts = value.get("text") or []
        texts = texts if isinstance(texts, list) else [texts]
        joined = texts[0] if len(texts) == 1 else "\n".join(map(str, texts))
        try:
            return json.loads(joined)
        except (TypeError, ValueError):
            return joined
    return value.get(kind)


def read_layer(
    text: str, results: list[Any], annotator: str, where: str
) -> tuple[list[Span], list[Relation]]:
    """Spans and relations of one annotation's ``result``; ``RegionError`` names the region."""
    units = _Units(text)
    spans: list[Span] = []
    members: dict[Any, list[int]] = {}  # region id -> local ids of its spans (one per label)
    for r in results:
        if isinstance(r, dict) and r.get("type") == "labels":
            value = r.get("value")
            try:
                a, b = units.locate(value)
            except RegionError as exc:
                raise RegionError(f"{where}, region {r.get('id')}: {exc}") from None
            labels = value.get("labels")
            if not isinstance(labels, list) or not all(isinstance(x, str) and x for x in labels):
                raise RegionError(
                    f"{where}, region {r.get('id')}: 'labels' is {json_type(labels)}, "
                    "not an array of label names"
                )
            if not isinstance(r.get("id"), str | int | None):
                raise RegionError(f"{where}: a region id is {json_type(r.get('id'))}")
            for label in labels:
                spans.append(Span(len(spans) + 1, 0, annotator, label, a, b, text[a:b], {}))
                members.setdefault(r.get("id"), []).append(len(spans))
    first = {region: ids[0] for region, ids in members.items()}
    relations: list[Relation] = []
    for r in results:
        if not isinstance(r, dict):
            continue
        if not isinstance(r.get("id"), str | int | None) or not isinstance(
            r.get("value", {}), dict
        ):
            raise RegionError(f"{where}: a result has an id or value of the wrong type")
        if r.get("type") in _ATTR_TYPES and r.get("id") in members:
            for k in members[r["id"]]:
                s = spans[k - 1]
                name = r.get("from_name")
                attrs = {**s.attrs, name if isinstance(name, str) else r["type"]: _attr_value(r)}
                spans[k - 1] = Span(s.id, 0, annotator, s.label, s.start, s.end, s.text, attrs)
        elif r.get("type") == "relation":
            head, tail = r.get("from_id"), r.get("to_id")
            if not all(isinstance(x, str | int) and x in first for x in (head, tail)):
                raise RegionError(f"{where}: relation {head} -> {tail} refers to a missing region")
            if r.get("direction") == "left":
                head, tail = tail, head
            kinds = r.get("labels") or ["relation"]
            if not isinstance(kinds, list) or not all(isinstance(k, str) and k for k in kinds):
                raise RegionError(f"{where}: relation {head} -> {tail}: 'labels' is not names")
            for kind in kinds:
                relations.append(
                    Relation(len(relations) + 1, 0, annotator, kind, first[head], first[tail])
                )
    return spans, relations


def _layers(task: dict[str, Any]) -> list[tuple[str, dict[str, Any]]] | str:
    """(layer name, annotation) pairs, or why the task's annotations cannot be read."""
    for key in ("annotations", "predictions"):
        value = task.get(key)
        if value is not None and not isinstance(value, list):
            return f"'{key}' is {json_type(value)}, not an array"
        for k, a in enumerate(value or (), 1):
            if not isinstance(a, dict):
                return f"{key} #{k} is {json_type(a)}, not an object"
            if not isinstance(a.get("result") or [], list):
                return f"{key} #{k}: 'result' is {json_type(a['result'])}, not an array"
    found = [("", a) for a in task.get("annotations") or () if isinstance(a, dict)]
    found = [(n, a) for n, a in found if not a.get("was_cancelled")]
    if not found:
        found = [
            (f"prediction:{p.get('model_version') or 'unknown'}", p)
            for p in task.get("predictions") or ()
            if isinstance(p, dict)
        ]
    return found


def _annotator(task: dict[str, Any], ann: dict[str, Any], default: str) -> str:
    data = task.get("data") or {}
    if default:
        return default
    if isinstance(data.get("annotator"), str) and data["annotator"]:
        return data["annotator"]
    who = ann.get("completed_by")
    if isinstance(who, dict):
        who = who.get("email") or who.get("id")
    return str(who) if who not in (None, "") else ""


def read_task(task: Any, file: str, n: int, options: LayerOptions) -> Iterator[Any]:
    """The layers of task number ``n`` (1-based), or BadRecords."""
    if not isinstance(task, dict):
        yield BadRecord(file, 0, f"task {n} is {json_type(task)}, not an object")
        return
    layers = _layers(task)
    if isinstance(layers, str):
        yield BadRecord(file, 0, f"task {n} (id {task.get('id')!r}): {layers}")
        return
    all_results = [r for _, a in layers for r in (a.get("result") or [])]
    key = _text_key(task, all_results)
    if key is None:
        yield BadRecord(file, 0, f"task {n} has no text in 'data'")
        return
    data = task["data"]
    text = data[key]
    problem = value_problem(text)
    if problem:
        yield BadRecord(file, 0, f"task {n} (id {task.get('id')!r}): data.{key}: {problem}")
        return
    meta = dict(data["meta"]) if isinstance(data.get("meta"), dict) else {}
    ext_id = str(data.get("ext_id") or task.get("id") or f"{Path(file).stem}:{n}")
    document = new_document(text, ext_id, meta)
    status = data.get("status") if isinstance(data.get("status"), str) else "todo"
    for name, ann in layers:
        annotator = layer_name(options, None) or name or _annotator(task, ann, "")
        where = f"task {n} (id {task.get('id')}), annotation {ann.get('id', '?')}"
        try:
            spans, rels = read_layer(text, list(ann.get("result") or []), annotator, where)
        except RegionError as exc:
            yield BadRecord(file, 0, str(exc))
            continue
        yield AnnotatedDocument(document, annotator, status, tuple(spans), tuple(rels))


class LabelStudioLayerImporter(LayerImporter):
    name = "labelstudio"
    description = "Label Studio JSON (tasks with annotations); offset unit detected per region"
    suffixes = (".json",)
    offset_unit = "utf16 (detected per region: codepoint, utf16 or grapheme)"
    loses = ("results not tied to a region (task-level choices, ratings)",)

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        file = str(path)
        text = read_text(path)
        if isinstance(text, BadRecord):
            yield text
            return
        for n, (line, value) in enumerate(iter_json_values(text), 1):
            if isinstance(value, ValueError):
                yield BadRecord(file, line, f"not JSON: {value}")
                return
            yield from read_task(value, file, n, options)
