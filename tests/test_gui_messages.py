"""Real refusals and failures from below the window, in the Arabic and Persian window:
a span changed in another window, an impossible DATE value typed, an import of a
broken file. Nothing English is left but the file's name and the data, which stay as
they are inside Unicode isolates."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from annotator.gui import dialogs, i18n
from annotator.gui.date_edit import DateValueEdit
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project

FSI, PDI = "\u2068", "\u2069"
ISOLATED = re.compile(f"{FSI}[^{PDI}]*{PDI}")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def english_outside_isolates(text: str) -> list[str]:
    return ENGLISH_WORD.findall(ISOLATED.sub("", text))


def window_in(lang: str, qtbot, seeded, author: str = "amina") -> MainWindow:
    i18n.install(lang)
    window = MainWindow(AnnotationSession(seeded, author), Settings())
    qtbot.addWidget(window)
    return window


def article(seeded, lang: str):
    return next(d for d in seeded.documents.iter_all() if d.lang == lang)


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_a_span_changed_in_another_window(qtbot, seeded, english, lang):
    window = window_in(lang, qtbot, seeded)
    doc = article(seeded, lang)
    window.controller.open_document(doc.id)
    word = doc.text.split()[2]
    start = doc.text.index(word)
    window.view.select(start, start + len(word))
    span = window.controller.tag("CLAIM", True)
    assert span is not None and window.controller.selected == span
    # the same analyst in a second window, on its own connection, moves the span's end
    second = open_project(seeded.path)
    AnnotationSession(second, "amina").update_span(span, end=span.end - 1)
    second.close()
    window.controller.nudge_edge("left", "left", by_word=False)  # this window's stale span
    shown = window.statusBar().currentMessage()
    assert f"{FSI}{span.id}{PDI}" in shown, shown
    assert ("في نافذة أخرى" if lang == "ar" else "در پنجرهٔ دیگری") in shown
    assert english_outside_isolates(shown) == [], shown
    window.close()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_an_impossible_date_typed_in_the_value_field(qtbot, seeded, english, lang):
    window = window_in(lang, qtbot, seeded)
    doc = article(seeded, lang)
    window.controller.open_document(doc.id)
    window.view.select(0, 4)
    window.controller.tag("DATE", True)
    window.show()
    field = window.span_panel.findChild(DateValueEdit)
    assert field is not None
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2021-02-29")
    hint = field.hint.text()
    assert not field.is_valid()
    assert f"{FSI}29{PDI}" in hint and DIGITS[lang][2] + DIGITS[lang][8] in hint, hint
    assert ("فبراير" if lang == "ar" else "فوریه") in hint
    assert english_outside_isolates(hint) == [], hint
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # refused: nothing is stored
    assert "value" not in window.controller.state.spans[0].attrs
    field.edit.clear()
    qtbot.keyClicks(field.edit, "2020-11-07")
    described = field.hint.text()
    assert ("السبت" if lang == "ar" else "شنبه") in described, described
    assert english_outside_isolates(described) == [], described
    window.close()


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_an_import_of_a_broken_file(qtbot, seeded, english, tmp_path, monkeypatch, lang):
    window = window_in(lang, qtbot, seeded)
    said = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: said.append(text))
    bad = tmp_path / "اخبار 🙂" / "خبرها.jsonl"
    bad.parent.mkdir()
    bad.write_bytes('{"id": "x", "text": "نص\\r\\nخبر 🙂"}\r\n{"id": "y", "text": '.encode())
    before = seeded.documents.count()
    dialogs.import_paths(window, [str(bad)])
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    text = said[0]
    assert f"{FSI}{bad}:2{PDI}" in text, text  # the file and record, as they are
    assert ("JSON معيب" if lang == "ar" else "JSON نادرست") in text
    assert english_outside_isolates(text.replace("JSON", "")) == [], text
    assert seeded.documents.count() == before
    window.close()


def test_the_english_window_shows_the_messages_as_raised(qtbot, seeded, english, tmp_path):
    window = window_in("en", qtbot, seeded)
    window.controller.open_document(article(seeded, "ar").id)
    window.controller.undo()
    assert window.statusBar().currentMessage() == "nothing to undo"
    window.close()
