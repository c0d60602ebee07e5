"""The curation view's panel: the article's units, each analyst's version, and the
curator's keys (Team menu): F8 / Shift+F8 next and previous disagreement, Ctrl+1..9
take analyst N's version, Ctrl+Del reject every version, Ctrl+Shift+S settle the
gold spans as edited. Every step is one undo step (annotator.services.curation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.core.schema import missing
from annotator.gui.article_view import ArticleView
from annotator.gui.colors import TEXT_RATIO, line_color
from annotator.gui.i18n import num, translate
from annotator.gui.pending import run_at_once
from annotator.gui.plain import ltr
from annotator.services import curation
from annotator.services.annotate import AnnotationSession, DocumentState

MARKS = {"agreed": "✓", "open": "●", "resolved": "○"}
STATES = {
    "agreed": QT_TRANSLATE_NOOP("CurationPanel", "agreed"),
    "open": QT_TRANSLATE_NOOP("CurationPanel", "open"),
    "resolved": QT_TRANSLATE_NOOP("CurationPanel", "resolved"),
}
#: One colour per analyst layer, readable on light and dark backgrounds.
LAYER_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


def fsi(text: str) -> str:
    """``text`` isolated with its own direction (FSI ... PDI) inside a list row."""
    return f"\u2068{text}\u2069"


def describe(version: curation.Version, text: str) -> str:
    if not version.spans:
        return translate("CurationPanel", "(nothing here)")
    parts = []
    for s in version.spans:
        attrs = ", ".join(f"{k}={ltr(v)}" for k, v in sorted(s.attrs.items()))
        parts.append(f"{s.label} «{fsi(text[s.start : s.end])}»" + (f" [{attrs}]" if attrs else ""))
    return "; ".join(parts)


class CurationPanel(QWidget):
    message = Signal(str)
    changed = Signal(int)  # the document whose gold layer changed

    def __init__(
        self,
        session: AnnotationSession,
        view: ArticleView,
        state: Callable[[], DocumentState | None] = lambda: None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.state = state  # the gold layer's state of the open article, already loaded
        # how decisions run: the window gives its controller's (see SuggestionController)
        self.run: Callable[..., Any] = run_at_once(self.message)
        self.doc_id: int | None = None
        self.text = ""
        self.units: list[curation.Unit] = []
        self.current: int | None = None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_list = QListWidget(self)
        self.unit_list.setObjectName("curationUnits")
        self.unit_list.currentRowChanged.connect(self._row_changed)
        self.version_list = QListWidget(self)
        self.version_list.setObjectName("curationVersions")
        self.version_list.setWordWrap(True)
        self.version_list.itemActivated.connect(
            lambda item: self.take(self.version_list.row(item) + 1)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.unit_list, 2)
        layout.addWidget(QLabel(self.tr("Versions (Ctrl+number takes one):"), self))
        layout.addWidget(self.version_list, 1)

    # -- loading ---------------------------------------------------------------
    def load(self, doc_id: int) -> None:
        self.doc_id = doc_id
        self.text = self.session.document(doc_id).text
        self.current = None
        self.refresh()
        self.step(1, quiet=True)

    def refresh(self) -> None:
        if self.doc_id is None:
            return
        self.layers = curation.analyst_layers(self.session.project, self.doc_id)
        every = curation.units(self.session.project, self.doc_id, self.layers)
        self.units = [u for u in every if u.disagreement]  # agreed ones need no curator
        open_units = [u for u in self.units if u.state == "open"]
        state = self.state()
        if state is not None and state.document.id == self.doc_id:
            checks = missing(self.session.schema, state.spans, state.relations)
            lacking = [(span, check.message) for span, check in checks]
        else:
            lacking = self.session.missing(self.doc_id)
        comma = self.tr(", ", "between names in a list")
        layers = self.tr("{n} analyst layers: {names}").format(
            n=num(len(self.layers)), names=comma.join(self.layers) or self.tr("none")
        )
        counts = self.tr("{open} open of {all} disagreements; {agreed} places agreed").format(
            open=num(len(open_units)),
            all=num(len(self.units)),
            agreed=num(len(every) - len(self.units)),
        )
        checks = (
            self.tr("gold still lacks: {what}").format(
                what="; ".join(sorted({m for _, m in lacking}))
            )
            if lacking
            else self.tr("gold passes the checks")
        )
        self.summary.setText(f"{layers}\n{counts}\n{checks}")
        row = self.current
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        for unit in self.units:
            item = QListWidgetItem(
                f"{MARKS[unit.state]} {fsi(self.text[unit.start : unit.end][:60])}"
            )
            item.setToolTip(translate("CurationPanel", STATES.get(unit.state, unit.state)))
            self.unit_list.addItem(item)
        self.unit_list.blockSignals(False)
        if row is not None and row < len(self.units):
            self.unit_list.setCurrentRow(row)
            self._show_versions()
        else:
            self.version_list.clear()
        self._overlay()

    def _overlay(self) -> None:
        """The analysts' spans of the selected unit, dashed in the article (only that
        unit's: an article with hundreds of disagreements stays quick to open)."""
        unit = self.unit()
        self.view.set_suggestions(
            [s for v in unit.versions for s in v.spans] if unit is not None else []
        )

    # -- moving ----------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        self.current = row if 0 <= row < len(self.units) else None
        self._show_versions()
        self._overlay()
        unit = self.unit()
        if unit is not None:
            self.view.select(unit.start, unit.end)

    def _show_versions(self) -> None:
        self.version_list.clear()
        unit = self.unit()
        if unit is None:
            return
        base = self.version_list.palette().color(QPalette.ColorRole.Base)
        for n, version in enumerate(unit.versions, 1):
            item = QListWidgetItem(f"Ctrl+{n}  {version.layer}: {describe(version, self.text)}")
            color = QColor(LAYER_COLORS[(n - 1) % len(LAYER_COLORS)])
            item.setForeground(line_color(color, base, TEXT_RATIO))  # readable when dark
            self.version_list.addItem(item)

    def changeEvent(self, event) -> None:
        """A new palette (light or dark scheme): the versions in colours readable on it."""
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._show_versions()

    def unit(self) -> curation.Unit | None:
        return self.units[self.current] if self.current is not None else None

    def step(self, delta: int, quiet: bool = False) -> None:
        """Select the next (or previous) open disagreement, wrapping round."""
        open_rows = [i for i, u in enumerate(self.units) if u.state == "open"]
        if not open_rows:
            if not quiet:
                self.message.emit(
                    self.tr("no open disagreement in this article: Ctrl+PgDown for the next")
                )
            return
        here = self.current if self.current is not None else -1
        after = [i for i in open_rows if (i > here if delta > 0 else i < here)]
        row = (after[0] if delta > 0 else after[-1]) if after else open_rows[0 if delta > 0 else -1]
        self.unit_list.setCurrentRow(row)

    # -- deciding ---------------------------------------------------------------

    def _decide(self, action, *args) -> None:
        unit = self.unit()
        if unit is None or self.doc_id is None:
            self.message.emit(self.tr("no disagreement selected: F8 steps to the next one"))
            return
        if self.run(action, self.session, unit, *args) is None:
            return  # refused (said why) or waiting for the write lock
        self.changed.emit(self.doc_id)
        self.refresh()
        self.step(1, quiet=True)

    def take(self, n: int) -> None:
        unit = self.unit()
        if unit is not None and not 1 <= n <= len(unit.versions):
            self.message.emit(
                self.tr("there is no version {n} here (1 to {last})").format(
                    n=num(n), last=num(len(unit.versions))
                )
            )
            return
        if unit is not None:
            layer = unit.versions[n - 1].layer
            self._decide(curation.take, layer)
            self.message.emit(
                self.tr("took {layer}'s version (Ctrl+Z undoes it)").format(layer=layer)
            )

    def reject_all(self) -> None:
        self._decide(curation.reject)
        self.message.emit(self.tr("rejected every version (Ctrl+Z undoes it)"))

    def settle(self) -> None:
        self._decide(curation.settle)
        self.message.emit(self.tr("settled with the gold spans as they are (Ctrl+Z undoes it)"))
