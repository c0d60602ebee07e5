"""A layer rebuilt from the span and relation dicts our exporters write (the Parquet
rows and the spaCy ``user_data``): spans checked against the text, relations remapped
from the exported span ids to record-local ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from annotator.core.model import Relation, Span
from annotator.io.importers.base import BadRecord


def layer_from_dicts(
    path: Path,
    number: int,
    text: str,
    annotator: str,
    raw_spans: Iterable[Mapping[str, Any]],
    raw_relations: Iterable[Mapping[str, Any]],
    *,
    origin: str,
    attrs: Callable[[Any], Mapping[str, Any]],
    text_name: str,
    ids_optional: bool = False,
) -> tuple[list[Span], list[Relation]] | BadRecord:
    """Spans and relations of one record, or the BadRecord of the first problem.

    ``attrs`` turns a span's stored ``attrs`` into a dict; ``text_name`` names the text
    in the error message; with ``ids_optional`` a span may leave out ``id`` (it is then
    numbered from 1) and ``text`` (then only the offsets are checked). A relation whose
    tail is an entity of the source project (no ``tail``) is skipped: not portable."""
    try:
        return _layer(
            path, number, text, annotator, raw_spans, raw_relations, origin, attrs, text_name,
            ids_optional,
        )  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"{type(exc).__name__}: {exc}" if isinstance(exc, KeyError) else str(exc)
        return BadRecord(str(path), number, f"spans or relations not as expected ({what})")
    except RecursionError:
        return BadRecord(str(path), number, "attributes nested too deeply to read")


def _whole(value: Any, what: str) -> int:
    """``value`` as an int when it is one (a bool or 2.5 is not)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} {value!r} is not an integer")
    return value


def _layer(
    path: Path,
    number: int,
    text: str,
    annotator: str,
    raw_spans: Iterable[Mapping[str, Any]],
    raw_relations: Iterable[Mapping[str, Any]],
    origin: str,
    attrs: Callable[[Any], Mapping[str, Any]],
    text_name: str,
    ids_optional: bool,
) -> tuple[list[Span], list[Relation]] | BadRecord:
    local: dict[Any, int] = {}
    spans: list[Span] = []
    if not isinstance(raw_spans, list | tuple) or not isinstance(raw_relations, list | tuple):
        return BadRecord(str(path), number, "spans and relations must be lists")
    for raw in raw_spans:
        if not isinstance(raw, Mapping):
            return BadRecord(str(path), number, f"a span is {type(raw).__name__}, not a mapping")
        start, end = _whole(raw["start"], "start"), _whole(raw["end"], "end")
        label = raw["label"]
        if not isinstance(label, str) or not label:
            return BadRecord(str(path), number, f"span {raw.get('id')}: no label")
        if ids_optional:
            fits = 0 <= start < end <= len(text)
            expected = raw.get("text", text[start:end] if fits else None)
        else:
            expected = raw.get("text")
        if not (0 <= start < end <= len(text)) or text[start:end] != expected:
            return BadRecord(
                str(path),
                number,
                f"span {raw.get('id')} {label} [{start}, {end}) does not match {text_name} "
                f"(expected {expected!r})",
            )
        span_attrs = attrs(raw.get("attrs"))
        if not isinstance(span_attrs, Mapping):
            return BadRecord(str(path), number, f"span {raw.get('id')}: attrs is not an object")
        key = raw.get("id", len(spans) + 1) if ids_optional else raw.get("id")
        if not isinstance(key, str | int) or key in local:
            return BadRecord(str(path), number, f"span id {key!r} is missing or used twice")
        local[key] = len(spans) + 1
        spans.append(
            Span(
                len(spans) + 1,
                0,
                annotator,
                label,
                start,
                end,
                text[start:end],
                span_attrs,
                origin,
            )
        )
    relations: list[Relation] = []
    for raw in raw_relations:
        if not isinstance(raw, Mapping):
            return BadRecord(str(path), number, "a relation is not a mapping")
        if raw.get("tail") is None:
            continue  # a link to the source project's entity registry: not portable
        head, tail = raw.get("head"), raw.get("tail")
        if not all(isinstance(x, str | int) and x in local for x in (head, tail)):
            return BadRecord(
                str(path), number, f"relation {raw.get('id')} refers to a missing span"
            )
        kind = raw.get("type")
        if not isinstance(kind, str) or not kind:
            return BadRecord(str(path), number, f"relation {raw.get('id')} has no type")
        relations.append(Relation(len(relations) + 1, 0, annotator, kind, local[head], local[tail]))
    return spans, relations
