"""Find in article (Ctrl+F) with the same folding as project search."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.gui.i18n import num
from annotator.text.fold import find_all


class FindBar(QWidget):
    """Finds every folded match in the text; Enter / Shift+Enter step through them."""

    matches_changed = Signal(list)  # [(start, end)] in code points
    current_changed = Signal(int, int)  # the current match
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(
            self.tr("Find in article (ignores harakat, ZWNJ, yeh/kaf forms)")
        )
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        prev_btn, next_btn, close_btn = QToolButton(self), QToolButton(self), QToolButton(self)
        prev_btn.setText("▲")
        prev_btn.setToolTip(self.tr("Previous match (Shift+Enter)"))
        next_btn.setText("▼")
        next_btn.setToolTip(self.tr("Next match (Enter)"))
        close_btn.setText("✕")
        close_btn.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.edit, self.count, prev_btn, next_btn, close_btn):
            layout.addWidget(w)
        self.text = ""
        self.matches: list[tuple[int, int]] = []
        self.index = -1
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.next)
        prev_btn.clicked.connect(self.previous)
        next_btn.clicked.connect(self.next)
        close_btn.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, self.previous)
        QShortcut(QKeySequence("Escape"), self, self.close_bar)
        self.hide()

    def set_text(self, text: str) -> None:
        self.text = text
        if self.isVisible():
            self._search(self.edit.text())

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def find(self, query: str) -> None:
        """Open the bar on ``query`` and go to its first match (a search hit opened
        from the article list lands on what was searched for)."""
        self.show()
        self.edit.setText(query)  # searches, highlights every match, selects the first

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.index = [], -1
        self.matches_changed.emit([])
        self.closed.emit()

    def _search(self, query: str) -> None:
        # names too: Ctrl+F finds پوتین in an Arabic article's بوتين, as the registry does
        self.matches = find_all(self.text, query, names=True) if query.strip() else []
        self.index = -1
        self.matches_changed.emit(list(self.matches))
        self._update_count()
        if self.matches:
            self.next()

    def _update_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("no matches"))
        else:
            text = self.tr("{current} of {total}")
            self.count.setText(
                text.format(current=num(self.index + 1), total=num(len(self.matches)))
            )

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self._update_count()
        self.current_changed.emit(*self.matches[self.index])
