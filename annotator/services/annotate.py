"""Annotating one project: one author (a person) writing into one layer.

Every method commits at once (there is no Save). Every user action is one edit
group, so one undo step (docs/architecture.md, "Edit groups"); undo and redo are
derived from the event log (annotator.core.commands), so they survive a restart.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from annotator.core.commands import (
    UNDOABLE,
    LoggedEdit,
    UndoStacks,
    build_stacks,
    describe,
    inverse,
)
from annotator.core.model import (
    Alias,
    DocStatus,
    Document,
    EditGroup,
    Entity,
    Relation,
    Schema,
    Span,
)
from annotator.core.validate import OffsetError
from annotator.services.project import Project, store_of
from annotator.store import BusyError, ConflictError, ProjectStore, StoreError
from annotator.text.tokens import snap_to_words, strip_clitic


class EditRefused(Exception):
    """An edit that cannot be made; the message says why, in one line."""


#: Raised by an edit while another program holds the project's write lock (longer
#: than :meth:`AnnotationSession.set_write_wait`); the edit can be tried again.
WriteBusy = BusyError


#: Everything an edit may fail with, each one line for the status bar: refused,
#: changed in another window (the store's conflict), offsets, unknown label or value.
EDIT_FAILURES: tuple[type[Exception], ...] = (
    EditRefused,
    StoreError,
    OffsetError,
    KeyError,
    ValueError,
)


@dataclass(frozen=True)
class DocumentState:
    document: Document
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    status: DocStatus


def _renamed(d: Mapping[str, Any]) -> dict[str, Any]:
    """A payload record as written by any version (0.1.0 called the layer "annotator")."""
    d = dict(d)
    if "annotator" in d:
        d.setdefault("layer", d.pop("annotator"))
    return d


def _span(d: Mapping[str, Any]) -> Span:
    d = _renamed(d)
    return Span(**{**d, "attrs": dict(d.get("attrs") or {})})


def _relation(d: Mapping[str, Any]) -> Relation:
    return Relation(**_renamed(d))


class AnnotationSession:
    """``author`` (a person) annotating into ``layer`` (default: the author's own
    analyst layer, of the same name; "gold" is the curation layer)."""

    def __init__(self, project: Project | ProjectStore, author: str, layer: str = "") -> None:
        if not author.strip():
            raise EditRefused("the annotator's name is empty")
        self._store = store_of(project)
        self.project = project if isinstance(project, Project) else Project(self._store)
        self.author = author.strip()
        self.layer = layer.strip() or self.author
        self._store.annotator_id(self.author)
        self._store.layer_id(self.layer, owner=self.author)
        self._stacks = UndoStacks()
        self.reload_history()

    def set_write_wait(self, ms: int) -> None:
        """How long an edit waits for another program's write lock before WriteBusy."""
        self._store.set_busy_timeout(ms)

    def want_write_turn(self, on: bool = True) -> None:
        """Ask other programs' bulk writes (imports) to step aside for a moment, while an
        edit waits; ``on=False`` when none waits any more."""
        if on:
            self._store.want_write_turn()
        else:
            self._store.drop_write_turn()

    @property
    def schema(self) -> Schema:
        schema = self._store.schema.current()
        assert schema is not None
        return schema

    @contextmanager
    def group(self, label: str, doc_id: int | None = None) -> Iterator[int]:
        """Make everything written inside one edit group: one undo step named
        ``label``. Nested calls join the outer group."""
        outer = self._store.group is not None
        with self._store.edit_group(self.author, self.layer, doc_id, label) as group_id:
            yield group_id
        if not outer:
            self._stacks.record(group_id, None)

    # -- reading ---------------------------------------------------------------
    def document(self, doc_id: int) -> Document:
        return self._store.documents.get(doc_id)

    def state(self, doc_id: int) -> DocumentState:
        return DocumentState(
            self._store.documents.get(doc_id),
            tuple(self._store.annotations.spans(doc_id, self.layer)),
            tuple(self._store.annotations.relations(doc_id, self.layer)),
            self._store.status.get(doc_id, self.layer),
        )

    def candidates(self, state: DocumentState, claim: Span, label: str) -> list[Span]:
        """Spans of ``label`` to link ``claim`` to: the nearest preceding first,
        then the rest by distance."""
        others = [s for s in state.spans if s.label == label and s.id != claim.id]
        before = sorted((s for s in others if s.start < claim.start), key=lambda s: -s.start)
        after = sorted((s for s in others if s.start >= claim.start), key=lambda s: s.start)
        return before + after

    # -- spans -----------------------------------------------------------------
    def default_attrs(self, label: str) -> dict[str, Any]:
        return {a.name: a.default for a in self.schema.label(label).attributes if a.default}

    def selection(self, text: str, start: int, end: int, snap: bool) -> tuple[int, int]:
        """The range a span would get for a selection (snapped to words unless exact)."""
        if start > end:
            start, end = end, start
        return snap_to_words(text, start, end) if snap else (start, end)

    def create_span(
        self,
        doc: Document,
        start: int,
        end: int,
        label: str,
        snap: bool = True,
        attrs: Mapping[str, Any] | None = None,
        origin: str = "manual",
    ) -> Span:
        self.schema.label(label)  # KeyError for an unknown label
        start, end = self.selection(doc.text, start, end, snap)
        if start >= end:
            raise EditRefused("nothing selected to tag")
        span = Span(
            None,
            doc.id,
            self.layer,
            label,
            start,
            end,
            doc.text[start:end],
            {**self.default_attrs(label), **(attrs or {})},
            origin,
            self.author,
        )
        with self.group(f"add {label} «{span.text[:30]}»", doc.id):
            return self._store.annotations.add_span(span)

    def update_span(self, span: Span, **changes: Any) -> Span:
        if "start" in changes or "end" in changes:
            doc = self._store.documents.get(span.document_id)
            start, end = changes.get("start", span.start), changes.get("end", span.end)
            if not 0 <= start < end <= len(doc.text):
                raise EditRefused("a span must keep at least one character")
            changes["text"] = doc.text[start:end]
        if "label" in changes:
            self.schema.label(changes["label"])
        label = changes.pop("_label", None) or f"change {span.label} «{span.text[:30]}»"
        with self.group(label, span.document_id):
            return self._store.annotations.update_span(span, changes)

    def relabel(self, span: Span, label: str) -> Span:
        if label == span.label:
            return span
        keep = {a.name for a in self.schema.label(label).attributes}
        attrs = {k: v for k, v in span.attrs.items() if k in keep}
        return self.update_span(
            span,
            label=label,
            attrs={**self.default_attrs(label), **attrs},
            _label=f"relabel {span.label} «{span.text[:30]}» as {label}",
        )

    def set_attr(self, span: Span, name: str, value: Any) -> Span:
        attrs = dict(span.attrs)
        if value in ("", None):
            attrs.pop(name, None)
        else:
            attrs[name] = value
        provenance = {**span.attr_origin, name: {"author": self.author, "origin": "manual"}}
        return self.update_span(
            span, attrs=attrs, attr_origin=provenance, _label=f"set {name} of {span.label}"
        )

    def toggle_clitic(self, span: Span) -> Span:
        """Leave a leading clitic (و، ب، ل، ال، ف) out of the span, or take it back in."""
        doc = self._store.documents.get(span.document_id)
        start, _ = strip_clitic(doc.text, span.start, span.end)
        if start != span.start:
            return self.update_span(span, start=start)
        word_start = span.start
        while word_start > 0 and doc.text[word_start - 1].isalpha():
            word_start -= 1
        if word_start == span.start:
            raise EditRefused("no clitic prefix to leave out or take in")
        return self.update_span(span, start=word_start)

    def delete_span(self, span: Span) -> None:
        with self.group(f"delete {span.label} «{span.text[:30]}»", span.document_id):
            self._store.annotations.delete_span(span)

    # -- relations and speakers ------------------------------------------------
    def link(
        self,
        claim: Span,
        rel_type: str,
        tail: Span | None = None,
        entity_id: int | None = None,
        origin: str = "manual",
    ) -> Relation:
        rt = self.schema.relation_type(rel_type)
        if claim.label != rt.head:
            raise EditRefused(f"{rel_type} links a {rt.head}, not a {claim.label}")
        if tail is not None and tail.label != rt.tail:
            raise EditRefused(f"{rel_type} links to a {rt.tail}, not a {tail.label}")
        for rel in self._store.annotations.relations(claim.document_id, self.layer):
            if (rel.head, rel.type, rel.tail, rel.tail_entity) == (
                claim.id,
                rel_type,
                tail.id if tail else None,
                entity_id,
            ):
                return rel
        rel = Relation(
            None,
            claim.document_id,
            self.layer,
            rel_type,
            claim.id,
            tail.id if tail else None,
            entity_id,
            origin,
            self.author,
        )
        with self.group(f"link {rel_type}", claim.document_id):
            return self._store.annotations.add_relation(rel)

    def unlink(self, rel: Relation) -> None:
        with self.group(f"unlink {rel.type}", rel.document_id):
            self._store.annotations.delete_relation(rel)

    def assign_entity(self, span: Span, entity: Entity) -> Span:
        """Make ``span`` refer to ``entity``; its text becomes one of the entity's aliases.
        The choice offered by a suggestion (``entity_candidates``) is settled with it."""
        doc = self._store.documents.get(span.document_id)
        with self.group(f"speaker {entity.name}", span.document_id):
            self._store.entities.add_alias(entity.id, Alias(span.text.strip(), doc.lang))
            if "entity_candidates" in span.attrs:
                span = self.set_attr(span, "entity_candidates", None)
            return self.set_attr(span, "entity", entity.id)

    def new_entity(self, name: str, span: Span | None = None) -> Entity:
        if not name.strip():
            raise EditRefused("a speaker needs a name")
        aliases = (Alias(name.strip()),)
        if span is not None and span.text.strip() != name.strip():
            doc = self._store.documents.get(span.document_id)
            aliases += (Alias(span.text.strip(), doc.lang),)
        return self._store.entities.add(
            Entity(None, name.strip(), aliases=aliases), self.layer, self.author
        )

    def entity(self, entity_id: int) -> Entity:
        return self._store.entities.get(entity_id)

    def missing(self, doc_id: int) -> list[tuple[Span, str]]:
        """What the article still needs by the schema's checks: (span, message) pairs
        in text order (empty when it can be marked done)."""
        from annotator.core.schema import missing

        state = self.state(doc_id)
        return [(s, c.message) for s, c in missing(self.schema, state.spans, state.relations)]

    # -- status ----------------------------------------------------------------
    def set_status(self, doc_id: int, status: str) -> DocStatus:
        with self.group(f"mark {status}", doc_id):
            return self._store.status.set(doc_id, self.layer, status)

    def add_time(self, doc_id: int, seconds: float) -> None:
        self._store.status.add_time(doc_id, self.layer, seconds)

    def update_document(self, doc_id: int, **fields: str) -> Document:
        with self.group("edit document details", doc_id):
            return self._store.documents.update_fields(doc_id, self.layer, fields)

    def direction(self, doc_id: int) -> str:
        """The article's layout direction: the analyst's override, else the detected one."""
        override = self._store.documents.fields(doc_id)["direction_override"]
        return override or self._store.documents.get(doc_id).direction

    def set_direction(self, doc_id: int, direction: str) -> Document:
        if direction not in ("rtl", "ltr"):
            raise EditRefused(f"direction must be rtl or ltr, not {direction!r}")
        return self.update_document(doc_id, direction_override=direction)

    def entity_name(self, entity_id: int) -> str:
        try:
            return self._store.entities.get(entity_id).name
        except KeyError:
            return f"#{entity_id}"

    def changed_elsewhere(self) -> bool:
        """True once after another window or process committed to the project."""
        if self._store.closed:
            return False
        version = self._store.data_version()
        changed = version != getattr(self, "_data_version", version)
        self._data_version = version
        return changed

    def next_todo(self, after_id: int) -> int | None:
        return self._store.status.next_todo(self.layer, after_id)

    # -- undo / redo -----------------------------------------------------------
    def reload_history(self) -> None:
        groups = self._store.events.groups(self.author, self.layer, UNDOABLE)
        self._stacks = build_stacks((g.id, g.undoes) for g in groups)

    def can_undo(self) -> bool:
        return bool(self._stacks.undo)

    def can_redo(self) -> bool:
        return bool(self._stacks.redo)

    def undo_label(self) -> str:
        """What Undo would undo ("" when nothing)."""
        return self._label(self._stacks.undo[-1]) if self._stacks.undo else ""

    def redo_label(self) -> str:
        """What Redo would redo: the action itself, not its undo ("" when nothing)."""
        return self._label(self._stacks.redo[-1]) if self._stacks.redo else ""

    def undo(self) -> tuple[str, int | None]:
        """Undo the last live edit group; returns (its description, document id)."""
        self.reload_history()
        if not self._stacks.undo:
            raise EditRefused("nothing to undo")
        return self._invert(self._stacks.undo[-1])

    def redo(self) -> tuple[str, int | None]:
        self.reload_history()
        if not self._stacks.redo:
            raise EditRefused("nothing to redo")
        return self._invert(self._stacks.redo[-1])

    def _label(self, group_id: int) -> str:
        """A group's description: its own label, else (an undo written before groups
        had labels) the label of the group it undid, else its first event's."""
        group: EditGroup | None = self._store.events.group(group_id)
        while group is not None:
            if group.label:
                return group.label
            if group.undoes is None:
                break
            group = self._store.events.group(group.undoes)
        events = [e for e in self._store.events.group_events(group_id) if e.action in UNDOABLE]
        return describe(events[0].action, events[0].payload) if events else ""

    def _invert(self, group_id: int) -> tuple[str, int | None]:
        label = self._label(group_id)
        events = [e for e in self._store.events.group_events(group_id) if e.action in UNDOABLE]
        if not events:
            raise EditRefused("that step is no longer in the history")
        doc_id = events[0].document_id
        try:
            with self._store.edit_group(self.author, self.layer, doc_id, label, undoes=group_id):
                for event in reversed(events):
                    action, payload = inverse(LoggedEdit(event.id, event.action, event.payload))
                    self._apply(action, payload, event.document_id, event.layer)
        except ConflictError as exc:
            raise EditRefused(f"cannot undo: {exc}") from exc
        self.reload_history()
        return label, doc_id

    def _apply(self, action: str, p: Mapping[str, Any], doc_id: int | None, layer: str) -> None:
        ann = self._store.annotations
        if action == "span.add":
            ann.add_span(_span(p["span"]))
            for rel in p.get("relations", []):
                ann.add_relation(_relation(rel), log=False)
        elif action == "span.delete":
            ann.delete_span(_span(p["span"]))
        elif action == "span.update":
            before, after = _span(p["before"]), _span(p["after"])
            changes = {
                k: getattr(after, k)
                for k in ("label", "start", "end", "text", "attrs", "attr_origin", "origin")
            }
            ann.update_span(before, changes)
        elif action == "relation.add":
            ann.add_relation(_relation(p["relation"]))
        elif action == "relation.delete":
            ann.delete_relation(_relation(p["relation"]))
        elif action == "status.set":
            self._store.status.set(doc_id, layer, p["after"])
        elif action == "document.update":
            self._store.documents.update_fields(doc_id, layer, p["after"])
        elif action in ("suggestion.reject", "suggestion.restore"):
            record = self._store.suggestions.get(p["id"])
            if record is None:
                raise ConflictError(f"suggestion {p['id']} is gone")
            if action == "suggestion.reject":
                self._store.suggestions.reject(record)
            else:
                self._store.suggestions.restore(record)
        elif action in ("dismissal.add", "dismissal.delete"):
            on = action == "dismissal.add"
            ann.set_dismissed(doc_id, layer, p["start"], p["end"], on)
        elif action == "spans.bulk_delete":
            removed = ann.delete_bulk(p["span_ids"], p["relation_ids"])
            self._store.events.append(layer, doc_id, "spans.bulk_delete", removed)
        elif action == "spans.bulk_add":
            spans = [_span(d) for d in p["spans"]]
            rels = [_relation(d) for d in p["relations"]]
            ann.restore_bulk(spans, rels)
            self._store.events.append(
                layer,
                doc_id,
                "spans.bulk_add",
                {"spans": [s.id for s in spans], "relations": [r.id for r in rels]},
            )
