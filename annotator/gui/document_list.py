"""The document list: a lazy Qt model over the browse service, with search, filters and progress.

The model holds only the filtered document ids (sorted, so positions are found by
bisection and a reset costs one query); the rows a view asks for are fetched a page
of 200 at a time and kept in a small LRU cache, so 100,000 articles cost a few pages.
Titles are shown through DisplayRole (plain text in item views) and tooltips go
through ``Qt.convertFromPlainText``: titles may contain ``<b>`` or ``<img src=x>``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import num, translate
from annotator.gui.plain import tooltip
from annotator.services import browse
from annotator.services.project import Project

if TYPE_CHECKING:
    from annotator.services.browse import DocRow

PAGE = 200
MAX_PAGES = 16  # LRU pages kept: 3,200 rows
DEBOUNCE_MS = 250
ROW_HEIGHT_EXTRA = 6
COLUMNS = (
    QT_TRANSLATE_NOOP("DocumentList", "Title"),
    QT_TRANSLATE_NOOP("DocumentList", "Lang"),
    QT_TRANSLATE_NOOP("DocumentList", "Source"),
    QT_TRANSLATE_NOOP("DocumentList", "Status"),
    QT_TRANSLATE_NOOP("DocumentList", "Spans"),
)
TITLE, LANG, SOURCE, STATUS, SPANS = range(len(COLUMNS))
STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("DocumentList", "All"), None),
    (QT_TRANSLATE_NOOP("DocumentList", "To do"), "todo"),
    (QT_TRANSLATE_NOOP("DocumentList", "In progress"), "in_progress"),
    (QT_TRANSLATE_NOOP("DocumentList", "Done"), "done"),
    (QT_TRANSLATE_NOOP("DocumentList", "Skipped"), "skipped"),
)
STATUS_TEXT = {
    "todo": QT_TRANSLATE_NOOP("DocumentList", "to do"),
    "in_progress": QT_TRANSLATE_NOOP("DocumentList", "in progress"),
    "done": QT_TRANSLATE_NOOP("DocumentList", "done"),
    "skipped": QT_TRANSLATE_NOOP("DocumentList", "skipped"),
}
RTL_LANGS = ("ar", "fa")
_RIGHT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class DocumentListModel(QAbstractTableModel):
    """Title, Lang, Source, Status, Spans for the filtered documents, fetched lazily."""

    def __init__(self, project: Project, layer: str, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.ids: list[int] = []  # sorted: listing ids come in id order
        self.filters: dict[str, str | None] = {"status": None, "label": None, "query": None}
        self._pages: OrderedDict[int, list[DocRow]] = OrderedDict()
        self.pages_fetched = 0  # how many page queries ran (tests check laziness)

    # -- the id list -----------------------------------------------------------
    def set_filters(self, status=None, label=None, query=None) -> None:
        self.filters = {"status": status, "label": label, "query": query}
        self.refresh()

    def refresh(self) -> None:
        """Re-query the filtered ids; the reset drops the row cache and nothing else."""
        ids = browse.document_ids(self.project, self.layer, **self.filters)
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self.endResetModel()

    def row_of(self, doc_id: int) -> int | None:
        """The row showing ``doc_id``, or None when the filters hide it."""
        i = bisect_left(self.ids, doc_id)
        return i if i < len(self.ids) and self.ids[i] == doc_id else None

    def doc_id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def next_id(self, doc_id: int) -> int | None:
        """The first listed id after ``doc_id`` (which need not be listed)."""
        i = bisect_right(self.ids, doc_id)
        return self.ids[i] if i < len(self.ids) else None

    def previous_id(self, doc_id: int) -> int | None:
        """The last listed id before ``doc_id`` (which need not be listed)."""
        i = bisect_left(self.ids, doc_id)
        return self.ids[i - 1] if i > 0 else None

    # -- rows ------------------------------------------------------------------
    def doc_row(self, row: int) -> DocRow | None:
        """The row's data, fetching (and caching) its page on first use."""
        if not 0 <= row < len(self.ids):
            return None
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            ids = self.ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = browse.document_rows(self.project, ids, self.layer)
            self.pages_fetched += 1
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def update_document(self, doc_id: int) -> bool | None:
        """Re-fetch one row after an edit (status, spans, title) and repaint it. The
        row stays even if it no longer matches the filters, until the next refresh.
        Returns whether its status changed (None: not known, the row was not loaded)."""
        row = self.row_of(doc_id)
        if row is None:
            return None
        changed = None
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is not None:
            fresh = browse.document_rows(self.project, [doc_id], self.layer)
            if fresh and offset < len(page) and page[offset].id == doc_id:
                changed = page[offset].status != fresh[0].status
                page[offset] = fresh[0]
            else:
                del self._pages[page_no]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return changed

    # -- Qt model API ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("DocumentList", COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        r = self.doc_row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # item views draw this as plain text
            if col == TITLE:
                return r.title or r.ext_id
            if col == LANG:
                return r.lang
            if col == SOURCE:
                return r.source
            if col == STATUS:
                return translate("DocumentList", STATUS_TEXT.get(r.status, r.status))
            return r.spans  # an int: the view shows it in its locale's digits
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [r.title, translate("DocumentList", "id: {id}").format(id=r.ext_id)]
            if r.published:
                published = translate("DocumentList", "published: {date}")
                lines.append(published.format(date=r.published))
            return tooltip("\n".join(lines))
        # TextAlignmentRole: Arabic/Persian titles and sources hug the right edge.
        if col in (TITLE, SOURCE):
            return _RIGHT if r.lang in RTL_LANGS else _LEFT
        return Qt.AlignmentFlag.AlignCenter if col in (LANG, SPANS) else _LEFT


