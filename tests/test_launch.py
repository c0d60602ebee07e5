"""Starting the program: ``python -m annotator``, no display, the license in the wheel."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT


def run_module(args, tmp_path, drop=(), **extra):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(PYTHONPATH=str(ROOT), ANNOTATOR_HOME=str(tmp_path / "home"), **extra)
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )


def test_python_dash_m_runs_the_cli(tmp_path):
    version = run_module(["--version"], tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("annotator, version ")
    db = tmp_path / "خبرها.db"
    init = run_module(["init", str(db)], tmp_path)
    assert init.returncode == 0, init.stderr
    assert "labels: SPEAKER" in init.stdout
    assert db.exists()


NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland")


@linux_only
def test_no_display_is_one_line_not_a_qt_abort(tmp_path):
    for args in ([], ["gui"], ["gui", str(tmp_path / "p.db")]):
        result = run_module(args, tmp_path, drop=NO_DISPLAY)
        assert result.returncode == 1, (args, result.returncode, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "no display" in lines[0]
        assert "QT_QPA_PLATFORM=offscreen" in lines[0]
        assert "xvfb-run" in lines[0]
        assert "Traceback" not in result.stderr
    # nothing was created on the way: neither the default project nor the named one
    assert not (tmp_path / "home").exists()
    assert not (tmp_path / "p.db").exists()


@linux_only
def test_an_empty_display_variable_counts_as_none(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY}
    env.update(DISPLAY="", PYTHONPATH=str(ROOT), ANNOTATOR_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr
