"""CoNLL/IOB2 interchange: the real NewsFANE Arabic excerpt, seqeval strict IOB2,
label-priority choice of overlapping spans, round trip through a fresh project."""

from __future__ import annotations

import logging

import pytest

from annotator.core.model import Document
from annotator.io.exporters import get_exporter
from annotator.io.exporters.conll import LABEL_PRIORITY
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import annotated_documents, export_project
from annotator.services.interchange import import_layers
from annotator.services.project import open_project

from conftest import INTEROP

NEWSFANE = INTEROP / "conll" / "newsfane-gold-2014-excerpt" / "NewsFANE_Gold_2014_first200sent.txt"

TEXTS = [
    "👍🏽 قال الرئيس\r\nفلاديمير بوتين\u00a0إن «الاتفاق سيوقع» يوم 5 مايو.\r\nوبوتين غادر.",
    "🇮🇷 رئیس‌جمهور گفت\u00a0که می‌خواهم صلح کنیم.\r\nاین خبر در ۲۰ آبان منتشر شد.",
]


@pytest.fixture
def project(store):
    """Two documents (Arabic, Persian) with an emoji before every span, CRLF, NBSP,
    ZWNJ; overlapping spans (a DATE inside a CLAIM), attributes and relations."""
    with store.atomic():
        ids = store.documents.insert_many(
            [
                Document(None, f"doc/{i}", f"t{i}", t, "ar" if i == 0 else "fa")
                for i, t in enumerate(TEXTS)
            ]
        )
    s = AnnotationSession(store, "amina")
    d0, d1 = store.documents.get(ids[0]), store.documents.get(ids[1])

    def at(doc, part, label, snap=False, **attrs):
        i = doc.text.index(part)
        return s.create_span(doc, i, i + len(part), label, snap=snap, attrs=attrs)

    speaker = at(d0, "فلاديمير بوتين", "SPEAKER")
    claim = at(d0, "«الاتفاق سيوقع» يوم 5 مايو", "CLAIM", kind="direct")
    date = at(d0, "5 مايو", "DATE", value="2024-05-05")
    at(d0, "بوتين غادر", "CLAIM")  # starts after a clitic: not a token edge
    s.link(claim, "said_by", speaker)
    s.link(claim, "dated", date)
    sp1 = at(d1, "رئیس‌جمهور", "SPEAKER")
    cl1 = at(d1, "می‌خواهم صلح کنیم", "CLAIM")
    at(d1, "۲۰ آبان", "DATE", value="2024-11-10", calendar="solar_hijri")
    s.link(cl1, "said_by", sp1)
    s.set_status(ids[0], "done")
    return store, ids


def layer(store, doc_id, annotator):
    spans = store.annotations.spans(doc_id, annotator)
    by_id = {sp.id: (sp.label, sp.start, sp.end) for sp in spans}
    rels = {
        (r.type, by_id[r.head], by_id[r.tail])
        for r in store.annotations.relations(doc_id, annotator)
    }
    return {
        (sp.label, sp.start, sp.end, sp.text, tuple(sorted(sp.attrs.items()))) for sp in spans
    }, rels


@pytest.fixture
def fresh():
    s = open_project(":memory:", create=True)
    yield s
    s.close()


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


def test_newsfane_into_a_project(fresh):
    report = import_layers(fresh, [NEWSFANE], "conll")
    assert (report.documents_created, report.spans) == (1, 604)


def test_seqeval_strict_scores_our_file_as_one(project, tmp_path):
    seqeval_metrics = pytest.importorskip("seqeval.metrics")
    from seqeval.scheme import IOB2

    store, _ = project
    out = tmp_path / "gold.conll"
    export_project(store, "conll", out, annotator="amina")
    tags = read_conll(out)
    assert any(t.startswith("B-") for s in tags for t in s)
    score = seqeval_metrics.f1_score(tags, tags, mode="strict", scheme=IOB2)
    assert score == 1.0
    raw = out.read_text(encoding="utf-8")
    assert raw.count("-DOCSTART-\tO\n") == 2 and "\r" not in raw


def test_overlaps_are_dropped_by_priority_and_reported(project, tmp_path, caplog):
    store, _ = project
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


def test_round_trip(project, fresh, tmp_path):
    store, ids = project
    out = tmp_path / "gold.conll"
    export_project(store, "conll", out, annotator="amina")
    report = import_layers(fresh, [out], "conll", LayerOptions(annotator="amina"))
    assert report.documents_created == 2
    docs = list(fresh.documents.iter_all())
    for doc_id, new in zip(ids, docs, strict=True):
        old = {
            (s.label, " ".join(s.text.split())) for s in store.annotations.spans(doc_id, "amina")
        }
        got = {(s.label, s.text) for s in fresh.annotations.spans(new.id, "amina")}
        if doc_id == ids[0]:
            old.discard(("CLAIM", "«الاتفاق سيوقع» يوم 5 مايو"))  # dropped: overlaps a DATE
        assert got == old
        assert not fresh.annotations.relations(new.id, "amina")  # CoNLL has no relations
    # the rebuilt text: tokens joined by spaces, the clitic و cut off its word
    assert "و بوتين" in docs[0].text and "\r" not in docs[0].text
