"""Dialogs of the main window: projects, import/export with progress, speakers."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.actions import help_rows
from annotator.gui.entity_picker import EntityPicker
from annotator.gui.i18n import num, translate
from annotator.gui.jobs import run_job
from annotator.gui.messages import shown
from annotator.services import importing, project, registry
from annotator.services.annotate import AnnotationSession

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def message(parent: QWidget, text: str, icon=QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, translate("Dialogs", "annotator"), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors are not HTML
    box.exec()


_MENU = QT_TRANSLATE_NOOP("Dialogs", "Menu")
_COMMAND = QT_TRANSLATE_NOOP("Dialogs", "Command")
_KEYS = QT_TRANSLATE_NOOP("Dialogs", "Keys")


def show_shortcuts(
    parent: QWidget,
    label_keys: list[tuple[str, str]],
    keys: Mapping[str, tuple[str, ...]] | None = None,
) -> QDialog:
    """The F1 sheet: every shortcut in a table (what it does, keys), grouped by menu;
    ``keys``: the actions' keys as the analyst set them."""
    box = QDialog(parent)
    box.setObjectName("shortcutsDialog")
    box.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
    rows = help_rows(label_keys, keys)
    table = QTableWidget(len(rows), 3, box)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels(
        [
            translate("Dialogs", "Menu"),
            translate("Dialogs", "Command"),
            translate("Dialogs", "Keys"),
        ]
    )
    for row, (section, keys, what) in enumerate(rows):
        for col, text in enumerate((section, what, keys)):
            table.setItem(row, col, QTableWidgetItem(text))  # shown literally
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, box)
    buttons.rejected.connect(box.reject)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    layout.addWidget(buttons)
    box.resize(720, 640)
    box.open()
    return box


def import_paths(window: MainWindow, paths: list[str]) -> None:
    path = window.project.path

    def job(progress):
        return project.with_project(
            path, lambda opened: importing.import_paths(opened, paths, progress=progress)
        )

    def done(report, error: str) -> None:
        if error:
            text = translate("Dialogs", "Import failed, nothing was imported:")
            message(window, f"{text}\n{error}", QMessageBox.Icon.Warning)
            return
        window.documents.refresh()
        window.documents.refresh_progress()
        imported = translate("Dialogs", "Imported {added} articles; {skipped} duplicates skipped.")
        lines = [imported.format(added=num(report.added), skipped=num(len(report.duplicates)))]
        lines += [f"{Path(f.file).name}: {f.encoding}" for f in report.files if f.added][:20]
        message(window, "\n".join(lines))

    window._job = run_job(window, translate("Dialogs", "Importing articles…"), job, done)


def choose_entity(window: MainWindow, parent: QWidget) -> int | None:
    """Pick a speaker from the registry (for a claim whose speaker is implicit)."""
    project = window.project
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Choose the speaker"))
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
        message(window, shown(exc), QMessageBox.Icon.Warning)
        return
    window.settings.add_recent(path)
    new = MainWindow(AnnotationSession(opened, window.session.author), window.settings)
    new.show()
    old = window.project
    window.close()  # checkpoints the old project
    if old.path != opened.path:
        old.close()


def open_project(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("Dialogs", "Open project"),
        "",
        translate("Dialogs", "annotator projects")
        + " (*.db *.sqlite);;"
        + translate("Dialogs", "All files")
        + " (*)",
    )
    if path:
        switch_project(window, path)


def new_project(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("Dialogs", "New project"),
        "project.db",
        translate("Dialogs", "annotator projects") + " (*.db)",
    )
    if not path:
        return
    try:
        project.init_project(path).close()
    except project.ProjectError as exc:
        message(window, shown(exc), QMessageBox.Icon.Warning)
        return
    switch_project(window, path)


def confirm_done(parent: QWidget, problems: list[str]) -> str:
    """Ask what to do about what an article still lacks: "fix" (go to the first),
    "done" (mark it done anyway) or "" (cancel). Plain text: messages name labels only."""
    more = translate("Dialogs", "… and {n} more").format(n=num(len(problems) - 15))
    shown = problems[:15] + ([more] if len(problems) > 15 else [])
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Not finished yet"),
        translate("Dialogs", "This article still lacks:")
        + "\n\n"
        + "\n".join(f"• {p}" for p in shown),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    fix = box.addButton(
        translate("Dialogs", "Fix the first one"), QMessageBox.ButtonRole.AcceptRole
    )
    done = box.addButton(
        translate("Dialogs", "Mark done anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(fix)
    box.exec()
    clicked = box.clickedButton()
    return "fix" if clicked is fix else "done" if clicked is done else ""
