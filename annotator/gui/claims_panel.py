"""The current article's claims as rows: claim / speaker / date / kind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Relation, Span
from annotator.gui.i18n import schema_text
from annotator.gui.plain import ltr, tooltip
from annotator.services.calendars import beside_value

COLUMNS = (
    QT_TRANSLATE_NOOP("ClaimsPanel", "Claim"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Speaker"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Date"),
    QT_TRANSLATE_NOOP("ClaimsPanel", "Kind"),
)


_PROTOTYPES: dict[bool, QTableWidgetItem] = {}


def _item(text: str, rtl: bool) -> QTableWidgetItem:
    """A cell showing ``text`` literally; in an Arabic or Persian article's row it is
    isolated right to left (RLI ... PDI): an item is laid out in the table's direction,
    so in an English window ``۱۷ آبان ۱۳۹۹`` read ``۱۷ ۱۳۹۹ آبان`` from the right.
    Cloned from a prototype with the flags and alignment set: setting those through
    Qt's Python enums costs more than the rest of the cell."""
    proto = _PROTOTYPES.get(rtl)
    if proto is None:
        proto = _PROTOTYPES[rtl] = QTableWidgetItem()
        proto.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        proto.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    item = proto.clone()
    item.setText(f"\u2067{text}\u2069" if rtl and text else text)
    item.setToolTip(tooltip(text))
    return item


def _take_items(table: QTableWidget, rows: range) -> None:
    """Take the items of ``rows`` back from ``table``, the model's signals blocked: each
    take tells the view that its cell changed, and the view then measured its
    content-sized columns again, row by row (about 1 ms a cell; 60 claims cost a
    switch to their article over 30 ms). The caller fills or removes these rows at
    once, which tells the view."""
    if not rows:
        return
    with QSignalBlocker(table.model()):
        for row in rows:
            for col in range(table.columnCount()):
                table.takeItem(row, col)


class ClaimsPanel(QWidget):
    """Lists claims with who said them and when; edits links through signals."""

    claim_selected = Signal(int)  # span id
    link_requested = Signal(int, str)  # claim span id, relation type
    unlink_requested = Signal(object)  # Relation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("claimsTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # speaker, date with its value, kind: shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the claim column stretches but never collapses below a readable width
        header.setMinimumSectionSize(60)
        self.table.setMinimumWidth(360)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(self._double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self._claims: list[Span] = []
        self._links: dict[int, dict[str, list[Relation]]] = {}
        self._updating = False
        self._signature: tuple | None = None
        self._tail_text: Callable[[Relation], str] | None = None

    def show_claims(
        self,
        spans: tuple[Span, ...],
        relations: tuple[Relation, ...],
        rtl: bool,
        entity_name: Callable[[int], str],
        lang: str = "",
    ) -> None:
        """Fill the table; in a Persian article a day's value also shows in the Solar
        Hijri calendar (2020-11-07 · ۱۷ آبان ۱۳۹۹), and in an Arabic or Persian article
        a date written in the Hijri calendar shows in it (2021-04-27 · 15 رمضان 1442 هـ):
        :func:`annotator.services.calendars.beside_value`."""
        claims = [s for s in spans if s.label == "CLAIM"]
        tails = {r.tail for r in relations}
        signature = (tuple(claims), relations, rtl, lang, tuple(s for s in spans if s.id in tails))
        if signature == self._signature:
            return  # an edit elsewhere: the table is already right
        self._signature = signature
        by_id = {s.id: s for s in spans}
        self._claims = claims
        self._links = {c.id: {"said_by": [], "dated": []} for c in self._claims}
        for rel in relations:
            if rel.head in self._links:
                self._links[rel.head].setdefault(rel.type, []).append(rel)

        def tail_text(rel: Relation) -> str:
            if rel.tail is not None and rel.tail in by_id:
                tail = by_id[rel.tail]
                value = tail.attrs.get("value")
                calendar = str(tail.attrs.get("calendar", ""))
                other = beside_value(value, tail.text, lang, calendar) if value else ""
                shown = ltr(value) + (f" · \u2067{other}\u2069" if other else "")
                return tail.text + (f" ({shown})" if value else "")
            return f"[{entity_name(rel.tail_entity)}]" if rel.tail_entity else ""

        self._tail_text = tail_text
        self._updating = True
        # replaced below: taken back (see _set_row_count)
        _take_items(self.table, range(min(len(self._claims), self.table.rowCount())))
        self._set_row_count(len(self._claims))
        for row, claim in enumerate(self._claims):
            links = self._links[claim.id]
            cells = (
                claim.text,
                "، ".join(tail_text(r) for r in links.get("said_by", [])),
                "، ".join(tail_text(r) for r in links.get("dated", [])),
                schema_text(str(claim.attrs.get("kind", ""))),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, _item(text, rtl and col < 3))
        self._updating = False

    def clear(self) -> None:
        """No rows (an article is opening; its claims come right after its first paint)."""
        self._claims, self._links, self._signature, self._tail_text = [], {}, None, None
        self._set_row_count(0)

    def _set_row_count(self, rows: int) -> None:
        """Resize the table; the cells of rows that go are taken back first. Deleted
        by Qt, an item's Python wrapper would stay registered at its address, and an
        object Qt makes there later (a text layout) came back as that wrapper."""
        table = self.table
        _take_items(table, range(rows, table.rowCount()))
        table.setRowCount(rows)

    def select_claim(self, span_id: int | None) -> None:
        self._updating = True
        self.table.clearSelection()
        for row, claim in enumerate(self._claims):
            if claim.id == span_id:
                self.table.selectRow(row)
        self._updating = False

    def claim_at(self, row: int) -> Span | None:
        return self._claims[row] if 0 <= row < len(self._claims) else None

    def _selected(self) -> None:
        if self._updating:
            return
        rows = self.table.selectionModel().selectedRows()
        claim = self.claim_at(rows[0].row()) if rows else None
        if claim is not None:
            self.claim_selected.emit(claim.id)

    def _double_clicked(self, index) -> None:
        claim = self.claim_at(index.row())
        if claim is not None and index.column() in (1, 2):
            self.link_requested.emit(claim.id, "said_by" if index.column() == 1 else "dated")

    def _menu(self, point: QPoint) -> None:
        claim = self.claim_at(self.table.rowAt(point.y()))
        if claim is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Link speaker… (S)"), lambda: self.link_requested.emit(claim.id, "said_by")
        )
        menu.addAction(
            self.tr("Link date… (D)"), lambda: self.link_requested.emit(claim.id, "dated")
        )
        for text, rel in self.unlink_entries(claim):
            menu.addAction(text, lambda r=rel: self.unlink_requested.emit(r))
        menu.exec(self.table.viewport().mapToGlobal(point))

    def unlink_entries(self, claim: Span) -> list[tuple[str, Relation]]:
        """One "Remove" entry per distinct link of ``claim``, naming where it points
        (two said_by links used to read "Remove the said_by link" twice)."""
        entries: dict[str, Relation] = {}
        links = self._links.get(claim.id, {})
        for rel in links.get("said_by", []) + links.get("dated", []):
            target = self._tail_text(rel) if self._tail_text else ""
            text = self.tr("Remove the {type} link to {target}").format(
                type=schema_text(rel.type), target=target or "?"
            )
            entries.setdefault(text, rel)
        return list(entries.items())
