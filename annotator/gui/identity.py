"""Who is annotating: asked on first run, switched from File > Switch annotator….

Cancel never changes who you are: on first run it asks again or quits (the window
does not open under a name nobody chose); when switching it keeps the current one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from annotator.gui.i18n import translate
from annotator.services.annotate import AnnotationSession

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def ask_name(parent: QWidget | None, default: str) -> str | None:
    """The name typed at "Who is annotating?", or None when the analyst cancelled.
    An empty name is asked again."""
    prompt = translate("Identity", "Your name or initials (stored with every span and edit):")
    while True:
        name, ok = QInputDialog.getText(
            parent,
            translate("Identity", "Who is annotating?"),
            prompt,
            text=default,
        )
        if not ok:
            return None
        if name.strip():
            return name.strip()
        prompt = translate("Identity", "A name is needed. Your name or initials:")


def quit_without_name(parent: QWidget | None) -> bool:
    """Ask whether to quit after Cancel at the first "Who is annotating?"; True: quit."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Identity", "Who is annotating?"),
        translate(
            "Identity",
            "Every span and edit is recorded under the annotator's name, so the project "
            "cannot open without one.",
        ),
        parent=parent,
    )
    again = box.addButton(translate("Identity", "Enter a name"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Identity", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is not again


def first_annotator(default: str) -> str | None:
    """The name for a first run: asked until given; None when the analyst chose to
    quit instead."""
    while True:
        name = ask_name(None, default)
        if name is not None:
            return name
        if quit_without_name(None):
            return None


def choose_annotator(parent: QWidget, current: str, known: list[str]) -> str | None:
    """A name from the project's annotators (or a new one typed in), or None when
    the analyst cancelled or chose nobody: the current annotator stays."""
    names = [current, *sorted(n for n in known if n != current)]
    name, ok = QInputDialog.getItem(
        parent,
        translate("Identity", "Switch annotator"),
        translate(
            "Identity",
            "Annotate as (pick a name or type a new one; each annotator's work stays theirs):",
        ),
        names,
        0,
        True,
    )
    return name.strip() if ok and name.strip() else None


def reopen(window: MainWindow, session: AnnotationSession) -> MainWindow:
    """Replace ``window`` by a new one on ``session`` (same project), on the same
    article, with the same layout; the new window is built in the current language."""
    from annotator.gui.main_window import MainWindow

    window.save_layout()
    if window.controller.doc_id is not None:
        window.settings.set_last_document(window.project.path, window.controller.doc_id)
    new = MainWindow(session, window.settings, curation=window.curating)
    new.show()
    window.close()
    return new


def switch_annotator(window: MainWindow) -> MainWindow | None:
    """File > Switch annotator…: the new window, or None when nothing changed."""
    session = window.session
    name = choose_annotator(window, session.author, window.project.annotator_names())
    if name is None or name == session.author:
        return None
    window.settings.annotator = name
    layer = session.layer if window.curating else ""  # a curator stays on gold
    return reopen(window, AnnotationSession(window.project, name, layer))
