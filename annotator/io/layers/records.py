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
    local: dict[Any, int] = {}
    spans: list[Span] = []
    for raw in raw_spans:
        start, end, label = int(raw["start"]), int(raw["end"]), str(raw["label"])
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
        local[raw.get("id", len(spans) + 1) if ids_optional else raw.get("id")] = len(spans) + 1
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
        if raw.get("tail") is None:
            continue  # a link to the source project's entity registry: not portable
        head, tail = raw.get("head"), raw.get("tail")
        if head not in local or tail not in local:
            return BadRecord(
                str(path), number, f"relation {raw.get('id')} refers to a missing span"
            )
        relations.append(
            Relation(len(relations) + 1, 0, annotator, str(raw["type"]), local[head], local[tail])
        )
    return spans, relations
