"""Suggestions in the window: computed in the background, dashed, accepted by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_suggesting import TEXT, FakeEngine

from annotator.core.model import Document
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.suggest import engines


@pytest.fixture
def window(qtbot, store):
    engines.register(FakeEngine.name, FakeEngine)
    with store.atomic():
        store.documents.insert_many([Document(None, "x", "t", TEXT, "ar", "rtl")])
    w = MainWindow(AnnotationSession(store, "amina"), Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.view.setFocus()
    yield w
    w.close()
    engines.unregister(FakeEngine.name)


def fake_records(window):
    return [s for s in window.suggestions.records if s.engine == "fake-test"]


def test_suggestions_appear_dashed_and_accept_by_key(window, qtbot):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    dashed = [
        sel
        for sel in window.view.extraSelections()
        if sel.format.underlineStyle() == sel.format.UnderlineStyle.DashUnderline
    ]
    assert len(dashed) >= 3
    window.suggestions.select(next(s for s in fake_records(window) if s.label == "DATE"))
    QTest.keyClick(window.view, Qt.Key.Key_A)
    doc_id = window.controller.doc_id
    (span,) = window.store.annotations.spans(doc_id, "amina")
    assert (span.label, span.text, span.origin) == ("DATE", "2020", "suggested:fake-test")
    assert "DATE" not in {s.label for s in fake_records(window)}
    assert [s.label for s in window.view.spans] == ["DATE"]


def test_reject_by_key_and_step(window, qtbot):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    window.view.select(0, 0)
    window.suggestions.selected = None
    QTest.keyClick(window.view, Qt.Key.Key_BracketRight)
    first = window.suggestions.selected
    assert first is not None and "A accept" in window.statusBar().currentMessage()
    QTest.keyClick(window.view, Qt.Key.Key_X)
    assert first not in window.suggestions.records
    assert window.store.suggestions.get(first.id).status == "rejected"


def test_toggle_hides_suggestions(window, qtbot):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    window.actions_by_name["show_suggestions"].trigger()
    assert window.suggestions.records == [] and window.view.suggestions == []
