"""The append-only event log and its edit groups (docs/architecture.md, "Edit groups").

Every edit is an event (who, when, which layer, what); the events of one user action
share an edit group, which is one undo step. Nothing here is ever updated or deleted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.model import EditGroup

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    at: str
    layer: str
    document_id: int | None
    action: str
    payload: dict[str, Any]
    undoes: int | None
    author: str = ""
    group_id: int | None = None


_EVENT = (
    "SELECT e.id, e.at, l.name, e.document_id, e.action, e.payload, e.undoes, p.name, e.group_id "
    "FROM events e JOIN layers l ON l.id = e.layer_id LEFT JOIN annotators p ON p.id = e.author_id"
)
_GROUP = (
    "SELECT g.id, g.at, p.name, l.name, g.document_id, g.label, g.undoes FROM edit_groups g "
    "JOIN layers l ON l.id = g.layer_id LEFT JOIN annotators p ON p.id = g.author_id"
)

_INSERT = (
    "INSERT INTO events (at, layer_id, author_id, document_id, action, payload, group_id) "
    "VALUES (?,?,?,?,?,?,?)"
)


def _event(r: tuple) -> Event:
    return Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7] or "", r[8])


def _group(r: tuple) -> EditGroup:
    return EditGroup(r[0], r[1], r[2] or "", r[3], r[4], r[5] or "", r[6])


class EventRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def append(
        self,
        layer: str,
        document_id: int | None,
        action: str,
        payload: dict[str, Any],
        author: str | None = None,
    ) -> int:
        """Log one event in the edit group being written (``store.edit_group``), or in
        a group of its own when none is open."""
        from annotator.store.project import now

        if self.store.group is None:
            with self.store.edit_group(author, layer, document_id, ""):
                return self.append(layer, document_id, action, payload, author)
        group_id, group_author = self.store.group
        cur = self.conn.execute(
            _INSERT,
            [
                now(),
                self.store.layer_id(layer),
                self.store.author_id(author or group_author),
                document_id,
                action,
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
                group_id,
            ],
        )
        return cur.lastrowid

    def append_many(self, events: Sequence[tuple[str, int | None, str, dict[str, Any]]]) -> None:
        """``append(layer, document_id, action, payload)`` of each of ``events`` in order,
        as one ``executemany`` when an edit group is being written (bulk imports)."""
        from annotator.store.project import now

        if self.store.group is None:  # each event is a group of its own, as with append
            for layer, document_id, action, payload in events:
                self.append(layer, document_id, action, payload)
            return
        group_id, group_author = self.store.group
        stamp, author_id = now(), self.store.author_id(group_author)
        layer_id = self.store.layer_id
        self.conn.executemany(
            _INSERT,
            [
                (
                    stamp,
                    layer_id(layer),
                    author_id,
                    document_id,
                    action,
                    json.dumps(payload, ensure_ascii=False, sort_keys=True),
                    group_id,
                )
                for layer, document_id, action, payload in events
            ],
        )

    def list(
        self, layer: str | None = None, document_id: int | None = None, limit: int = 1000
    ) -> list[Event]:
        """The newest events first, optionally of one layer and/or document."""
        where, params = [], []
        if layer is not None:
            where.append("l.name = ?")
            params.append(layer)
        if document_id is not None:
            where.append("e.document_id = ?")
            params.append(document_id)
        sql = _EVENT
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.id DESC LIMIT ?"
        params.append(limit)
        return [_event(r) for r in self.conn.execute(sql, params)]

    def groups(
        self, author: str, layer: str, actions: frozenset[str], limit: int = 5000
    ) -> list[EditGroup]:
        """The author's last ``limit`` edit groups in ``layer`` that hold at least one
        event among ``actions``, oldest first."""
        author_id = self.store.author_id(author)
        layer_id = self.store.find_layer_id(layer)
        if layer_id is None:
            return []
        q = ",".join("?" * len(actions))
        rows = self.conn.execute(
            f"{_GROUP} WHERE g.author_id IS ? AND g.layer_id = ? AND EXISTS (SELECT 1 FROM "
            f"events e WHERE e.group_id = g.id AND e.action IN ({q})) ORDER BY g.id DESC LIMIT ?",
            [author_id, layer_id, *sorted(actions), limit],
        ).fetchall()
        return [_group(r) for r in reversed(rows)]

    def group(self, group_id: int) -> EditGroup | None:
        row = self.conn.execute(f"{_GROUP} WHERE g.id = ?", [group_id]).fetchone()
        return _group(row) if row else None

    def group_events(self, group_id: int) -> list[Event]:
        """The events of one edit group, in the order they were written."""
        return [
            _event(r)
            for r in self.conn.execute(f"{_EVENT} WHERE e.group_id = ? ORDER BY e.id", [group_id])
        ]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM events").fetchone()[0]
