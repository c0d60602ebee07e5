"""One user action = one edit group = one undo step; layers apart from authors."""

from __future__ import annotations

import pytest
from test_suggesting import _fake_engine  # noqa: F401  (registers the fake engine)

from annotator.services import suggesting
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project, store_of

TEXT = "👍🏽 قال بوتين\r\nفي 10 أكتوبر 2020: «الوضع خطير»"


@pytest.fixture
def doc(store):
    from annotator.core.model import Document

    (doc_id,) = store.documents.insert_many([Document(None, "t1", "t", TEXT, lang="ar")])
    return store.documents.get(doc_id)


def labels(store, doc, layer="amina"):
    return sorted(s.label for s in store.annotations.spans(doc.id, layer))


def test_undo_of_an_accepted_claim_is_one_step(store, doc):
    session = AnnotationSession(store, "amina")
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    session.create_span(doc, TEXT.index("قال"), TEXT.index("قال") + 3, "CLAIM")  # unrelated
    suggesting.accept(session, next(s for s in shown if s.label == "CLAIM"))
    assert labels(store, doc) == ["CLAIM", "CLAIM", "DATE", "SPEAKER"]
    assert len(store.annotations.relations(doc.id, "amina")) == 2
    assert session.undo_label() == "accept CLAIM suggestion «الوضع خطير»"
    desc, _ = session.undo()
    assert desc == "accept CLAIM suggestion «الوضع خطير»"
    assert labels(store, doc) == ["CLAIM"]  # the hand-made span stays
    assert store.annotations.relations(doc.id, "amina") == []
    assert session.redo_label() == "accept CLAIM suggestion «الوضع خطير»"  # not "delete ..."
    session.redo()
    assert labels(store, doc) == ["CLAIM", "CLAIM", "DATE", "SPEAKER"]
    assert len(store.annotations.relations(doc.id, "amina")) == 2


def test_reject_is_undoable_and_undo_never_skips_to_an_older_edit(store, doc):
    session = AnnotationSession(store, "amina")
    session.create_span(doc, TEXT.index("قال"), TEXT.index("قال") + 3, "CLAIM")
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    speaker = next(s for s in shown if s.label == "SPEAKER")
    suggesting.reject(session, speaker)
    assert speaker.id not in {s.id for s in suggesting.visible(session, doc.id)}
    session.undo()
    assert speaker.id in {s.id for s in suggesting.visible(session, doc.id)}
    assert labels(store, doc) == ["CLAIM"]  # the older edit was not undone
    session.redo()
    assert speaker.id not in {s.id for s in suggesting.visible(session, doc.id)}


def test_accept_all_is_one_step(store, doc):
    session = AnnotationSession(store, "amina")
    suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert suggesting.accept_all(session, doc.id, "DATE") == 1
    session.undo()
    assert labels(store, doc) == []


def test_relabel_is_one_step_named_by_what_it_did(store, doc):
    session = AnnotationSession(store, "amina")
    i = TEXT.index("بوتين")
    span = session.create_span(doc, i, i + 5, "CLAIM")
    session.relabel(span, "SPEAKER")
    assert session.undo_label() == "relabel CLAIM «بوتين» as SPEAKER"
    session.undo()
    assert labels(store, doc) == ["CLAIM"]
    assert session.redo_label() == "relabel CLAIM «بوتين» as SPEAKER"


def test_a_suggestion_overlapping_a_same_label_span_is_never_offered(store, doc):
    session = AnnotationSession(store, "amina")
    # the analyst tagged a DATE that covers the suggested one partly ("10 أكتوبر 2020")
    start = TEXT.index("10 أكتوبر")
    session.create_span(doc, start, TEXT.index("2020") + 2, "DATE", snap=False)
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert "DATE" not in {s.label for s in shown}
    # a different label overlapping is offered, and accepting says what was added
    session.create_span(doc, TEXT.index("الوضع"), TEXT.index("الوضع") + 5, "SPEAKER")
    claim = next(s for s in suggesting.visible(session, doc.id) if s.label == "CLAIM")
    accepted = suggesting.accept(session, claim)
    assert [s.label for s in accepted.added] == ["CLAIM", "SPEAKER"]
    assert "overlaps SPEAKER" in accepted.summary()
    # its dated link went to the DATE the analyst had tagged, not to a second one
    assert labels(store, doc).count("DATE") == 1


def test_authors_and_layers_are_apart(store, doc):
    curator = AnnotationSession(store, "sara", layer="gold")
    i = TEXT.index("بوتين")
    span = curator.create_span(doc, i, i + 5, "SPEAKER")
    span = curator.set_attr(span, "entity", 7)
    assert (span.layer, span.author, span.origin) == ("gold", "sara", "manual")
    assert span.attr_origin == {"entity": {"author": "sara", "origin": "manual"}}
    kinds = {layer.name: (layer.kind, layer.owner) for layer in store.layers()}
    assert kinds["gold"] == ("curation", "")
    assert "gold" not in store.annotator_names()
    # another author's undo stack in the same layer is their own
    other = AnnotationSession(store, "reza", layer="gold")
    assert not other.can_undo() and curator.can_undo()


def test_a_layer_import_is_one_undo_step(tmp_path):
    from annotator.io.layers import LayerOptions
    from annotator.services.interchange import import_layers

    project = open_project(tmp_path / "p.db", create=True)
    store = store_of(project)
    text = "قال بوتين إن الوضع خطير"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tSPEAKER 4 9\tبوتين\nT2\tCLAIM 13 23\tالوضع خطير\nR1\tsaid_by Arg1:T2 Arg2:T1\n",
        encoding="utf-8",
    )
    import_layers(project, [tmp_path / "a.ann"], "brat", LayerOptions("brat-team"), author="ali")
    (doc_id,) = store.documents.ids()
    spans = store.annotations.spans(doc_id, "brat-team")
    assert {(s.origin, s.author) for s in spans} == {("import:brat:a.ann", "ali")}
    session = AnnotationSession(project, "ali", layer="brat-team")
    assert session.undo_label() == "import brat a.ann"
    session.undo()
    assert store.annotations.spans(doc_id, "brat-team") == []
    session.redo()
    assert len(store.annotations.spans(doc_id, "brat-team")) == 2
    assert len(store.annotations.relations(doc_id, "brat-team")) == 1
    project.close()
