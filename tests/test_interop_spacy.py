"""spaCy DocBin interchange: spaCy reads it back with the exact text; round trip."""

from __future__ import annotations

import itertools
import logging

import pytest

from annotator.core.model import Document
from annotator.io.exporters import get_exporter
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import annotated_documents, export_project
from annotator.services.interchange import import_layers
from annotator.services.project import open_project

spacy = pytest.importorskip("spacy")

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


def test_spacy_reads_the_docbin(project, tmp_path):
    from spacy.tokens import DocBin

    store, ids = project
    out = tmp_path / "gold.spacy"
    export_project(store, "spacy", out, annotator="amina")
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("xx").vocab))
    assert [d.text for d in docs] == [store.documents.get(i).text for i in ids]
    stored = store.annotations.spans(ids[0], "amina")
    assert len(docs[0].spans["sc"]) == len(stored)  # every span, overlapping ones too
    ents = list(docs[0].ents)
    assert ents and all(a.end <= b.start for a, b in itertools.pairwise(ents))
    exact = docs[0].user_data["annotator"]["spans"]
    assert {(s["start"], s["end"], s["text"]) for s in exact} == {
        (s.start, s.end, s.text) for s in stored
    }
    speaker = next(s for s in docs[0].spans["sc"] if s.label_ == "SPEAKER")
    assert speaker.text == "فلاديمير بوتين"


def test_misaligned_spans_are_reported(project, tmp_path, caplog):
    store, _ = project
    exporter = get_exporter("spacy")
    with caplog.at_level(logging.WARNING):
        exporter.write(annotated_documents(store, "amina"), tmp_path / "x.spacy")
    texts = [span.text for _, span in exporter.misaligned]
    assert "بوتين غادر" in texts  # starts after the clitic و: not a spaCy token edge
    assert "do not align" in caplog.text


def test_round_trip(project, fresh, tmp_path):
    store, ids = project
    out = tmp_path / "gold.spacy"
    export_project(store, "spacy", out, annotator="amina")
    report = import_layers(fresh, [out], "spacy")
    assert report.documents_created == 2
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh.documents.by_hash(doc.text_sha256)
        assert (new.ext_id, new.title, new.lang) == (doc.ext_id, doc.title, doc.lang)
        assert layer(fresh, new.id, "amina") == layer(store, doc_id, "amina")


def test_foreign_docbin_without_user_data(tmp_path, fresh):
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    doc = nlp.make_doc("👍 قال بوتين\r\nاليوم")
    doc.ents = [doc.char_span(6, 11, "PER")]
    doc.spans["sc"] = [doc.char_span(6, 11, "PER"), doc.char_span(13, 18, "DATE")]
    out = tmp_path / "foreign.spacy"
    DocBin(docs=[doc]).to_disk(out)
    import_layers(fresh, [out], "spacy")
    (stored,) = fresh.documents.iter_all()
    spans = fresh.annotations.spans(stored.id, "import:spacy")
    assert sorted((s.label, s.text) for s in spans) == [("DATE", "اليوم"), ("PER", "بوتين")]
