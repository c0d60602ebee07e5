"""Training the suggestion model from the window: in the background, the window
responsive all along, the learned suggestions shown when it is done (issue 10)."""

from __future__ import annotations

import itertools
import time

import pytest
from learning_fixture import ARABIC, annotate
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services import learning, suggesting
from annotator.services.annotate import AnnotationSession
from annotator.services.project import init_project, store_of

pytest.importorskip("spacy")

NEW = "وقال المتحدث باسم وزارة النقل إن الطرق ستفتح غدا.\r\nوزار الوزير المطار 🚗."
# The training runs beside the event loop, not in it: the longest the loop goes without
# running a 10 ms timer is a small share of the training, never most of it (a shared
# CI machine stretches every stall, so no absolute time is asserted; the test prints it).
MAX_STALL_SHARE = 0.2


@pytest.fixture
def window(qtbot, tmp_path):
    project = init_project(tmp_path / "p.db")
    annotate(project, "amina", ARABIC, "ar")
    store = store_of(project)
    with store.atomic():
        (new_id,) = store.documents.insert_many([Document(None, "new", "new", NEW, "ar", "rtl")])
    w = MainWindow(AnnotationSession(project, "amina"), Settings())
    qtbot.addWidget(w)
    w.show()
    w.controller.open_document(new_id)
    w.view.setFocus()
    yield w
    w.close()
    project.close()


def test_window_stays_responsive_while_the_model_trains(window, qtbot):
    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    assert not any(s.engine == "learned" for s in window.suggestions.records)
    window.actions_by_name["train_model"].trigger()
    assert window.training.running() and window.training.bar.isVisible()
    caret_moves = 0
    while window.training.running():
        before = window.view.caret()
        QTest.keyClick(window.view, Qt.Key.Key_Right if caret_moves % 2 else Qt.Key.Key_Left)
        caret_moves += window.view.caret() != before
        qtbot.wait(50)
        assert time.perf_counter() - ticks[0] < 180, "training took over 3 minutes"
    timer.stop()
    stall = max(b - a for a, b in itertools.pairwise(ticks))
    print(
        f"training ran {ticks[-1] - ticks[0]:.1f} s; longest event-loop stall {stall * 1000:.0f} ms"
    )
    assert ticks[-1] - ticks[0] > 1.0 and len(ticks) > 50  # it really ran meanwhile
    assert stall < MAX_STALL_SHARE * (ticks[-1] - ticks[0])
    assert caret_moves > 5
    shown = window.statusBar().currentMessage().replace("\u2066", "").replace("\u2069", "")
    assert "suggestion model trained: ar: model trained on 8 articles" in shown
    assert [m.lang for m in learning.describe(window.project)] == ["ar"]
    # what the window computes suggestions from now holds the model, and it finds the
    # speaker (in the window the rule-based speakers engine, which runs first, shows it)
    doc, spans, entities, models = suggesting.inputs(window.session, window.controller.doc_id)
    learned = suggesting.compute(doc, spans, entities, ["learned"], models)
    assert [s.label for s in learned] == ["SPEAKER"] and "المتحدث" in learned[0].text
    qtbot.waitUntil(
        lambda: any(
            s.start < learned[0].end and learned[0].start < s.end
            for s in window.suggestions.records
            if s.label == "SPEAKER"
        ),
        timeout=60_000,
    )


def test_marking_the_nth_article_done_retrains_by_itself(window, qtbot):
    learning.set_retrain_every(window.project, 9)  # 8 done already: the next one is the 9th
    assert not window.training.running()
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.training.running()
    qtbot.waitUntil(lambda: not window.training.running(), timeout=180_000)
    assert [m.lang for m in learning.describe(window.project)] == ["ar"]
    assert not learning.retrain_due(window.project)


def test_closing_the_window_stops_a_training(window, qtbot):
    window.actions_by_name["train_model"].trigger()
    process = window.training._process
    assert process.is_alive()
    window.close()
    assert not process.is_alive() and not window.training.running()
