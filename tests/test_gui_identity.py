"""Who is annotating (Cancel never changes it) and a clean close (the .db alone holds
every edit)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QInputDialog

from annotator.gui import app as gui_app
from annotator.gui import identity
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project, store_of


def answers(monkeypatch, method: str, replies: list[tuple[str, bool]]) -> list[tuple]:
    """QInputDialog.<method> answers ``replies`` in turn; returns the calls made."""
    calls: list[tuple] = []

    def fake(*args, **kwargs):
        calls.append((args, kwargs))
        return replies.pop(0)

    monkeypatch.setattr(QInputDialog, method, staticmethod(fake))
    return calls


def tag_word(window: MainWindow, word: str):
    doc = window.controller.state.document
    start = doc.text.index(word)
    window.view.select(start, start + len(word))
    return window.controller.tag("SPEAKER")


def test_first_run_cancel_asks_again_then_takes_the_name(qtbot, seeded, monkeypatch):
    calls = answers(monkeypatch, "getText", [("", False), ("  ", True), ("مریم", True)])
    quits = []
    monkeypatch.setattr(identity, "quit_without_name", lambda parent: quits.append(1) or False)
    window = gui_app.make_window(seeded)
    qtbot.addWidget(window)
    assert window.session.author == "مریم" and Settings().annotator == "مریم"
    assert len(calls) == 3 and quits == [1]  # Cancel offered to quit; an empty name re-asked
    assert "needed" in calls[2][0][2]
    window.close()


def test_first_run_cancel_then_quit_opens_nothing(qtbot, seeded, monkeypatch):
    answers(monkeypatch, "getText", [("", False)])
    monkeypatch.setattr(identity, "quit_without_name", lambda parent: True)
    assert gui_app.make_window(seeded) is None
    assert Settings().annotator == ""  # nobody was recorded in the OS user's name
    assert store_of(seeded).annotator_names() == []


def test_switch_annotator_reopens_on_the_same_project(qtbot, seeded, monkeypatch):
    first = MainWindow(AnnotationSession(seeded, "amina"), Settings())
    qtbot.addWidget(first)
    first.show()
    span = tag_word(first, first.controller.state.document.text.split()[0])
    doc_id = first.controller.doc_id
    calls = answers(monkeypatch, "getItem", [("رضا", True)])
    second = identity.switch_annotator(first)
    qtbot.addWidget(second)
    assert calls[0][0][3][0] == "amina"  # the current annotator is proposed first
    assert second.session.author == "رضا" and second.session.layer == "رضا"
    assert second.project.path == first.project.path and second.controller.doc_id == doc_id
    assert not first.isVisible() and Settings().annotator == "رضا"
    assert second.controller.state.spans == ()  # رضا's own layer
    # and back: amina's work is there
    answers(monkeypatch, "getItem", [("amina", True)])
    third = identity.switch_annotator(second)
    qtbot.addWidget(third)
    assert [s.id for s in third.controller.state.spans] == [span.id]
    assert sorted(third.project.annotator_names()) == ["amina", "رضا"]
    third.close()


@pytest.mark.parametrize("reply", [("", False), ("anything", False), ("   ", True)])
def test_cancel_when_switching_keeps_the_annotator(qtbot, seeded, monkeypatch, reply):
    Settings().annotator = "amina"
    window = MainWindow(AnnotationSession(seeded, "amina"), Settings())
    qtbot.addWidget(window)
    window.show()
    answers(monkeypatch, "getItem", [reply])
    window.actions_by_name["switch_annotator"].trigger()
    assert window.isVisible() and window.session.author == "amina"
    assert Settings().annotator == "amina"
    window.close()


def test_closing_the_window_leaves_everything_in_the_db_file(qtbot, tmp_path):
    """Open, edit, close the window, copy only the .db: the copy holds the edit."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, sample_articles

    path = tmp_path / "news.db"
    project = init_project(path)
    import_paths(project, sample_articles())
    project.close()
    project = open_project(path)
    window = MainWindow(AnnotationSession(project, "amina"), Settings())
    qtbot.addWidget(window)
    window.show()
    word = "بوتين" if "بوتين" in window.controller.state.document.text else "پوتین"
    span = tag_word(window, word)
    assert span is not None
    wal = tmp_path / "news.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the edit is in the -wal so far
    window.close()
    assert wal.stat().st_size == 0  # checkpointed while the project is still open
    colleague = tmp_path / "colleague"
    colleague.mkdir()
    shutil.copy(path, colleague / "news.db")  # the .db alone
    conn = sqlite3.connect(colleague / "news.db")
    (count,) = conn.execute("SELECT count(*) FROM spans").fetchone()
    conn.close()
    assert count == 1
    copy = open_project(colleague / "news.db")
    assert [s.text for s in store_of(copy).annotations.spans(span.document_id, "amina")] == [word]
    copy.close()
    project.close()
    assert not wal.exists() or wal.stat().st_size == 0


def test_closing_a_project_checkpoints_it(tmp_path):
    """The command line path: Project.close() alone leaves a complete .db."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, sample_articles

    path = tmp_path / "p.db"
    project = init_project(path)
    other = open_project(path)  # a second connection keeps SQLite from checkpointing on close
    import_paths(project, sample_articles()[:2])
    project.close()
    shutil.copy(path, tmp_path / "copy.db")
    conn = sqlite3.connect(tmp_path / "copy.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    conn.close()
    other.close()
