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

from annotator.gui.i18n import num, translate
from annotator.gui.plain import ltr
from annotator.io.layers import LayerOptions
from annotator.services import formats, interchange, project

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class ImportAnnotationsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import annotations"))
        self.setMinimumWidth(560)
        self.format = QComboBox(self)
        self.format.addItems(formats.layer_names())
        self.paths = QLineEdit(self)
        self.paths.setPlaceholderText(self.tr("files or a folder"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.paths, 1)
        row.addWidget(browse)
        self.layer = QLineEdit(self)
        self.layer.setPlaceholderText(
            self.tr("default: from the file, else {name}").format(name=ltr("import:FORMAT"))
        )
        self.unit = QComboBox(self)
        self.unit.setToolTip(self.tr("Offset unit of the files (empty: the format's own)"))
        self.format.currentTextChanged.connect(self._format_changed)
        self._format_changed(self.format.currentText())
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("From"), row)
        form.addRow(self.tr("Layer name"), self.layer)
        form.addRow(self.tr("Offset unit"), self.unit)
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
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of annotations"))
            self.selected = [folder] if folder else []
        else:
            self.selected, _ = QFileDialog.getOpenFileNames(self, self.tr("Annotation files"))
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
        return project.with_project(
            path,
            lambda opened: interchange.import_layers(
                opened, paths, fmt, options, progress=progress, author=window.session.author
            ),
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("Dialogs", "Import failed, nothing was imported:")
            message(window, f"{failed}\n{error}")
            return
        window.documents.refresh()
        window.controller.reload()
        text = translate(
            "ImportAnnotationsDialog",
            "Imported {spans} spans and {relations} relations "
            "({matched} documents matched, {created} created).",
        )
        counts = (report.spans, report.relations, report.documents_matched)
        spans, relations, matched = (num(n) for n in counts)
        created = num(report.documents_created)
        message(
            window,
            text.format(spans=spans, relations=relations, matched=matched, created=created),
        )

    window._job = run_job(
        window, translate("ImportAnnotationsDialog", "Importing annotations…"), job, done
    )
