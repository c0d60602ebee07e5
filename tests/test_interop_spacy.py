"""spaCy DocBin interchange: spaCy reads it back with the exact text; round trip."""

from __future__ import annotations

import itertools
import logging

import pytest
from interop_helpers import layer_of

from annotator.io.exporters import get_exporter
from annotator.services.exporting import annotated_documents, export_project
from annotator.services.interchange import import_layers

spacy = pytest.importorskip("spacy")


def test_spacy_reads_the_docbin(interop_project, tmp_path):
    from spacy.tokens import DocBin

    store, ids = interop_project
    out = tmp_path / "gold.spacy"
    export_project(store, "spacy", out, layer="amina")
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


def test_misaligned_spans_are_reported(interop_project, tmp_path, caplog):
    store, _ = interop_project
    exporter = get_exporter("spacy")
    with caplog.at_level(logging.WARNING):
        exporter.write(annotated_documents(store, "amina"), tmp_path / "x.spacy")
    texts = [span.text for _, span in exporter.misaligned]
    assert "بوتين غادر" in texts  # starts after the clitic و: not a spaCy token edge
    assert "do not align" in caplog.text


def test_round_trip(interop_project, fresh_store, tmp_path):
    store, ids = interop_project
    out = tmp_path / "gold.spacy"
    export_project(store, "spacy", out, layer="amina")
    report = import_layers(fresh_store, [out], "spacy")
    assert report.documents_created == 2
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh_store.documents.by_hash(doc.text_sha256)
        assert (new.ext_id, new.title, new.lang) == (doc.ext_id, doc.title, doc.lang)
        assert layer_of(fresh_store, new.id, "amina") == layer_of(store, doc_id, "amina")


def test_foreign_docbin_without_user_data(tmp_path, fresh_store):
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    doc = nlp.make_doc("👍 قال بوتين\r\nاليوم")
    doc.ents = [doc.char_span(6, 11, "PER")]
    doc.spans["sc"] = [doc.char_span(6, 11, "PER"), doc.char_span(13, 18, "DATE")]
    out = tmp_path / "foreign.spacy"
    DocBin(docs=[doc]).to_disk(out)
    import_layers(fresh_store, [out], "spacy")
    (stored,) = fresh_store.documents.iter_all()
    spans = fresh_store.annotations.spans(stored.id, "import:spacy")
    assert sorted((s.label, s.text) for s in spans) == [("DATE", "اليوم"), ("PER", "بوتين")]
