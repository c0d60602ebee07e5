"""Start the Qt application on a project."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui import i18n
from annotator.gui.fonts import register_fonts
from annotator.gui.identity import first_annotator
from annotator.gui.jobs import wait_for_background
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import Project, current_user


def make_window(project: Project, annotator: str | None = None) -> MainWindow | None:
    """The main window on ``project``. The first time, asks who is annotating; None
    when the analyst cancelled and chose to quit (no window under an unchosen name)."""
    settings = Settings()
    name = annotator or settings.annotator
    if not name:
        name = first_annotator(current_user())
        if name is None:
            return None
        settings.annotator = name
    settings.add_recent(project.path)
    return MainWindow(AnnotationSession(project, name), settings)


def start_language(settings: Settings) -> str:
    """Install the language chosen in View > Language, else the system locale's."""
    return i18n.install(settings.language or i18n.system_language())


def freeze_startup_objects() -> None:
    """Leave what start-up made (modules, Qt bindings, the window and its models) out
    of every later garbage collection: collect once, then ``gc.freeze()``. A full
    collection otherwise walks all of them, tens of milliseconds landing on a key
    press, a switch or a scroll (bench/RESULTS.md, "Annotation window"). Objects made
    later are collected as usual; what start-up made lives as long as the window."""
    gc.collect()
    gc.freeze()


def run(project: Project, annotator: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    start_language(Settings())
    register_fonts()  # before any dialog: the shipped Vazirmatn draws Arabic and Persian
    window = make_window(project, annotator)
    if window is None:
        QMessageBox.information(
            None,
            i18n.translate("Identity", "Who is annotating?"),
            i18n.translate("Identity", "No annotator was chosen, so nothing was opened."),
        )
        project.close()
        return 1
    window.show()
    freeze_startup_objects()
    code = app.exec()
    wait_for_background()  # no task may outlive the interpreter's Qt objects
    for top in app.topLevelWidgets():  # widgets go before the QApplication, not in GC order
        top.deleteLater()
    app.processEvents()
    project.close()  # checkpoints: the .db file alone holds everything
    return code
