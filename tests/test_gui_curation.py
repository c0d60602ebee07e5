"""The curation view, driven by key: auto-curate, step to a disagreement, take a
version, reject, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_curation import TEXT, tag

from annotator.core.model import Document
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession


@pytest.fixture
def window(qtbot, store):
    (doc_id,) = store.documents.insert_many([Document(None, "fa1", "t", TEXT, "fa", "rtl")])
    doc = store.documents.get(doc_id)
    tag(
        store,
        doc,
        "amina",
        [
            ("پوتین", "SPEAKER", {}),
            ("ماکرون", "SPEAKER", {}),
            ("روز شنبه", "DATE", {"value": "2020-10-31"}),
        ],
    )
    tag(
        store,
        doc,
        "reza",
        [
            ("پوتین", "SPEAKER", {}),
            ("ماکرون روز", "SPEAKER", {}),
            ("روز شنبه", "DATE", {"value": "2020-10-31"}),
        ],
    )
    w = MainWindow(AnnotationSession(store, "sara", "gold"), Settings(), curation=True)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.view.setFocus()
    yield w
    w.close()


def gold_texts(store, window):
    return sorted(s.text for s in store.annotations.spans(window.controller.doc_id, "gold"))


def test_curation_by_key(window, store):
    panel = window.curation
    assert panel.layers == ["amina", "reza"]
    window.actions_by_name["curate_auto"].trigger()
    assert gold_texts(store, window) == ["روز شنبه", "پوتین"]
    assert window.controller.state.spans  # the article shows the gold spans
    QTest.keyClick(window.view, Qt.Key.Key_F8)
    unit = panel.unit()
    assert unit.state == "open" and TEXT[unit.start : unit.end] == "ماکرون روز شنبه"
    assert panel.version_list.count() == 2
    assert "reza" in panel.version_list.item(1).text()
    assert len(window.view.suggestions) == 4  # both versions of the open unit, dashed
    QTest.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert gold_texts(store, window) == ["روز شنبه", "ماکرون روز", "پوتین"]
    assert "0 open of 1" in panel.summary.text()
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold_texts(store, window) == ["روز شنبه", "پوتین"]
    panel.refresh()
    QTest.keyClick(window.view, Qt.Key.Key_F8)
    QTest.keyClick(window.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert gold_texts(store, window) == ["پوتین"]
    assert "0 open of 1" in panel.summary.text()


def test_curation_mode_switch_reopens_on_gold(qtbot, store, monkeypatch):
    store.documents.insert_many([Document(None, "fa1", "t", TEXT, "fa", "rtl")])
    w = MainWindow(AnnotationSession(store, "sara"), Settings())
    qtbot.addWidget(w)
    opened = []
    monkeypatch.setattr(MainWindow, "show", lambda self: opened.append(self))
    w.actions_by_name["curation_mode"].trigger()
    (new,) = opened
    qtbot.addWidget(new)
    assert new.session.layer == "gold" and new.curation is not None
    new.close()
