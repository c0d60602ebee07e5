"""The article's right-click menu, built from the window's own actions so their
shortcuts show: tag the selection, or act on the span or suggestion under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def article_menu(window: MainWindow, cp: int | None) -> QMenu:
    """Tag the selection by label; act on the span or suggestion at ``cp``."""
    menu = QMenu(window)
    start, end = window.view.selection()
    for label in window.session.schema.labels:
        act = window.findChild(QAction, f"tag_{label.name}")
        act.setEnabled(start != end or window.controller.selected is not None)
        menu.addAction(act)
    hits = window.view.spans_at(cp) if cp is not None else []
    if hits and window.controller.selected not in hits:
        window.controller.select_span(hits[0])
    if hits or window.controller.selected is not None:
        menu.addSeparator()
        for name in ("delete_span", "toggle_clitic", "link_speaker", "link_date"):
            menu.addAction(window.actions_by_name[name])
    suggestion = window.suggestions.at(cp) if cp is not None else None
    if suggestion is not None:
        window.suggestions.select(suggestion)
        menu.addSeparator()
        for name in ("accept_suggestion", "reject_suggestion", "accept_all_suggestions"):
            menu.addAction(window.actions_by_name[name])
    return menu
