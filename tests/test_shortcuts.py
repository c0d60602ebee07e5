"""View > Change keyboard shortcuts…: a changed key triggers its command at once and
after a restart, the old key no longer does; label keys and the keyboard flow's keys
are refused; a key another command has is given only on Reassign; Reset brings the
defaults back; a key recorded under an Arabic or Persian layout is stored as the Latin
key on the same physical key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_keyboard import keyboard_window

from annotator.gui import dialogs
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.shortcuts import DEFAULTS, ShortcutMap, latin_key
from annotator.services.annotate import AnnotationSession

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, store):
    yield from keyboard_window(qtbot, store)


def open_editor(window, qtbot):
    window.actions_by_name["change_shortcuts"].trigger()
    dialog = window.shortcut_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def press(widget, key, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, key, mods)
    QApplication.processEvents()


def test_changed_shortcut_triggers_at_once_and_after_a_restart(window, qtbot, store):
    dialog = open_editor(window, qtbot)
    dialog.select("find")
    dialog.edit.setFocus()
    press(dialog.edit, Qt.Key.Key_J, CTRL)  # recorded by the key box, as a person would
    qtbot.waitUntil(lambda: dialog.result_map.keys("find") == ("Ctrl+J",))
    assert dialog.table.item(dialog.row_of("find"), 2).text() == "\u2066Ctrl+J\u2069"
    dialog.accept()
    assert Settings().q.value("shortcuts/find") == "Ctrl+J"  # by the action's id
    act = window.actions_by_name["find"]
    assert [k.toString() for k in act.shortcuts()] == ["Ctrl+J"]
    assert act.toolTip().endswith("(Ctrl+J)")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    press(window.view, Qt.Key.Key_F, CTRL)  # the old key does nothing now
    assert not window.find_bar.isVisible()
    press(window.view, Qt.Key.Key_J, CTRL)
    assert window.find_bar.isVisible()
    window.close()

    again = MainWindow(AnnotationSession(store, "amina"), Settings())  # a restart
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.view.setFocus()
    press(again.view, Qt.Key.Key_F, CTRL)
    assert not again.find_bar.isVisible()
    press(again.view, Qt.Key.Key_J, CTRL)
    assert again.find_bar.isVisible()
    sheet = dialogs.show_shortcuts(again, [("SPEAKER", "1")], again.shortcut_map.all())
    table = sheet.findChild(type(dialog.table), "shortcutsTable")
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Find in article"] == "\u2066Ctrl+J\u2069"  # the F1 sheet shows the new key
    sheet.close()
    again.close()


def test_label_and_flow_keys_are_refused(window, qtbot):
    dialog = open_editor(window, qtbot)
    dialog.select("link_speaker")
    assert not dialog.request("1")
    assert "SPEAKER" in dialog.message.text() and not dialog.reassign_button.isVisible()
    assert not dialog.request("Alt+2")
    assert "CLAIM" in dialog.message.text()
    assert not dialog.request("Esc")
    assert "going back to the article" in dialog.message.text()
    assert not dialog.request("Ctrl+Shift+Left")
    assert dialog.result_map.keys("link_speaker") == ("S",)
    assert dialog.edit.keySequence().toString() == "S"  # the box shows the kept key
    dialog.reject()
    assert window.shortcut_map.keys("link_speaker") == ("S",)


def test_a_key_of_another_command_is_given_only_on_reassign(window, qtbot):
    dialog = open_editor(window, qtbot)
    dialog.select("search_project")
    assert not dialog.request("Ctrl+F")
    assert "“Find in article” (Edit)" in dialog.message.text()
    assert dialog.reassign_button.isVisible()
    assert dialog.result_map.keys("find") == ("Ctrl+F",)
    dialog.reassign_button.click()
    assert dialog.result_map.keys("search_project") == ("Ctrl+F",)
    assert dialog.result_map.keys("find") == ()
    assert "Find in article" in dialog.message.text()
    dialog.accept()
    assert window.actions_by_name["find"].shortcuts() == []
    assert Settings().shortcuts() == {"find": (), "search_project": ("Ctrl+F",)}


def test_reset_one_and_reset_all(window, qtbot):
    dialog = open_editor(window, qtbot)
    for name, key in (("find", "Ctrl+J"), ("zoom_in", "Ctrl+Shift+U")):
        dialog.select(name)
        assert dialog.request(key)
    dialog.select("reopen")
    assert dialog.request("Ctrl+F")  # taken from the changed "find": nobody has it now
    dialog.select("redo")
    assert dialog.request("Ctrl+Shift+Y")  # replaces both of its keys
    reset = dialog.table.cellWidget(dialog.row_of("find"), 3)
    assert reset.isEnabled() and not dialog.table.cellWidget(dialog.row_of("undo"), 3).isEnabled()
    reset.click()  # Ctrl+F goes back to "find", so "reopen" loses it
    assert dialog.result_map.keys("find") == ("Ctrl+F",)
    assert dialog.result_map.keys("reopen") == ()
    assert "Reopen" in dialog.message.text()
    assert not reset.isEnabled()
    dialog.findChild(type(reset), "resetAll").click()
    assert dialog.result_map.all() == DEFAULTS
    dialog.accept()
    assert Settings().shortcuts() == {}
    assert [k.toString() for k in window.actions_by_name["redo"].shortcuts()] == [
        "Ctrl+Shift+Z",
        "Ctrl+Y",
    ]


def test_the_filter_keeps_matching_rows(window, qtbot):
    dialog = open_editor(window, qtbot)
    dialog.filter.setText("zoom")
    shown = [n for r, n in enumerate(dialog.names) if not dialog.table.isRowHidden(r)]
    assert shown == ["zoom_in", "zoom_out", "zoom_reset"]
    dialog.filter.setText("ctrl+shift+r")  # by key too
    shown = [n for r, n in enumerate(dialog.names) if not dialog.table.isRowHidden(r)]
    assert shown == ["toggle_direction"]
    dialog.filter.setText("alt+2")  # the label keys are listed, not editable here
    rows = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
    assert [dialog.table.item(r, 0).text() for r in rows] == [
        "tag the selection as CLAIM (Alt: exact characters)"
    ]
    dialog.table.setCurrentCell(rows[0], 0)
    assert not dialog.edit.isEnabled() and "schema" in dialog.message.text()
    assert not dialog.request("Ctrl+J")
    dialog.reject()


def test_a_key_pressed_in_an_arabic_layout_is_stored_as_its_latin_key(window, qtbot):
    dialog = open_editor(window, qtbot)
    dialog.select("reopen")
    dialog.edit.setFocus()
    seen = QKeyEvent(QEvent.Type.KeyPress, 0x0633, CTRL, "س")  # ARABIC LETTER SEEN
    QApplication.sendEvent(dialog.edit, seen)
    QApplication.sendEvent(dialog.edit, QKeyEvent(QEvent.Type.KeyRelease, 0x0633, CTRL, "س"))
    qtbot.waitUntil(lambda: dialog.result_map.keys("reopen") != ("Ctrl+R",))
    assert dialog.result_map.keys("reopen") == ("Ctrl+S",)
    assert latin_key("Ctrl+ز", "ar") == "Ctrl+." and latin_key("Ctrl+ز", "fa") == "Ctrl+C"
    assert (
        latin_key("ک", "fa") == ";"
        and latin_key("گ", "fa") == "'"
        and latin_key("Alt+۳") == "Alt+3"
    )
    assert latin_key("Ctrl+Shift+Z") == "Ctrl+Shift+Z"
    dialog.reject()


def test_stored_shortcuts_survive_bad_and_removed_entries(window):
    settings = Settings()
    settings.q.setValue("shortcuts/no_such_action", "Ctrl+J")
    settings.q.setValue("shortcuts/redo", "Ctrl+Shift+Y\tCtrl+Alt+Y")
    shortcuts = ShortcutMap(settings.shortcuts(), window.session.schema.labels)
    assert "no_such_action" not in shortcuts.all()
    assert shortcuts.keys("redo") == ("Ctrl+Shift+Y", "Ctrl+Alt+Y")
    assert QKeySequence("Ctrl+Alt+Y").toString() == "Ctrl+Alt+Y"


def test_the_clear_button_leaves_a_command_without_a_key(window, qtbot):
    dialog = open_editor(window, qtbot)
    dialog.select("skip_next")
    dialog.edit.clear()  # what the box's clear button does
    assert dialog.result_map.keys("skip_next") == ()
    assert "Skip, next" in dialog.message.text()
    assert dialog.table.item(dialog.row_of("skip_next"), 2).text() == "–"
    dialog.accept()
    assert window.actions_by_name["skip_next"].shortcuts() == []
    assert Settings().shortcuts() == {"skip_next": ()}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    doc_id = window.controller.doc_id
    press(window.view, Qt.Key.Key_K, CTRL)  # Ctrl+K no longer skips
    assert window.controller.doc_id == doc_id
    press(window.view, Qt.Key.Key_PageDown, CTRL)  # while the other keys still work
    assert window.controller.doc_id != doc_id
