"""Files that are not right as projects: empty, foreign, newer, damaged, read-only, on a
full disk, locked. One line each, and the file is left byte-identical."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.store import DamagedProjectError, StoreError, explain_database_error, open_store
from annotator.store.guard import known_migrations

from conftest import INTEROP, ROOT, SEEDS
from fs_helpers import (
    damage_documents_page,
    foreign_sqlite,
    mark_newer,
    remount_read_only,
    tmpfs,
)

DOCCANO = INTEROP / "doccano" / "doccano-examples" / "export" / "sequence_labeling.example.jsonl"
SPEAKERS = ROOT / "resources" / "sample_speakers.json"

# Every command that opens a project it must not create, with the arguments after PROJECT.
READERS = {
    "stats": ["stats", "{p}"],
    "search": ["search", "{p}", "درگیری‌های"],
    "check": ["check", "{p}"],
    "export": ["export", "{p}", "-f", "jsonl", "-o", "{out}"],
    "registry export": ["registry", "export", "{p}", "{out}"],
    "gui": ["gui", "{p}"],
}
WRITERS = {
    "suggest": ["suggest", "{p}"],
    "import-annotations": ["import-annotations", "{p}", str(DOCCANO), "-f", "doccano"],
    "registry import": ["registry", "import", "{p}", str(SPEAKERS)],
}
IMPORT = {"import": ["import", "{p}", str(SEEDS[0])]}


def run(args, p, out):
    filled = [a.format(p=p, out=out) for a in args]
    return CliRunner().invoke(cli, filled)


def assert_one_line(result, *needles):
    assert result.exit_code == 1, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def make_project(path):
    """A project with the seed articles, closed (its WAL checkpointed into the file)."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project

    store = init_project(path)
    import_paths(store, SEEDS)
    store.close()
    return path


@pytest.mark.parametrize("name", [*READERS, *WRITERS])
def test_an_empty_file_is_refused_and_left_empty(tmp_path, name):
    p = tmp_path / "خالی.db"
    p.write_bytes(b"")
    result = run({**READERS, **WRITERS}[name], p, tmp_path / "out.jsonl")
    assert_one_line(result, str(p), "an empty file, not an annotator project")
    assert p.read_bytes() == b""
    assert sorted(x.name for x in tmp_path.iterdir()) == ["خالی.db"]


@pytest.mark.parametrize("name", [*READERS, *WRITERS, *IMPORT])
def test_a_foreign_sqlite_file_is_refused_byte_identical(tmp_path, name):
    p = tmp_path / "history.sqlite"
    foreign_sqlite(p)
    before = p.read_bytes()
    result = run({**READERS, **WRITERS, **IMPORT}[name], p, tmp_path / "out.jsonl")
    assert_one_line(result, str(p), "another program", "visits")
    assert p.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["history.sqlite"]


def test_import_makes_an_empty_file_a_project(tmp_path):
    p = tmp_path / "news.db"
    p.write_bytes(b"")
    result = CliRunner().invoke(cli, ["import", str(p), str(SEEDS[0])])
    assert result.exit_code == 0, result.output
    assert "imported 1 documents" in result.output


@pytest.mark.parametrize("name", [*READERS, *WRITERS, *IMPORT])
def test_a_project_from_a_newer_annotator_is_refused_up_front(tmp_path, name):
    p = make_project(tmp_path / "news.db")
    mark_newer(p)
    before = p.read_bytes()
    result = run({**READERS, **WRITERS, **IMPORT}[name], p, tmp_path / "out.jsonl")
    known = len(known_migrations())
    line = assert_one_line(
        result, "newer annotator", f"schema version {known + 1}", f"up to {known}"
    )
    assert "m099_from_the_future" in line
    assert p.read_bytes() == before


