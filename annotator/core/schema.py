"""Build and check a label Schema from plain data (a parsed TOML or JSON mapping)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from annotator.core.model import AttributeDef, Label, RelationType, Schema

ATTRIBUTE_KINDS = ("enum", "string", "timex", "entity")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SchemaError(ValueError):
    """A label schema that cannot be used; the message names the entry."""


def schema_from_dict(data: Mapping[str, Any], version: int | None = None) -> Schema:
    labels = []
    seen_keys: dict[str, str] = {}
    for i, raw in enumerate(data.get("labels", ()), 1):
        name = str(raw.get("name", "")).strip()
        if not name:
            raise SchemaError(f"label #{i} has no name")
        color = str(raw.get("color", "#cccccc"))
        if not _COLOR.match(color):
            raise SchemaError(f"label {name}: colour {color!r} is not #rrggbb")
        key = str(raw.get("key", ""))
        if key and key in seen_keys:
            raise SchemaError(f"label {name}: key {key!r} already used by {seen_keys[key]}")
        if key:
            seen_keys[key] = name
        attrs = []
        for a in raw.get("attributes", ()):
            kind = a.get("kind", "string")
            if kind not in ATTRIBUTE_KINDS:
                raise SchemaError(f"label {name}: attribute kind {kind!r} unknown")
            attrs.append(
                AttributeDef(
                    name=a["name"],
                    kind=kind,
                    values=tuple(a.get("values", ())),
                    default=str(a.get("default", "")),
                    description=a.get("description", ""),
                )
            )
        labels.append(Label(name, color, key, raw.get("description", ""), tuple(attrs)))
    if not labels:
        raise SchemaError("the schema has no labels")
    names = {label.name for label in labels}
    if len(names) != len(labels):
        raise SchemaError("two labels share a name")
    rels = []
    for raw in data.get("relation_types", ()):
        rel = RelationType(
            name=raw["name"],
            head=raw["head"],
            tail=raw["tail"],
            key=raw.get("key", ""),
            description=raw.get("description", ""),
        )
        for end in (rel.head, rel.tail):
            if end not in names:
                raise SchemaError(f"relation {rel.name}: no label {end!r}")
        rels.append(rel)
    return Schema(int(version or data.get("version", 1)), tuple(labels), tuple(rels))


def schema_to_dict(schema: Schema) -> dict[str, Any]:
    return {
        "version": schema.version,
        "labels": [
            {
                "name": label.name,
                "color": label.color,
                "key": label.key,
                "description": label.description,
                "attributes": [
                    {
                        "name": a.name,
                        "kind": a.kind,
                        "values": list(a.values),
                        "default": a.default,
                        "description": a.description,
                    }
                    for a in label.attributes
                ],
            }
            for label in schema.labels
        ],
        "relation_types": [
            {
                "name": r.name,
                "head": r.head,
                "tail": r.tail,
                "key": r.key,
                "description": r.description,
            }
            for r in schema.relation_types
        ],
    }
