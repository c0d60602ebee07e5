"""Every edit is in SQLite the moment it is made: SIGKILL loses nothing, and two
processes on one file neither corrupt it nor silently overwrite each other."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.checking import check_project
from annotator.services.project import open_project, store_of

from conftest import ROOT, SEEDS

DRIVER = ROOT / "tests" / "gui_driver.py"
WORDS = ["بوتين", "إيمانويل", "الكرملين"]


def run_driver(path, *args, wait_ready=True):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = []
    if wait_ready:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == "READY":
                break
        else:
            pytest.fail("driver ended early: " + proc.stderr.read()[-2000:])
    return proc, lines


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_loses_no_edit(seeded):
    path = seeded.path
    ext_id = SEEDS[3].stem
    seeded.close()
    proc, lines = run_driver(path, ext_id, "tag", *WORDS)
    assert lines[:3] == [f"tagged {w}" for w in WORDS]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=20)
    assert proc.returncode == -signal.SIGKILL

    store = store_of(open_project(path))
    doc = store.documents.by_ext_id(ext_id)
    spans = store.annotations.spans(doc.id, "driver")
    assert sorted(s.text for s in spans) == sorted(WORDS)
    assert all(doc.text[s.start : s.end] == s.text for s in spans)
    assert check_project(store) == []
    # and the edits are undoable after the restart
    session = AnnotationSession(store, "driver")
    assert session.can_undo()
    session.undo()
    assert len(store.annotations.spans(doc.id, "driver")) == 2


def test_second_process_edit_is_seen_and_not_overwritten(qtbot, seeded):
    ext_id = SEEDS[3].stem
    doc = seeded.documents.by_ext_id(ext_id)
    window = MainWindow(AnnotationSession(seeded, "driver"), Settings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.controller.open_document(doc.id)
    window.view.setFocus()
    start = doc.text.index("بوتين")
    window.view.select(start, start + 5)
    QTest.keyClick(window.view, Qt.Key.Key_1)
    mine = window.controller.selected
    assert mine.label == "SPEAKER"

    # another process relabels the same span...
    proc, _ = run_driver(seeded.path, ext_id, "relabel", "بوتين", "CLAIM")
    proc.wait(timeout=30)
    assert proc.returncode == 0, proc.stderr.read()

    # ...so this window's relabel is refused instead of overwriting it
    window.view.select(start + 5, start + 5)
    window.controller.select_span(mine)
    QTest.keyClick(window.view, Qt.Key.Key_3)
    assert "another window" in window.statusBar().currentMessage()
    assert seeded.annotations.span(mine.id).label == "CLAIM"
    # the poll shows the other process's version
    window._check_other_windows()
    assert [s.label for s in window.view.spans] == ["CLAIM"]
    assert seeded.integrity_problems() == []
    window.close()
