"""Tagging in the real window: keyboard and mouse selection, label keys, links, undo.

The texts put an emoji, CRLF, ZWNJ and NBSP before the spans, where UTF-16
positions, Qt blocks and code points disagree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import store_of

AR = "👍🏽 عاجل\r\nقال الرئيس\u00a0فلاديمير بوتين، اليوم السبت، إن «الوضع خطير».\r\nLebanon 24"
FA = "🇮🇷 خبر\r\nپوتین\u00a0گفت:\u200cدرگیری‌های نظامی در قره‌باغ باید متوقف شود."


@pytest.fixture
def window(qtbot, store):
    with store.atomic():
        store.documents.insert_many(
            [
                Document(None, "ar1", "عاجل", AR, "ar", "rtl", published="2020-10-10"),
                Document(None, "fa1", "خبر", FA, "fa", "rtl"),
            ]
        )
    w = MainWindow(AnnotationSession(store, "amina"), Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()  # before the store fixture closes the connection


def open_doc(window, ext_id):
    doc = store_of(window.project).documents.by_ext_id(ext_id)
    window.controller.open_document(doc.id)
    window.view.setFocus()
    return doc


def key(window, k, mod=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        QTest.keyClick(window.view, k, mod)


def test_keyboard_selection_and_label_key_store_exact_offsets(window):
    doc = open_doc(window, "fa1")
    start = FA.index("پوتین")
    window.view.select(start, start)  # caret before the word
    # RTL paragraph, visual cursor movement: Shift+Left extends towards the end
    key(window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier, times=5)
    assert window.view.selection() == (start, start + 5)
    assert "«پوتین»" in window.selection_label.text()
    key(window, Qt.Key.Key_1)
    (span,) = store_of(window.project).annotations.spans(doc.id, "amina")
    assert (span.label, span.start, span.end, span.text) == ("SPEAKER", start, start + 5, "پوتین")
    assert FA[span.start : span.end] == span.text


def test_selection_snaps_to_words_and_exact_mode(window):
    doc = open_doc(window, "fa1")
    word = FA.index("درگیری‌های")
    window.view.select(word + 2, word + 6)  # inside the word, across the ZWNJ
    key(window, Qt.Key.Key_2)
    (claim,) = store_of(window.project).annotations.spans(doc.id)
    assert claim.text == "درگیری‌های" and claim.start == word
    assert claim.attrs == {"kind": "indirect"}
    window.view.select(word + 2, word + 6)
    QTest.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    spans = store_of(window.project).annotations.spans(doc.id)
    exact = next(s for s in spans if s.label == "DATE")
    assert (exact.start, exact.end) == (word + 2, word + 6)


def test_double_click_selects_word_then_tag(window, qtbot):
    doc = open_doc(window, "ar1")
    start = AR.index("بوتين")
    rect = window.view.range_rects(start + 1, start + 3)[0]
    QTest.mouseDClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center().toPoint(),
    )
    # Qt's word selection takes the Arabic comma along: «بوتين،»
    sel_start, sel_end = window.view.selection()
    assert sel_start == start and AR[sel_start:sel_end].startswith("بوتين")
    key(window, Qt.Key.Key_1)
    (span,) = store_of(window.project).annotations.spans(doc.id)
    assert (span.start, span.text) == (start, "بوتين")  # snapping trimmed the comma


def test_click_selects_span_delete_and_undo(window):
    doc = open_doc(window, "ar1")
    start = AR.index("بوتين")
    window.view.select(start, start + 5)
    key(window, Qt.Key.Key_1)
    window.view.select(start + 5, start + 5)
    rect = window.view.range_rects(start + 1, start + 3)[0]
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center().toPoint(),
    )
    assert window.controller.selected is not None
    assert window.controller.selected.text == "بوتين"
    key(window, Qt.Key.Key_Delete)
    assert store_of(window.project).annotations.spans(doc.id) == []
    QTest.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.text for s in store_of(window.project).annotations.spans(doc.id)] == ["بوتين"]
    QTest.keyClick(
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store_of(window.project).annotations.spans(doc.id) == []


def test_claim_linked_to_nearest_preceding_speaker(window, qtbot):
    doc = open_doc(window, "ar1")
    s = AR.index("فلاديمير بوتين")
    window.view.select(s, s + 14)
    key(window, Qt.Key.Key_1)
    c = AR.index("الوضع خطير")
    window.view.select(c, c + 10)
    key(window, Qt.Key.Key_2)
    claim = window.controller.selected
    assert claim.label == "CLAIM"
    key(window, Qt.Key.Key_S)
    menu = window.controller._last_menu
    qtbot.waitUntil(menu.isVisible)
    assert "فلاديمير بوتين" in menu.activeAction().text()
    QTest.keyClick(menu, Qt.Key.Key_Return)
    (rel,) = store_of(window.project).annotations.relations(doc.id)
    assert rel.type == "said_by" and rel.head == claim.id
    table = window.claims.table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "\u2067فلاديمير بوتين\u2069"  # isolated RTL


def test_edges_move_in_visual_terms(window):
    open_doc(window, "ar1")
    s = AR.index("فلاديمير")
    window.view.select(s, s + 8)
    key(window, Qt.Key.Key_1)
    # RTL: the left edge on screen is the end; Alt+Left moves it left = one word on
    QTest.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.controller.selected.text == "فلاديمير بوتين"
    QTest.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.controller.selected.text == "فلاديمير"


def test_done_goes_to_next_and_progress(window):
    first = open_doc(window, "ar1")
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.session.state(first.id).status.status == "done"
    assert window.controller.doc_id == store_of(window.project).documents.by_ext_id("fa1").id


def test_find_in_article_ignores_zwnj(window):
    open_doc(window, "fa1")
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.insert("درگیریهای")  # QTest cannot type non-Latin keys
    start = FA.index("درگیری‌های")
    assert window.find_bar.matches == [(start, start + len("درگیری‌های"))]
    assert window.view.selection() == (start, start + len("درگیری‌های"))


def test_direction_toggle_is_remembered(window):
    doc = open_doc(window, "ar1")
    act = window.actions_by_name["toggle_direction"]
    assert act.isChecked()
    act.trigger()
    assert window.view.direction == "ltr"
    assert window.session.direction(doc.id) == "ltr"


def test_published_date_edit(window):
    doc = open_doc(window, "fa1")
    edit = window.metadata.published
    edit.setText("2020-13-40")
    edit.editingFinished.emit()
    assert "not an ISO date" in window.metadata.error.text()
    assert store_of(window.project).documents.get(doc.id).published == ""
    edit.setText("2021-01-11")
    edit.editingFinished.emit()
    assert store_of(window.project).documents.get(doc.id).published == "2021-01-11"


def test_hover_finds_the_span_under_the_mouse(window):
    open_doc(window, "ar1")
    s = AR.index("بوتين")
    window.view.select(s, s + 5)
    key(window, Qt.Key.Key_1)
    center = window.view.range_rects(s + 1, s + 3)[0].center()
    cp = window.view.cp_at(center)
    assert cp in range(s, s + 5)
    assert [sp.text for sp in window.view.spans_at(cp)] == ["بوتين"]


def test_context_menu_tags_the_selection_and_acts_on_spans(window):
    doc = open_doc(window, "ar1")
    s = AR.index("بوتين")
    window.view.select(s, s + 5)
    menu = window.article_menu(None)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["SPEAKER (1)", "CLAIM (2)", "DATE (3)"]
    next(a for a in menu.actions() if a.text() == "SPEAKER (1)").trigger()
    (span,) = store_of(window.project).annotations.spans(doc.id)
    assert span.text == "بوتين"
    window.view.select(s + 5, s + 5)
    menu = window.article_menu(s + 2)
    names = [a.objectName() for a in menu.actions()]
    assert {"delete_span", "link_speaker", "toggle_clitic"} <= set(names)
    assert window.controller.selected == span
    next(a for a in menu.actions() if a.objectName() == "delete_span").trigger()
    assert store_of(window.project).annotations.spans(doc.id) == []


def test_date_values_are_isolated_left_to_right_in_the_claims_table(window):
    doc = open_doc(window, "fa1")
    c = FA.index("درگیری‌های")
    window.view.select(c, c + 10)
    key(window, Qt.Key.Key_2)
    claim = window.controller.selected
    d = FA.index("نظامی")
    window.view.select(d, d + 5)
    key(window, Qt.Key.Key_3)
    date = window.controller.selected
    window.session.set_attr(date, "value", "2020-11-10")
    date = store_of(window.project).annotations.span(date.id)
    window.session.link(claim, "dated", date)
    window.controller.reload()
    cell = window.claims.table.item(0, 2).text()
    # without the isolate, the bidi algorithm shows 10-11-2020 after Persian letters
    assert "\u20662020-11-10\u2069" in cell
    assert doc.id == window.controller.doc_id
    # a Persian reader also gets the Solar Hijri day, isolated right-to-left
    assert "\u2067۲۰ آبان ۱۳۹۹\u2069" in cell


def test_ctrl_f_finds_the_other_script_spelling_of_a_name(window):
    open_doc(window, "ar1")
    window.find_bar.open_bar()
    window.find_bar.edit.setText("پوتین")  # Persian spelling, Arabic article
    assert window.find_bar.matches, "پوتین should find بوتين"
    (start, end) = window.find_bar.matches[0]
    assert AR[start:end] == "بوتين"


def test_a_project_search_hit_lands_on_the_match(window, qtbot):
    open_doc(window, "fa1")
    window.documents.search.setText("الوضع")
    qtbot.waitUntil(lambda: window.documents.model.filters.get("query") == "الوضع", timeout=3000)
    doc = store_of(window.project).documents.by_ext_id("ar1")
    window.controller.open_document(doc.id)  # as a click on the hit in the list does
    assert window.find_bar.isVisible() and window.find_bar.matches
    start, end = window.find_bar.matches[0]
    assert AR[start:end] == "الوضع" and window.view.selection() == (start, end)


def test_the_link_date_menu_keeps_values_left_to_right(window):
    from PySide6.QtWidgets import QMenu

    doc = open_doc(window, "fa1")
    c = FA.index("درگیری‌های")
    window.view.select(c, c + 10)
    key(window, Qt.Key.Key_2)
    claim = window.controller.selected
    d = FA.index("نظامی")
    window.view.select(d, d + 5)
    key(window, Qt.Key.Key_3)
    date = window.controller.selected
    window.session.set_attr(date, "value", "2020-11-28")
    window.controller.reload()
    window.controller.select_span_id(claim.id)
    window.controller.link("dated")
    menu = window.view.findChild(QMenu, "linkMenu")
    texts = [a.text() for a in menu.actions()]
    assert any("\u20662020-11-28\u2069" in t and "\u2068نظامی\u2069" in t for t in texts), texts
    menu.close()
    assert doc.id == window.controller.doc_id
