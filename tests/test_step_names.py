"""Undo steps and accept summaries in Arabic and Persian (gui/step_names.py): every
edit group the services name is recognised, translated around the article's own text,
and shown as stored in English."""

from __future__ import annotations

import re

import pytest

from annotator.core.commands import describe
from annotator.gui import i18n
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.gui.step_names import _COMPILED, accept_summary, step_name
from annotator.services.annotate import AnnotationSession

LATIN_WORD = re.compile(r"\b(?!SPEAKER|CLAIM|DATE|said_by|dated)[a-z]{3,}\b")
FSI, PDI = "\u2068", "\u2069"


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def known(name: str) -> bool:
    return any(p.match(name) for p, _ in _COMPILED)


def names_of_a_working_session(seeded) -> list[str]:
    """The undo names a session leaves behind, read back from the log."""
    session = AnnotationSession(seeded, "amina")
    doc = next(d for d in seeded.documents.iter_all() if d.ext_id.startswith("002"))
    names = []

    def step():
        names.append(session.undo_label())

    spans = {}
    for label, piece in (
        ("SPEAKER", "فلاديمير بوتين"),
        ("CLAIM", "أعربا عن قلقهما"),
        ("DATE", "اليوم السبت"),
    ):
        i = doc.text.index(piece)
        spans[label] = session.create_span(doc, i, i + len(piece), label)
        step()
    date = session.set_attr(spans["DATE"], "value", "2020-11-21")
    step()
    session.new_entity("فلاديمير بوتين", spans["SPEAKER"])
    step()
    session.link(spans["CLAIM"], "said_by", spans["SPEAKER"])
    step()
    rel = next(r for r in session.state(doc.id).relations if r.type == "said_by")
    session.unlink(rel)
    step()
    relabelled = session.relabel(date, "CLAIM")
    step()
    session.set_status(doc.id, "done")
    step()
    session.update_document(doc.id, title="عنوان 🙂 جديد")
    step()
    session.delete_span(relabelled)
    step()
    return names


def test_every_step_a_session_writes_is_recognised(seeded):
    names = names_of_a_working_session(seeded)
    assert len(names) == 11 and all(names)
    assert [n for n in names if not known(n)] == []


def test_every_description_of_an_old_undo_is_recognised():
    """Undo steps written before groups had names are described from their events."""
    span = {"label": "DATE", "text": "۱۷ آبان\u200cماه ۱۳۹۹"}
    for action, payload in (
        ("span.add", {"span": span}),
        ("span.delete", {"span": span}),
        ("span.update", {"after": span}),
        ("relation.add", {"relation": {"type": "said_by"}}),
        ("relation.delete", {"relation": {"type": "dated"}}),
        ("status.set", {"after": "in_progress"}),
        ("suggestion.reject", {"label": "CLAIM"}),
        ("suggestion.restore", {"label": "CLAIM"}),
        ("dismissal.add", {}),
        ("dismissal.delete", {}),
        ("spans.bulk_add", {"span_ids": [1, 2, 3]}),
        ("spans.bulk_delete", {"spans": [{}, {}]}),
        ("document.update", {}),
    ):
        assert known(describe(action, payload)), action


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_steps_read_in_the_language_around_the_articles_text(seeded, english, lang):
    names = names_of_a_working_session(seeded)
    assert [step_name(n) for n in names] == names  # English: as stored
    i18n.install(lang)
    for name in names:
        shown = step_name(name)
        assert shown != name
        assert not LATIN_WORD.search(shown.replace("amina", "")), shown
    shown = step_name('accept CLAIM suggestion «قال إن "الوضع" خطير 🙂»')
    assert f'{FSI}قال إن "الوضع" خطير 🙂{PDI}' in shown and f"{FSI}CLAIM{PDI}" in shown
    digits = "٣" if lang == "ar" else "۳"
    assert digits in step_name("merge 3 packages")
    assert step_name("a plugin's own step") == "a plugin's own step"


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_the_accept_summary_is_translated(english, lang):
    english_line = accept_summary([("CLAIM", "الوضع خطير"), ("SPEAKER", "بوتين")], 2, ["DATE"])
    assert english_line.replace(FSI, "").replace(PDI, "") == (
        "added CLAIM «الوضع خطير» with SPEAKER and 2 link(s) (overlaps DATE)"
    )
    i18n.install(lang)
    line = accept_summary([("CLAIM", "الوضع خطير"), ("SPEAKER", "بوتين")], 2, ["DATE"])
    assert not LATIN_WORD.search(line), line
    assert ("٢" if lang == "ar" else "۲") in line


def test_the_undo_menu_item_names_the_step_in_persian(qtbot, seeded, english):
    session = AnnotationSession(seeded, "amina")
    doc = next(d for d in seeded.documents.iter_all() if d.lang == "fa")
    i18n.install("fa")
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    window.controller.open_document(doc.id)
    window.view.select(0, 5)
    window.controller.tag("DATE", True)
    text = window.actions_by_name["undo"].text()
    assert text.startswith("واگرد افزودن")
    assert not LATIN_WORD.search(text), text
    window.close()
