"""The span details panel: label and attribute editors, the DATE value editor, the
speaker picker (folded search across scripts), and text shown literally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit

from annotator.core.model import Alias, Entity, Span
from annotator.core.timex import CALENDARS
from annotator.gui.date_edit import ERROR_COLOR, DateValueEdit
from annotator.gui.entity_picker import EntityPicker
from annotator.gui.span_panel import SpanPanel
from annotator.services import registry

DATE = Span(11, 1, "amina", "DATE", 40, 51, "7 نوفمبر 2020", {"calendar": "gregorian"})
CLAIM = Span(12, 1, "amina", "CLAIM", 60, 80, "الوضع خطير", {"kind": "indirect"})
SPEAKER = Span(13, 1, "amina", "SPEAKER", 10, 15, "الرئيس", {})


@pytest.fixture
def putin(store):
    store.entities.add(Entity(None, "Mohammed bin Salman", aliases=(Alias("محمد بن سلمان"),)))
    return store.entities.add(
        Entity(
            None,
            "Vladimir Putin",
            wikidata="Q7747",
            aliases=(Alias("Vladimir Putin", "en"), Alias("بوتين", "ar")),
        )
    )


@pytest.fixture
def panel(qtbot, store):
    p = SpanPanel(
        store.schema.current(),
        lambda q: registry.find_entities(store, q),
        lambda i: registry.entity(store, i),
    )
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def recorded(signal) -> list[tuple]:
    calls: list[tuple] = []
    signal.connect(lambda *args: calls.append(args))
    return calls


def type_text(widget, text: str) -> None:
    """Key presses carrying ``text`` one character at a time (QTest.keyClicks aborts
    the process on characters outside Latin-1, such as Arabic letters)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- no span / text ------------------------------------------------------------
def test_no_span_shows_the_hint(panel):
    panel.show_span(None)
    assert panel.hint.isVisible() and not panel.body.isVisible()
    assert (
        panel.hint.text() == "Select a span in the text, or select text and press 1/2/3 to tag it"
    )
    assert panel.editors == {}


def test_span_text_with_markup_shows_literally(panel):
    panel.show_span(Span(1, 1, "amina", "CLAIM", 0, 8, "<b>x</b>", {}))
    label = panel.text
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>x</b>"
    # rendered as markup it would be one bold "x", far narrower than the eight characters
    literal = QFontMetrics(label.font()).horizontalAdvance("<b>x</b>")
    assert label.sizeHint().width() >= literal
    assert "&lt;b&gt;" in label.toolTip()  # the tooltip escapes it too


def test_arabic_span_text_is_right_to_left(panel):
    panel.show_span(CLAIM)
    assert panel.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.text.alignment() & Qt.AlignmentFlag.AlignRight
    panel.show_span(Span(2, 1, "amina", "CLAIM", 0, 10, "Lebanon 24", {}))
    assert panel.text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert panel.text.alignment() & Qt.AlignmentFlag.AlignLeft


def test_delete_button_emits(panel, qtbot):
    panel.show_span(CLAIM)
    with qtbot.waitSignal(panel.delete_requested, timeout=1000):
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)


# -- label ---------------------------------------------------------------------
def test_relabel_emits_only_for_the_user(panel, qtbot):
    calls = recorded(panel.relabel_requested)
    panel.show_span(DATE)
    panel.show_span(CLAIM)
    assert calls == []  # showing spans changes the box without a request
    assert panel.label_box.currentData() == "CLAIM"
    panel.label_box.setFocus()
    qtbot.keyClick(panel.label_box, Qt.Key.Key_Down)  # SPEAKER, CLAIM, DATE
    qtbot.keyClick(panel.label_box, Qt.Key.Key_3)
    assert calls == []  # arrows only choose, typed keys do nothing
    with qtbot.waitSignal(panel.leave_requested, timeout=1000):
        qtbot.keyClick(panel.label_box, Qt.Key.Key_Return)  # Enter confirms
    assert calls == [("DATE",)]


