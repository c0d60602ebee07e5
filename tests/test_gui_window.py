"""Window features around tagging: who annotates, menus, import, zoom, time, help."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from annotator.gui import app as gui_app
from annotator.gui import dialogs
from annotator.gui.actions import ACTIONS, action_text, help_text
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project, store_of


@pytest.fixture
def window(qtbot, seeded):
    w = MainWindow(AnnotationSession(seeded, "amina"), Settings())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def test_annotator_is_asked_once(qtbot, seeded, monkeypatch):
    asked = []

    def fake_get_text(*args, **kwargs):
        asked.append(kwargs.get("text"))
        return "reza", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_get_text))
    first = gui_app.make_window(seeded)
    qtbot.addWidget(first)
    assert first.session.author == "reza"
    assert len(asked) == 1 and asked[0]  # proposed the OS user name
    second = gui_app.make_window(seeded)
    qtbot.addWidget(second)
    assert second.session.author == "reza"
    assert len(asked) == 1
    first.close()
    second.close()


def test_import_from_menu_with_progress(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            json.dumps({"id": f"n{i}", "text": f"خبر رقم {i} عن الكرملين"}, ensure_ascii=False)
            for i in range(30)
        ),
        encoding="utf-8",
    )
    before = len(window.documents.current_ids())
    dialogs.import_paths(window, [str(feed)])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Imported 30 articles" in shown[0]
    assert len(window.documents.current_ids()) == before + 30


def test_failed_import_from_menu_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "نص"}\n{"id": "y", "text": ', encoding="utf-8")
    before = store_of(window.project).documents.count()
    dialogs.import_paths(window, [str(bad)])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "nothing was imported" in shown[0] and "bad.jsonl:2" in shown[0]
    assert store_of(window.project).documents.count() == before


def test_export_from_menu(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    from annotator.gui.export_dialog import export

    out = tmp_path / "gold.jsonl"
    export(window, "jsonl", str(out))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert out.exists() and len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "datasheet" in shown[0]
    shown.clear()
    export(window, "brat", str(tmp_path / "brat"), split="train=0.6,test=0.4", seed=1)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert (tmp_path / "brat" / "train").is_dir() and (tmp_path / "brat" / "test").is_dir()
    shown.clear()
    export(window, "conll", str(tmp_path / "gold.conll"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "\ndropped: 0\n" in shown[0]  # what CoNLL could not hold, a plain line


def test_zoom_persists(window):
    size = window.view.font().pointSize()
    QTest.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSize() == size + 1
    assert Settings().point_size == size + 1
    QTest.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert Settings().point_size == size


def test_time_spent_is_recorded(window, monkeypatch):
    from annotator.gui import controller as ctl

    ids = window.documents.current_ids()
    clock = iter([1000.0, 1042.5, 1100.0])
    monkeypatch.setattr(ctl.time, "monotonic", lambda: next(clock))
    window.controller._opened_at = 0.0
    window.controller.state = None
    window.controller.open_document(ids[0])  # 1000.0: starts the clock
    window.controller.open_document(ids[1])  # 1042.5: 42.5 s on the first
    assert window.session.state(ids[0]).status.seconds == pytest.approx(42.5)
    assert window.session.state(ids[0]).status.status == "in_progress"


def test_skip_and_reopen(window):
    doc_id = window.controller.doc_id
    window.actions_by_name["skip_next"].trigger()
    assert window.session.state(doc_id).status.status == "skipped"
    assert window.controller.doc_id != doc_id
    window.controller.open_document(doc_id)
    window.actions_by_name["reopen"].trigger()
    assert window.session.state(doc_id).status.status == "in_progress"
    assert window.documents.progress.format() == "0 / 5 done"


def test_every_action_is_in_a_menu_and_the_help(window):
    text = help_text([("SPEAKER", "1")])
    for spec in ACTIONS:
        act = window.actions_by_name[spec.name]
        assert act.shortcuts() or not spec.shortcuts
        assert action_text(spec).replace("&", "").rstrip("…") in text
    assert "SPEAKER" in text and "Alt+1" in text


def test_recent_projects_menu(window, tmp_path):
    other = str(tmp_path / "other.db")
    Settings().add_recent(window.project.path)
    Settings().add_recent(other)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()][:2] == [other, window.project.path]


def test_export_dialog_offers_every_format(window):
    from annotator.gui.export_dialog import ExportDialog
    from annotator.io.exporters import export_formats

    dialog = ExportDialog(["amina", "reza"], window)
    formats = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert formats == export_formats() and "spacy" in formats and "claims-xlsx" in formats
    dialog.out.setText("/tmp/x.jsonl")
    dialog.layer.setCurrentIndex(2)
    dialog.split.setText("train=0.9,test=0.1")
    assert dialog.request() == {
        "fmt": "jsonl",
        "out": "/tmp/x.jsonl",
        "layer": "reza",
        "only_done": False,
        "split": "train=0.9,test=0.1",
        "seed": 0,
    }


def test_import_annotations_from_menu(window, qtbot, tmp_path, monkeypatch):
    from annotator.gui.export_dialog import export
    from annotator.gui.interchange_dialog import import_annotations
    from annotator.io.layers import LayerOptions
    from annotator.services.annotate import AnnotationSession as Session

    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    doc_id = window.documents.current_ids()[2]
    doc = store_of(window.project).documents.get(doc_id)
    i = doc.text.index("بوتين")
    Session(store_of(window.project), "reza").create_span(doc, i, i + 5, "SPEAKER")
    out = tmp_path / "layer.jsonl"
    export(window, "jsonl", str(out), layer="reza")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    shown.clear()
    import_annotations(window, "jsonl", [str(out)], LayerOptions("from-file"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "Imported 1 spans" in shown[0]
    (span,) = store_of(window.project).annotations.spans(doc_id, "from-file")
    assert (span.text, span.start) == ("بوتين", i)


def test_closing_the_window_stops_a_running_job(qtbot, seeded):
    import time

    from annotator.gui.jobs import run_job

    w = MainWindow(AnnotationSession(seeded, "amina"), Settings())
    qtbot.addWidget(w)
    ticks, results = [], []

    def slow(progress):
        for i in range(1000):
            time.sleep(0.01)
            ticks.append(i)
            progress(i, 1000)
        return "finished"

    w._job = run_job(w, "slow", slow, lambda result, error: results.append((result, error)))
    qtbot.waitUntil(lambda: len(ticks) > 3)
    w.close()
    assert not w._job.isRunning()
    assert len(ticks) < 1000  # it stopped at a progress report, it did not run to the end
    assert w.suggestions.doc_id is None


def test_last_article_is_remembered_across_processes(tmp_path):
    """The key must not depend on hash(), which changes with every process."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    code = (
        "import sys; from annotator.gui.settings import Settings; s = Settings()\n"
        "if sys.argv[1] == 'set': s.set_last_document(sys.argv[2], 42)\n"
        "else: print(s.last_document(sys.argv[2]))\n"
    )
    project = str(tmp_path / "p.db")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "random"}
    run = [sys.executable, "-c", code]
    subprocess.run([*run, "set", project], check=True, env=env)
    out = subprocess.run(
        [*run, "get", project], check=True, env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "42"


def test_team_menu_assigns_and_merges(window, qtbot, tmp_path, monkeypatch):
    from annotator.gui import team_dialog

    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    menus = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert "Team" in menus
    dialog = team_dialog.AssignDialog(window)
    dialog.analysts.setText("amina, reza")
    dialog.every.setChecked(True)
    dialog.out.setText(str(tmp_path / "pk"))
    request = dialog.request()
    assert request["analysts"] == ["amina", "reza"] and request["overlap"] == 1.0
    team_dialog.assign(window, **request)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "amina.db: 5 articles" in shown[0] and "5 of 5 articles are shared" in shown[0]
    shown.clear()
    package = tmp_path / "pk" / "reza.db"
    opened = open_project(package)
    session = AnnotationSession(opened, "reza")
    doc = store_of(opened).documents.get(store_of(opened).documents.ids()[0])
    session.create_span(doc, 0, 5, "SPEAKER")
    opened.close()
    team_dialog.merge(window, [str(package)])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith("merged 1 files: 1 article layers brought in")
    assert "reza" in window.project.layer_names()
    dialog.analysts.setText("amina, amina")
    with pytest.raises(Exception, match="named twice"):
        dialog.request()


def test_done_lists_what_is_missing_and_offers_fix_or_done(window, monkeypatch):
    asked = []
    answers = ["fix", "done"]

    def confirm(parent, problems):
        asked.append(problems)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm_done", confirm)
    doc_id = window.controller.doc_id
    doc = store_of(window.project).documents.get(doc_id)
    claim = window.session.create_span(doc, 0, 5, "CLAIM")
    window.controller.reload()
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == [["a CLAIM has no speaker (said_by)"]]
    assert window.controller.doc_id == doc_id  # fix: stays, the claim selected
    assert window.controller.selected.id == claim.id
    assert store_of(window.project).status.get(doc_id, "amina").status != "done"
    QTest.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store_of(window.project).status.get(doc_id, "amina").status == "done"
    assert window.controller.doc_id != doc_id  # done anyway: on to the next


def test_agreement_view_shows_the_figures(window, qtbot, monkeypatch):
    from annotator.gui import agreement_view

    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    store = store_of(window.project)
    doc = store.documents.get(window.controller.doc_id)
    i = doc.text.index("پوتین") if "پوتین" in doc.text else 0
    for name in ("amina", "reza"):
        AnnotationSession(store, name).create_span(doc, i, i + 5, "SPEAKER", snap=False)
    agreement_view.show_agreement(window)
    qtbot.waitUntil(lambda: hasattr(window, "agreement_dialog") or bool(shown), timeout=20_000)
    assert not shown, shown
    dialog = window.agreement_dialog
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:6] == ["Summary", "Spans", "Coefficients", "Attributes", "Links", "Articles"]
    assert titles[6] == "Confusion amina/reza"
    assert "SPEAKER" in dialog.tabs.widget(0).toPlainText()
    spans = dialog.findChild(agreement_view.QTableWidget, "agreement_spans")
    assert spans.rowCount() > 0
    dialog.close()


