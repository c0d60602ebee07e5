"""Stored suggestions (pre-annotations) and the memory of rejected ones."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from annotator.core.model import SuggestionRecord
from annotator.store import rows

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

COLUMNS = (
    "g.id, g.document_id, a.name, g.engine, g.label, g.start, g.end, g.text, g.rule, "
    "g.attrs, g.links, g.status"
)
FROM = "FROM suggestions g JOIN layers a ON a.id = g.layer_id"


def _record(r: tuple) -> SuggestionRecord:
    return SuggestionRecord(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8] or "",
        rows.loads(r[9]),
        tuple(json.loads(r[10]) if r[10] else ()),
        r[11],
    )


class SuggestionRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def save(self, records: Iterable[SuggestionRecord]) -> int:
        """Store new suggestions; ones already known (pending or rejected) are kept
        as they are. Returns how many were new."""
        from annotator.store.project import now

        stamp = now()
        n = 0
        with self.store.atomic():
            for s in records:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO suggestions (document_id, layer_id, engine, label, "
                    "start, end, text, rule, attrs, links, status, created_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,'pending',?)",
                    [
                        s.document_id,
                        self.store.layer_id(s.layer),
                        s.engine,
                        s.label,
                        s.start,
                        s.end,
                        s.text,
                        s.rule,
                        rows.dumps(s.attrs),
                        json.dumps(list(s.links), ensure_ascii=False),
                        stamp,
                    ],
                )
                n += cur.rowcount
        return n

    def visible(self, document_id: int, layer: str) -> list[SuggestionRecord]:
        """Pending suggestions of ``layer`` that overlap no span of the same label in
        that layer (a suggestion inside or across a span the analyst already tagged
        with its label is never offered; undoing that span offers it again)."""
        return [
            _record(r)
            for r in self.conn.execute(
                f"SELECT {COLUMNS} {FROM} WHERE g.document_id = ? AND a.name = ? "
                "AND g.status = 'pending' AND NOT EXISTS (SELECT 1 FROM spans s "
                "WHERE s.document_id = g.document_id AND s.layer_id = g.layer_id "
                "AND s.label = g.label AND s.start < g.end AND g.start < s.end) "
                "ORDER BY g.start, g.end DESC",
                [document_id, layer],
            )
        ]

    def get(self, suggestion_id: int) -> SuggestionRecord | None:
        row = self.conn.execute(
            f"SELECT {COLUMNS} {FROM} WHERE g.id = ?", [suggestion_id]
        ).fetchone()
        return _record(row) if row else None

    def reject(self, record: SuggestionRecord) -> None:
        self._set_status(record, "rejected", "suggestion.reject")

    def restore(self, record: SuggestionRecord) -> None:
        """Undo a reject: the suggestion is pending (shown) again."""
        self._set_status(record, "pending", "suggestion.restore")

    def _set_status(self, record: SuggestionRecord, status: str, action: str) -> None:
        with self.store.atomic():
            self.conn.execute("UPDATE suggestions SET status = ? WHERE id = ?", [status, record.id])
            self.store.events.append(
                record.layer,
                record.document_id,
                action,
                {
                    "id": record.id,
                    "engine": record.engine,
                    "label": record.label,
                    "start": record.start,
                    "end": record.end,
                },
            )

    def has_run(self, document_id: int, layer: str) -> bool:
        return (
            self.conn.execute(
                f"SELECT 1 {FROM} WHERE g.document_id = ? AND a.name = ? LIMIT 1",
                [document_id, layer],
            ).fetchone()
            is not None
        )

    def counts(self) -> dict[str, int]:
        return dict(
            self.conn.execute(
                "SELECT engine || ':' || status, count(*) FROM suggestions GROUP BY 1"
            ).fetchall()
        )
