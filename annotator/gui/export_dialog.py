"""File > Export…: any format, one layer or all, only done articles, a split."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.gui.colors import tint
from annotator.gui.i18n import num, translate
from annotator.gui.plain import ltr
from annotator.services import exporting, formats, project

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

TOOLTIP = Qt.ItemDataRole.ToolTipRole


class ExportDialog(QDialog):
    def __init__(self, layers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)  # room for the split example in any language
        self.format = QComboBox(self)
        for i, name in enumerate(formats.export_names()):
            self.format.addItem(name)
            self.format.setItemData(i, formats.exporter_info(name).description, TOOLTIP)
        self.format.setCurrentText("jsonl")
        self.out = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        self.layer = QComboBox(self)
        self.layer.addItem(self.tr("every layer"), None)
        for name in layers:
            self.layer.addItem(name, name)
        self.only_done = QCheckBox(self.tr("only articles marked done"), self)
        self.split = QLineEdit(self)
        self.split.setPlaceholderText(
            self.tr("e.g. {example} (empty: no split)").format(
                example=ltr("train=0.8,dev=0.1,test=0.1")
            )
        )
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Output"), row)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow("", self.only_done)
        form.addRow(self.tr("Split"), self.split)
        form.addRow(self.tr("Seed"), self.seed)
        self.problem = QLabel(self)  # why OK did not export (an empty output path)
        self.problem.setObjectName("exportProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.problem, "#c62828")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """OK with no output path says so and keeps the dialog open (it used to close
        and do nothing)."""
        if not self.out.text().strip():
            self.problem.setText(
                self.tr("Choose where to write the export first (type a path or press Choose…).")
            )
            self.problem.show()
            self.out.setFocus()
            return
        super().accept()

    def _browse(self) -> None:
        info = formats.exporter_info(self.format.currentText())
        if info.folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into a folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"export{info.suffix}")
        if path:
            self.out.setText(path)

    def request(self) -> dict:
        return {
            "fmt": self.format.currentText(),
            "out": self.out.text().strip(),
            "layer": self.layer.currentData(),
            "only_done": self.only_done.isChecked(),
            "split": self.split.text().strip() or None,
            "seed": self.seed.value(),
        }


def loss_line(what: str, value: object) -> str:
    """One thing the exporter reported it could not hold (``what``, a count or a list of
    cases), as ``what: count`` in the interface language."""
    from annotator.gui.messages import shown

    count = len(value) if isinstance(value, list | tuple | set) else value
    return shown(f"{what}: {count}")


def export(
    window: MainWindow,
    fmt: str,
    out: str,
    layer: str | None = None,
    only_done: bool = False,
    split: str | None = None,
    seed: int = 0,
) -> None:
    """Run the export on its own connection with a progress dialog; report the files."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path

    def job(progress):
        return project.with_project(
            path,
            lambda opened: exporting.export_dataset(
                opened, fmt, out, layer, only_done, split, seed, progress
            ),
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("ExportDialog", "Export failed, nothing was written:")
            message(window, f"{failed}\n{error}")
            return
        records = translate("ExportDialog", "{part}: {n} records → {path}")
        lines = [
            records.format(part=name or fmt, n=num(report.records[name]), path=ltr(Path(p)))
            for name, p in report.outputs.items()
        ]
        for items in report.losses.values():
            lines += [loss_line(what, value) for what, value in items]
        if report.datasheet is not None:
            sheet = translate("ExportDialog", "datasheet: {path}")
            lines.append(sheet.format(path=ltr(report.datasheet.markdown)))
        message(window, "\n".join(lines))

    window._job = run_job(window, translate("ExportDialog", "Exporting…"), job, done)
