"""Open a project file and compose its repositories."""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from annotator.core.model import GOLD_LAYER, Layer
from annotator.store.annotations import AnnotationRepo
from annotator.store.bulk import BulkWriting
from annotator.store.documents import DocumentRepo
from annotator.store.entities import EntityRepo
from annotator.store.errors import (
    SQLITE_BUSY,
    SQLITE_LOCKED,
    BusyError,
    ConflictError,
    StoreError,
    busy_message,
    explain_database_error,
)
from annotator.store.events import EventRepo
from annotator.store.guard import Kind, inspect_file, quick_check
from annotator.store.listing import ListingRepo
from annotator.store.migrations import migrate
from annotator.store.models import ModelRepo
from annotator.store.schema_repo import SchemaRepo
from annotator.store.status import StatusRepo
from annotator.store.suggestions import SuggestionRepo

__all__ = ["ConflictError", "ProjectStore", "StoreError", "open_store"]

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: Import batches this process is writing now (others found in a file are left over).
_RUNNING_IMPORTS: set[str] = set()
SQLITE_MAGIC = b"SQLite format 3\x00"


class ProjectStore(BulkWriting):
    """One project = one SQLite file (WAL, foreign keys on, busy timeout)."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.path = path
        self.conn = conn
        self._savepoints = itertools.count(1)
        self.documents = DocumentRepo(self)
        self.schema = SchemaRepo(self)
        self.events = EventRepo(self)
        self.annotations = AnnotationRepo(self)
        self.entities = EntityRepo(self)
        self.status = StatusRepo(self)
        self.listing = ListingRepo(self)
        self.suggestions = SuggestionRepo(self)
        self.models = ModelRepo(self)
        self._annotator_ids: dict[str, int] = {}
        self._layer_ids: dict[str, int] = {}
        self.group: tuple[int, str | None] | None = None  # (edit group id, author) being written
        self.closed = False

    @contextmanager
    def atomic(self, savepoint: bool = True) -> Iterator[ProjectStore]:
        """A write transaction. The outermost one takes the write lock at once
        (BEGIN IMMEDIATE), so two processes queue instead of failing mid-way. Nested,
        it is a savepoint, undone alone on an error; ``savepoint=False`` when the
        caller's failure undoes the whole transaction anyway (a bulk import: SQLite
        keeps a copy of every page first written inside a savepoint, and FTS5 writes
        its pending terms out at every savepoint)."""
        if self.conn.in_transaction:
            if not savepoint:
                yield self
                return
            with self._savepoint():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
                raise BusyError(busy_message(self.path)) from exc
            raise
        try:
            if savepoint:
                with self._savepoint():
                    yield self
            else:
                yield self  # no savepoint inside: SQLite and FTS5 do less work per commit
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            # ids cached during the transaction may name rows the rollback removed
            self._annotator_ids.clear()
            self._layer_ids.clear()
            self.schema._current = None
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A savepoint in the open transaction, undone alone on an error (unless the
        error already ended the whole transaction: then the error alone goes on)."""
        name = f"sp_{next(self._savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another connection's lock before BusyError (the
        window waits briefly and queues the edit; commands wait longer)."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def annotator_id(self, name: str) -> int:
        """The id of the analyst (a person) ``name``, created on first use."""
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

    def author_id(self, name: str | None) -> int | None:
        """The person's id, or None for an unknown author ("")."""
        return self.annotator_id(name) if name else None

    def annotator_names(self) -> list[str]:
        """The people who have written into this project."""
        return [r[0] for r in self.conn.execute("SELECT name FROM annotators ORDER BY name")]

    def layer_id(self, name: str, kind: str = "", owner: str = "", source: str = "") -> int:
        """The id of layer ``name``, created on first use. A new layer's kind is
        ``kind`` if given, else "curation" for the gold layer, "imported" for an
        ``import:*`` name, else "analyst" owned by ``owner`` (default: the person of
        the same name)."""
        if name in self._layer_ids:
            return self._layer_ids[name]
        row = self.conn.execute("SELECT id FROM layers WHERE name = ?", [name]).fetchone()
        if row is None:
            kind = kind or (
                "curation"
                if name == GOLD_LAYER
                else "imported"
                if name.startswith("import:")
                else "analyst"
            )
            with self.atomic():
                owner_id = self.annotator_id(owner or name) if kind == "analyst" else None
                self.conn.execute(
                    "INSERT OR IGNORE INTO layers (name, created_at, kind, source, owner_id) "
                    "VALUES (?,?,?,?,?)",
                    [name, now(), kind, source, owner_id],
                )
            row = self.conn.execute("SELECT id FROM layers WHERE name = ?", [name]).fetchone()
        self._layer_ids[name] = row[0]
        return row[0]

    def find_layer_id(self, name: str) -> int | None:
        """The id of an existing layer, or None (never creates one)."""
        if name in self._layer_ids:
            return self._layer_ids[name]
        row = self.conn.execute("SELECT id FROM layers WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def layers(self) -> list[Layer]:
        return [
            Layer(r[0], r[1], r[2], r[3] or "", r[4] or "")
            for r in self.conn.execute(
                "SELECT l.id, l.name, l.kind, a.name, l.source FROM layers l "
                "LEFT JOIN annotators a ON a.id = l.owner_id ORDER BY l.name"
            )
        ]

    def layer_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM layers ORDER BY name")]

    @contextmanager
    def edit_group(
        self,
        author: str | None,
        layer: str,
        document_id: int | None,
        label: str,
        undoes: int | None = None,
    ) -> Iterator[int]:
        """One user action: a transaction whose events all belong to one new edit
        group (one undo step). Nested groups join the outer one. Yields the group id."""
        if self.group is not None:
            yield self.group[0]
            return
        with self.atomic():
            cur = self.conn.execute(
                "INSERT INTO edit_groups (at, author_id, layer_id, document_id, label, undoes) "
                "VALUES (?,?,?,?,?,?)",
                [now(), self.author_id(author), self.layer_id(layer), document_id, label, undoes],
            )
            self.group = (cur.lastrowid, author)
            try:
                yield cur.lastrowid
            finally:
                self.group = None

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

    # -- imports in short transactions ----------------------------------------
    def begin_import_batch(self) -> str:
        """Start an import whose documents stay invisible until published."""
        import os
        import socket
        import uuid

        batch = uuid.uuid4().hex
        stamp = now()
        with self.atomic(savepoint=False):
            self.conn.execute(
                "INSERT INTO import_batches (id, pid, host, started_at, heartbeat) "
                "VALUES (?,?,?,?,?)",
                [batch, os.getpid(), socket.gethostname(), stamp, stamp],
            )
        _RUNNING_IMPORTS.add(batch)
        return batch

    def publish_import_batch(self, batch: str) -> int:
        """Make the batch's documents visible, in one short transaction; returns how many."""
        with self.atomic(savepoint=False):
            cur = self.conn.execute("DELETE FROM staged_documents WHERE batch = ?", [batch])
            self.conn.execute("DELETE FROM import_batches WHERE id = ?", [batch])
        _RUNNING_IMPORTS.discard(batch)
        return cur.rowcount

    def discard_import_batch(self, batch: str) -> int:
        """Remove what an unfinished import wrote; returns how many documents."""
        _RUNNING_IMPORTS.discard(batch)  # even if removing fails: the next open retries
        with self.atomic():
            n = self.documents.discard_unpublished(batch)
            self.conn.execute("DELETE FROM import_batches WHERE id = ?", [batch])
        return n

    def recover_import_batches(self, stale_after_s: float = 3600.0) -> int:
        """Discard imports whose process is gone (on this machine) or that gave no sign
        of life for ``stale_after_s``: an import killed half-way leaves nothing."""
        import os
        import socket
        from datetime import UTC, datetime

        host = socket.gethostname()
        removed = 0
        for batch, pid, where, heartbeat in self.conn.execute(
            "SELECT id, pid, host, heartbeat FROM import_batches"
        ).fetchall():
            age = (datetime.now(UTC) - datetime.fromisoformat(heartbeat)).total_seconds()
            # on another machine sharing the file, trust the heartbeat for a while
            here = where == host
            if here and pid == os.getpid():
                alive = batch in _RUNNING_IMPORTS  # this process: is it still importing?
            else:
                alive = _alive(pid) if here else age < stale_after_s
            if not alive:
                removed += self.discard_import_batch(batch)
        return removed

    def touch_import_batch(self, batch: str) -> None:
        """Say the import is alive (call inside its transactions)."""
        self.conn.execute("UPDATE import_batches SET heartbeat = ? WHERE id = ?", [now(), batch])

    def checkpoint(self) -> bool:
        """Copy every committed page from the ``-wal`` file into the database file and
        empty the ``-wal`` (``PRAGMA wal_checkpoint(TRUNCATE)``), so the ``.db`` alone
        holds all the data. False when another connection kept part of it back (it is
        then written by that connection's own checkpoint or close)."""
        if self.closed or self.path == ":memory:":
            return True
        busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

    def close(self) -> None:
        """Checkpoint (the ``.db`` alone holds everything), then close; twice is harmless."""
        if self.closed:
            return
        with suppress(sqlite3.Error):  # SQLite checkpoints again as its last connection closes
            self.checkpoint()
        self.closed = True
        self.conn.close()


def _alive(pid: int) -> bool:
    """True while process ``pid`` runs on this machine."""
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds")


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
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite_utils always set it
        migrate(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        known = explain_database_error(exc, path)
        raise (known or StoreError(f"{path}: cannot open project: {exc}")) from exc
    store = ProjectStore(conn, path)
    if conn.execute("SELECT 1 FROM import_batches LIMIT 1").fetchone():
        try:
            store.recover_import_batches()
        except (sqlite3.DatabaseError, StoreError) as exc:  # read-only, locked: next time
            log.warning("%s: could not clear an unfinished import yet: %s", path, exc)
    return store
