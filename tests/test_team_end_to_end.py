"""The whole team loop on the sample articles, driven as users would: assign to two
analysts with overlap, both annotate in the window by key, merge, agreement checked
against independent implementations, auto-curation and adjudication in the curation
view by key, export of the gold layer read back by spaCy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.core.agreement import token_categories
from annotator.core.agreement_model import NONE
from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings
from annotator.services import agreement, curation, exporting, team
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project, store_of
from annotator.text.tokens import tokenize

# what each analyst tags by key in each shared article it finds the words in:
# they agree on the first name, and give the second one different labels
WORDS = {"ar": ("بوتين", "ماكرون"), "fa": ("پوتین", "اردوغان")}
KEYS = {"amina": (Qt.Key.Key_1, Qt.Key.Key_1), "reza": (Qt.Key.Key_1, Qt.Key.Key_2)}


def annotate_by_key(qtbot, path, name, shared):
    project = open_project(path)
    window = MainWindow(AnnotationSession(project, name), Settings())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for ext_id in shared:
        doc = store_of(project).documents.by_ext_id(ext_id)
        window.controller.open_document(doc.id)
        window.view.setFocus()
        for word, key in zip(WORDS[doc.lang], KEYS[name], strict=True):
            i = doc.text.index(word)
            window.view.select(i, i + len(word))
            QTest.keyClick(window.view, key)
    window.close()
    project.close()


def test_assign_annotate_merge_agree_curate_export(qtbot, seeded, tmp_path):
    pytest.importorskip("spacy")
    from sklearn.metrics import cohen_kappa_score

    report = team.assign_packages(seeded, ["amina", "reza"], tmp_path / "pk", 0.6, seed=7)
    manifest = (tmp_path / "pk" / "manifest.json").read_text(encoding="utf-8")
    shared = sorted(
        ext
        for ext, names in __import__("json").loads(manifest)["documents"].items()
        if len(names) == 2
    )
    assert report.shared == len(shared) == 3
    for name in ("amina", "reza"):
        annotate_by_key(qtbot, tmp_path / "pk" / f"{name}.db", name, shared)
    team.merge_packages(seeded, [tmp_path / "pk" / "amina.db", tmp_path / "pk" / "reza.db"])

    # agreement, checked against scikit-learn over the same tokens
    result = agreement.project_agreement(seeded, ["amina", "reza"])
    labels = [label.name for label in seeded.schema.current().labels]
    seq = {"amina": [], "reza": []}
    for ext in shared:
        doc = seeded.documents.by_ext_id(ext)
        for name in seq:
            _, category = token_categories(doc.text, seeded.annotations.spans(doc.id, name), labels)
            seq[name] += [category.get(i, NONE) for i in range(len(tokenize(doc.text)))]
    kappa = next(
        c for c in result.coefficients if c.measure == "cohen_kappa" and c.label == "(all)"
    )
    assert kappa.value == pytest.approx(cohen_kappa_score(seq["amina"], seq["reza"]), abs=1e-12)
    overlap = next(r for r in result.spans if r.label == "SPEAKER" and r.match == "overlap")
    assert (overlap.tp, overlap.fp, overlap.fn) == (3, 0, 3)

    # curation: the agreed names go to gold at once; the rest by key
    window = MainWindow(AnnotationSession(seeded, "sara", "gold"), Settings(), curation=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_by_name["curate_auto"].trigger()
    assert len(seeded.annotations.spans(seeded.documents.by_ext_id(shared[0]).id, "gold")) == 1
    for ext in shared:
        doc = seeded.documents.by_ext_id(ext)
        window.controller.open_document(doc.id)
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key.Key_F8)
        QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert [u.state for u in curation.units(seeded, doc.id)] == ["agreed", "resolved"]
        assert sorted(s.label for s in seeded.annotations.spans(doc.id, "gold")) == [
            "SPEAKER",
            "SPEAKER",
        ]
    window.close()

    # the gold layer, exported, read back by spaCy
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "gold.spacy"
    exporting.export_project(seeded, "spacy", out, layer="gold")
    sheet = (tmp_path / "gold.datasheet.md").read_text(encoding="utf-8")
    assert "## How the gold layer was made" in sheet
    assert "- analysts per article: 2: 3 articles" in sheet
    assert "automatically (all analysts agreed) 3 (50.0%); one analyst's version 3" in sheet
    assert "agreement between amina, reza on 3 shared articles: span F1" in sheet
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    by_text = {d.text: d for d in docs}
    for ext in shared:
        doc = seeded.documents.by_ext_id(ext)
        back = by_text[doc.text]
        assert sorted(s.text for s in back.spans["sc"]) == sorted(
            s.text for s in seeded.annotations.spans(doc.id, "gold")
        )
