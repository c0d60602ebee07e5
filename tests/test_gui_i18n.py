"""The window in Arabic and Persian: language switch, mirrored layout, digits, and no
English left in any widget, menu, dock, dialog or tooltip."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QTableView,
    QTableWidget,
    QWidget,
)

from annotator.gui import dialogs, i18n
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.io.exporters import export_formats
from annotator.io.layers import layer_formats
from annotator.services.annotate import AnnotationSession

# Proper nouns, format and label names, data and symbols that read the same in
# every language.
SAME_IN_EVERY_LANGUAGE = {
    "annotator",
    "SPEAKER",
    "CLAIM",
    "DATE",
    "English",
    "YYYY-MM-DD",
    "manual",
    "amina",
    "reza",
    "gold",
    "amina, reza, sara",  # example names in the assign dialog
    "ar",
    "fa",
    "utf16",
    "codepoint",
    "grapheme",
    *export_formats(),
    *layer_formats(),
}
KEY = r"((Ctrl|Alt|Shift)\+)*([A-Z0-9\[\]=+-]|F\d+|Del|Backspace|Return|PgUp|PgDown|Left|Right)"
KEYS = re.compile(rf"^\u2066?{KEY}(, {KEY})*\u2069?$")
# widgets that show the article's own text (a title, a span, a speaker's name)
DATA_WIDGETS = (":articleTitle", ":spanText", ":entityName", ":entityResults")
LATIN = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def english():
    """Every test starts and ends in English, left to right."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def annotated(seeded):
    """The seed project with a SPEAKER (and its speaker), a CLAIM and a DATE with a
    value in an Arabic article, so the span panel shows every kind of editor."""
    session = AnnotationSession(seeded, "amina")
    doc = next(d for d in seeded.documents.iter_all() if d.ext_id.startswith("002"))
    spans = {}
    for label, piece in (
        ("SPEAKER", "فلاديمير بوتين"),
        ("CLAIM", "أعربا عن قلقهما"),
        ("DATE", "اليوم السبت"),
    ):
        i = doc.text.index(piece)
        spans[label] = session.create_span(doc, i, i + len(piece), label)
    session.set_attr(spans["DATE"], "value", "2020-11-21")
    session.new_entity("فلاديمير بوتين", spans["SPEAKER"])
    session.link(spans["CLAIM"], "said_by", spans["SPEAKER"])
    return seeded, doc.id


