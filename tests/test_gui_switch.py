"""Switching articles fast (issue 13): what is deferred to after the first paint and
what is prepared ahead must never show the wrong article's highlights, claims or
suggestions.

The articles are long (their highlights reach far below the first screen) and put
an emoji, CRLF, ZWNJ and NBSP before their spans."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.model import Document, Span
from annotator.gui.article_view import FIRST_PAINT_HIGHLIGHTS
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import store_of
from annotator.text.tokens import grapheme_bounds

AR = "👍🏽 عاجل {n}\r\nقال الرئيس\u00a0فلاديمير بوتين، اليوم السبت، إن «الوضع خطير».\r\nLebanon 24"
FA = "🇮🇷 خبر {n}\r\nپوتین\u00a0گفت:\u200cدرگیری‌های نظامی در قره‌باغ باید متوقف شود."
NAMES = ("بوتين", "پوتین")
PARAGRAPHS = 40
ARTICLES = 7


def article(i: int) -> str:
    """Article ``i``: PARAGRAPHS paragraphs, each numbered (no two articles alike)."""
    template = AR if i % 2 == 0 else FA
    return "\r\n".join(template.format(n=f"{i}-{p}") for p in range(PARAGRAPHS))


def spans_of(doc_id: int, text: str, layer: str) -> list[Span]:
    """A SPEAKER on every name, a CLAIM on every quoted claim or verb phrase."""
    spans = []
    for name in NAMES:
        for m in re.finditer(name, text):
            spans.append(Span(None, doc_id, layer, "SPEAKER", m.start(), m.end(), m.group()))
    for m in re.finditer("«الوضع خطير»|درگیری‌های نظامی", text):
        spans.append(Span(None, doc_id, layer, "CLAIM", m.start(), m.end(), m.group()))
    return spans


@pytest.fixture
def window(qtbot, store):
    docs = [
        Document(None, f"a{i}", f"خبر {i}", article(i), "ar" if i % 2 == 0 else "fa", "rtl")
        for i in range(ARTICLES)
    ]
    with store.atomic():
        ids = store.documents.insert_many(docs)
        store.annotations.add_bulk(
            [
                s
                for doc_id, d in zip(ids, docs, strict=True)
                for s in spans_of(doc_id, d.text, "amina")
            ]
        )
    w = MainWindow(AnnotationSession(store, "amina"), Settings())
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()  # before the store fixture closes the connection


def ids(window) -> list[int]:
    return window.documents.current_ids()


def settle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.view.work_pending(), timeout=5000)


def shown_ranges(window) -> list[tuple[int, int]]:
    """The code-point ranges of the highlights on the view, each checked to point
    into the document the view shows now."""
    view = window.view
    ranges = []
    for sel in view.extraSelections():
        assert sel.cursor.document() is view.document()
        ranges.append(
            view.offsets.range_to_cp(sel.cursor.selectionStart(), sel.cursor.selectionEnd())
        )
    return ranges


def cell(window, row: int) -> str:
    """A claim cell's text without the right-to-left isolate around it."""
    return window.claims.table.item(row, 0).text().removeprefix("\u2067").removesuffix("\u2069")


def expected_ranges(window, doc_id: int) -> set[tuple[int, int]]:
    text = window.controller.state.document.text
    spans = store_of(window.project).annotations.spans(doc_id, "amina")
    return {grapheme_bounds(text, s.start, s.end) for s in spans}


def test_a_switch_shows_the_new_articles_highlights_on_screen_then_the_rest(window, qtbot):
    first, second = ids(window)[:2]
    window.controller.open_document(first)
    settle(window, qtbot)
    window.controller.open_document(second)
    # nothing has run since the switch: what is shown is the new article's or nothing
    expected = expected_ranges(window, second)
    assert len(expected) > FIRST_PAINT_HIGHLIGHTS
    now = shown_ranges(window)
    assert now and set(now) <= expected
    assert len(now) < len(expected)  # the far end of the article: after the paint
    assert window.view.highlights_pending()
    assert window.claims.table.rowCount() == 0  # never the previous article's claims
    settle(window, qtbot)
    assert sorted(shown_ranges(window)) == sorted(expected)
    claims = [s for s in window.controller.state.spans if s.label == "CLAIM"]
    assert window.claims.table.rowCount() == len(claims)
    assert cell(window, 0) == claims[0].text


def test_scrolling_before_the_rest_is_added_shows_every_highlight(window, qtbot):
    window.controller.open_document(ids(window)[3])
    assert window.view.highlights_pending()
    bar = window.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not window.view.highlights_pending()
    assert sorted(shown_ranges(window)) == sorted(expected_ranges(window, ids(window)[3]))


def test_next_pressed_five_times_fast_ends_on_the_right_article(window, qtbot, monkeypatch):
    loaded = []
    load = window.suggestions.load
    monkeypatch.setattr(window.suggestions, "load", lambda d: (loaded.append(d), load(d)))
    start = ids(window)[0]
    window.controller.open_document(start)
    settle(window, qtbot)
    loaded.clear()
    window.view.setFocus()
    for _ in range(5):  # no event processed in between: every deferred piece is dropped
        QTest.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    target = ids(window)[5]
    assert window.controller.doc_id == target
    assert window.view.text == article(5)
    assert set(shown_ranges(window)) <= expected_ranges(window, target)
    settle(window, qtbot)
    assert loaded == [target]  # stored suggestions were read for the last one only
    assert window.suggestions.doc_id == target
    assert sorted(shown_ranges(window)) == sorted(expected_ranges(window, target))
    claims = [s for s in window.controller.state.spans if s.label == "CLAIM"]
    assert [cell(window, r) for r in range(len(claims))] == [c.text for c in claims]
    assert window.claims.table.rowCount() == len(claims)
    assert window.documents.model.doc_id_at(window.documents.table.currentIndex().row()) == target


