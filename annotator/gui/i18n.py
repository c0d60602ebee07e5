"""The window's language: English (the source), Arabic or Persian, through Qt's own
translation system.

Every user-visible string of the window goes through ``QCoreApplication.translate``
(module code and data, with explicit contexts) or ``self.tr`` (widgets; the context is
the class name); ``pyside6-lupdate`` collects them into ``resources/i18n/*.ts`` and
``pyside6-lrelease`` compiles those to the ``.qm`` files shipped in the package
(``resources/i18n/README.md``). Qt's own strings (OK, Cancel, the file dialog) come
from the ``qtbase_*.qm`` files that PySide6 ships.

In Arabic and Persian the whole layout mirrors and counts in the interface use the
language's digits (QLocale); stored data, offsets, ids and date values never change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from annotator.services.project import packaged_dir

#: Language code -> the language's own name, as the View > Language menu shows it.
LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "fa": "فارسی"}
RTL_LANGUAGES = ("ar", "fa")
#: The locale whose digits and separators the interface uses for each language.
LOCALES = {"en": "en_US", "ar": "ar_EG", "fa": "fa_IR"}

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class LatinKeyNames(QTranslator):
    """Keeps key names as printed on the keys (``Alt+Left``, ``Ctrl+Shift+Z``) in
    menus: Qt's own Persian file calls Alt "دگرساز", while our tooltips, the F1
    sheet and the guidelines say Alt, as the keyboard does."""

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's signature
        return source if context == "QShortcut" else None  # None: ask the next one

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # kept alive while installed
_current = "en"


def i18n_dir():
    """The folder holding annotator_ar.qm, annotator_fa.qm (and their .ts sources)."""
    return packaged_dir("annotator.resources") / "i18n"


def language_of_locale(name: str) -> str:
    """The interface language for a locale name such as ``ar_EG.UTF-8`` or ``fa-IR``:
    ``ar``, ``fa``, else ``en``."""
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else "en"


def system_language() -> str:
    """The language the system locale asks for (``LANG=fa_IR.UTF-8`` gives ``fa``)."""
    for name in QLocale.system().uiLanguages():
        lang = language_of_locale(name)
        if lang != "en":
            return lang
    return language_of_locale(QLocale.system().name())


def current_language() -> str:
    """The language installed by :func:`install` (``en`` before any)."""
    return _current


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Make ``lang`` the interface language: its translators (ours and Qt's),
    its locale for numbers and, for Arabic and Persian, a right-to-left layout.
    Widgets built afterwards use it. Returns the language installed (``en`` for
    an unknown code or a missing ``.qm``)."""
    global _current
    app = app or QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "en"
    if lang != "en":
        ours = QTranslator()
        if not ours.load(str(i18n_dir() / f"annotator_{lang}.qm")):
            lang = "en"
        else:
            qt_own = QTranslator()
            if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
                _installed.append(qt_own)
            _installed.append(ours)
            _installed.append(LatinKeyNames())  # installed last: asked first
            for translator in _installed:
                QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if lang in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
    _current = lang
    return lang


def num(n: int) -> str:
    """``n`` for a count shown in the interface, in the language's digits and
    grouping (``1,234``, ``١٬٢٣٤``, ``۱٬۲۳۴``)."""
    return QLocale(LOCALES[_current]).toString(int(n))


#: The default schema's words as the window shows them (resources/default_schema.toml):
#: attribute names, enum values, relation types and descriptions. Stored values stay
#: as they are; a project's own schema shows its own words untranslated.
SCHEMA_TEXTS = (
    QT_TRANSLATE_NOOP("Schema", "entity"),
    QT_TRANSLATE_NOOP("Schema", "kind"),
    QT_TRANSLATE_NOOP("Schema", "value"),
    QT_TRANSLATE_NOOP("Schema", "calendar"),
    QT_TRANSLATE_NOOP("Schema", "direct"),
    QT_TRANSLATE_NOOP("Schema", "indirect"),
    QT_TRANSLATE_NOOP("Schema", "gregorian"),
    QT_TRANSLATE_NOOP("Schema", "solar_hijri"),
    QT_TRANSLATE_NOOP("Schema", "hijri"),
    QT_TRANSLATE_NOOP("Schema", "said_by"),
    QT_TRANSLATE_NOOP("Schema", "dated"),
    QT_TRANSLATE_NOOP(
        "Schema", "Who is reported as saying something: a person, an office or an organisation."
    ),
    QT_TRANSLATE_NOOP("Schema", "What the speaker is reported to have said."),
    QT_TRANSLATE_NOOP("Schema", "A date or time expression."),
    QT_TRANSLATE_NOOP("Schema", "The speaker in the project's registry (entity id)."),
    QT_TRANSLATE_NOOP("Schema", "direct: quoted words; indirect: reported speech."),
    QT_TRANSLATE_NOOP(
        "Schema",
        "TIMEX3 / ISO 8601 value at the text's granularity: "
        "2020, 2020-11, 2020-11-07, 2020-W45, 2020-11-07T19:31.",
    ),
    QT_TRANSLATE_NOOP("Schema", "The calendar the text used."),
)


def schema_text(text: str) -> str:
    """A schema word or description in the interface language (itself when the
    project's schema has its own words)."""
    return translate("Schema", text) if text else text