def test_guidelines_are_shown_and_editable_per_project(window):
    from annotator.gui.guidelines_view import GuidelinesDialog
    from annotator.services import team

    window.actions_by_name["guidelines"].trigger()
    dialog = window.guidelines_dialog
    assert isinstance(dialog, GuidelinesDialog)
    assert "SPEAKER" in dialog.view.toPlainText() and "<img" not in dialog.view.toHtml()
    dialog.edit.setPlainText("# Our guidelines\n\nA CLAIM is «what was said».")
    dialog.save()
    assert team.guidelines(window.project).startswith("# Our guidelines")
    assert "what was said" in dialog.view.toPlainText()
    dialog.close()


def test_evaluation_of_the_suggestions_in_the_window(window, qtbot, monkeypatch):
    from annotator.gui import agreement_view

    shown = []
    monkeypatch.setattr(dialogs, "message", lambda parent, text, *a: shown.append(text))
    store = store_of(window.project)
    doc = store.documents.get(window.controller.doc_id)
    i = doc.text.index("پوتین") if "پوتین" in doc.text else 0
    AnnotationSession(store, "sara", "gold").create_span(doc, i, i + 5, "SPEAKER", snap=False)
    agreement_view.show_evaluation(window)
    qtbot.waitUntil(lambda: hasattr(window, "evaluation_dialog") or bool(shown), timeout=20_000)
    assert not shown, shown
    rows = window.evaluation_dialog.table
    labels = {rows.item(r, 0).text().strip("\u2068\u2069") for r in range(rows.rowCount())}
    assert "SPEAKER" in labels
    window.evaluation_dialog.close()


