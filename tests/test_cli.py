"""The annotator command: init, import, stats, export, check, search; errors."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli

from conftest import SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args):
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_every_command_has_help_with_example(runner):
    for name, cmd in cli.commands.items():
        result = invoke(runner, name, "--help")
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help has no example"
        assert cmd.help, name


def test_every_command_is_in_the_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"annotator {name} " not in readme]
    assert missing == []


def test_init_import_stats_export_check(runner, tmp_path):
    db = tmp_path / "news.db"
    assert invoke(runner, "init", db).exit_code == 0
    result = invoke(runner, "import", db, *SEEDS)
    assert result.exit_code == 0, result.output
    assert "imported 5 documents" in result.output
    assert "[utf-8]" in result.output
    again = invoke(runner, "import", db, SEEDS[0].parent)
    assert "imported 0 documents; 5 duplicates skipped" in again.output
    stats = json.loads(invoke(runner, "stats", db, "--json").output)
    assert stats["documents"] == 5
    assert stats["by_lang"] == {"ar": 3, "fa": 2}
    out = tmp_path / "out.jsonl"
    result = invoke(runner, "export", db, "-f", "jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    by_id = {r["id"]: r for r in records}
    for seed in SEEDS:
        rec = by_id[seed.stem]
        raw = seed.read_bytes().decode("utf-8")
        assert rec["text"] == raw
        assert rec["offset_unit"] == "codepoint"
        import hashlib

        assert rec["text_sha256"] == hashlib.sha256(seed.read_bytes()).hexdigest()
    assert invoke(runner, "check", db).exit_code == 0


def test_failed_import_changes_nothing(runner, tmp_path):
    db = tmp_path / "news.db"
    invoke(runner, "init", db)
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "a", "text": "خبر أول"}, ensure_ascii=False)
        + "\n"
        + '{"id": "b", "text": "خبر ثان"\n',
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["import", str(db), str(good)])
    assert result.exit_code == 1
    assert "good.jsonl:2" in result.output and "nothing was imported" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert json.loads(invoke(runner, "stats", db, "--json").output)["documents"] == 0
    result = runner.invoke(cli, ["import", str(db), str(good), "--skip-bad"])
    assert result.exit_code == 0
    assert "imported 1 documents" in result.output


def test_check_finds_tampered_span(runner, tmp_path, seeded):
    from annotator.core.model import Span

    doc = seeded.documents.by_ext_id(SEEDS[2].stem)
    i = doc.text.index("بوتين")
    seeded.annotations.add_span(Span(None, doc.id, "amina", "SPEAKER", i, i + 5, "بوتين"))
    assert invoke(runner, "check", seeded.path).exit_code == 0
    con = sqlite3.connect(seeded.path)
    con.execute("UPDATE spans SET start = start + 1")
    con.commit()
    con.close()
    result = runner.invoke(cli, ["check", seeded.path])
    assert result.exit_code == 1
    assert "1 problems found" in result.output


def test_errors_are_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["stats", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "no such project" in result.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01garbage")
    result = runner.invoke(cli, ["stats", str(junk)])
    assert result.exit_code == 1 and "not an SQLite file" in result.output


def test_search_command(runner, seeded):
    result = invoke(runner, "search", seeded.path, "درگیری‌های")
    assert result.exit_code == 0
    assert result.output.count("\t") >= 2


def test_default_project_is_seeded(tmp_path, monkeypatch):
    from annotator.services.project import default_project_path, open_default_project, store_of

    store = store_of(open_default_project())
    assert store.documents.count() == 5
    assert "Vladimir Putin" in {e.name for e in store.entities.all()}
    assert str(default_project_path()).startswith(str(tmp_path))
    store.close()
    assert store_of(open_default_project()).documents.count() == 5
