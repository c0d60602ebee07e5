"""Dialogs of the main window: projects, import/export with progress, speakers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.entity_picker import EntityPicker
from annotator.gui.jobs import run_job
from annotator.services import importing, project, registry
from annotator.services.annotate import AnnotationSession

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def message(parent: QWidget, text: str, icon=QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, "annotator", text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors are not HTML
    box.exec()


def show_text(parent: QWidget, title: str, text: str) -> None:
    """A read-only plain-text window (the shortcut list)."""
    box = QDialog(parent)
    box.setWindowTitle(title)
    view = QPlainTextEdit(box)
    view.setReadOnly(True)
    view.setPlainText(text)
    layout = QVBoxLayout(box)
    layout.addWidget(view)
    box.resize(640, 620)
    box.exec()


def ask_annotator(parent: QWidget | None, default: str) -> str:
    """Who is annotating: asked once, remembered in the settings."""
    name, ok = QInputDialog.getText(
        parent,
        "Who is annotating?",
        "Your name or initials (stored with every span and edit):",
        text=default,
    )
    return name.strip() if ok and name.strip() else default


def import_paths(window: MainWindow, paths: list[str]) -> None:
    path = window.project.path

    def job(progress):
        opened = project.open_project(path)
        try:
            return importing.import_paths(opened, paths, progress=progress)
        finally:
            opened.close()

    def done(report, error: str) -> None:
        if error:
            message(
                window, f"Import failed, nothing was imported:\n{error}", QMessageBox.Icon.Warning
            )
            return
        window.documents.refresh()
        window.documents.refresh_progress()
        lines = [f"Imported {report.added} articles; {len(report.duplicates)} duplicates skipped."]
        lines += [f"{Path(f.file).name}: {f.encoding}" for f in report.files if f.added][:20]
        message(window, "\n".join(lines))

    window._job = run_job(window, "Importing articles…", job, done)


def choose_entity(window: MainWindow, parent: QWidget) -> int | None:
    """Pick a speaker from the registry (for a claim whose speaker is implicit)."""
    project = window.project
    dialog = QDialog(parent)
    dialog.setWindowTitle("Choose the speaker")
    picker = EntityPicker(
        lambda q: registry.find_entities(project, q), lambda i: registry.entity(project, i), dialog
    )
    chosen: list[int] = []

    def create(name: str) -> None:
        entity = window.session.new_entity(name)
        chosen.append(entity.id)
        dialog.accept()

    picker.entity_chosen.connect(lambda i: (chosen.append(i), dialog.accept()))
    picker.entity_create_requested.connect(create)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    dialog.resize(420, 360)
    dialog.exec()
    return chosen[0] if chosen else None


def switch_project(window: MainWindow, path: str) -> None:
    from annotator.gui.main_window import MainWindow

    try:
        opened = project.open_project(path, create=False)
    except project.ProjectError as exc:
        message(window, str(exc), QMessageBox.Icon.Warning)
        return
    window.settings.add_recent(path)
    new = MainWindow(AnnotationSession(opened, window.session.author), window.settings)
    new.show()
    window.close()


def open_project(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, "Open project", "", "annotator projects (*.db *.sqlite);;All files (*)"
    )
    if path:
        switch_project(window, path)


def new_project(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, "New project", "project.db", "annotator projects (*.db)"
    )
    if not path:
        return
    try:
        project.init_project(path).close()
    except project.ProjectError as exc:
        message(window, str(exc), QMessageBox.Icon.Warning)
        return
    switch_project(window, path)


def confirm_done(parent: QWidget, problems: list[str]) -> str:
    """Ask what to do about what an article still lacks: "fix" (go to the first),
    "done" (mark it done anyway) or "" (cancel). Plain text: messages name labels only."""
    shown = problems[:15] + ([f"… and {len(problems) - 15} more"] if len(problems) > 15 else [])
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Not finished yet",
        "This article still lacks:\n\n" + "\n".join(f"• {p}" for p in shown),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    fix = box.addButton("Fix the first one", QMessageBox.ButtonRole.AcceptRole)
    done = box.addButton("Mark done anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(fix)
    box.exec()
    clicked = box.clickedButton()
    return "fix" if clicked is fix else "done" if clicked is done else ""
