"""The canonical JSONL export: layers, statuses, filters, offsets checked."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import Document, Span
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import ExportFailed, annotated_documents, export_project

TEXTS = [
    "قال 👍🏽 الرئيس\r\nپوتین\u00a0گفت",
    "أكد الكرملين في بيان أن الرئيس فلاديمير بوتين",
    "متن سوم بدون برچسب",
]


@pytest.fixture
def project(store):
    with store.atomic():
        ids = store.documents.insert_many(
            [Document(None, f"d{i}", f"t{i}", t, "ar") for i, t in enumerate(TEXTS)]
        )
    amina, reza = AnnotationSession(store, "amina"), AnnotationSession(store, "reza")
    d0, d1 = store.documents.get(ids[0]), store.documents.get(ids[1])
    i = d0.text.index("پوتین")
    amina.create_span(d0, i, i + 5, "SPEAKER")
    j = d1.text.index("بوتين")
    amina.create_span(d1, j, j + 5, "SPEAKER")
    reza.create_span(d1, 0, 3, "CLAIM")
    reza.set_status(ids[0], "done")  # a layer with a status and no spans
    amina.set_status(ids[1], "done")
    return store, ids


def test_layers_per_document(project):
    store, _ = project
    items = [
        (i.document.ext_id, i.layer, i.status, len(i.spans)) for i in annotated_documents(store)
    ]
    assert items == [
        ("d0", "amina", "todo", 1),
        ("d0", "reza", "done", 0),
        ("d1", "amina", "done", 1),
        ("d1", "reza", "todo", 1),
        ("d2", "", "todo", 0),
    ]


def test_filters(project):
    store, _ = project
    only = [(i.document.ext_id, i.layer) for i in annotated_documents(store, "reza")]
    assert only == [("d0", "reza"), ("d1", "reza"), ("d2", "reza")]
    done = [(i.document.ext_id, i.layer) for i in annotated_documents(store, only_done=True)]
    assert done == [("d0", "reza"), ("d1", "amina")]


def test_offsets_are_code_points(project, tmp_path):
    store, _ = project
    out = tmp_path / "x.jsonl"
    export_project(store, "jsonl", out)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = recs[0]
    assert first["offset_unit"] == "codepoint"
    assert first["text"] == TEXTS[0]
    (span,) = first["spans"]
    assert first["text"][span["start"] : span["end"]] == span["text"] == "پوتین"
    # an emoji with a skin tone is two code points; CRLF is two
    assert span["start"] == TEXTS[0].index("پوتین") == 15


def test_export_refuses_inconsistent_span_and_leaves_no_file(project, tmp_path):
    store, _ = project
    store.conn.execute("UPDATE spans SET text = 'xxxxx' WHERE label = 'SPEAKER'")
    out = tmp_path / "bad.jsonl"
    with pytest.raises(ExportFailed, match="d0"):
        export_project(store, "jsonl", out)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_iter_layers_sorts_spans(store):
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "x", "t", "a b c d e")])
    with store.atomic():
        store.annotations.add_bulk(
            [
                Span(
                    None, doc_id, "amina", "CLAIM", s, s + 1, "abcde"[s // 2 * 0] and "a b c d e"[s]
                )
                for s in (8, 0, 4)
            ]
        )
    (layer,) = list(store.annotations.iter_layers())
    assert [s.start for s in layer[3]] == [0, 4, 8]
