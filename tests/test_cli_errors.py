"""The CLI never prints a traceback: one line for known errors, a log file for bugs."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.services import stats

from conftest import SEEDS


@pytest.fixture
def logs(tmp_path, monkeypatch):
    """The user log folder platformdirs picks on Linux, moved into tmp_path."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "annotator" / "log"


@pytest.fixture
def project(tmp_path):
    db = tmp_path / "اخبار.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["import", str(db), str(SEEDS[0])]).exit_code == 0
    return db


def explode(*_args, **_kwargs):
    raise RuntimeError("شکست غیرمنتظره\nدر دو خط")


def test_unexpected_error_is_one_line_and_a_log_file(project, logs, monkeypatch):
    monkeypatch.setattr(stats, "project_stats", explode)
    result = CliRunner().invoke(cli, ["stats", str(project)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "unexpected error (RuntimeError: شکست غیرمنتظره در دو خط)" in lines[0]
    assert "--debug" in lines[0]
    (log,) = logs.glob("crash-*.log")
    assert str(log) in lines[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in explode" in text
    assert "RuntimeError: شکست غیرمنتظره" in text


def test_debug_prints_the_traceback_instead(project, logs, monkeypatch):
    monkeypatch.setattr(stats, "project_stats", explode)
    result = CliRunner().invoke(cli, ["--debug", "stats", str(project)])
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "in explode" in result.stderr
    assert not logs.exists()


def test_log_goes_to_the_temp_folder_when_the_log_folder_cannot_be_made(
    project, tmp_path, monkeypatch
):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(stats, "project_stats", explode)
    result = CliRunner().invoke(cli, ["stats", str(project)])
    assert result.exit_code == 1
    (log,) = (tmp_path / "tmp").glob("crash-*.log")
    assert str(log) in result.stderr


def test_an_os_error_is_a_known_error_naming_the_file(project, logs, monkeypatch):
    def denied(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied", "/srv/اخبار/out.jsonl")

    monkeypatch.setattr(stats, "project_stats", denied)
    result = CliRunner().invoke(cli, ["stats", str(project)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: /srv/اخبار/out.jsonl: Permission denied"
    assert not logs.exists()
