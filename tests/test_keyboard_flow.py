"""The keyboard-only flow, measured: tag a SPEAKER (with its speaker from the
registry), a DATE with its value and a CLAIM, link the claim to both, mark the
article done, by key presses only, counted. The count is in README ("The keyboard
flow, measured"); the test fails when the flow no longer takes exactly that many."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_keyboard import keyboard_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO = Qt.KeyboardModifier.NoModifier
FLOW_KEYS = 23  # the figure in README, not counting the value's 10 characters
VALUE = "2020-10-10"


@pytest.fixture
def window(qtbot, store):
    yield from keyboard_window(qtbot, store)


class Keyboard:
    """Presses keys where a real keyboard sends them (the open menu, else the focused
    widget) and counts them."""

    def __init__(self) -> None:
        self.count = 0

    def press(self, key, mod=NO, times: int = 1) -> None:
        for _ in range(times):
            target = QApplication.activePopupWidget() or QApplication.focusWidget()
            QTest.keyClick(target, key, mod)
            self.count += 1

    def type(self, text: str) -> None:
        """Typing a value: not counted (the issue counts "keys plus typing the value")."""
        QTest.keyClicks(QApplication.focusWidget(), text)


def test_speaker_date_claim_links_and_done_in_few_keys(window, qtbot):
    doc_id = window.controller.doc_id
    assert window.view.caret() == 0 and QApplication.focusWidget() is window.view
    keys = Keyboard()
    # SPEAKER: three word steps to the name, two to take it in, its key, F2, Enter
    keys.press(Qt.Key.Key_Left, CTRL, times=3)
    keys.press(Qt.Key.Key_Left, CTRL | SHIFT, times=2)
    keys.press(Qt.Key.Key_1)
    keys.press(Qt.Key.Key_F2)  # the speaker search, filled with the span's text
    keys.press(Qt.Key.Key_Return)  # the registry's match; focus back in the article
    # DATE: a word step, two to take "10 أكتوبر", its key, F2, the value, Enter
    keys.press(Qt.Key.Key_Left, CTRL)
    keys.press(Qt.Key.Key_Left, CTRL | SHIFT, times=2)
    keys.press(Qt.Key.Key_3)
    keys.press(Qt.Key.Key_F2)
    keys.type(VALUE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    # CLAIM: a word step, two to take "الوضع خطير", its key
    keys.press(Qt.Key.Key_Left, CTRL)
    keys.press(Qt.Key.Key_Left, CTRL | SHIFT, times=2)
    keys.press(Qt.Key.Key_2)
    # links: S, Enter (nearest speaker before it), D, Enter (nearest date)
    keys.press(Qt.Key.Key_S)
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_D)
    keys.press(Qt.Key.Key_Return)
    state = window.session.state(doc_id)
    assert window.session.missing(doc_id) == []  # nothing the schema's checks miss
    keys.press(Qt.Key.Key_Return, CTRL)  # done, next
    assert keys.count == FLOW_KEYS

    spans = {s.label: s for s in state.spans}
    assert spans["SPEAKER"].text == "فلاديمير بوتين" and spans["SPEAKER"].attrs["entity"]
    assert spans["DATE"].text == "10 أكتوبر" and spans["DATE"].attrs["value"] == VALUE
    assert spans["CLAIM"].text == "الوضع خطير"
    links = {(r.type, r.tail) for r in state.relations}
    assert links == {("said_by", spans["SPEAKER"].id), ("dated", spans["DATE"].id)}
    assert window.session.state(doc_id).status.status == "done"
    assert window.controller.doc_id != doc_id  # the next article is open
