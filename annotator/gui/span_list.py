"""Every span of the open article as a row: label, text, attributes, author, origin.

Filterable by label or text; Enter or a double-click on a row selects the span in the
article (``span_activated``). Cells are plain text (item views show their text
literally), each laid out by its own direction: an Arabic span text is isolated
right to left and right-aligned even in an English window, a DATE value is isolated
left to right. A speaker is shown by name, never as ``entity=1``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Span
from annotator.gui.entity_picker import is_rtl
from annotator.gui.i18n import num, schema_text
from annotator.gui.plain import ltr, tooltip
from annotator.services.calendars import beside_value
from annotator.text.fold import fold

COLUMNS = (
    QT_TRANSLATE_NOOP("SpanList", "Label"),
    QT_TRANSLATE_NOOP("SpanList", "Text"),
    QT_TRANSLATE_NOOP("SpanList", "Attributes"),
    QT_TRANSLATE_NOOP("SpanList", "Author"),
    QT_TRANSLATE_NOOP("SpanList", "Origin"),
)
LABEL, TEXT, ATTRS, AUTHOR, ORIGIN = range(len(COLUMNS))


def isolated(text: str) -> str:
    """``text`` isolated in its own direction (RLI or LRI ... PDI)."""
    return f"\u2067{text}\u2069" if is_rtl(text) else ltr(text)


def attribute_text(span: Span, entity_name: Callable[[int], str], lang: str = "") -> str:
    """The span's attributes for display: ``entity`` as the speaker's name, values
    isolated left to right, internal keys (``entity_candidates``) left out. A DATE's
    value in an article in ``lang`` also shows the Solar Hijri or Hijri date
    (:func:`annotator.services.calendars.beside_value`), isolated right to left."""
    parts = []
    for name, value in sorted(span.attrs.items()):
        if value in (None, "") or name == "entity_candidates":
            continue
        if name == "entity":
            try:
                shown = isolated(entity_name(int(value)))
            except (TypeError, ValueError):
                shown = ltr(value)
        elif name == "value" and span.label == "DATE" and isinstance(value, str):
            other = beside_value(value, span.text, lang, str(span.attrs.get("calendar", "")))
            shown = ltr(value) + (f" · \u2067{other}\u2069" if other else "")
        elif isinstance(value, str) and is_rtl(value):
            shown = isolated(value)
        else:
            shown = ltr(schema_text(str(value)))
        parts.append(f"{schema_text(name)}: {shown}")
    return " · ".join(parts)


class SpanList(QWidget):
    """The article's spans in reading order; ``span_activated(span_id)`` on Enter or a
    double-click."""

    span_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("spanFilter")
        self.filter.setPlaceholderText(self.tr("Filter by label or text"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("spanCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("spanTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (LABEL, ATTRS, AUTHOR, ORIGIN):  # short: as wide as they are
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.spans: list[Span] = []
        self.shown: list[Span] = []
        self.entity_name: Callable[[int], str] = str
        self.lang = ""
        self.selected_id: int | None = None
        self._stale = False  # spans changed while the panel was hidden: fill when shown
        self.on_screen = True
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.filter.returnPressed.connect(self._activate_current)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.installEventFilter(self)

    # -- API -------------------------------------------------------------------
    def show_spans(
        self,
        spans: Sequence[Span],
        entity_name: Callable[[int], str],
        selected_id: int | None = None,
        lang: str = "",
    ) -> None:
        """List ``spans`` (those the filter keeps) of an article in ``lang``, marking
        ``selected_id``'s row."""
        ordered = sorted(spans, key=lambda s: (s.start, -s.end, s.id or 0))
        self.entity_name = entity_name
        self.selected_id = selected_id
        same_lang = lang == self.lang
        self.lang = lang
        if ordered == self.spans and same_lang and not self._stale:  # only the selection moved
            self._select_row()
            return
        self.spans = ordered
        if not self.on_screen:  # tabbed away: build when shown (switching stays fast)
            self._stale = True
            return
        self._fill()

    def set_on_screen(self, shown: bool) -> None:
        """Its dock was shown or tabbed away (QDockWidget.visibilityChanged)."""
        self.on_screen = shown
        if shown and self._stale:
            self._fill()

    def rows(self) -> list[tuple[str, ...]]:
        """The shown cells, row by row (what the analyst reads)."""
        if self._stale:
            self._fill()
        return [
            tuple(self.table.item(r, c).text() for c in range(len(COLUMNS)))
            for r in range(self.table.rowCount())
        ]

    # -- internals -------------------------------------------------------------
    def _keeps(self, span: Span, query: str) -> bool:
        if not query:
            return True
        return query in fold(span.label) or query in fold(span.text)

    def _fill(self) -> None:
        self._stale = False
        query = fold(self.filter.text().strip())
        self.shown = [s for s in self.spans if self._keeps(s, query)]
        self.table.setRowCount(len(self.shown))
        for row, span in enumerate(self.shown):
            cells = (
                schema_text(span.label),
                span.text,
                attribute_text(span, self.entity_name, self.lang),
                span.author,
                span.origin,
            )
            for col, text in enumerate(cells):
                rtl = col == TEXT and is_rtl(text)
                shown = isolated(text) if col == TEXT else text
                item = QTableWidgetItem(shown)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(tooltip(text))
                side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(
                    side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
                )
                self.table.setItem(row, col, item)
        self._select_row()
        self.count.setText(
            self.tr("{shown} of {total} spans").format(
                shown=num(len(self.shown)), total=num(len(self.spans))
            )
        )

    def _select_row(self) -> None:
        """Highlight the selected span's row (none when it is filtered out)."""
        self.table.clearSelection()
        for row, span in enumerate(self.shown):
            if span.id == self.selected_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.span_activated.emit(self.shown[row].id)

    def _activate_current(self) -> None:
        """Enter in the filter: the highlighted row, else the first one shown."""
        row = self.table.currentRow()
        self._activate(row if row >= 0 else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a row of the table jumps to its span."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)
