"""Annotating one project as one annotator: spans, links, status, undo/redo.

Every method commits at once (there is no Save). Undo and redo are derived from the
event log (annotator.core.commands), so they survive a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from annotator.core.model import Alias, DocStatus, Document, Entity, Relation, Schema, Span
from annotator.store import ConflictError, ProjectStore
from annotator.text.tokens import snap_to_words, strip_clitic


class EditRefused(Exception):
    """An edit that cannot be made; the message says why, in one line."""


@dataclass(frozen=True)
class DocumentState:
    document: Document
    spans: tuple[Span, ...]
    relations: tuple[Relation, ...]
    status: DocStatus


def _span(d: Mapping[str, Any]) -> Span:
    return Span(**{**d, "attrs": dict(d.get("attrs") or {})})


def _relation(d: Mapping[str, Any]) -> Relation:
    return Relation(**d)


class AnnotationSession:
    def __init__(self, store: ProjectStore, annotator: str) -> None:
        if not annotator.strip():
            raise EditRefused("the annotator's name is empty")
        self.store = store
        self.annotator = annotator.strip()
        self.store.annotator_id(self.annotator)
        self._stacks = UndoStacks()
        self.reload_history()

    @property
    def schema(self) -> Schema:
        schema = self.store.schema.current()
        assert schema is not None
        return schema

    # -- reading ---------------------------------------------------------------
    def state(self, doc_id: int) -> DocumentState:
        return DocumentState(
            self.store.documents.get(doc_id),
            tuple(self.store.annotations.spans(doc_id, self.annotator)),
            tuple(self.store.annotations.relations(doc_id, self.annotator)),
            self.store.status.get(doc_id, self.annotator),
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
            self.annotator,
            label,
            start,
            end,
            doc.text[start:end],
            {**self.default_attrs(label), **(attrs or {})},
            origin,
        )
        return self._did(self.store.annotations.add_span(span))

    def update_span(self, span: Span, **changes: Any) -> Span:
        if "start" in changes or "end" in changes:
            doc = self.store.documents.get(span.document_id)
            start, end = changes.get("start", span.start), changes.get("end", span.end)
            if not 0 <= start < end <= len(doc.text):
                raise EditRefused("a span must keep at least one character")
            changes["text"] = doc.text[start:end]
        if "label" in changes:
            self.schema.label(changes["label"])
        return self._did(self.store.annotations.update_span(span, changes))

    def relabel(self, span: Span, label: str) -> Span:
        if label == span.label:
            return span
        keep = {a.name for a in self.schema.label(label).attributes}
        attrs = {k: v for k, v in span.attrs.items() if k in keep}
        return self.update_span(span, label=label, attrs={**self.default_attrs(label), **attrs})

    def set_attr(self, span: Span, name: str, value: Any) -> Span:
        attrs = dict(span.attrs)
        if value in ("", None):
            attrs.pop(name, None)
        else:
            attrs[name] = value
        return self.update_span(span, attrs=attrs)

    def toggle_clitic(self, span: Span) -> Span:
        """Leave a leading clitic (و، ب، ل، ال، ف) out of the span, or take it back in."""
        doc = self.store.documents.get(span.document_id)
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
        self.store.annotations.delete_span(span)
        self._did(None)

    # -- relations and speakers ------------------------------------------------
    def link(
        self, claim: Span, rel_type: str, tail: Span | None = None, entity_id: int | None = None
    ) -> Relation:
        rt = self.schema.relation_type(rel_type)
        if claim.label != rt.head:
            raise EditRefused(f"{rel_type} links a {rt.head}, not a {claim.label}")
        if tail is not None and tail.label != rt.tail:
            raise EditRefused(f"{rel_type} links to a {rt.tail}, not a {tail.label}")
        for rel in self.store.annotations.relations(claim.document_id, self.annotator):
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
            self.annotator,
            rel_type,
            claim.id,
            tail.id if tail else None,
            entity_id,
        )
        return self._did(self.store.annotations.add_relation(rel))

    def unlink(self, rel: Relation) -> None:
        self.store.annotations.delete_relation(rel)
        self._did(None)

    def assign_entity(self, span: Span, entity: Entity) -> Span:
        """Make ``span`` refer to ``entity``; its text becomes one of the entity's aliases."""
        doc = self.store.documents.get(span.document_id)
        self.store.entities.add_alias(entity.id, Alias(span.text.strip(), doc.lang))
        return self.set_attr(span, "entity", entity.id)

    def new_entity(self, name: str, span: Span | None = None) -> Entity:
        if not name.strip():
            raise EditRefused("a speaker needs a name")
        aliases = (Alias(name.strip()),)
        if span is not None and span.text.strip() != name.strip():
            doc = self.store.documents.get(span.document_id)
            aliases += (Alias(span.text.strip(), doc.lang),)
        return self.store.entities.add(Entity(None, name.strip(), aliases=aliases), self.annotator)

    # -- status ----------------------------------------------------------------
    def set_status(self, doc_id: int, status: str) -> DocStatus:
        result = self.store.status.set(doc_id, self.annotator, status)
        self._did(None)
        return result

    def add_time(self, doc_id: int, seconds: float) -> None:
        self.store.status.add_time(doc_id, self.annotator, seconds)

    def update_document(self, doc_id: int, **fields: str) -> Document:
        doc = self.store.documents.update_fields(doc_id, self.annotator, fields)
        self._did(None)
        return doc

    def direction(self, doc_id: int) -> str:
        """The article's layout direction: the analyst's override, else the detected one."""
        override = self.store.documents.fields(doc_id)["direction_override"]
        return override or self.store.documents.get(doc_id).direction

    def set_direction(self, doc_id: int, direction: str) -> Document:
        if direction not in ("rtl", "ltr"):
            raise EditRefused(f"direction must be rtl or ltr, not {direction!r}")
        return self.update_document(doc_id, direction_override=direction)

    def entity_name(self, entity_id: int) -> str:
        try:
            return self.store.entities.get(entity_id).name
        except KeyError:
            return f"#{entity_id}"

    def changed_elsewhere(self) -> bool:
        """True once after another window or process committed to the project."""
        if self.store.closed:
            return False
        version = self.store.data_version()
        changed = version != getattr(self, "_data_version", version)
        self._data_version = version
        return changed

    def next_todo(self, after_id: int) -> int | None:
        return self.store.status.next_todo(self.annotator, after_id)

    # -- undo / redo -----------------------------------------------------------
    def reload_history(self) -> None:
        events = self.store.events.since(self.annotator, UNDOABLE)
        self._stacks = build_stacks(
            LoggedEdit(e.id, e.action, e.payload, e.undoes, e.document_id) for e in events
        )

    def _did(self, result: Any) -> Any:
        last = self.store.events.since(self.annotator, UNDOABLE, limit=1)
        if last:
            self._stacks.record(last[0].id, last[0].undoes)
        return result

    def can_undo(self) -> bool:
        return bool(self._stacks.undo)

    def can_redo(self) -> bool:
        return bool(self._stacks.redo)

    def undo(self) -> tuple[str, int | None]:
        """Undo the last live edit; returns (description, document id)."""
        self.reload_history()
        if not self._stacks.undo:
            raise EditRefused("nothing to undo")
        return self._invert(self._stacks.undo[-1])

    def redo(self) -> tuple[str, int | None]:
        self.reload_history()
        if not self._stacks.redo:
            raise EditRefused("nothing to redo")
        return self._invert(self._stacks.redo[-1])

    def _invert(self, event_id: int) -> tuple[str, int | None]:
        event = self._event(event_id)
        action, payload = inverse(LoggedEdit(event.id, event.action, event.payload))
        try:
            self._apply(action, payload, event.document_id, event.id)
        except ConflictError as exc:
            raise EditRefused(f"cannot undo: {exc}") from exc
        self._did(None)
        return describe(event.action, event.payload), event.document_id

    def _event(self, event_id: int):
        for e in self.store.events.since(self.annotator, UNDOABLE):
            if e.id == event_id:
                return e
        raise EditRefused(f"event {event_id} is no longer in the history")

    def _apply(self, action: str, p: Mapping[str, Any], doc_id: int | None, undoes: int) -> None:
        ann = self.store.annotations
        with self.store.atomic():
            if action == "span.add":
                ann.add_span(_span(p["span"]), undoes=undoes)
                for rel in p.get("relations", []):
                    ann.add_relation(_relation(rel), log=False)
            elif action == "span.delete":
                ann.delete_span(_span(p["span"]), undoes=undoes)
            elif action == "span.update":
                before, after = _span(p["before"]), _span(p["after"])
                changes = {
                    k: getattr(after, k)
                    for k in ("label", "start", "end", "text", "attrs", "origin")
                }
                ann.update_span(before, changes, undoes=undoes)
            elif action == "relation.add":
                ann.add_relation(_relation(p["relation"]), undoes=undoes)
            elif action == "relation.delete":
                ann.delete_relation(_relation(p["relation"]), undoes=undoes)
            elif action == "status.set":
                self.store.status.set(doc_id, self.annotator, p["after"], undoes=undoes)
            elif action == "document.update":
                self.store.documents.update_fields(doc_id, self.annotator, p["after"], undoes)
