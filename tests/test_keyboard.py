"""The keyboard never traps: F2 / Shift+F2 reach the span's editors, Esc and Enter
bring the focus back to the article, typed digits never relabel, Tab stays in the
article and the article list, word steps keep ``10`` whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.core.model import Alias, Document, Entity
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import store_of

AR = "👍🏽 عاجل\r\nقال الرئيس\u00a0فلاديمير بوتين يوم 10 أكتوبر، إن «الوضع خطير».\r\nLebanon 24"
NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def keyboard_window(qtbot, store):
    """The window on two Arabic articles (suggestions off), the first one open; a
    generator for fixtures (tests/test_span_list.py uses it too)."""
    with store.atomic():
        store.documents.insert_many(
            [
                Document(None, "ar1", "عاجل", AR, "ar", "rtl"),
                Document(None, "ar2", "ثانٍ", "خبر ثانٍ عن بوتين.", "ar", "rtl"),
            ]
        )
    store.entities.add(
        Entity(None, "فلاديمير بوتين", aliases=(Alias("فلاديمير بوتين"), Alias("بوتين")))
    )
    w = MainWindow(AnnotationSession(store, "amina"), Settings())
    w.do_show_suggestions(False)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    doc = store.documents.by_ext_id("ar1")
    w.controller.open_document(doc.id)
    w.view.setFocus()
    yield w
    w.close()


@pytest.fixture
def window(qtbot, store):
    yield from keyboard_window(qtbot, store)


def spans(window):
    return store_of(window.project).annotations.spans(window.controller.doc_id, "amina")


def tag(window, word, key):
    start = AR.index(word)
    window.view.select(start, start + len(word))
    QTest.keyClick(window.view, key)
    return next(s for s in spans(window) if s.start == start)


def focus(window):
    return QApplication.focusWidget()


def test_f2_types_a_date_value_and_enter_returns_to_the_article(window, qtbot):
    tag(window, "10 أكتوبر", Qt.Key.Key_3)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    edit = window.span_panel.editors["value"].edit
    assert focus(window) is edit
    QTest.keyClicks(edit, "2020-10-10")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focus(window) is window.view)
    (date,) = spans(window)
    assert date.attrs["value"] == "2020-10-10"


def test_esc_leaves_the_value_unchanged_and_returns(window, qtbot):
    tag(window, "10 أكتوبر", Qt.Key.Key_3)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    edit = window.span_panel.editors["value"].edit
    QTest.keyClicks(edit, "2020-10")
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert focus(window) is window.view
    (date,) = spans(window)
    assert not date.attrs.get("value")  # Esc is not a commit
    assert edit.text() == ""


def test_speaker_chosen_by_keys_returns_to_the_article(window, qtbot):
    tag(window, "فلاديمير بوتين", Qt.Key.Key_1)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    search = window.span_panel.editors["entity"].search
    assert focus(window) is search
    QTest.keyClick(search, Qt.Key.Key_Return)  # the span text found the registry's speaker
    assert focus(window) is window.view
    (speaker,) = spans(window)
    assert speaker.attrs["entity"] is not None
    QTest.keyClick(window.view, Qt.Key.Key_N)  # the next shortcut acts on the article
    assert window.controller.selected.id == speaker.id


def test_esc_returns_from_the_claim_kind_and_every_panel(window, qtbot):
    tag(window, "الوضع خطير", Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    kind = window.span_panel.editors["kind"]
    assert focus(window) is kind
    QTest.keyClick(kind, Qt.Key.Key_Escape)
    assert focus(window) is window.view
    for widget in (window.documents.table, window.documents.search, window.claims):
        widget.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert focus(window) is window.view


def test_digits_in_the_label_box_never_relabel(window, qtbot):
    date = tag(window, "10 أكتوبر", Qt.Key.Key_3)
    QTest.keyClick(window.view, Qt.Key.Key_F2, SHIFT)
    box = window.span_panel.label_box
    assert focus(window) is box
    for key in (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home):
        QTest.keyClick(box, key)
    assert [s.label for s in spans(window)] == ["DATE"]
    QTest.keyClick(box, Qt.Key.Key_Escape)  # the choice made with the arrows is dropped
    assert focus(window) is window.view
    assert box.currentData() == "DATE" and spans(window)[0].id == date.id
    QTest.keyClick(window.view, Qt.Key.Key_F2, SHIFT)
    QTest.keyClick(box, Qt.Key.Key_Up)
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter confirms
    assert [s.label for s in spans(window)] == ["CLAIM"]
    assert focus(window) is window.view


def test_digits_in_the_kind_box_never_relabel(window):
    tag(window, "الوضع خطير", Qt.Key.Key_2)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert [s.label for s in spans(window)] == ["CLAIM"]


def test_tab_stays_in_the_article_and_in_the_list(window):
    doc_id = window.controller.doc_id
    QTest.keyClick(window.view, Qt.Key.Key_Tab)
    QTest.keyClick(window.view, Qt.Key.Key_Backtab, SHIFT)
    assert focus(window) is window.view
    table = window.documents.table
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Tab)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert window.controller.doc_id == doc_id


def test_word_steps_keep_numbers_whole(window):
    start = AR.index("10")
    window.view.select(start, start)
    # right-to-left paragraph: Left reads on; the step lands after "10", never inside
    QTest.keyClick(window.view, Qt.Key.Key_Left, CTRL | SHIFT)
    assert window.view.selection() == (start, start + 2)
    QTest.keyClick(window.view, Qt.Key.Key_Left, CTRL | SHIFT)
    assert window.view.selection() == (start, start + len("10 أكتوبر"))
    QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL)
    assert window.view.caret() == start + 3  # back to the start of أكتوبر
    QTest.keyClick(window.view, Qt.Key.Key_Right, CTRL)
    assert window.view.caret() == start


def test_esc_in_the_source_field_saves_nothing(window):
    source = window.metadata.source
    source.setFocus()
    QTest.keyClicks(source, "Lebanon 24")
    QTest.keyClick(source, Qt.Key.Key_Escape)
    assert focus(window) is window.view
    doc = store_of(window.project).documents.get(window.controller.doc_id)
    assert doc.source == "" and source.text() == ""
