"""Choose a font that shapes Arabic and Persian well from what is installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

PREFERRED = (
    "Vazirmatn",
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Amiri",
    "Tahoma",
    "Segoe UI",
    "DejaVu Sans",
)
DEFAULT_POINT_SIZE = 14


def arabic_families() -> list[str]:
    """Installed families that can write Arabic script, preferred ones first."""
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    first = [f for f in PREFERRED if f in installed]
    return first + sorted(f for f in installed if f not in first)


def article_font(family: str = "", point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """The article font: ``family`` if installed, else the best available one."""
    families = arabic_families()
    if not family or family not in families:
        family = families[0] if families else "DejaVu Sans"
    font = QFont(family)
    font.setPointSize(point_size)
    return font
