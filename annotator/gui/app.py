"""Start the Qt application on a project."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from annotator.gui.dialogs import ask_annotator
from annotator.gui.jobs import wait_for_background
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import Project, current_user


def make_window(project: Project, annotator: str | None = None) -> MainWindow:
    """The main window on ``project``; asks who is annotating the first time."""
    settings = Settings()
    name = annotator or settings.annotator
    if not name:
        name = ask_annotator(None, current_user())
        settings.annotator = name
    settings.add_recent(project.path)
    return MainWindow(AnnotationSession(project, name), settings)


def run(project: Project, annotator: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    window = make_window(project, annotator)
    window.show()
    code = app.exec()
    wait_for_background()  # no task may outlive the interpreter's Qt objects
    window.deleteLater()  # widgets go before the QApplication, not in GC order
    app.processEvents()
    return code