def test_the_font_dialog_previews_arabic_and_persian(window, monkeypatch):
    from annotator.gui.font_dialog import ArticleFontDialog

    dialog = ArticleFontDialog({"ar": "", "fa": ""}, 14, window)
    texts = [label.text() for label in dialog.previews]
    assert any("بوتين" in t for t in texts) and any("۱۳۹۹" in t for t in texts)
    assert "AaBb" not in "".join(texts)
    assert {lang: c.currentText() for lang, c in dialog.families.items()} == {
        "ar": "Vazirmatn",
        "fa": "Vazirmatn",
    }
    dialog.families["fa"].setCurrentText("DejaVu Sans")
    persian = next(label for label in dialog.previews if "۱۳۹۹" in label.text())
    arabic = next(label for label in dialog.previews if "بوتين" in label.text())
    assert (persian.font().family(), arabic.font().family()) == ("DejaVu Sans", "Vazirmatn")
    font = type(window.view.font())
    monkeypatch.setattr(ArticleFontDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        ArticleFontDialog,
        "chosen",
        lambda self: {"ar": font("Vazirmatn", 19), "fa": font("DejaVu Sans", 19)},
    )
    window.actions_by_name["choose_font"].trigger()
    assert window.view.font().pointSize() == 19
    assert window.settings.font_family("fa") == "DejaVu Sans"
    assert window.settings.font_family("ar") == "Vazirmatn"


def test_what_start_up_made_is_left_out_of_later_collections(qtbot, seeded, monkeypatch):
    import gc

    from PySide6.QtWidgets import QApplication

    Settings().annotator = "amina"
    seen = []
    freeze = gui_app.freeze_startup_objects

    def freeze_and_count() -> None:
        freeze()
        seen.append((gc.get_freeze_count(), len(gc.get_objects())))

    monkeypatch.setattr(gui_app, "freeze_startup_objects", freeze_and_count)

    real = QApplication.instance()

    class App:  # the real application, whose exec() is the analyst closing the window
        # at once (a quit() leaves later tests' windows never becoming active)
        def __getattr__(self, name):
            return getattr(real, name)

        def exec(self) -> int:
            for top in real.topLevelWidgets():
                top.close()
            return 0

    monkeypatch.setattr(gui_app.QApplication, "instance", staticmethod(App))
    try:
        assert gui_app.run(seeded) == 0
        ((frozen, tracked),) = seen
        assert frozen > 10_000 and tracked < frozen // 10  # a full collection walks few
    finally:
        gc.unfreeze()
