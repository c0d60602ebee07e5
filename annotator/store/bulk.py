"""Bulk writers (imports) and the window taking turns with the write lock.

SQLite gives the write lock to whoever asks at the right moment: a bulk writer that
starts its next transaction at once can keep a window's edit waiting for its whole
length. A window with an edit waiting says so in a small file next to the project
(``<project>-write-wanted``); bulk writers look for it between their batches, end their
transaction and step aside.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

BULK_CHECKPOINT_PAGES = 16_384  # 64 MiB of 4 KiB pages: see BulkWriting.bulk_checkpoints
TURN_STALE_S = 5.0  # a write request not renewed for this long was left by a dead window


class BulkWriting:
    """The write-turn and checkpoint methods of :class:`~annotator.store.ProjectStore`."""

    path: str
    conn: sqlite3.Connection

    @property
    def _turn_file(self) -> Path | None:
        return None if self.path == ":memory:" else Path(f"{self.path}-write-wanted")

    def want_write_turn(self) -> None:
        """Ask bulk writers in other processes to leave the write lock free for a moment
        (call again while still waiting: a request older than TURN_STALE_S is ignored)."""
        if self._turn_file is not None:
            with contextlib.suppress(OSError):  # read-only folder: the edit waits longer
                self._turn_file.touch()

    def drop_write_turn(self) -> None:
        if self._turn_file is not None:
            self._turn_file.unlink(missing_ok=True)

    def write_turn_wanted(self) -> bool:
        """True while a window has a fresh request for the write lock (one ``stat``):
        a bulk writer checks it between batches to end its transaction early."""
        turn = self._turn_file
        if turn is None:
            return False
        try:
            age = time.time() - turn.stat().st_mtime
        except OSError:
            return False  # no request
        return age <= TURN_STALE_S

    def give_way(self, longest_s: float = 0.25) -> None:
        """Between two bulk transactions: while a fresh request is there, wait (up to
        ``longest_s``) so that the window asking can write. The ``-wal`` is copied into
        the database first (a window that can write meanwhile does), so that the
        window's commit does not have to (see :meth:`bulk_checkpoints`)."""
        if not self.write_turn_wanted():
            return
        with suppress(sqlite3.Error):  # busy: another connection is copying it
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        deadline = time.monotonic() + longest_s
        while self.write_turn_wanted() and time.monotonic() < deadline:
            time.sleep(0.01)

    @contextmanager
    def bulk_checkpoints(self, pages: int = BULK_CHECKPOINT_PAGES) -> Iterator[None]:
        """While a bulk write runs on this connection, its commits copy the ``-wal``
        into the database (a checkpoint: two fsyncs) once it holds ``pages`` pages
        rather than SQLite's 1,000: an import of 10,000 articles writes about 70 MB,
        and a checkpoint after each of its transactions made it wait on the disk
        several times as long as the floor. The ``-wal`` stays bounded by ``pages``
        plus one transaction; :meth:`give_way` checkpoints before a window writes."""
        before = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(before)}")
