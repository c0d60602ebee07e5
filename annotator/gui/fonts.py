"""Article fonts: Vazirmatn ships with the program (resources/fonts, SIL Open Font
License) and is registered before the first article is drawn; each article language
has its own font setting, Vazirmatn by default for both."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from annotator.services.project import packaged_dir

log = logging.getLogger(__name__)

SHIPPED_FAMILY = "Vazirmatn"
SHIPPED_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
PREFERRED = (
    SHIPPED_FAMILY,
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Amiri",
    "Tahoma",
    "Segoe UI",
    "DejaVu Sans",
)
DEFAULT_POINT_SIZE = 14
# The languages with an article font of their own; any other article uses Arabic's.
FONT_LANGUAGES = ("ar", "fa")

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the shipped fonts to Qt's font database (once per process; needs a
    QGuiApplication) and return the families they provide. A missing or unreadable
    file is logged and skipped: the article then uses an installed font."""
    global _registered
    if _registered is not None:
        return _registered
    if QGuiApplication.instance() is None:
        return []  # too early: the window's own call registers them
    folder = packaged_dir("annotator.resources") / "fonts"
    families: list[str] = []
    for name in SHIPPED_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("could not load the font %s", folder / name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _registered = families
    return families


def arabic_families() -> list[str]:
    """Installed and shipped families that can write Arabic script, preferred first."""
    register_fonts()
    installed = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    first = [f for f in PREFERRED if f in installed]
    return first + sorted(f for f in installed if f not in first)


def font_language(lang: str) -> str:
    """Whose font setting an article in ``lang`` uses: "fa" for Persian, else "ar"."""
    return lang if lang in FONT_LANGUAGES else "ar"


def article_font(family: str = "", point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    """The article font: ``family`` if available, else the best available one
    (Vazirmatn, shipped)."""
    families = arabic_families()
    if not family or family not in families:
        family = families[0] if families else "DejaVu Sans"
    font = QFont(family)
    font.setPointSize(point_size)
    return font
