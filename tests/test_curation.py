"""Curation: agreed units go to gold automatically; the rest by take/reject/settle."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.core.model import Document
from annotator.services import curation
from annotator.services.annotate import AnnotationSession

# emoji, ZWNJ and NBSP before the spans: offsets are code points
TEXT = (
    "👍🏽 به\u200cگزارش\u00a0ایرنا، پوتین گفت که مذاکرات ادامه دارد. "
    "ماکرون روز شنبه گفت که صبر می‌کند."
)


def at(piece: str) -> tuple[int, int]:
    i = TEXT.index(piece)
    return i, i + len(piece)


@pytest.fixture
def doc(store):
    (doc_id,) = store.documents.insert_many([Document(None, "fa1", "t", TEXT, "fa", "rtl")])
    return store.documents.get(doc_id)


def tag(store, doc, name, items):
    session = AnnotationSession(store, name)
    spans = {}
    for piece, label, attrs in items:
        spans[piece] = session.create_span(doc, *at(piece), label, snap=False, attrs=attrs)
    return session, spans


@pytest.fixture
def two(store, doc):
    amina, a = tag(
        store,
        doc,
        "amina",
        [
            ("پوتین", "SPEAKER", {}),
            ("مذاکرات ادامه دارد", "CLAIM", {"kind": "indirect"}),
            ("ماکرون", "SPEAKER", {}),
            ("روز شنبه", "DATE", {"value": "2020-10-31"}),
        ],
    )
    amina.link(a["مذاکرات ادامه دارد"], "said_by", a["پوتین"])
    reza, r = tag(
        store,
        doc,
        "reza",
        [
            ("پوتین", "SPEAKER", {}),
            ("مذاکرات ادامه دارد", "CLAIM", {"kind": "direct"}),
            ("ماکرون روز", "SPEAKER", {}),
            ("روز شنبه", "DATE", {"value": "2020-10-31"}),
        ],
    )
    reza.link(r["مذاکرات ادامه دارد"], "said_by", r["پوتین"])
    return doc


def gold(store, doc):
    return sorted((s.label, s.text, dict(s.attrs)) for s in store.annotations.spans(doc.id, "gold"))


def test_auto_curation_copies_what_everyone_agrees_on(store, two):
    report = curation.auto_curate(store, "sara")
    assert gold(store, two) == [
        ("CLAIM", "مذاکرات ادامه دارد", {}),  # kind differs: left to the curator
        ("DATE", "روز شنبه", {"calendar": "gregorian", "value": "2020-10-31"}),
        ("SPEAKER", "پوتین", {}),
    ]
    (link,) = store.annotations.relations(two.id, "gold")
    assert link.type == "said_by" and link.origin == "merged:amina+reza" and link.author == "sara"
    assert {s.origin for s in store.annotations.spans(two.id, "gold")} == {"merged:amina+reza"}
    states = [(u.state, TEXT[u.start : u.end]) for u in curation.units(store, two.id)]
    assert states == [
        ("agreed", "پوتین"),
        ("open", "مذاکرات ادامه دارد"),
        ("open", "ماکرون روز شنبه"),
    ]
    assert report.open_units == 2 and report.agreed_documents == 0
    assert store.status.get(two.id, "gold").status == "in_progress"
    again = curation.auto_curate(store, "sara")  # idempotent
    assert (again.spans, again.relations) == (0, 0)


def test_take_reject_settle_each_one_undo_step(store, two):
    curation.auto_curate(store, "sara")
    curator = AnnotationSession(store, "sara", layer="gold")
    claim_unit, names_unit = [u for u in curation.units(store, two.id) if u.state == "open"]
    curation.take(curator, claim_unit, "amina")
    assert ("CLAIM", "مذاکرات ادامه دارد", {"kind": "indirect"}) in gold(store, two)
    assert len(store.annotations.relations(two.id, "gold")) == 1  # amina's link, once
    assert curation.units(store, two.id)[1].state == "resolved"
    curation.take(curator, names_unit, "reza")
    assert ("SPEAKER", "ماکرون روز", {}) in gold(store, two)
    assert curator.undo_label() == "take reza's version"
    curator.undo()
    assert ("SPEAKER", "ماکرون روز", {}) not in gold(store, two)
    curation.reject(curator, curation.units(store, two.id)[2])
    assert curation.units(store, two.id)[2].state == "resolved"
    assert [s.text for s in store.annotations.spans(two.id, "gold")].count("روز شنبه") == 0
    curator.undo()
    assert curation.units(store, two.id)[2].state == "open"


def test_cli_curate_auto(tmp_path, store):
    db = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(db)]).exit_code == 0
    from annotator.services.project import open_project, store_of

    project = open_project(db)
    s = store_of(project)
    (doc_id,) = s.documents.insert_many([Document(None, "fa1", "t", TEXT, "fa", "rtl")])
    doc = s.documents.get(doc_id)
    tag(s, doc, "amina", [("پوتین", "SPEAKER", {}), ("ماکرون", "SPEAKER", {})])
    tag(s, doc, "reza", [("پوتین", "SPEAKER", {})])
    project.close()
    result = runner.invoke(cli, ["curate", str(db), "--auto"])
    assert result.exit_code == 0, result.output
    assert "gold: 1 spans and 0 links added in 1 articles" in result.output
    assert result.output.rstrip().endswith("fa1\t1 open")
