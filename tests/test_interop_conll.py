"""CoNLL/IOB2 interchange: the real NewsFANE Arabic excerpt, seqeval strict IOB2,
label-priority choice of overlapping spans, round trip through a fresh project."""

from __future__ import annotations

import logging

import pytest

from annotator.io.exporters import get_exporter
from annotator.io.exporters.conll import LABEL_PRIORITY
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.services.exporting import annotated_documents, export_project
from annotator.services.interchange import import_layers

from conftest import INTEROP

NEWSFANE = INTEROP / "conll" / "newsfane-gold-2014-excerpt" / "NewsFANE_Gold_2014_first200sent.txt"


def read_conll(path):
    """Sentences of tags, DOCSTART lines skipped (as seqeval users read CoNLL)."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        cols = line.split("\t")
        if not line.strip() or cols[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
            current = []
            continue
        current.append(cols[-1])
    if current:
        sentences.append(current)
    return sentences


def test_reads_the_real_newsfane_excerpt():
    (item,) = get_layer_importer("conll").read(NEWSFANE, LayerOptions())
    text = item.document.text
    assert len(item.spans) == 604  # SOURCES.md: 604 entities
    assert text.count("\n") == 199 and "\r" not in text and "\ufeff" not in text
    assert "\u200e" in text  # LRM marks are kept in the rebuilt text
    assert item.document.lang == "ar"
    first = item.spans[0]
    assert (first.label, first.text) == ("Population-Center", "فرانكفورت")
    assert all(text[s.start : s.end] == s.text for s in item.spans)
    assert all(s.text[0] != "\u200e" for s in item.spans)  # spans trimmed of LRM
    assert {"Population-Center", "Nation", "Politician"} <= {s.label for s in item.spans}


def test_newsfane_into_a_project(fresh_store):
    report = import_layers(fresh_store, [NEWSFANE], "conll")
    assert (report.documents_created, report.spans) == (1, 604)


def test_seqeval_strict_scores_our_file_as_one(interop_project, tmp_path):
    seqeval_metrics = pytest.importorskip("seqeval.metrics")
    from seqeval.scheme import IOB2

    store, _ = interop_project
    out = tmp_path / "gold.conll"
    export_project(store, "conll", out, layer="amina")
    tags = read_conll(out)
    assert any(t.startswith("B-") for s in tags for t in s)
    score = seqeval_metrics.f1_score(tags, tags, mode="strict", scheme=IOB2)
    assert score == 1.0
    raw = out.read_text(encoding="utf-8")
    assert raw.count("-DOCSTART-\tO\n") == 2 and "\r" not in raw


def test_overlaps_are_dropped_by_priority_and_reported(interop_project, tmp_path, caplog):
    store, _ = interop_project
    exporter = get_exporter("conll")
    with caplog.at_level(logging.WARNING):
        exporter.write(annotated_documents(store, "amina"), tmp_path / "x.conll")
    assert LABEL_PRIORITY.index("DATE") < LABEL_PRIORITY.index("CLAIM")
    # the CLAIM that contains the DATE "5 مايو" loses; the clitic CLAIM is kept
    assert exporter.dropped == 1
    assert [(s.label, s.text) for _, s in exporter.dropped_spans] == [
        ("CLAIM", "«الاتفاق سيوقع» يوم 5 مايو")
    ]
    assert "1 overlapping" in caplog.text


def test_round_trip(interop_project, fresh_store, tmp_path):
    store, ids = interop_project
    out = tmp_path / "gold.conll"
    export_project(store, "conll", out, layer="amina")
    report = import_layers(fresh_store, [out], "conll", LayerOptions(layer="amina"))
    assert report.documents_created == 2
    docs = list(fresh_store.documents.iter_all())
    for doc_id, new in zip(ids, docs, strict=True):
        old = {
            (s.label, " ".join(s.text.split())) for s in store.annotations.spans(doc_id, "amina")
        }
        got = {(s.label, s.text) for s in fresh_store.annotations.spans(new.id, "amina")}
        if doc_id == ids[0]:
            old.discard(("CLAIM", "«الاتفاق سيوقع» يوم 5 مايو"))  # dropped: overlaps a DATE
        assert got == old
        assert not fresh_store.annotations.relations(new.id, "amina")  # CoNLL has no relations
    # the rebuilt text: tokens joined by spaces, the clitic و cut off its word
    assert "و بوتين" in docs[0].text and "\r" not in docs[0].text
