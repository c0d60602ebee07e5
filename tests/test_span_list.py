"""The span list, View menu panels and line spacing, tooltips that name the speaker
and wrap, one unlink entry per link, the export dialog's empty output, how suggestions
and nested spans of one label are drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QToolTip
from test_keyboard import AR, keyboard_window, spans, tag
from test_span_panel import type_text

from annotator.core.model import Span
from annotator.gui.article_view import ArticleView
from annotator.gui.colors import NESTED_FILL_ALPHA
from annotator.gui.export_dialog import ExportDialog
from annotator.gui.plain import tooltip
from annotator.gui.settings import Settings


@pytest.fixture
def window(qtbot, store):
    yield from keyboard_window(qtbot, store)


def speaker_claim_date(window):
    """A SPEAKER with its speaker, a CLAIM and a DATE, the claim linked to both."""
    speaker = tag(window, "فلاديمير بوتين", Qt.Key.Key_1)
    window.span_panel.focus_editor()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    date = tag(window, "10 أكتوبر", Qt.Key.Key_3)
    window.controller.set_attr("value", "2020-10-10")
    claim = tag(window, "الوضع خطير", Qt.Key.Key_2)
    session = window.session
    claim = next(s for s in spans(window) if s.id == claim.id)
    session.link(claim, "said_by", next(s for s in spans(window) if s.id == speaker.id))
    session.link(claim, "said_by", None, 1)  # also the registry's speaker directly
    session.link(claim, "dated", date)
    window.controller.reload()
    return claim


def test_span_list_shows_every_span_with_the_speakers_name(window):
    speaker_claim_date(window)
    rows = window.span_list.rows()
    assert [r[0] for r in rows] == ["SPEAKER", "DATE", "CLAIM"]  # reading order
    speaker_row = rows[0]
    assert "فلاديمير بوتين" in speaker_row[2] and "entity=1" not in speaker_row[2]
    assert speaker_row[1] == "\u2067فلاديمير بوتين\u2069"  # isolated in its own direction
    assert "\u20662020-10-10\u2069" in rows[1][2]  # the value left to right
    assert (speaker_row[3], speaker_row[4]) == ("amina", "manual")
    table = window.span_list.table
    assert table.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
    window.controller.step_span(1)  # selecting a span in the article marks its row
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]


def test_span_list_filters_and_enter_jumps_to_the_span(window, qtbot):
    speaker_claim_date(window)
    span_list = window.span_list
    span_list.filter.setFocus()
    QTest.keyClicks(span_list.filter, "date")
    assert [r[0] for r in span_list.rows()] == ["DATE"]
    span_list.filter.clear()
    type_text(span_list.filter, "خطير")  # by text
    assert [r[0] for r in span_list.rows()] == ["CLAIM"]
    QTest.keyClick(span_list.filter, Qt.Key.Key_Return)
    assert window.controller.selected.label == "CLAIM"
    assert QApplication.focusWidget() is window.view
    span_list.filter.clear()
    span_list.table.setFocus()
    span_list.table.setCurrentCell(1, 0)
    QTest.keyClick(span_list.table, Qt.Key.Key_Return)
    assert window.controller.selected.label == "DATE"


def test_hover_names_the_speaker(window):
    claim = speaker_claim_date(window)
    speaker = next(s for s in spans(window) if s.label == "SPEAKER")
    text = window.view.hover_text([speaker])
    assert "فلاديمير بوتين" in text.split("[", 1)[1] and "entity=1" not in text
    assert claim.label == "CLAIM"


def test_one_unlink_entry_per_link_naming_its_target(window):
    claim = speaker_claim_date(window)
    entries = [text for text, _ in window.claims.unlink_entries(claim)]
    assert len(entries) == len(set(entries)) == 3
    said_by = [e for e in entries if "said_by" in e]
    assert len(said_by) == 2 and said_by[0] != said_by[1]


def test_long_tooltips_wrap_and_stay_on_screen(window, qtbot):
    long = "إن «الوضع خطير» " * 60
    claim = Span(1, 1, "amina", "CLAIM", 0, len(long), long, {}, "manual", "amina", {})
    shown = tooltip(window.view.hover_text([claim]))
    QToolTip.showText(window.view.mapToGlobal(QPoint(5, 5)), shown, window.view)
    label = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    qtbot.waitUntil(label.isVisible)
    screen = window.screen().availableGeometry()
    assert label.width() <= screen.width()
    assert label.geometry().right() <= screen.right() + 1
    assert label.height() > 2 * label.fontMetrics().height()  # wrapped onto several lines
    assert "&lt;" not in tooltip("«") and "&lt;b&gt;" in tooltip("<b>")  # still plain text
    QToolTip.hideText()


def test_closed_panels_come_back_from_the_view_menu(window):
    panels = window.findChild(type(window.menus["View"]), "menuPanels")
    docks = window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} >= {"dockArticles", "dockSpan", "dockSpans"}
    for dock in docks:
        dock.close()
        toggle = dock.toggleViewAction()
        assert toggle in panels.actions()
        toggle.trigger()
        assert dock.isVisible()


def test_export_with_no_output_path_says_so(window, qtbot):
    dialog = ExportDialog(["amina"], window)
    dialog.show()
    dialog.accept()  # OK with the output empty
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "Choose where to write the export" in dialog.problem.text()
    dialog.out.setText("/tmp/x.jsonl")
    dialog.accept()
    assert not dialog.isVisible()


def test_line_spacing_is_a_remembered_setting(window):
    view = window.view
    pixel = view.fontInfo().pixelSize()

    def pitch():
        layout = view.document().firstBlock().layout()
        assert layout.lineCount() >= 2
        return layout.lineAt(1).y() - layout.lineAt(0).y()

    window.view.show_text("قال الرئيس إن «الوضع خطير» " * 80, "rtl")  # several lines
    assert abs(pitch() - 1.5 * pixel) < 0.2 * pixel  # the default: one and a half
    action = next(
        a
        for a in window.findChild(type(window.menus["View"]), "menuLineSpacing").actions()
        if a.objectName() == "line_spacing_2"
    )
    action.trigger()
    assert abs(pitch() - 2.0 * pixel) < 0.2 * pixel
    assert Settings().line_spacing == 2.0


def test_suggestions_and_nested_spans_of_one_label_are_told_apart(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_text(AR, "rtl")
    start = AR.index("فلاديمير")
    outer = Span(1, 1, "a", "CLAIM", start, start + 30, AR[start : start + 30])
    inner = Span(2, 1, "a", "CLAIM", start, start + 8, AR[start : start + 8])
    view.set_spans([outer, inner], {"CLAIM": "#1e88e5"})
    selections = view.extraSelections()
    formats = [QTextCharFormat(sel.format) for sel in selections]
    outer_fmt, inner_fmt = formats
    assert inner_fmt.background().color().alpha() == NESTED_FILL_ALPHA
    assert inner_fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert outer_fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert outer_fmt.background().style() == Qt.BrushStyle.SolidPattern
    view.set_suggestions([Span(None, 1, "a", "CLAIM", 0, 5, AR[:5], origin="suggested")])
    selections = view.extraSelections()
    suggestion = QTextCharFormat(selections[-1].format)
    assert suggestion.background().style() == Qt.BrushStyle.BDiagPattern  # striped
    assert suggestion.background().color().alpha() > 100  # clearly visible


def test_the_spans_panel_fills_only_when_shown(qtbot, seeded):
    from PySide6.QtWidgets import QDockWidget

    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.annotate import AnnotationSession

    session = AnnotationSession(seeded, "amina")
    w = MainWindow(session, Settings())
    qtbot.addWidget(w)
    w.show()
    doc = seeded.documents.get(seeded.documents.ids()[0])
    w.controller.open_document(doc.id)
    session.create_span(doc, 0, 5, "SPEAKER", snap=False)
    w.controller.reload()
    spans_dock = w.findChild(QDockWidget, "dockSpans")
    qtbot.waitUntil(lambda: not w.span_list.on_screen, timeout=3000)  # Claims in front
    assert w.span_list._stale and w.span_list.table.rowCount() == 0
    spans_dock.raise_()
    qtbot.waitUntil(lambda: w.span_list.table.rowCount() == 1, timeout=3000)
    assert not w.span_list._stale
    w.close()
