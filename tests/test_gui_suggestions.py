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
from annotator.services.project import store_of
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
    (span,) = store_of(window.project).annotations.spans(doc_id, "amina")
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
    assert store_of(window.project).suggestions.get(first.id).status == "rejected"


def test_toggle_hides_suggestions(window, qtbot):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    window.actions_by_name["show_suggestions"].trigger()
    assert window.suggestions.records == [] and window.view.suggestions == []


def test_accept_claim_then_ctrl_z_is_one_step_and_survives_a_restart(window, qtbot, store):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    doc_id = window.controller.doc_id
    window.suggestions.select(next(s for s in fake_records(window) if s.label == "CLAIM"))
    QTest.keyClick(window.view, Qt.Key.Key_A)
    assert sorted(s.label for s in store.annotations.spans(doc_id, "amina")) == [
        "CLAIM",
        "DATE",
        "SPEAKER",
    ]
    shown = window.statusBar().currentMessage().replace("\u2068", "").replace("\u2069", "")
    assert shown.startswith("added CLAIM «الوضع خطير» with")
    undo = window.actions_by_name["undo"]
    assert undo.text() == "Undo accept CLAIM suggestion «الوضع خطير»"
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotations.spans(doc_id, "amina") == []
    assert store.annotations.relations(doc_id, "amina") == []
    assert window.actions_by_name["redo"].text() == "Redo accept CLAIM suggestion «الوضع خطير»"
    # a new session on the same file (a restart) has the same redo step
    again = AnnotationSession(store, "amina")
    assert again.redo_label() == "accept CLAIM suggestion «الوضع خطير»"
    QTest.keyClick(
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(store.annotations.spans(doc_id, "amina")) == 3
    assert len(store.annotations.relations(doc_id, "amina")) == 2


def test_reject_by_key_then_ctrl_z_brings_it_back(window, qtbot, store):
    qtbot.waitUntil(lambda: len(fake_records(window)) == 3, timeout=5000)
    speaker = next(s for s in fake_records(window) if s.label == "SPEAKER")
    window.suggestions.select(speaker)
    QTest.keyClick(window.view, Qt.Key.Key_X)
    assert speaker not in window.suggestions.records
    assert window.actions_by_name["undo"].text() == "Undo reject SPEAKER suggestion «بوتين»"
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert speaker.id in {s.id for s in window.suggestions.records}
    assert store.suggestions.get(speaker.id).status == "pending"