@pytest.mark.parametrize("name", [*WRITERS, *IMPORT])
def test_a_damaged_project_gets_nothing_written(tmp_path, name):
    p = make_project(tmp_path / "news.db")
    damage_documents_page(p)
    before = p.read_bytes()
    result = run({**WRITERS, **IMPORT}[name], p, tmp_path / "out.jsonl")
    assert_one_line(result, str(p), "damaged", '.recover" | sqlite3')
    assert p.read_bytes() == before
    assert not (tmp_path / "news.db-wal").exists() or not (tmp_path / "news.db-wal").stat().st_size


@pytest.mark.parametrize("name", ["stats", "check", "export"])
def test_reading_a_damaged_project_says_so(tmp_path, name):
    p = make_project(tmp_path / "news.db")
    damage_documents_page(p)
    before = p.read_bytes()
    result = run(READERS[name], p, tmp_path / "out.jsonl")
    assert_one_line(result, str(p), "damaged", ".recover")
    assert p.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists()


def test_the_store_refuses_a_damaged_file_when_asked_to_check(tmp_path):
    p = make_project(tmp_path / "news.db")
    damage_documents_page(p)
    with pytest.raises(DamagedProjectError, match="damaged"):
        open_store(p, create=False, check=True)


def test_sqlite_errors_become_one_line_store_errors(tmp_path):
    p = make_project(tmp_path / "news.db")
    ro = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("DELETE FROM settings")
    ro.close()
    err = explain_database_error(readonly.value, str(p))
    assert isinstance(err, StoreError) and "read-only" in str(err)
    full = sqlite3.connect(p)
    full.execute(f"PRAGMA max_page_count = {full.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as disk_full:
        full.execute("INSERT INTO settings VALUES ('k', ?)", ["ی" * 100_000])
    full.close()
    assert "disk is full" in str(explain_database_error(disk_full.value, str(p)))
    assert explain_database_error(ValueError("x"), str(p)) is None


def test_suggest_beside_a_long_import_is_one_line(tmp_path, monkeypatch):
    import annotator.store.project as store_project

    p = make_project(tmp_path / "news.db")
    monkeypatch.setattr(store_project, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # an import in another process holds the write lock
    try:
        result = CliRunner().invoke(cli, ["suggest", str(p)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line(result, str(p), "busy", "run the command again")


@pytest.fixture
def small_disk(tmp_path):
    with tmpfs(tmp_path / "disk", "1m") as where:
        if where is None:
            pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
        yield where


def test_a_full_disk_is_one_line_and_nothing_half_written(tmp_path, small_disk):
    p = make_project(small_disk / "news.db")
    assert sorted(x.name for x in small_disk.iterdir()) == ["news.db"]
    big = tmp_path / "big.jsonl"
    line = '{"id": "a%d", "text": "%s"}\n'
    big.write_text(
        "".join(line % (i, f"خبر {i} درباره‌ی گفت‌وگو. " * 80) for i in range(1000)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["import", str(p), str(big)])
    assert_one_line(result, str(p), "disk is full")
    # the import wrote batches before the disk filled, then removed them: the pages
    # may differ, but the project holds what it held
    # may differ (a -wal may stay), but with room again it opens with what it held
    import shutil

    from annotator.services.project import open_project, store_of

    room = tmp_path / "room"
    room.mkdir()
    for f in small_disk.iterdir():
        shutil.copy(f, room / f.name)
    again = store_of(open_project(room / "news.db"))
    assert again.documents.count() == len(SEEDS)
    assert again.conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0
    assert again.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(SEEDS)
    assert again.integrity_problems() == []
    again.close()


def test_a_read_only_project_is_one_line(tmp_path, small_disk):
    p = make_project(small_disk / "news.db")
    before = p.read_bytes()
    remount_read_only(small_disk)
    for args in (["stats", str(p)], ["import", str(p), str(SEEDS[0])], ["suggest", str(p)]):
        result = CliRunner().invoke(cli, args)
        assert_one_line(result, str(p), "read-only")
    assert p.read_bytes() == before
