"""What a file is before it is opened as a project: empty, foreign, newer, damaged.

Nothing here writes: a file that is not a project this code can use is refused
before a migration or a journal-mode change could touch a byte of it.
"""

from __future__ import annotations

import sqlite3
from enum import Enum

from annotator.store.errors import (
    DamagedProjectError,
    StoreError,
    damaged_message,
    explain_database_error,
)
from annotator.store.migrations import applied as applied_migrations
from annotator.store.migrations import known


class Kind(Enum):
    """What an existing SQLite file holds."""

    EMPTY = "empty"  # no tables at all (a 0-byte file, or a fresh SQLite file)
    PROJECT = "project"  # an annotator project this code knows how to open


def known_migrations() -> list[str]:
    """Names of every migration this code knows, oldest first."""
    return known()


def inspect_file(conn: sqlite3.Connection, path: str) -> Kind:
    """Classify the SQLite file behind ``conn`` without writing to it.

    Args:
        conn: a connection to the file, before any PRAGMA that writes.
        path: the file's name, for messages.

    Returns:
        Kind.EMPTY or Kind.PROJECT.

    Raises:
        StoreError: a foreign SQLite file, or a project from a newer annotator.
        DamagedProjectError: the file's schema cannot be read.
    """
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        if not tables:
            return Kind.EMPTY
        applied = applied_migrations(conn)
    except sqlite3.DatabaseError as exc:
        raise (
            explain_database_error(exc, path)
            or DamagedProjectError(damaged_message(path, str(exc)))
        ) from exc
    if not applied:
        shown = ", ".join(t for t in tables if not t.startswith("sqlite_"))[:200]
        raise StoreError(
            f"{path}: not an annotator project (an SQLite file of another program, "
            f"with tables {shown}); it was left untouched"
        )
    known = known_migrations()
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{path}: made by a newer annotator (project schema version {len(applied)}, "
            f"this annotator knows versions up to {len(known)}: it lacks {unknown[0]}); "
            "upgrade annotator to open it"
        )
    return Kind.PROJECT


def quick_check(conn: sqlite3.Connection, path: str) -> None:
    """Refuse a damaged project before a command writes into it (PRAGMA quick_check:
    every page and record format, without the index cross-checks of integrity_check).

    Raises:
        DamagedProjectError: naming the first problem SQLite found and how to recover.
    """
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(1)")]
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(damaged_message(path, str(exc))) from exc
    if rows != ["ok"]:
        raise DamagedProjectError(damaged_message(path, " ".join(rows)[:200]))
