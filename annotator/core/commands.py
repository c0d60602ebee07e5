"""Undo and redo computed from the append-only event log.

Every edit is an event; undoing it appends a new event (``undoes`` = the undone
event's id) that applies the inverse, and redo undoes the undo. Because the stacks
are derived from the log alone, undo/redo survives a restart and never rewrites
history. Pure functions: the services layer applies the inverses to the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

UNDOABLE = frozenset(
    {
        "span.add",
        "span.delete",
        "span.update",
        "relation.add",
        "relation.delete",
        "status.set",
        "document.update",
    }
)

INVERSE_ACTION = {
    "span.add": "span.delete",
    "span.delete": "span.add",
    "span.update": "span.update",
    "relation.add": "relation.delete",
    "relation.delete": "relation.add",
    "status.set": "status.set",
    "document.update": "document.update",
}


@dataclass(frozen=True, slots=True)
class LoggedEdit:
    """The part of an event the undo logic needs."""

    id: int
    action: str
    payload: Mapping[str, Any]
    undoes: int | None = None
    document_id: int | None = None


@dataclass
class UndoStacks:
    """Ids of events whose effect is live (undo) and of undo events (redo)."""

    undo: list[int] = field(default_factory=list)
    redo: list[int] = field(default_factory=list)

    def record(self, event_id: int, undoes: int | None) -> None:
        """Fold one event, in log order, into the stacks."""
        if undoes is None:
            self.undo.append(event_id)
            self.redo.clear()
        elif undoes in self.undo:
            self.undo.remove(undoes)
            self.redo.append(event_id)
        elif undoes in self.redo:
            self.redo.remove(undoes)
            self.undo.append(event_id)


def build_stacks(events: Iterable[LoggedEdit]) -> UndoStacks:
    """Stacks from an annotator's undoable events, oldest first."""
    stacks = UndoStacks()
    for event in events:
        if event.action in UNDOABLE:
            stacks.record(event.id, event.undoes)
    return stacks


def inverse(edit: LoggedEdit) -> tuple[str, dict[str, Any]]:
    """The action and payload that cancel ``edit``."""
    p = edit.payload
    action = INVERSE_ACTION[edit.action]
    if edit.action in ("span.add", "span.delete"):
        return action, {"span": p["span"], "relations": p.get("relations", [])}
    if edit.action in ("relation.add", "relation.delete"):
        return action, {"relation": p["relation"]}
    return action, {"before": p["after"], "after": p["before"]}


def describe(action: str, payload: Mapping[str, Any]) -> str:
    """A short human description, for the Undo menu item and the status bar."""
    if action.startswith("span."):
        span = payload.get("span") or payload.get("after") or {}
        verb = {"span.add": "add", "span.delete": "delete", "span.update": "change"}[action]
        return f"{verb} {span.get('label', '')} «{str(span.get('text', ''))[:30]}»"
    if action.startswith("relation."):
        rel = payload["relation"]
        verb = "link" if action == "relation.add" else "unlink"
        return f"{verb} {rel.get('type', '')}"
    if action == "status.set":
        return f"mark {payload['after']}"
    return "edit document details"
