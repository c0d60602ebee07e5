"""Open a project file and compose its repositories."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from annotator.store.annotations import AnnotationRepo
from annotator.store.documents import DocumentRepo
from annotator.store.entities import EntityRepo
from annotator.store.errors import ConflictError, StoreError, explain_database_error
from annotator.store.events import EventRepo
from annotator.store.guard import Kind, inspect_file, quick_check
from annotator.store.listing import ListingRepo
from annotator.store.migrations import migrations
from annotator.store.schema_repo import SchemaRepo
from annotator.store.status import StatusRepo
from annotator.store.suggestions import SuggestionRepo

__all__ = ["ConflictError", "ProjectStore", "StoreError", "open_store"]

BUSY_TIMEOUT_MS = 10_000
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectStore:
    """One project = one SQLite file (WAL, foreign keys on, busy timeout)."""

    def __init__(self, db: Database, path: str) -> None:
        self.db = db
        self.path = path
        self.conn: sqlite3.Connection = db.conn
        self.documents = DocumentRepo(self)
        self.schema = SchemaRepo(self)
        self.events = EventRepo(self)
        self.annotations = AnnotationRepo(self)
        self.entities = EntityRepo(self)
        self.status = StatusRepo(self)
        self.listing = ListingRepo(self)
        self.suggestions = SuggestionRepo(self)
        self._annotator_ids: dict[str, int] = {}
        self.closed = False

    @contextmanager
    def atomic(self) -> Iterator[ProjectStore]:
        """A write transaction. The outermost one takes the write lock at once
        (BEGIN IMMEDIATE), so two processes queue instead of failing mid-way."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            with self.db.atomic():
                yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            # ids cached during the transaction may name rows the rollback removed
            self._annotator_ids.clear()
            self.schema._current = None
            raise
        self.conn.execute("COMMIT")

    def annotator_id(self, name: str) -> int:
        """The id of annotator ``name``, created on first use."""
        if name in self._annotator_ids:
            return self._annotator_ids[name]
        row = self.conn.execute("SELECT id FROM annotators WHERE name = ?", [name]).fetchone()
        if row is None:
            with self.atomic():
                self.conn.execute(
                    "INSERT OR IGNORE INTO annotators (name, created_at) VALUES (?, ?)",
                    [name, now()],
                )
            row = self.conn.execute("SELECT id FROM annotators WHERE name = ?", [name]).fetchone()
        self._annotator_ids[name] = row[0]
        return row[0]

    def annotator_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM annotators ORDER BY name")]

    def get_setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks; empty when all is well."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"foreign key: {table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check")
        ]
        return problems

    def data_version(self) -> int:
        """Changes when ANOTHER connection commits (PRAGMA data_version): windows
        poll it to show edits made in another process."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.closed = True
        self.conn.close()


def now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _migrate(db: Database) -> None:
    """Apply pending migrations; if another process applied them at the same
    moment, what it did stands."""
    if not migrations.pending(db):
        return
    try:
        migrations.apply(db)
    except sqlite3.OperationalError:
        if migrations.pending(db):
            raise


def open_store(
    path: str | Path, create: bool = True, adopt_empty: bool | None = None, check: bool = False
) -> ProjectStore:
    """Open (and migrate) the project at ``path``.

    Args:
        path: the project file, or ":memory:".
        create: create the file when it is missing (else StoreError).
        adopt_empty: make an empty file (0 bytes, or SQLite without tables) a project
            (default: the same as ``create``); else StoreError and the file is untouched.
        check: run PRAGMA quick_check first and refuse a damaged file (for commands
            that write).

    Returns:
        The open store.

    Raises:
        StoreError: a folder, a file that is not a project (left byte-identical), a
            project from a newer annotator, a damaged file (DamagedProjectError).
    """
    path = str(path)
    adopt_empty = create if adopt_empty is None else adopt_empty
    if path != ":memory:":
        p = Path(path)
        if p.exists():
            if p.is_dir():
                raise StoreError(f"{path}: is a folder, not a project file")
            if not p.is_file():
                raise StoreError(f"{path}: not a regular file, not a project")
            with p.open("rb") as fh:
                head = fh.read(16)
            if head and head != SQLITE_MAGIC:
                raise StoreError(f"{path}: not an annotator project (not an SQLite file)")
        elif not create:
            raise StoreError(f"{path}: no such project; create it with 'annotator init {path}'")
        else:
            p.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if inspect_file(conn, path) is Kind.EMPTY and not adopt_empty:
            raise StoreError(
                f"{path}: an empty file, not an annotator project; it was left untouched "
                "(create a project with 'annotator init')"
            )
        if check and path != ":memory:":
            quick_check(conn, path)
        if path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk imports touch many pages
        db = Database(conn)
        _migrate(db)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        known = explain_database_error(exc, path)
        raise (known or StoreError(f"{path}: cannot open project: {exc}")) from exc
    return ProjectStore(db, path)
