"""Undo and redo computed from the append-only event log, one edit group a step.

Every edit is an event, and the events of one user action (accepting a claim
suggestion with its speaker, date and links; a relabel; a batch import) share an
edit group. Undoing a group appends a new group (``undoes`` = the undone group's id)
whose events apply the inverses in reverse order, and redo undoes the undo. Because
the stacks are derived from the log alone, undo/redo survives a restart and never
rewrites history. Pure functions: the services layer applies the inverses.
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
        "suggestion.reject",
        "suggestion.restore",
        "spans.bulk_add",
        "spans.bulk_delete",
        "dismissal.add",
        "dismissal.delete",
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
    "suggestion.reject": "suggestion.restore",
    "suggestion.restore": "suggestion.reject",
    "spans.bulk_add": "spans.bulk_delete",
    "spans.bulk_delete": "spans.bulk_add",
    "dismissal.add": "dismissal.delete",
    "dismissal.delete": "dismissal.add",
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

    def record(self, group_id: int, undoes: int | None) -> None:
        """Fold one edit group, in log order, into the stacks."""
        if undoes is None:
            self.undo.append(group_id)
            self.redo.clear()
        elif undoes in self.undo:
            self.undo.remove(undoes)
            self.redo.append(group_id)
        elif undoes in self.redo:
            self.redo.remove(undoes)
            self.undo.append(group_id)


def build_stacks(groups: Iterable[tuple[int, int | None]]) -> UndoStacks:
    """Stacks from an author's undoable edit groups in one layer, oldest first, as
    ``(group id, id of the group it undoes or None)``."""
    stacks = UndoStacks()
    for group_id, undoes in groups:
        stacks.record(group_id, undoes)
    return stacks


def inverse(edit: LoggedEdit) -> tuple[str, dict[str, Any]]:
    """The action and payload that cancel ``edit``."""
    p = edit.payload
    action = INVERSE_ACTION[edit.action]
    if edit.action in ("span.add", "span.delete"):
        return action, {"span": p["span"], "relations": p.get("relations", [])}
    if edit.action in ("relation.add", "relation.delete"):
        return action, {"relation": p["relation"]}
    if edit.action.startswith(("suggestion.", "dismissal.")):
        return action, dict(p)
    if edit.action == "spans.bulk_add":
        return action, {"span_ids": p["spans"], "relation_ids": p.get("relations", [])}
    if edit.action == "spans.bulk_delete":
        return action, {"spans": p["spans"], "relations": p.get("relations", [])}
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
    if action.startswith("suggestion."):
        verb = "reject" if action == "suggestion.reject" else "bring back"
        return f"{verb} {payload.get('label', '')} suggestion"
    if action.startswith("dismissal."):
        return (
            "dismiss a disagreement" if action == "dismissal.add" else "bring back a disagreement"
        )
    if action.startswith("spans.bulk"):
        n = len(payload.get("spans", payload.get("span_ids", [])))
        return f"{'add' if action == 'spans.bulk_add' else 'remove'} {n} spans"
    return "edit document details"
