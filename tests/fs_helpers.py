"""Files that are not what they claim: tiny or read-only file systems, damaged projects."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "400k") -> Iterator[Path | None]:
    """A tmpfs of ``size`` mounted on ``where`` (None when this process may not mount:
    not root, or a container without CAP_SYS_ADMIN); unmounted on exit."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        yield None
        return
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def damage_documents_page(path: Path) -> None:
    """Overwrite the root page of the documents table with garbage (a closed project:
    its WAL is checkpointed into the main file)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 200)


def mark_newer(path: Path, migration: str = "m099_from_the_future") -> None:
    """Record a migration this code does not know, as a newer annotator would."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('annotator', ?, '2030-01-01')",
            [migration],
        )
        conn.execute("ALTER TABLE documents ADD COLUMN summary TEXT")
    conn.close()


def foreign_sqlite(path: Path) -> None:
    """An SQLite file of another program (a browser history, say)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE visits (url TEXT, title TEXT)")
        conn.execute("INSERT INTO visits VALUES ('https://www.bbc.com/persian', 'بی‌بی‌سی فارسی')")
    conn.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
