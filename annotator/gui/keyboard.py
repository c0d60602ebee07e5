"""The window's keyboard model: the keyboard never traps the analyst.

- Esc returns the focus to the article from any editor or panel of the window (the
  DATE value field and the source and date above the article put back what is stored
  first: Esc never saves what was typed; the find bar closes itself).
- Keys typed in the span's editors go to the editor, never to the window's single-key
  shortcuts: a digit typed while the Label box has the focus does not relabel the span.
- The label keys and other plain keys work where they are meant to: in the article.

One event filter on the application sees the key events of this window's widgets
before they are delivered; every other window is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from annotator.gui.date_edit import DateValueEdit

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_EDITING_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def is_plain_key(event) -> bool:
    """Whether a key event is a key an editor types or edits with (a letter, digit,
    symbol, Del, Backspace) rather than a command (Ctrl/Alt/Meta, F-keys)."""
    if event.modifiers() & _COMMAND_MODIFIERS:
        return False
    text = event.text()
    return event.key() in _EDITING_KEYS or (bool(text) and text.isprintable())


class KeyboardModel(QObject):
    """Installed on the application for one window (a child of it, so it goes with it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _mine(self, obj: QObject) -> QWidget | None:
        """``obj`` when it is a widget of this window (not of a menu, popup or dialog)."""
        if isinstance(obj, QWidget) and obj.window() is self.window:
            return obj
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Plain keys stay in the span editors; Esc returns to the article."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        widget = self._mine(obj)
        if widget is None or widget is self.window.view:
            return False
        if event.key() == Qt.Key.Key_Escape and not event.modifiers() & _COMMAND_MODIFIERS:
            bar = self.window.find_bar
            if widget is bar or bar.isAncestorOf(widget):
                return False  # the find bar closes itself and gives the focus back
            # handled before any shortcut (the value field's own Esc would keep the focus)
            self._restore_date(widget)
            if self.window.metadata.isAncestorOf(widget):
                self.window.metadata.revert()
            self.window.focus_article()
            event.accept()
            return True
        if (
            kind == QEvent.Type.ShortcutOverride
            and self.window.span_panel.isAncestorOf(widget)
            and is_plain_key(event)
        ):
            event.accept()  # the editor gets the key; no window shortcut fires
            return True
        return False

    @staticmethod
    def _restore_date(widget: QWidget) -> None:
        """A DATE value being typed is put back to the span's value, not committed
        when the focus leaves."""
        while widget is not None:
            if isinstance(widget, DateValueEdit):
                widget.set_value(widget.value())
                return
            widget = widget.parentWidget()


class KeyboardActions:
    """The window's focus commands (mixed into MainWindow, whose actions call them)."""

    def focus_article(self: MainWindow) -> None:
        """Give the focus back to the article."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _span_dock_shown(self: MainWindow) -> bool:
        if self.controller.selected is None:
            self.statusBar().showMessage(self.tr("select a span first (N/P steps through them)"))
            return False
        dock = self.span_panel.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
            dock.raise_()
        return True

    def do_focus_editor(self: MainWindow) -> None:
        """F2: the selected span's value, speaker or kind editor."""
        if self._span_dock_shown() and not self.span_panel.focus_editor():
            self.statusBar().showMessage(self.tr("this span has nothing to edit but its label"))

    def do_focus_label(self: MainWindow) -> None:
        """Shift+F2: the selected span's Label box (Enter confirms a new label)."""
        if self._span_dock_shown():
            self.span_panel.focus_label()
