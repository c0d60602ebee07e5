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
from annotator.gui.i18n import num, translate
from annotator.gui.messages import merge_summary, shown
from annotator.gui.plain import ltr
from annotator.services import project, team

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


class AssignDialog(QDialog):
    """Who gets which articles: analysts, the shared share, seed, output folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign articles to analysts"))
        self.analysts = QLineEdit(self)
        self.analysts.setPlaceholderText("amina, reza, sara")
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(0.0, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setValue(0.2)
        self.overlap.setToolTip(
            self.tr("Share of articles given to two analysts, to measure agreement")
        )
        self.every = QCheckBox(self.tr("every article to two analysts"), self)
        self.every.toggled.connect(lambda on: self.overlap.setEnabled(not on))
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.out = QLineEdit(self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Analysts"), self.analysts)
        form.addRow(self.tr("Shared"), self.overlap)
        form.addRow("", self.every)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Packages folder"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packages"))
        if folder:
            self.out.setText(folder)

    def request(self) -> dict:
        """The assignment asked for; AssignError (one line) when it cannot be made."""
        names = parse_analysts(self.analysts.text())
        out = self.out.text().strip()
        if not out:
            raise AssignError(translate("AssignDialog", "choose a folder for the packages"))
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
        return project.with_project(
            path, lambda opened: team.assign_packages(opened, progress=progress, **request)
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("AssignDialog", "No packages were written:")
            message(window, f"{failed}\n{error}")
            return
        each = translate("AssignDialog", "{package}: {n} articles")
        lines = [
            each.format(package=p.name, n=num(report.documents[n]))
            for n, p in report.packages.items()
        ]
        shared = translate("AssignDialog", "{shared} of {total} articles are shared.")
        lines.append(shared.format(shared=num(report.shared), total=num(report.total)))
        folder = translate("AssignDialog", "Folder: {path}")
        lines.append(folder.format(path=ltr(report.out_dir)))
        message(window, "\n".join(lines))

    window._job = run_job(window, translate("AssignDialog", "Writing packages…"), job, done)


def merge(window: MainWindow, paths: list[str]) -> None:
    """Merge analysts' packages into this project with a progress dialog."""
    from annotator.gui.dialogs import message
    from annotator.gui.jobs import run_job

    path = window.project.path
    author = window.session.author

    def job(progress):
        return project.with_project(
            path, lambda opened: team.merge_packages(opened, paths, progress, author=author)
        )

    def done(report, error: str) -> None:
        if error:
            failed = translate("AssignDialog", "Nothing was merged:")
            message(window, f"{failed}\n{error}")
            return
        window.documents.refresh()
        window.controller.reload()
        conflicts = report.registry.conflicts[:10]
        text = merge_summary(report) + (
            "\n\n"
            + translate("AssignDialog", "Registry conflicts:")
            + "\n"
            + "\n".join(shown(c) for c in conflicts)
            if conflicts
            else ""
        )
        message(window, text)

    window._job = run_job(window, translate("AssignDialog", "Merging packages…"), job, done)
