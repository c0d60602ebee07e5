"""The annotation session: spans, links, status and undo/redo from the event log."""

from __future__ import annotations

import pytest

from annotator.services.annotate import AnnotationSession, EditRefused
from annotator.services.project import open_project, store_of

from conftest import SEEDS


def doc_with(seeded, stem_index):
    return seeded.documents.by_ext_id(SEEDS[stem_index].stem)


def test_create_span_snaps_to_words(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 2)
    i = doc.text.index("فلاديمير بوتين")
    span = session.create_span(doc, i + 2, i + 10, "SPEAKER")  # starts and ends mid-word
    assert span.text == "فلاديمير بوتين"[: span.end - span.start]
    assert doc.text[span.start : span.end] == span.text
    assert span.text.startswith("فلاديمير")
    exact = session.create_span(doc, i + 2, i + 5, "SPEAKER", snap=False)
    assert exact.text == doc.text[i + 2 : i + 5]
    with pytest.raises(EditRefused):
        session.create_span(doc, i, i, "SPEAKER")


def test_default_attrs_and_relabel(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 3)
    i = doc.text.index("أهمية امتثال")
    claim = session.create_span(doc, i, i + 12, "CLAIM")
    assert claim.attrs == {"kind": "indirect"}
    date = session.relabel(claim, "DATE")
    assert date.label == "DATE" and date.attrs == {"calendar": "gregorian"}


def test_undo_redo_survive_restart(tmp_path, seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 0)
    i = doc.text.index("پوتین")
    speaker = session.create_span(doc, i, i + 5, "SPEAKER")
    j = doc.text.index("آمادگی متقابل")
    claim = session.create_span(doc, j, j + 13, "CLAIM")
    session.link(claim, "said_by", speaker)
    path = seeded.path
    seeded.close()

    store = store_of(open_project(path))
    again = AnnotationSession(store, "amina")
    assert again.can_undo()
    again.undo()  # the link
    assert store.annotations.relations(doc.id) == []
    again.undo()  # the claim
    assert [s.label for s in store.annotations.spans(doc.id)] == ["SPEAKER"]
    store.close()

    store = store_of(open_project(path))
    third = AnnotationSession(store, "amina")
    assert third.can_redo()
    third.redo()
    third.redo()
    spans = store.annotations.spans(doc.id)
    assert sorted(s.label for s in spans) == ["CLAIM", "SPEAKER"]
    (rel,) = store.annotations.relations(doc.id)
    assert rel.type == "said_by" and rel.tail == speaker.id
    assert not third.can_redo()


def test_undo_delete_restores_relations(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 2)
    i = doc.text.index("بوتين")
    speaker = session.create_span(doc, i, i + 5, "SPEAKER")
    j = doc.text.index("الوضع في قره باغ")
    claim = session.create_span(doc, j, j + 16, "CLAIM")
    rel = session.link(claim, "said_by", speaker)
    session.delete_span(speaker)
    assert seeded.annotations.relations(doc.id) == []
    session.undo()
    assert seeded.annotations.relations(doc.id) == [rel]
    assert seeded.annotations.span(speaker.id) == speaker


def test_new_edit_clears_redo(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 2)
    i = doc.text.index("ماكرون")
    session.create_span(doc, i, i + 6, "SPEAKER")
    session.undo()
    assert session.can_redo()
    session.create_span(doc, i, i + 6, "SPEAKER")
    assert not session.can_redo()


def test_undo_is_per_annotator(seeded):
    amina, reza = AnnotationSession(seeded, "amina"), AnnotationSession(seeded, "reza")
    doc = doc_with(seeded, 2)
    i = doc.text.index("ماكرون")
    amina.create_span(doc, i, i + 6, "SPEAKER")
    with pytest.raises(EditRefused, match="nothing to undo"):
        reza.undo()


def test_link_checks_labels_and_candidates(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 3)
    text = doc.text
    first = text.index("بوتين")
    s1 = session.create_span(doc, first, first + 5, "SPEAKER")
    m = text.index("ماكرون")
    s2 = session.create_span(doc, m, m + 6, "SPEAKER")
    c = text.index("أهمية امتثال")
    claim = session.create_span(doc, c, c + 12, "CLAIM")
    later = text.index("ماكرون", c)
    s3 = session.create_span(doc, later, later + 6, "SPEAKER")
    state = session.state(doc.id)
    assert [s.id for s in session.candidates(state, claim, "SPEAKER")] == [s2.id, s1.id, s3.id]
    with pytest.raises(EditRefused):
        session.link(s1, "said_by", s2)
    with pytest.raises(EditRefused):
        session.link(claim, "dated", s1)


def test_status_undo(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 1)
    session.set_status(doc.id, "done")
    assert session.state(doc.id).status.status == "done"
    session.undo()
    assert session.state(doc.id).status.status == "todo"


def test_document_fields_edit_and_undo(seeded):
    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 4)
    session.update_document(doc.id, published="2020-11-16", source="Lebanon 24")
    got = seeded.documents.get(doc.id)
    assert (got.published, got.source) == ("2020-11-16", "Lebanon 24")
    session.undo()  # back to the date read from its header at import
    assert seeded.documents.get(doc.id).published == "2020-11-16T09:06"


def test_checks_before_done_follow_the_schema(seeded):
    from annotator.core.schema import SchemaError, schema_from_dict, schema_to_dict

    session = AnnotationSession(seeded, "amina")
    doc = doc_with(seeded, 2)
    i = doc.text.index("بوتين")
    claim = session.create_span(doc, i, i + 5, "CLAIM")
    date = session.create_span(doc, i + 6, i + 10, "DATE", snap=False)
    assert [m for _, m in session.missing(doc.id)] == [
        "a CLAIM has no speaker (said_by)",
        "a DATE has no value",
    ]
    session.set_attr(date, "value", "2020")
    j = doc.text.index("ماكرون")
    session.link(claim, "said_by", session.create_span(doc, j, j + 6, "SPEAKER"))
    assert session.missing(doc.id) == []
    data = schema_to_dict(session.schema)
    assert schema_from_dict(data).checks == session.schema.checks  # round trip
    data["checks"].append({"label": "DATE", "attribute": "colour"})
    with pytest.raises(SchemaError, match="DATE has no attribute 'colour'"):
        schema_from_dict(data)
