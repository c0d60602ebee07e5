"""Plain text for widgets that interpret HTML by default (docs/architecture.md)."""

from __future__ import annotations

from PySide6 import QtGui


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: tooltips render rich text otherwise, and
    article text or titles may contain markup such as ``<img src=x>``. Long lines wrap
    (Qt's default plain-text conversion turns every space into a no-break space, so a
    long claim ran off the screen); runs of spaces are kept."""
    kept = text.replace("  ", " \u00a0")
    return QtGui.Qt.convertFromPlainText(kept, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)


def ltr(value: object) -> str:
    """``value`` isolated left-to-right (LRI ... PDI) for display next to Arabic or
    Persian text: without it the bidi algorithm reads the digits of ``2021-01-11``
    as Arabic numbers after Persian letters and shows ``11-01-2021``."""
    return f"\u2066{value}\u2069"