class DirectionDelegate(QStyledItemDelegate):
    """Lays an Arabic or Persian row's text out right-to-left, so a title that starts
    with Latin letters or digits keeps its word order (and elides on the left)."""

    def initStyleOption(self, option, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        row = index.model().doc_row(index.row())
        if row is not None and row.lang in RTL_LANGS:
            option.direction = Qt.LayoutDirection.RightToLeft


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
)


class DocumentListDock(QWidget):
    """Search box, status and label filters, the list, a count and a progress bar.

    ``document_activated(doc_id)`` is emitted when the user moves to a row or presses
    Enter on it; :meth:`select_document` (the window following the article it shows)
    selects quietly.
    """

    document_activated = Signal(int)

    def __init__(self, project: Project, layer: str, labels: list[str], parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.model = DocumentListModel(project, layer, self)
        self._selecting = False
        self._total = 0

        self.search = QLineEdit(self)
        self.search.setObjectName("documentSearch")
        self.search.setPlaceholderText(self.tr("Search (ignores harakat, ZWNJ, yeh/kaf forms)"))
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("statusFilter")
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(translate("DocumentList", text), value)
        self.label_box = QComboBox(self)
        self.label_box.setObjectName("labelFilter")
        self.label_box.addItem(self.tr("All labels"), None)
        for label in labels:
            self.label_box.addItem(label, label)
        self.table = self._build_table()
        self.table.setItemDelegate(DirectionDelegate(self.table))
        self.count = QLabel(self)
        self.count.setObjectName("documentCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setTextVisible(True)

        filters = QHBoxLayout()
        filters.addWidget(self.status_box)
        filters.addWidget(self.label_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.label_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.refresh_progress()
        self.refresh()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("documentTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the list; it never opens another article
        table.setWordWrap(False)
        table.setSortingEnabled(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures rows
        rows.setDefaultSectionSize(table.fontMetrics().height() + ROW_HEIGHT_EXTRA)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        # Fixed widths: ResizeToContents would fetch rows just to measure them.
        width = table.fontMetrics().horizontalAdvance
        sizes = {
            LANG: "Lang__",
            SOURCE: "lebanon24",  # a source name is a word; the title needs the room
            STATUS: translate("DocumentList", STATUS_TEXT["in_progress"]) + "__",
            SPANS: "Spans_",
        }
        for col, sample in sizes.items():
            title = translate("DocumentList", COLUMNS[col]) + "____"
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width(sample), width(title)))
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        return table

    # -- public API --------------------------------------------------------------
    def refresh(self) -> None:
        """Re-query the filtered ids; the shown article stays selected if listed."""
        self._debounce.stop()
        current = self.model.doc_id_at(self.table.currentIndex().row())
        query = self.search.text().strip()
        self.model.set_filters(
            self.status_box.currentData(), self.label_box.currentData(), query or None
        )
        self._update_count()
        if current is not None:
            self.select_document(current)

    def refresh_document(self, doc_id: int) -> None:
        """Repaint one article's row after it was edited, and the progress bar if its
        status may have changed (counting 100,000 statuses took 6 ms a label key)."""
        if self.model.update_document(doc_id) is not False:
            self.refresh_progress()

    def refresh_progress(self) -> None:
        done, total = browse.progress(self.project, self.layer)
        self._total = total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("{done} / {total} done").format(done=num(done), total=num(total))
        )
        self._update_count()

    def select_document(self, doc_id: int) -> None:
        """Select and show ``doc_id``'s row without emitting document_activated."""
        row = self.model.row_of(doc_id)
        self._selecting = True
        try:
            if row is None:
                self.table.clearSelection()
                return
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, TITLE))
        finally:
            self._selecting = False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_ids(self) -> list[int]:
        return list(self.model.ids)

    def next_id(self, doc_id: int) -> int | None:
        """The next article in the filtered list (by id), or None at the end."""
        return self.model.next_id(doc_id)

    def previous_id(self, doc_id: int) -> int | None:
        """The previous article in the filtered list (by id), or None at the start."""
        return self.model.previous_id(doc_id)

    # -- internals ---------------------------------------------------------------
    def _update_count(self) -> None:
        text = self.tr("{shown} of {total} articles")
        self.count.setText(text.format(shown=num(len(self.model.ids)), total=num(self._total)))

    def _row_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting and index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        doc_id = self.model.doc_id_at(index.row())
        if doc_id is not None:
            self.document_activated.emit(doc_id)
