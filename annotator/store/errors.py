"""Errors the store raises; messages are one line and name what is at fault."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A project file cannot be opened or a write is not allowed."""


class ConflictError(StoreError):
    """Another window changed or removed the same record since it was read."""


class BusyError(StoreError):
    """Another connection holds the write lock for longer than this one waits."""


class DamagedProjectError(StoreError):
    """The project file is corrupt; nothing may be written into it."""


# SQLite's primary result codes (the low byte of an extended code)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def busy_message(path: str) -> str:
    """One line: another program holds the write lock; nothing was written."""
    return (
        f"{path}: the project is busy: another program (an import, suggest, a window) "
        "held its write lock too long; this change was not written, "
        "run the command again when the other one is done"
    )


def damaged_message(path: str, detail: str) -> str:
    """One line: the file is damaged, nothing was written, and how to recover it."""
    return (
        f"{path}: the project file is damaged ({detail}); nothing was written to it. "
        f"Recover what is readable into a new file with: "
        f'sqlite3 {path} ".recover" | sqlite3 {path}.recovered, then check the copy '
        f"with 'annotator check {path}.recovered'"
    )


def explain_database_error(exc: BaseException, path: str) -> StoreError | None:
    """A one-line StoreError for an SQLite failure a user can act on (a damaged or
    foreign file, a lock held too long, a read-only file, a full disk), else None.

    Args:
        exc: any exception; only sqlite3 errors are explained.
        path: the project file, named in the message.

    Returns:
        The StoreError to show, or None when ``exc`` is not such a failure.
    """
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    if code == SQLITE_CORRUPT or "malformed" in text:
        return DamagedProjectError(damaged_message(path, text))
    if code == SQLITE_NOTADB or "not a database" in text:
        return StoreError(f"{path}: not an annotator project (not an SQLite file)")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return BusyError(busy_message(path))
    if (
        code == SQLITE_READONLY
        or "readonly" in text
        or (code == SQLITE_CANTOPEN and path_exists(path) and not writable(path))
    ):
        return StoreError(
            f"{path}: the project (or its folder) is read-only; nothing was written "
            "(copy it somewhere writable, or check its permissions)"
        )
    if code == SQLITE_FULL or "full" in text:
        return StoreError(
            f"{path}: the disk is full; nothing was written (free some space and try again)"
        )
    if code == SQLITE_IOERR or "disk I/O" in text:
        return StoreError(f"{path}: the disk failed to read or write ({text}); nothing was written")
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return StoreError(f"{path}: cannot open the project file (does its folder exist?)")
    return None


def path_exists(path: str) -> bool:
    return Path(path).exists()


def writable(path: str) -> bool:
    """Whether the file and its folder (where SQLite keeps -wal and -shm) may be written;
    False on a read-only file system even for root."""
    folder = Path(path).resolve().parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
