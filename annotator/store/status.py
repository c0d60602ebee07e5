"""Per-annotator document status (todo / in_progress / done / skipped) and time spent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.model import STATUSES, DocStatus

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class StatusRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def get(self, document_id: int, annotator: str) -> DocStatus:
        row = self.conn.execute(
            "SELECT d.status, d.seconds FROM doc_status d JOIN annotators a "
            "ON a.id = d.annotator_id WHERE d.document_id = ? AND a.name = ?",
            [document_id, annotator],
        ).fetchone()
        if row is None:
            return DocStatus(document_id, annotator)
        return DocStatus(document_id, annotator, row[0], row[1] or 0.0)

    def set(
        self, document_id: int, annotator: str, status: str, undoes: int | None = None
    ) -> DocStatus:
        from annotator.store.project import now

        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        with self.store.atomic():
            before = self.get(document_id, annotator)
            self.conn.execute(
                "INSERT INTO doc_status (document_id, annotator_id, status, seconds, updated_at) "
                "VALUES (?,?,?,0,?) ON CONFLICT(document_id, annotator_id) DO UPDATE SET "
                "status = excluded.status, updated_at = excluded.updated_at",
                [document_id, self.store.annotator_id(annotator), status, now()],
            )
            self.store.events.append(
                annotator,
                document_id,
                "status.set",
                {"before": before.status, "after": status},
                undoes,
            )
        return self.get(document_id, annotator)

    def add_time(self, document_id: int, annotator: str, seconds: float) -> None:
        """Add reading time (not an undoable edit, so not logged as an event)."""
        from annotator.store.project import now

        if seconds <= 0:
            return
        with self.store.atomic():
            self.conn.execute(
                "INSERT INTO doc_status (document_id, annotator_id, status, seconds, updated_at) "
                "VALUES (?,?,'in_progress',?,?) ON CONFLICT(document_id, annotator_id) DO UPDATE "
                "SET seconds = seconds + excluded.seconds, updated_at = excluded.updated_at",
                [document_id, self.store.annotator_id(annotator), seconds, now()],
            )

    def counts(self, annotator: str) -> dict[str, int]:
        """Documents per status for ``annotator`` (documents never touched are todo)."""
        counts = dict.fromkeys(STATUSES, 0)
        total = self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        for status, n in self.conn.execute(
            "SELECT d.status, count(*) FROM doc_status d JOIN annotators a "
            "ON a.id = d.annotator_id WHERE a.name = ? GROUP BY d.status",
            [annotator],
        ):
            counts[status] = n
        counts["todo"] = total - sum(v for k, v in counts.items() if k != "todo")
        return counts

    def statuses(self, document_ids: list[int], annotator: str) -> dict[int, str]:
        if not document_ids:
            return {}
        q = ",".join("?" * len(document_ids))
        return dict(
            self.conn.execute(
                f"SELECT d.document_id, d.status FROM doc_status d JOIN annotators a "
                f"ON a.id = d.annotator_id WHERE a.name = ? AND d.document_id IN ({q})",
                [annotator, *document_ids],
            ).fetchall()
        )

    def next_todo(self, annotator: str, after_id: int = 0) -> int | None:
        """The next document (by id, wrapping round) that is neither done nor skipped."""
        sql = (
            "SELECT id FROM documents WHERE id {op} ? AND id NOT IN ("
            "SELECT d.document_id FROM doc_status d JOIN annotators a ON a.id = d.annotator_id "
            "WHERE a.name = ? AND d.status IN ('done', 'skipped')) ORDER BY id LIMIT 1"
        )
        row = self.conn.execute(sql.format(op=">"), [after_id, annotator]).fetchone()
        if row is None:
            row = self.conn.execute(sql.format(op=">="), [0, annotator]).fetchone()
        return row[0] if row else None