def make_window(qtbot, store, doc_id: int | None = None) -> MainWindow:
    window = MainWindow(AnnotationSession(store, "amina"), Settings())
    qtbot.addWidget(window)
    window.show()
    if doc_id is not None:
        window.controller.open_document(doc_id)
    return window


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-visible string of ``widget`` and its children."""
    found: list[tuple[str, str]] = []

    def add(where: str, text) -> None:
        text = str(text or "").split("\t")[0].replace("&", "").strip()
        if text:
            found.append((where, text))

    for w in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        add(f"{name} tooltip", w.toolTip())
        if isinstance(w, QDockWidget):
            add(f"{name} title", w.windowTitle())
        if isinstance(w, QMenu):
            add(f"{name} title", w.title())
        if isinstance(w, QLabel):
            add(name, w.text())
        if isinstance(w, QAbstractButton):
            add(name, w.text())
        if isinstance(w, QLineEdit):
            add(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{name} item {i}", w.itemText(i))
        if isinstance(w, QProgressBar):
            add(name, w.text())
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount()):
                add(f"{name} header {col}", model.headerData(col, Qt.Orientation.Horizontal))
        if isinstance(w, QTableWidget) and w.objectName() in ("shortcutsTable", "shortcutTable"):
            for row in range(w.rowCount()):
                for col in (0, 1):
                    add(f"{name} {row},{col}", w.item(row, col).text())
    for act in widget.findChildren(QAction):
        if "/" in act.text():
            continue  # a recent project's path
        add(f"action {act.objectName()}", act.text())
        add(f"action {act.objectName()} tooltip", act.toolTip())
        add(f"action {act.objectName()} status tip", act.statusTip())
    return found


def visible_texts(qtbot, store, doc_id: int) -> list[tuple[str, str]]:
    """Every string of a fully built window: each kind of span shown in the panel,
    the find bar, the export, import-annotations, F1 and assign dialogs, and the
    window in curation mode."""
    from annotator.gui.export_dialog import ExportDialog
    from annotator.gui.interchange_dialog import ImportAnnotationsDialog
    from annotator.gui.shortcut_dialog import ShortcutDialog
    from annotator.gui.team_dialog import AssignDialog

    window = make_window(qtbot, store, doc_id)
    window.span_list.set_on_screen(True)  # the Spans tab's rows too, whichever tab is in front
    window.find_bar.open_bar()
    window.find_bar.edit.setText("zzzz")  # "no matches"
    found: list[tuple[str, str]] = []
    for span in window.controller.state.spans:
        window.controller.select_span(span)
        found += [(f"{span.label} {w}", t) for w, t in texts_of(window)]
    window.controller.select_span(None)
    found += texts_of(window)
    export = ExportDialog(["amina", "reza"], window)
    found += texts_of(export)
    found.append(("export title", export.windowTitle()))
    imports = ImportAnnotationsDialog(window)
    found += texts_of(imports)
    found.append(("import title", imports.windowTitle()))
    keys = [(label.name, label.key) for label in window.session.schema.labels]
    sheet = dialogs.show_shortcuts(window, keys)
    found += texts_of(sheet)
    found.append(("shortcuts title", sheet.windowTitle()))
    assign = AssignDialog(window)
    found += texts_of(assign)
    found.append(("assign title", assign.windowTitle()))
    editor = ShortcutDialog(window.shortcut_map, window)
    for name, key in (("find", "1"), ("find", "Esc"), ("find", "Ctrl+K")):
        editor.select(name)
        editor.request(key)  # a label key, a key of the flow, another command's key
        found += [(f"shortcut editor {key} {w}", t) for w, t in texts_of(editor)]
    editor.reassign()
    found.append(("shortcut editor reassigned", editor.message.text()))
    editor.table.setCurrentCell(editor.table.rowCount() - 1, 0)  # a label's keys
    found.append(("shortcut editor label row", editor.message.text()))
    editor.reset("skip_next")
    found.append(("shortcut editor reset", editor.message.text()))
    found.append(("shortcut editor title", editor.windowTitle()))
    for dialog in (export, imports, sheet, assign, editor):
        dialog.close()
    window.close()
    curator = MainWindow(AnnotationSession(store, "amina", "gold"), Settings(), curation=True)
    qtbot.addWidget(curator)
    curator.show()
    curator.span_list.set_on_screen(True)
    curator.controller.open_document(doc_id)
    found += [(f"curation {w}", t) for w, t in texts_of(curator)]
    curator.close()
    return found


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_no_english_left_in_the_window(qtbot, annotated, english, lang):
    store, doc_id = annotated
    source = visible_texts(qtbot, store, doc_id)
    assert i18n.install(lang) == lang
    shown = visible_texts(qtbot, store, doc_id)
    assert [w for w, _ in shown] == [w for w, _ in source]  # the same widgets, in order
    assert len(source) > 400
    untranslated = sorted(
        {
            text
            for (where, text), (_, english_text) in zip(shown, source, strict=True)
            if text == english_text
            and LATIN.search(text)
            and text not in SAME_IN_EVERY_LANGUAGE
            and not KEYS.match(text)
            and not re.fullmatch(r"(SPEAKER|CLAIM|DATE) +\(\d\)", text)
            and not any(name in where for name in DATA_WIDGETS)
        }
    )
    assert not untranslated, "left in English:\n" + "\n".join(map(repr, untranslated))


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_the_check_catches_a_string_left_in_english(qtbot, annotated, english, lang):
    """The walk sees a hard-coded English label and would report it."""
    store, doc_id = annotated
    i18n.install(lang)
    window = make_window(qtbot, store, doc_id)
    QLabel("Unsaved changes", window.span_panel).setObjectName("planted")
    assert ("QLabel:planted", "Unsaved changes") in texts_of(window)
    window.close()


def test_switching_language_in_the_window(qtbot, annotated, english):
    store, doc_id = annotated
    window = make_window(qtbot, store, doc_id)
    assert window.menuBar().actions()[0].text() == "&File"
    arabic = window.findChild(QAction, "language_ar")
    assert arabic.text() == "العربية" and not arabic.isChecked()
    window2 = window.set_language("ar")
    qtbot.addWidget(window2)
    assert not window.isVisible() and window2.isVisible()
    assert [a.text() for a in window2.menuBar().actions()][:3] == ["ملف", "تحرير", "مقطع"]
    assert window2.findChild(QAction, "language_ar").isChecked()
    assert window2.controller.doc_id == doc_id  # same article, same annotator
    assert window2.session is window.session
    assert Settings().language == "ar"
    window3 = window2.findChild(QAction, "language_fa")
    window3.trigger()
    persian = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )
    qtbot.addWidget(persian)
    assert persian.menuBar().actions()[0].text() == "فایل"
    english_window = persian.set_language("en")
    qtbot.addWidget(english_window)
    assert english_window.menuBar().actions()[0].text() == "&File"
    assert english_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert Settings().language == "en"
    english_window.close()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_layout_is_mirrored(qtbot, annotated, english, lang):
    from annotator.gui.export_dialog import ExportDialog

    store, doc_id = annotated
    i18n.install(lang)
    window = make_window(qtbot, store, doc_id)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    articles = window.findChild(QDockWidget, "dockArticles")
    span = window.findChild(QDockWidget, "dockSpan")
    assert window.dockWidgetArea(articles) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.dockWidgetArea(span) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert articles.geometry().left() > window.centralWidget().geometry().left()
    menu = window.menus["File"]
    assert menu.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # a mirrored menu would show "=+Ctrl" and "[" for "]": those keys are isolated
    zoom = window.actions_by_name["zoom_in"]
    assert zoom.text().endswith("\t\u2066Ctrl+=, Ctrl++\u2069") and "\t" not in zoom.iconText()
    assert window.actions_by_name["next_suggestion"].text().endswith("\t\u2066]\u2069")
    assert "\t" not in window.actions_by_name["undo"].text()  # letters need no help
    dialog = ExportDialog(["amina"], window)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.close()
    window.close()
    i18n.install("en")
    window = make_window(qtbot, store, doc_id)
    articles = window.findChild(QDockWidget, "dockArticles")
    assert window.dockWidgetArea(articles) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert "\t" not in window.actions_by_name["zoom_in"].text()
    window.close()


@pytest.mark.parametrize(
    ("lang", "progress", "count"),
    [
        ("en", "0 / 5 done", "5 of 5 articles"),
        ("ar", "المنجز: ٠ من ٥", "المقالات المعروضة: ٥ من ٥"),
        ("fa", "انجام‌شده: ۰ از ۵", "۵ از ۵ مقاله"),
    ],
)
def test_counts_use_the_languages_digits(qtbot, seeded, english, lang, progress, count):
    i18n.install(lang)
    window = make_window(qtbot, seeded)
    assert window.documents.progress.text() == progress
    assert window.documents.count.text() == count
    assert i18n.num(12_345) == {"en": "12,345", "ar": "١٢٬٣٤٥", "fa": "۱۲٬۳۴۵"}[lang]
    window.close()


def test_stored_data_keeps_its_digits_in_persian(qtbot, annotated, english):
    """Only counts change script: offsets, ids and date values stay as stored."""
    store, doc_id = annotated
    i18n.install("fa")
    window = make_window(qtbot, store, doc_id)
    date = next(s for s in window.controller.state.spans if s.label == "DATE")
    window.controller.select_span(date)
    assert window.span_panel.editors["value"].edit.text() == "2020-11-21"
    assert f"{date.start}" in window.span_panel.where.text()
    assert [s.attrs.get("value") for s in store.annotations.spans(doc_id, "amina")].count(
        "2020-11-21"
    ) == 1
    window.close()


def test_unknown_language_falls_back_to_english(english):
    assert i18n.install("de") == "en"
    assert QLocale().name() == "en_US"


@pytest.mark.parametrize(
    ("lang_env", "expected"),
    [("ar_EG.UTF-8", "ar"), ("fa_IR.UTF-8", "fa"), ("en_GB.UTF-8", "en"), ("C.UTF-8", "en")],
)
def test_language_follows_the_system_locale(lang_env, expected):
    """A fresh process (the system locale is read once per process)."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from annotator.gui.app import start_language\n"
        "from annotator.gui.settings import Settings\n"
        "app = QApplication([])\n"
        "print(start_language(Settings()), app.layoutDirection().name)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": lang_env, "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    direction = "RightToLeft" if expected != "en" else "LeftToRight"
    assert out.stdout.split() == [expected, direction]


def test_a_chosen_language_wins_over_the_system_locale(tmp_path):
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from annotator.gui.app import start_language\n"
        "from annotator.gui.settings import Settings\n"
        "app = QApplication([])\n"
        "s = Settings()\n"
        "import sys\n"
        "if sys.argv[1] == 'set': s.language = 'en'\n"
        "print(start_language(s))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": "fa_IR.UTF-8", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    run = [sys.executable, "-c", code]
    first = subprocess.run([*run, "get"], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "fa"
    subprocess.run([*run, "set"], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([*run, "get"], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == "en"
