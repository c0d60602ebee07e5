"""Frozen domain objects shared by every layer.

Offsets follow the offset contract of docs/architecture.md: half-open
``[start, end)`` Unicode code-point indices into ``Document.text`` (Python ``str``
indices). Nothing here knows about Qt positions, UTF-16 or SQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

OFFSET_UNIT = "codepoint"

STATUSES = ("todo", "in_progress", "done", "skipped")


def text_sha256(text: str) -> str:
    """SHA-256 of the UTF-8 encoding of ``text`` (the stored document hash)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """An imported article. ``text`` never changes after import."""

    id: int | None
    ext_id: str
    title: str
    text: str
    lang: str = "other"  # "ar", "fa" or "other"
    direction: str = "ltr"  # "rtl" or "ltr"
    source: str = ""
    url: str = ""
    published: str = ""  # ISO 8601 date or datetime, or ""
    meta: Mapping[str, Any] = field(default_factory=dict)
    text_sha256: str = ""

    def __post_init__(self) -> None:
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", text_sha256(self.text))


LAYER_KINDS = ("analyst", "imported", "suggestions", "curation")
GOLD_LAYER = "gold"


@dataclass(frozen=True, slots=True)
class Layer:
    """A named set of annotations, separate from who writes into it.

    ``kind``: "analyst" (one analyst's own layer, ``owner`` is that analyst),
    "imported" (read from another tool's file, ``source`` names it), "suggestions"
    or "curation" (the gold layer a curator adjudicates into)."""

    id: int | None
    name: str
    kind: str = "analyst"
    owner: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled range ``[start, end)`` of a document's text, in one layer.

    ``origin`` is its provenance: "manual" (typed by hand), "suggested:<engine>",
    "import:<format>[:<file>]" or "merged:<layer>"; ``author`` is the analyst who
    wrote it ("" when unknown, e.g. spans imported by 0.1.0). ``attr_origin`` keeps
    the same for each attribute that was set apart from the span:
    ``{"value": {"author": "reza", "origin": "manual"}}``."""

    id: int | None
    document_id: int
    layer: str
    label: str
    start: int
    end: int
    text: str
    attrs: Mapping[str, Any] = field(default_factory=dict)
    origin: str = "manual"
    author: str = ""
    attr_origin: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link from a head span to a tail span or, for implicit speakers, an entity."""

    id: int | None
    document_id: int
    layer: str
    type: str
    head: int  # span id
    tail: int | None = None  # span id
    tail_entity: int | None = None  # entity id, when the tail is not in the text
    origin: str = "manual"
    author: str = ""


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    lang: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """A speaker in the project's registry, with aliases in any script."""

    id: int | None
    name: str
    kind: str = "PERSON"
    wikidata: str = ""
    aliases: tuple[Alias, ...] = ()


@dataclass(frozen=True, slots=True)
class AttributeDef:
    """An attribute a label's spans carry. ``kind``: enum, string, timex or entity."""

    name: str
    kind: str = "string"
    values: tuple[str, ...] = ()
    default: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    color: str
    key: str = ""
    description: str = ""
    attributes: tuple[AttributeDef, ...] = ()


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    head: str  # label name
    tail: str  # label name
    key: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Check:
    """What a finished article needs: every span of ``label`` has a ``relation`` of
    that type (as its head), or a non-empty ``attribute``. ``message`` says it to the
    analyst ("a CLAIM has no speaker")."""

    label: str
    relation: str = ""
    attribute: str = ""
    message: str = ""


@dataclass(frozen=True, slots=True)
class Schema:
    version: int
    labels: tuple[Label, ...]
    relation_types: tuple[RelationType, ...] = ()
    checks: tuple[Check, ...] | None = None  # None: the schema predates checks

    def label(self, name: str) -> Label:
        for label in self.labels:
            if label.name == name:
                return label
        raise KeyError(f"no label {name!r} in schema version {self.version}")

    def relation_type(self, name: str) -> RelationType:
        for rel in self.relation_types:
            if rel.name == name:
                return rel
        raise KeyError(f"no relation type {name!r} in schema version {self.version}")


@dataclass(frozen=True, slots=True)
class DocStatus:
    document_id: int
    layer: str
    status: str = "todo"
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class AnnotatedDocument:
    """One document with one layer: the unit every exporter writes."""

    document: Document
    layer: str
    status: str
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    """A stored pre-annotation. Shown while ``status`` is "pending" and the layer has
    no span with the same label and offsets (so undoing an accept shows it again);
    "rejected" ones never come back."""

    id: int | None
    document_id: int
    layer: str
    engine: str
    label: str
    start: int
    end: int
    text: str
    rule: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict)
    links: tuple[Mapping[str, Any], ...] = ()  # {"type", "tail_start", "tail_end", "tail_label"}
    status: str = "pending"


@dataclass(frozen=True, slots=True)
class EditGroup:
    """One user action (one undo step): the events it wrote share its id.

    ``undoes`` is the group this one cancelled (an undo, or a redo = the undo of an
    undo); ``label`` names the action for the Undo and Redo menu items."""

    id: int
    at: str
    author: str
    layer: str
    document_id: int | None
    label: str
    undoes: int | None = None
