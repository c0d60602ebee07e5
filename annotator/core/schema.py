"""Build and check a label Schema from plain data (a parsed TOML or JSON mapping)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from annotator.core.model import AttributeDef, Check, Label, Relation, RelationType, Schema, Span

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
    checks = None
    if "checks" in data:
        checks = tuple(_check(raw, names, {r.name for r in rels}, labels) for raw in data["checks"])
    return Schema(int(version or data.get("version", 1)), tuple(labels), tuple(rels), checks)


def _check(raw: Mapping[str, Any], names: set, relations: set, labels: list) -> Check:
    label = str(raw.get("label", ""))
    if label not in names:
        raise SchemaError(f"check: no label {label!r}")
    relation, attribute = str(raw.get("relation", "")), str(raw.get("attribute", ""))
    if bool(relation) == bool(attribute):
        raise SchemaError(f"check on {label}: give a relation or an attribute (one of them)")
    if relation and relation not in relations:
        raise SchemaError(f"check on {label}: no relation type {relation!r}")
    attrs = {a.name for lab in labels if lab.name == label for a in lab.attributes}
    if attribute and attribute not in attrs:
        raise SchemaError(f"check on {label}: {label} has no attribute {attribute!r}")
    what = f"no {relation} link" if relation else f"no {attribute}"
    return Check(label, relation, attribute, str(raw.get("message", "")) or f"{label}: {what}")


def missing(
    schema: Schema, spans: Sequence[Span], relations: Sequence[Relation]
) -> list[tuple[Span, Check]]:
    """Each span that fails one of the schema's checks, with the check, in text order."""
    heads = {(r.head, r.type) for r in relations}
    found = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        for check in schema.checks or ():
            if check.label != span.label:
                continue
            no_link = check.relation and (span.id, check.relation) not in heads
            no_value = check.attribute and span.attrs.get(check.attribute) in (None, "")
            if no_link or no_value:
                found.append((span, check))
    return found


# Bidi embeddings, overrides and isolates: they reorder what is shown around a name.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a label, attribute or relation type, or None.

    Names end up as CoNLL columns, brat lines, CSV cells and chart labels, so they
    must be non-empty, without surrounding spaces, and free of control characters
    (tab, newline, NUL...), line or paragraph separators and bidi overrides. ZWNJ
    (``نقل‌قول``) and other joiners are allowed.
    """
    if not name or not name.strip():
        return "is empty"
    if name != name.strip():
        return "has leading or trailing spaces"
    for ch in name:
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI_CONTROLS:
            return f"holds the control character U+{ord(ch):04X}"
    return None


def check_schema(schema: Schema) -> None:
    """Raise SchemaError when a label, attribute or relation type name is unusable
    (see ``name_problem``); called before a schema is written."""
    for label in schema.labels:
        problem = name_problem(label.name)
        if problem:
            raise SchemaError(f"label {label.name!r} {problem}")
        for attr in label.attributes:
            problem = name_problem(attr.name)
            if problem:
                raise SchemaError(f"label {label.name}: attribute {attr.name!r} {problem}")
    for rel in schema.relation_types:
        problem = name_problem(rel.name)
        if problem:
            raise SchemaError(f"relation type {rel.name!r} {problem}")


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
        **(
            {}
            if schema.checks is None
            else {
                "checks": [
                    {
                        k: v
                        for k, v in (
                            ("label", c.label),
                            ("relation", c.relation),
                            ("attribute", c.attribute),
                            ("message", c.message),
                        )
                        if v
                    }
                    for c in schema.checks
                ]
            }
        ),
    }
