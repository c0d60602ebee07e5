"""Per-layer document status (todo / in_progress / done / skipped) and time spent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.model import STATUSES, DocStatus
from annotator.store.documents import PUBLISHED

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class StatusRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def get(self, document_id: int, layer: str) -> DocStatus:
        row = self.conn.execute(
            "SELECT d.status, d.seconds FROM doc_status d JOIN layers a "
            "ON a.id = d.layer_id WHERE d.document_id = ? AND a.name = ?",
            [document_id, layer],
        ).fetchone()
        if row is None:
            return DocStatus(document_id, layer)
        return DocStatus(document_id, layer, row[0], row[1] or 0.0)

    def set(self, document_id: int, layer: str, status: str) -> DocStatus:
        from annotator.store.project import now

        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        with self.store.atomic():
            before = self.get(document_id, layer)
            self.conn.execute(
                "INSERT INTO doc_status (document_id, layer_id, status, seconds, updated_at) "
                "VALUES (?,?,?,0,?) ON CONFLICT(document_id, layer_id) DO UPDATE SET "
                "status = excluded.status, updated_at = excluded.updated_at",
                [document_id, self.store.layer_id(layer), status, now()],
            )
            self.store.events.append(
                layer,
                document_id,
                "status.set",
                {"before": before.status, "after": status},
            )
        return self.get(document_id, layer)

    def add_time(self, document_id: int, layer: str, seconds: float) -> None:
        """Add reading time (not an undoable edit, so not logged as an event)."""
        from annotator.store.project import now

        if seconds <= 0:
            return
        with self.store.atomic():
            self.conn.execute(
                "INSERT INTO doc_status (document_id, layer_id, status, seconds, updated_at) "
                "VALUES (?,?,'in_progress',?,?) ON CONFLICT(document_id, layer_id) DO UPDATE "
                "SET seconds = seconds + excluded.seconds, updated_at = excluded.updated_at",
                [document_id, self.store.layer_id(layer), seconds, now()],
            )

    def put(self, document_id: int, layer: str, status: str, seconds: float) -> None:
        """Set status and time exactly (a merge brings another file's values); the
        status change is logged as an event, so it undoes with the merge."""
        from annotator.store.project import now

        with self.store.atomic():
            before = self.get(document_id, layer)
            self.conn.execute(
                "INSERT INTO doc_status (document_id, layer_id, status, seconds, updated_at) "
                "VALUES (?,?,?,?,?) ON CONFLICT(document_id, layer_id) DO UPDATE SET "
                "status = excluded.status, seconds = excluded.seconds, "
                "updated_at = excluded.updated_at",
                [document_id, self.store.layer_id(layer), status, seconds, now()],
            )
            if before.status != status:
                self.store.events.append(
                    layer, document_id, "status.set", {"before": before.status, "after": status}
                )

    def counts(self, layer: str) -> dict[str, int]:
        """Documents per status for ``layer`` (documents never touched are todo)."""
        counts = dict.fromkeys(STATUSES, 0)
        total = self.conn.execute(f"SELECT count(*) FROM documents WHERE {PUBLISHED}").fetchone()[0]
        for status, n in self.conn.execute(
            "SELECT d.status, count(*) FROM doc_status d JOIN layers a "
            "ON a.id = d.layer_id WHERE a.name = ? GROUP BY d.status",
            [layer],
        ):
            counts[status] = n
        counts["todo"] = total - sum(v for k, v in counts.items() if k != "todo")
        return counts

    def statuses(self, document_ids: list[int], layer: str) -> dict[int, str]:
        if not document_ids:
            return {}
        q = ",".join("?" * len(document_ids))
        return dict(
            self.conn.execute(
                f"SELECT d.document_id, d.status FROM doc_status d JOIN layers a "
                f"ON a.id = d.layer_id WHERE a.name = ? AND d.document_id IN ({q})",
                [layer, *document_ids],
            ).fetchall()
        )

    def next_todo(self, layer: str, after_id: int = 0) -> int | None:
        """The next document (by id, wrapping round) that is neither done nor skipped."""
        sql = (
            "SELECT id FROM documents WHERE id {op} ? AND " + PUBLISHED + " AND id NOT IN ("
            "SELECT d.document_id FROM doc_status d JOIN layers a ON a.id = d.layer_id "
            "WHERE a.name = ? AND d.status IN ('done', 'skipped')) ORDER BY id LIMIT 1"
        )
        row = self.conn.execute(sql.format(op=">"), [after_id, layer]).fetchone()
        if row is None:
            row = self.conn.execute(sql.format(op=">="), [0, layer]).fetchone()
        return row[0] if row else None
