"""Help > Annotation guidelines: the project's guidelines (its own copy, else the
shipped ones), shown as formatted Markdown and editable; saving gives the project its
own copy (annotator.services.team.set_guidelines)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.services import team
from annotator.services.project import Project


class GuidelinesDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Annotation guidelines"))
        text = team.guidelines(project)
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)  # a link in the text never opens a file
        self.view.setMarkdown(text)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.view, self.tr("Read"))
        self.tabs.addTab(self.edit, self.tr("Edit"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(820, 680)

    def save(self) -> None:
        """Keep the edited text as this project's guidelines (packages made with
        Team > Assign carry them to the analysts)."""
        text = self.edit.toPlainText()
        team.set_guidelines(self.project, text)
        self.view.setMarkdown(text)
        self.tabs.setCurrentIndex(0)
