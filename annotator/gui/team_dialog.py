"""Team > Assign… and Team > Merge…: packages for analysts and their work back,
each run on its own connection with progress (annotator.services.team)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from annotator.core.assign import AssignError, parse_analysts
from annotator.services import project, team

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class AssignDialog(QDialog):
    """Who gets which articles: analysts, the shared share, seed, output folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign articles to analysts")
        self.analysts = QLineEdit(self)
        self.analysts.setPlaceholderText("amina, reza, sara")
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(0.0, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setValue(0.2)
        self.overlap.setToolTip("Share of articles given to two analysts, to measure agreement")
        self.every = QCheckBox("every article to two analysts", self)
        self.every.toggled.connect(lambda on: self.overlap.setEnabled(not on))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.out = QLineEdit(self)
        browse = QPushButton("Choose…", self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("Analysts", self.analysts)
        form.addRow("Shared", self.overlap)
        form.addRow("", self.every)
        form.addRow("Seed", self.seed)
        form.addRow("Packages folder", row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the packages")
        if folder:
            self.out.setText(folder)

    def request(self) -> dict:
        """The assignment asked for; AssignError (one line) when it cannot be made."""
        names = parse_analysts(self.analysts.text())
        out = self.out.text().strip()
        if not out:
            raise AssignError("choose a folder for the packages")
        return {
            "analysts": names,
            "out_dir": out,
            "overlap": 1.0 if self.every.isChecked() else self.overlap.value(),
            "per_doc": 2,
            "seed": self.seed.value(),
        }


def assign(window: MainWindow, **request) -> None:
    """Write the packages with a progress dialog; say where they went."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path

    def job(progress):
        opened = project.open_project(path)
        try:
            return team.assign_packages(opened, progress=progress, **request)
        finally:
            opened.close()

    def done(report, error: str) -> None:
        if error:
            message(window, f"No packages were written:\n{error}")
            return
        lines = [f"{p.name}: {report.documents[n]} articles" for n, p in report.packages.items()]
        lines.append(f"{report.shared} of {report.total} articles are shared.")
        lines.append(f"Folder: {report.out_dir}")
        message(window, "\n".join(lines))

    window._job = run_job(window, "Writing packages…", job, done)


def merge(window: MainWindow, paths: list[str]) -> None:
    """Merge analysts' packages into this project with a progress dialog."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path
    author = window.session.author

    def job(progress):
        opened = project.open_project(path)
        try:
            return team.merge_packages(opened, paths, progress, author=author)
        finally:
            opened.close()

    def done(report, error: str) -> None:
        if error:
            message(window, f"Nothing was merged:\n{error}")
            return
        window.documents.refresh()
        window.controller.reload()
        conflicts = report.registry.conflicts[:10]
        text = report.summary() + (
            "\n\nRegistry conflicts:\n" + "\n".join(conflicts) if conflicts else ""
        )
        message(window, text)

    window._job = run_job(window, "Merging packages…", job, done)
