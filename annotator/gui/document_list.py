"""The document list: a lazy Qt model over the store, with search, filters and progress."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.plain import tooltip
from annotator.services import browse
from annotator.store import ProjectStore
from annotator.store.listing import DocRow

PAGE = 200
MAX_PAGES = 50
COLUMNS = ("Title", "Lang", "Source", "Status", "Spans")
STATUS_FILTERS = (
    ("All", None),
    ("To do", "todo"),
    ("In progress", "in_progress"),
    ("Done", "done"),
    ("Skipped", "skipped"),
)
STATUS_TEXT = {"todo": "to do", "in_progress": "in progress", "done": "done", "skipped": "skipped"}


class DocumentListModel(QAbstractTableModel):
    """Holds only the filtered ids; rows are fetched a page at a time and cached."""

    def __init__(self, store: ProjectStore, annotator: str, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.annotator = annotator
        self.ids: list[int] = []
        self._pos: dict[int, int] = {}
        self._pages: OrderedDict[int, list[DocRow]] = OrderedDict()
        self.pages_fetched = 0
        self.filters: dict[str, str | None] = {"status": None, "label": None, "query": None}

    def refresh(self) -> None:
        self.beginResetModel()
        self.ids = browse.document_ids(self.store, self.annotator, **self.filters)
        self._pos = {doc_id: i for i, doc_id in enumerate(self.ids)}
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def row(self, row: int) -> DocRow:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            ids = self.ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = browse.document_rows(self.store, ids, self.annotator)
            self.pages_fetched += 1
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # item views show DisplayRole strings as plain text
            return (
                r.title or r.ext_id,
                r.lang,
                r.source,
                STATUS_TEXT.get(r.status, r.status),
                r.spans,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = f"{r.title}\nid: {r.ext_id}" + (
                f"\npublished: {r.published}" if r.published else ""
            )
            return tooltip(details)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            side = (
                Qt.AlignmentFlag.AlignRight
                if r.lang in ("ar", "fa")
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, doc_id: int) -> int | None:
        return self._pos.get(doc_id)

    def doc_id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def update_document(self, doc_id: int) -> None:
        row = self.row_of(doc_id)
        if row is None:
            return
        self._pages.pop(row // PAGE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class DocumentListDock(QWidget):
    document_activated = Signal(int)

    def __init__(self, store: ProjectStore, annotator: str, labels: list[str], parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.annotator = annotator
        self.model = DocumentListModel(store, annotator, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("documentSearch")
        self.search.setPlaceholderText("Search (ignores harakat, ZWNJ, yeh/kaf forms)")
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(text, value)
        self.label_box = QComboBox(self)
        self.label_box.addItem("All labels", None)
        for label in labels:
            self.label_box.addItem(f"with {label}", label)
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
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
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.status_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.label_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda idx: self._row_changed(idx, None))
        self._selecting = False
        self.refresh()
        self.refresh_progress()

    def refresh(self) -> None:
        """Re-query the filtered ids (keeps the current article selected if listed)."""
        current = self.model.doc_id_at(self.table.currentIndex().row())
        self.model.filters = {
            "status": self.status_box.currentData(),
            "label": self.label_box.currentData(),
            "query": self.search.text().strip() or None,
        }
        self.model.refresh()
        self.count.setText(f"{len(self.model.ids):,} of {self.store.documents.count():,} articles")
        if current is not None:
            self.select_document(current)

    def refresh_document(self, doc_id: int) -> None:
        self.model.update_document(doc_id)

    def refresh_progress(self) -> None:
        done, total = browse.progress(self.store, self.annotator)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} / {total} done")

    def select_document(self, doc_id: int) -> None:
        row = self.model.row_of(doc_id)
        if row is None:
            return
        self._selecting = True
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._selecting = False

    def _row_changed(self, index: QModelIndex, _previous) -> None:
        if self._selecting or not index.isValid():
            return
        doc_id = self.model.doc_id_at(index.row())
        if doc_id is not None:
            self.document_activated.emit(doc_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_ids(self) -> list[int]:
        return list(self.model.ids)

    def next_id(self, doc_id: int) -> int | None:
        row = self.model.row_of(doc_id)
        return self.model.doc_id_at(row + 1) if row is not None else None

    def previous_id(self, doc_id: int) -> int | None:
        row = self.model.row_of(doc_id)
        return self.model.doc_id_at(row - 1) if row is not None and row > 0 else None
