"""The window's colour scheme: the system's (light or dark, followed while the window
runs) or one chosen in View > Colour scheme.

Qt 6.5+ reports the desktop's scheme (``QStyleHints.colorScheme``) and its changes
(``colorSchemeChanged``); Qt 6.8+ can be asked for one (``setColorScheme``), which
the platform applies where it can (Windows, macOS, GNOME through the desktop portal).
Where the palette does not follow (most Linux desktops without a portal, Xvfb, the
offscreen platform), a dark palette is set on the application here, and the default
one put back for light. The article's highlights take their colours from the palette
(highlights.py), so they change with it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from annotator.gui.colors import palette_is_dark, retint

SCHEMES = {
    "system": QT_TRANSLATE_NOOP("Menus", "Follow the &system"),
    "light": QT_TRANSLATE_NOOP("Menus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "&Dark"),
}
_QT = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}

DARK_ROLES = {
    QPalette.ColorRole.Window: "#262626",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1c1c1c",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333333",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Light: "#404040",
    QPalette.ColorRole.Midlight: "#363636",
    QPalette.ColorRole.Mid: "#2c2c2c",
    QPalette.ColorRole.Dark: "#141414",
    QPalette.ColorRole.Shadow: "#000000",
}
DISABLED_TEXT = "#8a8a8a"


class _State:
    choice = "system"
    reported = Qt.ColorScheme.Unknown  # what the system said last
    ours = False  # the application's palette is one set here
    connected = False


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text 12:1 on the article's background)."""
    palette = QPalette()
    for role, color in DARK_ROLES.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def wants_dark(choice: str) -> bool | None:
    """Whether ``choice`` means dark (None: the system has not said; its palette decides)."""
    if choice in _QT:
        return choice == "dark"
    if _State.reported == Qt.ColorScheme.Unknown:
        return None
    return _State.reported == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the application is drawn dark now."""
    app = QGuiApplication.instance()
    return app is not None and palette_is_dark(app.palette())


def apply(choice: str) -> bool:
    """Draw the application in ``choice`` ("system", "light", "dark"), and from now on
    follow the system's changes while ``choice`` is "system". Returns whether it is
    dark now."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    _State.choice = choice if choice in SCHEMES else "system"
    hints = app.styleHints()
    if not _State.connected:
        _State.reported = hints.colorScheme()
        hints.colorSchemeChanged.connect(_system_changed)
        _State.connected = True
    if _State.choice in _QT:
        hints.setColorScheme(_QT[_State.choice])
    else:
        hints.unsetColorScheme()
    want = wants_dark(_State.choice)
    if _State.ours and want is not True:
        app.setPalette(QPalette())  # the platform's own palette back
        _State.ours = False
    if want is not None and want != palette_is_dark(app.palette()):
        # the platform did not follow: draw it here
        app.setPalette(dark_palette() if want else app.style().standardPalette())
        _State.ours = True
    retint()
    return palette_is_dark(app.palette())


def _system_changed(scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it unless a scheme was
    chosen in the window."""
    _State.reported = scheme
    if _State.choice == "system":
        apply("system")