# -- DATE ----------------------------------------------------------------------
def test_date_span_shows_value_and_calendar_editors(panel):
    panel.show_span(DATE)
    assert list(panel.editors) == ["value", "calendar"]
    value, calendar = panel.editors["value"], panel.editors["calendar"]
    assert isinstance(value, DateValueEdit) and value.isVisible()
    assert isinstance(calendar, QComboBox) and calendar.isVisible()
    assert calendar.currentData() == "gregorian"
    assert [calendar.itemData(i) for i in range(calendar.count())] == ["", *CALENDARS]
    assert value.edit.text() == ""


def test_impossible_date_shows_an_error_and_emits_nothing(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(DATE)
    edit = panel.editors["value"]
    type_into(qtbot, edit.edit, "2020-02-30")
    assert "February 2020 has 29 days" in edit.hint.text()
    assert ERROR_COLOR in edit.hint.styleSheet()
    assert not edit.is_valid()
    edit.edit.editingFinished.emit()  # as when the focus leaves
    assert calls == []


def test_iso_week_is_committed_on_enter(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(DATE)
    edit = panel.editors["value"]
    type_into(qtbot, edit.edit, "2020-W45")
    assert calls == [("value", "2020-W45")]
    assert edit.hint.text().startswith("week")
    assert ERROR_COLOR not in edit.hint.styleSheet()
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)  # Enter again: nothing new to commit
    assert calls == [("value", "2020-W45")]


def test_date_value_is_canonical_and_empty_clears(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(Span(**{**_fields(DATE), "attrs": {"value": "2020-11-07"}}))
    edit = panel.editors["value"]
    assert edit.edit.text() == "2020-11-07"
    type_into(qtbot, edit.edit, "۲۰۲۰-۱۱")
    assert calls == [("value", "2020-11")]
    assert edit.edit.text() == "2020-11"
    edit.edit.clear()
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)
    assert calls[-1] == ("value", "")


def test_calendar_choice_emits(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(DATE)
    box = panel.editors["calendar"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert calls == [("calendar", "solar_hijri")]


def test_editors_survive_an_update_of_the_same_span(panel):
    panel.show_span(DATE)
    editor = panel.editors["value"]
    panel.show_span(Span(**{**_fields(DATE), "attrs": {"value": "2020-W45"}}))
    assert panel.editors["value"] is editor
    assert editor.edit.text() == "2020-W45"


def test_a_replaced_editor_never_commits_to_the_next_span(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(DATE)
    edit = panel.editors["value"].edit
    panel.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "2021")  # valid, not yet committed
    panel.show_span(SPEAKER)  # the focused editor goes away
    qtbot.wait(10)
    assert calls == []


# -- CLAIM ---------------------------------------------------------------------
def test_claim_kind_is_an_enum(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(CLAIM)
    box = panel.editors["kind"]
    assert box.currentData() == "indirect"
    box.activated.emit(box.currentIndex())  # choosing the value it has: no edit
    assert calls == []
    box.setCurrentIndex(box.findData("direct"))
    box.activated.emit(box.currentIndex())  # what a click in the popup does
    assert calls == [("kind", "direct")]


# -- SPEAKER -------------------------------------------------------------------
def test_picker_finds_an_arabic_alias_from_persian_spelling(panel, putin, qtbot):
    chosen = recorded(panel.entity_chosen)
    panel.show_span(SPEAKER)
    picker = panel.editors["entity"]
    assert isinstance(picker, EntityPicker)
    type_into(qtbot, picker.search, "پوتین")
    assert picker.results.count() == 1
    assert "بوتين" in picker.results.item(0).text()
    assert chosen == [(putin.id,)]


def test_picker_double_click_chooses(panel, putin, qtbot):
    panel.show_span(SPEAKER)
    picker = panel.editors["entity"]
    picker.set_query("Putin")
    item = picker.results.item(0)
    rect = picker.results.visualItemRect(item)
    calls = recorded(panel.entity_chosen)
    viewport = picker.results.viewport()
    # a real double-click is press, release, then a double-click event
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == []  # a single click only highlights
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert calls == [(putin.id,)]


def test_picker_shows_the_chosen_speaker(panel, putin):
    panel.show_span(Span(**{**_fields(SPEAKER), "attrs": {"entity": putin.id}}))
    picker = panel.editors["entity"]
    assert picker.current.text() == "Vladimir Putin"
    assert "Q7747" in picker.current_meta.text()
    panel.show_span(Span(**{**_fields(SPEAKER), "id": 99, "text": "بوتين"}))
    assert picker.current.text() == "no speaker chosen yet"
    assert picker.search.text() == "بوتين"  # prefilled with the span text: one Enter away
    assert picker.results.count() == 1


def test_new_speaker_is_named_after_the_span(panel, qtbot, monkeypatch):
    asked = []

    def get_text(parent, title, label, echo, text):
        asked.append(text)
        return text + " (edited)", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    panel.show_span(SPEAKER)
    with qtbot.waitSignal(panel.entity_create_requested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.editors["entity"].new_button, Qt.MouseButton.LeftButton)
    assert asked == ["الرئيس"]
    assert blocker.args == ["الرئيس (edited)"]


def test_cancelled_new_speaker_emits_nothing(panel, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("x", False))
    calls = recorded(panel.entity_create_requested)
    panel.show_span(SPEAKER)
    panel.editors["entity"].create()
    assert calls == []


def _fields(span: Span) -> dict:
    return {name: getattr(span, name) for name in Span.__slots__}


def test_alias_of_several_speakers_offers_the_choice(panel, store, qtbot):
    """A suggestion whose alias fits two registry speakers carries entity_candidates:
    the panel lists exactly those two and says so; Enter takes the highlighted one."""
    a = store.entities.add(Entity(None, "Ebrahim Raisi", aliases=(Alias("رئیسی", "fa"),)))
    b = store.entities.add(Entity(None, "Ali Raisi", aliases=(Alias("رئیسی", "fa"),)))
    store.entities.add(Entity(None, "Someone else", aliases=(Alias("رئیس", "fa"),)))
    attrs = {"entity_candidates": [a.id, b.id]}
    panel.show_span(Span(**{**_fields(SPEAKER), "text": "رئیسی", "attrs": attrs}))
    picker = panel.editors["entity"]
    assert picker.current.text().startswith("2 speakers")
    listed = [picker.results.item(r).text() for r in range(picker.results.count())]
    assert [t.split(" ")[0] for t in listed] == ["Ebrahim", "Ali"]
    chosen = recorded(panel.entity_chosen)
    picker.results.setCurrentRow(1)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert chosen == [(b.id,)]


def test_choosing_a_speaker_settles_the_candidates(store):
    from annotator.core.model import Document
    from annotator.services.annotate import AnnotationSession

    a = store.entities.add(Entity(None, "Ebrahim Raisi", aliases=(Alias("رئیسی", "fa"),)))
    b = store.entities.add(Entity(None, "Ali Raisi", aliases=(Alias("رئیسی", "fa"),)))
    text = "رئیسی گفت که تورم کم شد."
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "r1", "t", text, "fa", "rtl")])
    session = AnnotationSession(store, "amina")
    doc = store.documents.get(doc_id)
    span = session.create_span(
        doc, 0, 5, "SPEAKER", snap=False, attrs={"entity_candidates": [a.id, b.id]}
    )
    span = session.assign_entity(span, b)
    assert span.attrs == {"entity": b.id}


def test_solar_hijri_input_becomes_the_gregorian_day(panel, qtbot):
    calls = recorded(panel.attr_changed)
    panel.show_span(DATE)
    edit = panel.editors["value"]
    type_into(qtbot, edit.edit, "۱۳۹۹/۰۸/۱۷")
    assert calls == [("value", "2020-11-07")]
    assert edit.edit.text() == "2020-11-07"
    type_into(qtbot, edit.edit, "1399/12/31")  # 1399 has 30 days in Esfand
    assert calls == [("value", "2020-11-07")]
    assert "does not exist" in edit.hint.text()
