"""File > Import annotations…: another tool's spans as one layer, with progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from annotator.io.layers import LayerOptions
from annotator.services import formats, interchange, project

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class ImportAnnotationsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import annotations")
        self.format = QComboBox(self)
        self.format.addItems(formats.layer_names())
        self.paths = QLineEdit(self)
        self.paths.setPlaceholderText("files or a folder")
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.paths, 1)
        row.addWidget(browse)
        self.layer = QLineEdit(self)
        self.layer.setPlaceholderText("default: from the file, else import:FORMAT")
        self.unit = QComboBox(self)
        self.unit.setToolTip("Offset unit of the files (empty: the format's own)")
        self.format.currentTextChanged.connect(self._format_changed)
        self._format_changed(self.format.currentText())
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("From", row)
        form.addRow("Layer name", self.layer)
        form.addRow("Offset unit", self.unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.selected: list[str] = []

    def _format_changed(self, fmt: str) -> None:
        """Offer the offset units the format accepts (none when its unit is fixed)."""
        units = formats.layer_units(fmt) if fmt else ()
        self.unit.clear()
        self.unit.addItems(["", *units])
        self.unit.setEnabled(bool(units))

    def _browse(self) -> None:
        if formats.layer_info(self.format.currentText()).folder:
            folder = QFileDialog.getExistingDirectory(self, "Folder of annotations")
            self.selected = [folder] if folder else []
        else:
            self.selected, _ = QFileDialog.getOpenFileNames(self, "Annotation files")
        self.paths.setText("; ".join(self.selected))

    def request(self) -> tuple[str, list[str], LayerOptions]:
        paths = self.selected or [p.strip() for p in self.paths.text().split(";") if p.strip()]
        return (
            self.format.currentText(),
            paths,
            LayerOptions(self.layer.text().strip(), self.unit.currentText()),
        )


def import_annotations(window: MainWindow, fmt: str, paths: list[str], options: LayerOptions):
    """Run the import on its own connection; report in one message."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path

    def job(progress):
        opened = project.open_project(path)
        try:
            return interchange.import_layers(
                opened, paths, fmt, options, progress=progress, author=window.session.author
            )
        finally:
            opened.close()

    def done(report, error: str) -> None:
        if error:
            message(window, f"Import failed, nothing was imported:\n{error}")
            return
        window.documents.refresh()
        window.controller.reload()
        message(
            window,
            f"Imported {report.spans} spans and {report.relations} relations "
            f"({report.documents_matched} documents matched, "
            f"{report.documents_created} created).",
        )

    window._job = run_job(window, "Importing annotations…", job, done)