def test_the_next_article_is_prepared_and_shown_as_built(window, qtbot):
    first, second = ids(window)[:2]
    window.controller.open_document(first)
    settle(window, qtbot)
    prepared_id, prepared = window.controller._prefetched
    assert prepared_id == second
    QTest.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    view = window.view
    assert view.document() is prepared.doc  # the prepared document, not a new one
    text = article(1)
    assert view.document().toRawText() == text.replace("\r\n", "\u2029")  # NBSP kept
    directions = [
        view.document().findBlockByNumber(i).blockFormat().layoutDirection() for i in range(3)
    ]
    assert directions == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.RightToLeft,
    ]
    settle(window, qtbot)
    assert sorted(shown_ranges(window)) == sorted(expected_ranges(window, second))
    # selecting the name stores its exact code points (ZWNJ, NBSP and emoji before it)
    start = text.index("پوتین", 10)
    view.select(start, start + 5)
    assert view.textCursor().selectedText() == "پوتین"
    # and the one after it is prepared in turn
    assert window.controller._prefetched[0] == ids(window)[2]


def test_a_latin_paragraph_stays_left_to_right_in_a_prepared_document(window, qtbot):
    window.controller.open_document(ids(window)[1])  # Persian; the next one is Arabic
    settle(window, qtbot)
    _, prepared = window.controller._prefetched
    QTest.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.view.document() is prepared.doc
    block = window.view.document().findBlockByNumber(2)
    assert block.text() == "Lebanon 24"
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.view.document().findBlockByNumber(1).blockFormat().layoutDirection() == (
        Qt.LayoutDirection.RightToLeft
    )


def test_a_prepared_document_is_not_used_after_the_font_changed(window, qtbot):
    first, second = ids(window)[:2]
    window.controller.open_document(first)
    settle(window, qtbot)
    _, prepared = window.controller._prefetched
    window.do_zoom_in()
    QTest.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.doc_id == second
    assert window.view.document() is not prepared.doc
    assert window.view.document().defaultFont().pointSize() == window.view.font().pointSize()


def test_a_label_key_does_not_recount_progress_but_done_does(window, qtbot, monkeypatch):
    from annotator.services import browse

    counted = []
    progress = browse.progress
    monkeypatch.setattr(browse, "progress", lambda *a: (counted.append(1), progress(*a))[1])
    window.controller.open_document(ids(window)[2])
    settle(window, qtbot)
    text = window.view.text
    start = text.index("السبت")
    window.view.setFocus()
    window.view.select(start, start + 5)
    QTest.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    spans = store_of(window.project).annotations.spans(ids(window)[2], "amina")
    assert any(s.text == "السبت" and s.label == "DATE" for s in spans)
    assert counted == []  # the status did not change: 100,000 statuses not counted again
    window.controller.set_status("done")
    assert counted == [1]
    assert window.documents.progress.value() == 1


def test_an_article_left_behind_lets_its_document_go(window, qtbot):
    """setDocument keeps the previous document alive: the view deletes it, so opening
    article after article does not grow (each kept 4-7 MB of laid-out text)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QTextDocument

    view = window.view
    for _ in range(3):
        for doc_id in ids(window):
            window.controller.open_document(doc_id)
            qtbot.wait(1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    documents = [d for d in view.findChildren(QTextDocument) if d.parent() is view]
    assert view.document() in documents
    assert len(documents) <= 3, len(documents)  # the shown one, a prepared one, spare


def test_the_claims_table_is_refilled_without_a_change_signal_per_cell_taken(qtbot):
    """Taking a cell back told the view that the cell changed, and the view measured its
    content-sized columns again each time: an article's 60 claims cost its switch over
    30 ms. The cells are now taken with the model quiet; only the cells set speak."""
    from annotator.gui.claims_panel import ClaimsPanel

    panel = ClaimsPanel()
    qtbot.addWidget(panel)
    panel.show()
    text = "قال الرئيس\u00a0«الوضع خطير» 👍🏽\r\nدرگیری‌های نظامی"

    def claims(n: int, shift: int = 0) -> tuple[Span, ...]:
        return tuple(Span(i + shift, 1, "amina", "CLAIM", 11, 24, text[11:24]) for i in range(n))

    changed: list[int] = []
    panel.table.model().dataChanged.connect(lambda *_: changed.append(1))
    panel.show_claims(claims(60), (), True, str)
    assert len(changed) == 60 * 4  # one per cell set
    changed.clear()
    panel.show_claims(claims(30, 100), (), True, str)  # fewer claims: 30 rows go
    assert len(changed) == 30 * 4 and panel.table.rowCount() == 30
    changed.clear()
    panel.clear()
    assert changed == [] and panel.table.rowCount() == 0
    panel.show_claims(claims(5, 200), (), False, str)
    assert [panel.table.item(r, 0).text() for r in range(5)] == [text[11:24]] * 5
