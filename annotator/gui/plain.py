"""Plain text for widgets that interpret HTML by default (DESIGN.md section 2)."""

from __future__ import annotations

from PySide6 import QtGui


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: tooltips render rich text otherwise, and
    article text or titles may contain markup such as ``<img src=x>``."""
    return QtGui.Qt.convertFromPlainText(text)
