"""Row <-> core object conversion, shared by the repositories."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from annotator.core.model import Document, Relation, Span

DOC_COLUMNS = "id, ext_id, title, text, text_sha256, lang, direction, source, url, published, meta"
# Layer and author are joined by name; ``l`` is layers, ``p`` the people (annotators).
SPAN_COLUMNS = (
    "s.id, s.document_id, l.name, s.label, s.start, s.end, s.text, s.attrs, s.origin, "
    "p.name, s.attr_origin"
)
RELATION_COLUMNS = (
    "r.id, r.document_id, l.name, r.type, r.head_span_id, r.tail_span_id, r.tail_entity_id, "
    "r.origin, p.name"
)
SPAN_FROM = (
    "FROM spans s JOIN layers l ON l.id = s.layer_id LEFT JOIN annotators p ON p.id = s.author_id"
)
REL_FROM = (
    "FROM relations r JOIN layers l ON l.id = r.layer_id "
    "LEFT JOIN annotators p ON p.id = r.author_id"
)
SPAN_INSERT = (
    "INSERT INTO spans (id, document_id, layer_id, author_id, label, start, end, text, attrs, "
    "attr_origin, origin, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?)"
)
REL_INSERT = (
    "INSERT INTO relations (id, document_id, layer_id, author_id, type, head_span_id, "
    "tail_span_id, tail_entity_id, origin, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


def dumps(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=4096)
def _loads_cached(value: str) -> dict[str, Any]:
    return json.loads(value)


def loads(value: str | None) -> dict[str, Any]:
    """Parse a JSON object column. Attribute values repeat ({"kind": "direct"}), so
    parsed objects are cached; each caller gets its own copy."""
    if not value or value == "{}":
        return {}
    return dict(_loads_cached(value))


def span_payload(span: Span) -> dict[str, Any]:
    """``span`` as the event log stores it (attrs and their provenance as plain dicts)."""
    d = asdict(span)
    d["attrs"] = dict(span.attrs)
    d["attr_origin"] = {k: dict(v) for k, v in span.attr_origin.items()}
    return d


def document(row: tuple) -> Document:
    return Document(
        id=row[0],
        ext_id=row[1],
        title=row[2] or "",
        text=row[3],
        text_sha256=row[4],
        lang=row[5] or "other",
        direction=row[6] or "ltr",
        source=row[7] or "",
        url=row[8] or "",
        published=row[9] or "",
        meta=loads(row[10]),
    )


def span(row: tuple) -> Span:
    return Span(
        id=row[0],
        document_id=row[1],
        layer=row[2],
        label=row[3],
        start=row[4],
        end=row[5],
        text=row[6],
        attrs=loads(row[7]),
        origin=row[8] or "manual",
        author=row[9] or "",
        attr_origin=loads(row[10]),
    )


def relation(row: tuple) -> Relation:
    return Relation(
        id=row[0],
        document_id=row[1],
        layer=row[2],
        type=row[3],
        head=row[4],
        tail=row[5],
        tail_entity=row[6],
        origin=row[7] or "manual",
        author=row[8] or "",
    )
