"""The append-only event log: every edit, who made it and when (DESIGN.md section 3)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    at: str
    annotator: str
    document_id: int | None
    action: str
    payload: dict[str, Any]
    undoes: int | None


class EventRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def append(
        self,
        annotator: str,
        document_id: int | None,
        action: str,
        payload: dict[str, Any],
        undoes: int | None = None,
    ) -> int:
        from annotator.store.project import now

        cur = self.conn.execute(
            "INSERT INTO events (at, annotator_id, document_id, action, payload, undoes) "
            "VALUES (?,?,?,?,?,?)",
            [
                now(),
                self.store.annotator_id(annotator),
                document_id,
                action,
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
                undoes,
            ],
        )
        return cur.lastrowid

    def list(
        self, annotator: str | None = None, document_id: int | None = None, limit: int = 1000
    ) -> list[Event]:
        where, params = [], []
        if annotator is not None:
            where.append("a.name = ?")
            params.append(annotator)
        if document_id is not None:
            where.append("e.document_id = ?")
            params.append(document_id)
        sql = (
            "SELECT e.id, e.at, a.name, e.document_id, e.action, e.payload, e.undoes "
            "FROM events e JOIN annotators a ON a.id = e.annotator_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.id DESC LIMIT ?"
        params.append(limit)
        return [
            Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6])
            for r in self.conn.execute(sql, params)
        ]

    def since(self, annotator: str, actions: frozenset[str], limit: int = 5000) -> list[Event]:
        """The annotator's last ``limit`` events among ``actions``, oldest first."""
        q = ",".join("?" * len(actions))
        rows = self.conn.execute(
            "SELECT e.id, e.at, a.name, e.document_id, e.action, e.payload, e.undoes "
            "FROM events e JOIN annotators a ON a.id = e.annotator_id "
            f"WHERE a.name = ? AND e.action IN ({q}) ORDER BY e.id DESC LIMIT ?",
            [annotator, *sorted(actions), limit],
        ).fetchall()
        return [Event(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]) for r in reversed(rows)]

    def last_id(self, annotator: str) -> int | None:
        row = self.conn.execute(
            "SELECT max(e.id) FROM events e JOIN annotators a ON a.id = e.annotator_id "
            "WHERE a.name = ?",
            [annotator],
        ).fetchone()
        return row[0]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM events").fetchone()[0]
