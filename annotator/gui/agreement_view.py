"""Team > Agreement…: every agreement figure between the analysts' layers, in tabs;
double-click an article in "Articles" to open it (worst first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.agreement_model import AgreementReport, ConfusionMatrix
from annotator.gui.i18n import translate
from annotator.services import agreement, evaluation, project

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _cell(value: Any) -> QTableWidgetItem:
    if isinstance(value, float):
        text = f"{round(value, 3) + 0.0:.3f}"
    elif value is None:
        text = "-"
    else:
        text = str(value)
    item = QTableWidgetItem(f"\u2068{text}\u2069")  # each cell laid out by its own direction
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if isinstance(value, int | float):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def table(rows: list[dict[str, Any]], parent: QWidget) -> QTableWidget:
    """A read-only table of dict rows (the keys of the first row are the columns)."""
    columns = list(rows[0]) if rows else []
    widget = QTableWidget(len(rows), len(columns), parent)
    widget.setHorizontalHeaderLabels(columns)
    for r, row in enumerate(rows):
        for c, name in enumerate(columns):
            widget.setItem(r, c, _cell(row.get(name)))
    widget.resizeColumnsToContents()
    return widget


def confusion_table(matrix: ConfusionMatrix, parent: QWidget) -> QTableWidget:
    widget = QTableWidget(len(matrix.labels), len(matrix.labels), parent)
    widget.setHorizontalHeaderLabels([f"{matrix.layers[1]}: {x}" for x in matrix.labels])
    widget.setVerticalHeaderLabels([f"{matrix.layers[0]}: {x}" for x in matrix.labels])
    for r, row in enumerate(matrix.counts):
        for c, value in enumerate(row):
            widget.setItem(r, c, _cell(value))
    widget.resizeColumnsToContents()
    return widget


TABS = (
    ("spans", QT_TRANSLATE_NOOP("AgreementDialog", "Spans")),
    ("coefficients", QT_TRANSLATE_NOOP("AgreementDialog", "Coefficients")),
    ("attributes", QT_TRANSLATE_NOOP("AgreementDialog", "Attributes")),
    ("links", QT_TRANSLATE_NOOP("AgreementDialog", "Links")),
    ("ranking", QT_TRANSLATE_NOOP("AgreementDialog", "Articles")),
)


class AgreementDialog(QDialog):
    def __init__(self, report: AgreementReport, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Agreement between analysts"))
        self.report = report
        self.tabs = QTabWidget(self)
        summary = QPlainTextEdit(self)
        summary.setReadOnly(True)
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        summary.setPlainText("\n".join(agreement.summary_lines(report, top=20)))
        self.tabs.addTab(summary, self.tr("Summary"))
        tables = report.tables()
        for name, title in TABS:
            widget = table(tables[name], self)
            widget.setObjectName(f"agreement_{name}")
            self.tabs.addTab(widget, translate("AgreementDialog", title))
            if name == "ranking":
                widget.cellDoubleClicked.connect(
                    lambda row, _col: self._open(window, report.ranking[row].document_id)
                )
        for matrix in report.confusion:
            title = self.tr("Confusion {layers}").format(layers="/".join(matrix.layers))
            self.tabs.addTab(confusion_table(matrix, self), title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def _open(self, window: MainWindow, doc_id: int) -> None:
        window.documents.select_document(doc_id)
        window.controller.open_document(doc_id)


def show_agreement(window: MainWindow) -> None:
    """Measure on the window's project in the background, then show the dialog."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path

    def job(progress):
        return project.with_project(
            path, lambda opened: agreement.project_agreement(opened, progress=progress)
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("AgreementDialog", "Agreement cannot be measured:")
            message(window, f"{failed}\n{error}")
            return
        window.agreement_dialog = AgreementDialog(report, window)
        window.agreement_dialog.show()

    window._job = run_job(window, translate("AgreementDialog", "Measuring agreement…"), job, done)


class EvaluationDialog(QDialog):
    """The suggestion engines scored against the gold layer (annotator evaluate)."""

    def __init__(self, report: Any, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Suggestions against the gold layer"))
        summary = QPlainTextEdit(self)
        summary.setReadOnly(True)
        summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        summary.setPlainText("\n".join(evaluation.table_lines(report)))
        rows = []
        for row in report.to_dict()["rows"]:
            rows.append(
                {
                    "label": row["label"],
                    "lang": row["lang"],
                    "gold": row["gold"],
                    "predicted": row["predicted"],
                    "exact F1": row["exact"]["f1"],
                    "overlap F1": row["overlap"]["f1"],
                    "DATE value": row["value_accuracy"],
                    "said_by": row["said_by_accuracy"],
                }
            )
        self.table = table(rows, self)
        self.table.setObjectName("evaluation_rows")
        tabs = QTabWidget(self)
        tabs.addTab(self.table, self.tr("Figures"))
        tabs.addTab(summary, self.tr("Table"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(900, 420)


def show_evaluation(window: MainWindow) -> None:
    """Score the engines on the window's project in the background, then show it."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path

    def job(progress):
        return project.with_project(
            path, lambda opened: evaluation.evaluate(opened, progress=progress)
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("EvaluationDialog", "The suggestions cannot be evaluated:")
            message(window, f"{failed}\n{error}")
            return
        window.evaluation_dialog = EvaluationDialog(report, window)
        window.evaluation_dialog.show()

    busy = translate("EvaluationDialog", "Evaluating the suggestions…")
    window._job = run_job(window, busy, job, done)
