"""View > Change keyboard shortcuts…: every command with its keys, filterable; a key
box records a new key for the selected command. A key that tags a label or that the
keyboard flow needs (Esc, Enter, arrows) is refused; a key another command has is
given only on "Reassign", which names that command. OK applies and remembers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import menus
from annotator.gui.actions import ACTIONS, menu_title
from annotator.gui.i18n import current_language, translate
from annotator.gui.plain import ltr
from annotator.gui.shortcuts import ShortcutMap, action_name, latin_key

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

COMMAND, MENU, KEYS, RESET = range(4)
PORTABLE = QKeySequence.SequenceFormat.PortableText


class ShortcutDialog(QDialog):
    """Edits a copy of the window's shortcuts; ``result_map`` holds it after OK."""

    def __init__(self, shortcuts: ShortcutMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutEditor")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.result_map = shortcuts.copy()
        self.names = [spec.name for spec in ACTIONS]  # the rows after them: label keys
        tags: dict[str, list[str]] = {}
        for key, label in shortcuts.labels.items():
            tags.setdefault(label, []).append(key)
        self.pending = ""  # a key another command has, offered by "Reassign"

        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setPlaceholderText(self.tr("Filter by command, menu or key…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)

        self.table = QTableWidget(len(self.names) + len(tags), 4, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Menu"), self.tr("Shortcut"), ""]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMMAND, QHeaderView.ResizeMode.Stretch)
        for col in (MENU, KEYS, RESET):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, spec in enumerate(ACTIONS):
            self.table.setItem(row, COMMAND, QTableWidgetItem(action_name(spec.name)))
            self.table.setItem(row, MENU, QTableWidgetItem(menu_title(spec.menu).replace("&", "")))
            self.table.setItem(row, KEYS, QTableWidgetItem())
            reset = QPushButton(self.tr("Reset"), self.table)
            reset.setObjectName(f"reset_{spec.name}")
            reset.setToolTip(self.tr("Back to this command's own keys"))
            reset.clicked.connect(lambda _=False, n=spec.name: self.reset(n))
            self.table.setCellWidget(row, RESET, reset)
            self.show_row(row)
        tagging = translate("Shortcuts", "tag the selection as {label} (Alt: exact characters)")
        for row, (label, keys) in enumerate(tags.items(), len(self.names)):
            for col, text in (
                (COMMAND, tagging.format(label=label)),
                (MENU, menu_title("Span").replace("&", "")),
                (KEYS, ltr(", ".join(keys))),
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.currentCellChanged.connect(lambda row, *_: self._row_changed(row))

        self.edit = QKeySequenceEdit(self)
        self.edit.setObjectName("keyEdit")
        self.edit.setMaximumSequenceLength(1)
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(self.tr("Press the new key; the clear button leaves no shortcut"))
        self.edit.editingFinished.connect(self._recorded)
        self.edit.keySequenceChanged.connect(self._maybe_cleared)
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.reassign_button = QPushButton(self.tr("Reassign"), self)
        self.reassign_button.setObjectName("reassign")
        self.reassign_button.setToolTip(self.tr("Take the key from the other command"))
        self.reassign_button.clicked.connect(self.reassign)
        self.reassign_button.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        reset_all = buttons.addButton(self.tr("Reset all"), QDialogButtonBox.ButtonRole.ResetRole)
        reset_all.setObjectName("resetAll")
        reset_all.clicked.connect(lambda: self.reset(None))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        key_row = QHBoxLayout()
        key_row.addWidget(QLabel(self.tr("New key for the selected command:"), self))
        key_row.addWidget(self.edit, 1)
        key_row.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(key_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.table.setCurrentCell(0, COMMAND)

    # -- the table ---------------------------------------------------------------
    def row_of(self, name: str) -> int:
        return self.names.index(name)

    def current_name(self) -> str | None:
        row = self.table.currentRow()
        return self.names[row] if 0 <= row < len(self.names) else None

    def show_row(self, row: int) -> None:
        """The row's keys as they are now; a changed row in bold, its Reset enabled."""
        name = self.names[row]
        keys = self.result_map.keys(name)
        item = self.table.item(row, KEYS)
        item.setText(ltr(", ".join(keys)) if keys else "–")
        changed = not self.result_map.is_default(name)
        for col in (COMMAND, KEYS):
            font = self.table.item(row, col).font()
            font.setBold(changed)
            self.table.item(row, col).setFont(font)
        self.table.cellWidget(row, RESET).setEnabled(changed)

    def apply_filter(self, text: str) -> None:
        """Keep the rows whose command, menu or keys contain ``text``."""
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            keys = self.result_map.keys(self.names[row]) if row < len(self.names) else ()
            shown = " ".join([self.table.item(row, c).text() for c in (COMMAND, MENU, KEYS)])
            shown += " " + " ".join(keys)
            self.table.setRowHidden(row, bool(needle) and needle not in shown.casefold())

    def select(self, name: str) -> None:
        self.table.setCurrentCell(self.row_of(name), COMMAND)

    def _row_changed(self, row: int) -> None:
        self._say("")
        self.edit.setEnabled(row < len(self.names))
        if row >= len(self.names):  # a label's keys
            self.edit.blockSignals(True)
            self.edit.clear()
            self.edit.blockSignals(False)
            self._say(self.tr("A label's keys are set in the project's label schema."))
        elif row >= 0:
            keys = self.result_map.keys(self.names[row])
            self.edit.blockSignals(True)
            self.edit.setKeySequence(QKeySequence(keys[0] if keys else ""))
            self.edit.blockSignals(False)

    # -- changing ----------------------------------------------------------------
    def _say(self, text: str, reassign: bool = False) -> None:
        self.message.setText(text)
        self.reassign_button.setVisible(reassign)

    def _recorded(self) -> None:
        key = self.edit.keySequence().toString(PORTABLE)
        if key:
            self.request(key)

    def _maybe_cleared(self, sequence: QKeySequence) -> None:
        name = self.current_name()
        if sequence.isEmpty() and name is not None and self.result_map.keys(name):
            self.result_map.set(name, [])
            self.show_row(self.row_of(name))
            self._say(self.tr("“{action}” has no shortcut now.").format(action=action_name(name)))

    def request(self, key: str) -> bool:
        """Give ``key`` to the selected command, unless it conflicts: then say with
        what (and offer "Reassign" when another command has it). Returns whether it
        was given."""
        name = self.current_name()
        if name is None:
            return False
        key = latin_key(key, current_language())  # Ctrl+س: the key marked S
        conflict = self.result_map.conflict(name, key)
        if conflict is not None:
            self.pending = key if conflict.owner else ""
            hint = (
                self.tr("Reassign takes it from that command.")
                if conflict.owner
                else self.tr("Choose another key.")
            )
            self._say(f"{conflict.message} {hint}", reassign=bool(conflict.owner))
            self._row_changed_keep_message()
            return False
        self.result_map.take(name, key)
        self.show_row(self.row_of(name))
        self._row_changed(self.row_of(name))
        return True

    def _row_changed_keep_message(self) -> None:
        text, shown = self.message.text(), self.reassign_button.isVisible()
        self._row_changed(self.table.currentRow())
        self._say(text, shown)

    def reassign(self) -> None:
        """Give the key offered to the selected command, taking it from the other."""
        name = self.current_name()
        if not self.pending or name is None:
            return
        other = self.result_map.owner(self.pending, besides=name)
        self.result_map.take(name, self.pending)
        self.pending = ""
        for changed in (name, other):
            if changed:
                self.show_row(self.row_of(changed))
        self._row_changed(self.row_of(name))
        if other:
            text = self.tr("“{other}” has lost its key {key}.")
            key = ltr(self.result_map.keys(name)[0])
            self._say(text.format(other=action_name(other), key=key))

    def reset(self, name: str | None) -> None:
        """Back to the default keys: of ``name``, or of every command (None)."""
        losers = self.result_map.reset(name)
        for row in range(len(self.names)):
            self.show_row(row)
        self._row_changed(self.table.currentRow())
        if losers:
            text = self.tr("Given back to “{action}”, so “{other}” has lost it.")
            self._say(text.format(action=action_name(name), other=action_name(losers[0])))


def open_editor(window: MainWindow) -> ShortcutDialog:
    """View > Change keyboard shortcuts…: the editor on ``window``'s shortcuts; OK
    applies them to the window at once and remembers them."""
    dialog = ShortcutDialog(window.shortcut_map, window)
    dialog.accepted.connect(lambda: apply(window, dialog.result_map))
    dialog.open()
    return dialog


def apply(window: MainWindow, shortcuts: ShortcutMap) -> None:
    """Give ``window``'s actions these shortcuts and keep the changes in the settings
    (by action name)."""
    window.settings.set_shortcuts(shortcuts.changed)
    window.shortcut_map = shortcuts.copy()
    menus.apply_shortcuts(window)
