"""A project file made with the 0.1.0 code opens, migrates, and keeps everything.

tests/fixtures/project-0.1.0.db was written by tests/fixtures/make_v010_project.py
running on the 0.1.0 code (commit 6a99af9): two analysts, an imported brat layer,
attributes, links (one to a registry entity), statuses, time, suggestions and an
undo history with undone and redone steps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.services.annotate import AnnotationSession
from annotator.services.checking import check_project
from annotator.services.project import open_project, store_of

FIXTURE = Path(__file__).parent / "fixtures" / "project-0.1.0.db"


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    project = open_project(path)
    yield store_of(project)
    project.close()


def test_every_span_link_attribute_status_and_time_is_kept(migrated):
    store = migrated
    assert check_project(store) == []
    kinds = {layer.name: (layer.kind, layer.owner) for layer in store.layers()}
    assert kinds == {
        "amina": ("analyst", "amina"),
        "reza": ("analyst", "reza"),
        "import:brat": ("imported", ""),
    }
    assert store.annotator_names() == ["amina", "reza"]
    ar = store.documents.by_ext_id("003_8fd97a1030ff3a51").id
    amina = store.annotations.spans(ar, "amina")
    assert [(s.label, s.text, s.author, s.origin) for s in amina] == [
        ("CLAIM", "أهمية امتثال الأطراف في قره باغ لاتفاقات وقف إطلاق النار", "amina", "manual"),
        ("SPEAKER", "الرئيس الروسي فلاديمير بوتين", "amina", "manual"),
        ("CLAIM", "إيمانويل ماكرون", "amina", "manual"),
        ("DATE", "10 و 17 أكتوبر/تشرين الأول الجاري", "amina", "manual"),
    ]
    by_label = {s.label: s for s in amina}
    assert by_label["SPEAKER"].attrs == {"entity": 1}
    assert by_label["DATE"].attrs == {"calendar": "gregorian", "value": "2020-12"}
    rels = store.annotations.relations(ar, "amina")
    assert [(r.type, r.tail is not None, r.tail_entity) for r in rels] == [
        ("said_by", True, None),
        ("said_by", False, 1),
        ("dated", True, None),
    ]
    assert all(r.author == "amina" for r in rels)
    (imported,) = store.annotations.spans(ar, "import:brat")
    assert (imported.author, imported.origin) == ("", "import:brat")
    assert store.status.get(ar, "amina").status == "done"
    assert store.status.get(ar, "amina").seconds == 95.5
    assert store.status.get(ar, "reza").status == "skipped"
    fa = next(d for d in store.documents.ids() if store.status.get(d, "amina").seconds == 12.25)
    assert store.status.get(fa, "amina").status == "in_progress"
    assert store.suggestions.counts()["dates:rejected"] == 1
    # a 0.1.0 schema declared no checks: the defaults that fit it are added
    assert [c.label for c in store.schema.current().checks] == ["CLAIM", "DATE"]


def test_the_undo_history_carries_over_step_for_step(migrated):
    store = migrated
    amina = AnnotationSession(store, "amina")
    assert amina.can_undo() and not amina.can_redo()
    rejected = next(
        s for s in (store.suggestions.get(i) for i in range(1, 40)) if s and s.status == "rejected"
    )
    # the last 0.1.0 step was the reject; it is undoable now and brings the suggestion back
    assert amina.undo_label() == "reject DATE suggestion"
    amina.undo()
    assert store.suggestions.get(rejected.id).status == "pending"
    # then the accepted DATE suggestion
    doc_id = rejected.document_id
    assert [s.origin for s in store.annotations.spans(doc_id, "amina")] == ["suggested:dates"]
    amina.undo()
    assert store.annotations.spans(doc_id, "amina") == []
    (accepted,) = [e for e in store.events.list("amina") if e.action == "span.add" and e.id == 17]
    assert amina.redo_label() == f"add DATE «{accepted.payload['span']['text']}»"
    amina.redo()
    assert [s.origin for s in store.annotations.spans(doc_id, "amina")] == ["suggested:dates"]
    # reza: a 0.1.0 delete that was undone (its payload names the layer "annotator")
    reza = AnnotationSession(store, "reza")
    ar = store.documents.by_ext_id("003_8fd97a1030ff3a51").id
    assert reza.undo_label() == "mark skipped"
    reza.undo()
    assert store.status.get(ar, "reza").status == "todo"
    assert [s.text for s in store.annotations.spans(ar, "reza")] == ["بوتين"]
    reza.undo()
    assert store.annotations.spans(ar, "reza") == []
    reza.redo()
    assert [s.text for s in store.annotations.spans(ar, "reza")] == ["بوتين"]
    assert check_project(store) == []


def test_the_fixture_itself_is_untouched_and_from_0_1_0():
    import sqlite3

    con = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    names = [r[0] for r in con.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    con.close()
    assert names == ["m001_initial", "m002_spans_by_annotator_label", "m003_suggestions"]
