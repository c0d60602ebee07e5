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

from annotator.io.layers import LayerOptions, layer_formats
from annotator.services import interchange, project

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

FOLDER_FORMATS = {"brat"}


class ImportAnnotationsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import annotations")
        self.format = QComboBox(self)
        self.format.addItems(layer_formats())
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
        self.unit.addItems(["", "utf16", "codepoint", "grapheme"])
        self.unit.setToolTip("Offset unit of doccano files (empty: the format's own)")
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

    def _browse(self) -> None:
        if self.format.currentText() in FOLDER_FORMATS:
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
