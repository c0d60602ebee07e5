"""UIMA CAS XMI interchange: cassis reads our XMI (emoji before spans), we read
INCEpTION's real XMI, and a round trip keeps spans, attributes and relations."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from interop_helpers import layer_of

from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.services.exporting import export_project
from annotator.services.interchange import import_layers

from conftest import INTEROP

cassis = pytest.importorskip("cassis")

SAMPLES = INTEROP / "uima-xmi" / "dkpro-cassis-tests"


def test_cassis_covered_text_equals_span_text(interop_project, tmp_path):
    store, ids = interop_project
    out = tmp_path / "gold.zip"
    assert export_project(store, "xmi", out, layer="amina") == 2
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert "TypeSystem.xml" in names and "manifest.json" in names
        ts = cassis.load_typesystem(io.BytesIO(zf.read("TypeSystem.xml")))
        manifest = json.loads(zf.read("manifest.json"))
        xmi0 = zf.read(manifest[0]["file"])
        cas = cassis.load_cas_from_xmi(io.BytesIO(xmi0), typesystem=ts)
    assert cas.sofa_string == store.documents.get(ids[0]).text
    stored = {(s.label, s.text) for s in store.annotations.spans(ids[0], "amina")}
    got = {(a.label, a.get_covered_text()) for a in cas.select("webanno.custom.Annotation")}
    assert got == stored
    rels = {
        (r.label, r.Governor.label, r.Dependent.label)
        for r in cas.select("webanno.custom.Relation")
    }
    assert rels == {("said_by", "CLAIM", "SPEAKER"), ("dated", "CLAIM", "DATE")}
    # the XMI itself holds UTF-16 offsets: the emoji (2 code points) counts 4 units
    speaker = next(s for s in store.annotations.spans(ids[0], "amina") if s.label == "SPEAKER")
    assert f'begin="{speaker.start + 2}"'.encode() in xmi0


def test_round_trip(interop_project, fresh_store, tmp_path):
    store, ids = interop_project
    out = tmp_path / "gold.zip"
    export_project(store, "xmi", out, layer="amina")
    report = import_layers(fresh_store, [out], "xmi")
    assert report.documents_created == 2
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh_store.documents.by_hash(doc.text_sha256)
        assert (new.ext_id, new.title, new.lang) == (doc.ext_id, doc.title, doc.lang)
        assert layer_of(fresh_store, new.id, "amina") == layer_of(store, doc_id, "amina")


def test_reads_the_real_inception_xmi():
    importer = get_layer_importer("xmi")
    (item,) = importer.read(SAMPLES / "cas_with_smileys.xmi", LayerOptions())
    text = item.document.text
    assert text.startswith("🤗 Transformers") and "\r\n" in text
    assert item.document.ext_id == "huggingface.txt"
    first = item.spans[0]
    assert (first.label, first.start, first.end, first.text) == ("OTH", 2, 14, "Transformers")
    assert all(text[s.start : s.end] == s.text for s in item.spans)
    assert [s.text for s in item.spans] == [
        "Transformers",
        "Transformers",
        "Transformers",
        "PyTorch",
        "TensorFlow",
    ]


def test_real_inception_xmi_into_a_project(fresh_store):
    report = import_layers(fresh_store, [SAMPLES / "cas_with_smileys.xmi"], "xmi")
    assert (report.documents_created, report.spans) == (1, 5)
    (doc,) = fresh_store.documents.iter_all()
    assert {s.text for s in fresh_store.annotations.spans(doc.id, "import:xmi")} == {
        "Transformers",
        "PyTorch",
        "TensorFlow",
    }


def test_an_xmi_without_a_type_system_is_a_bad_record(tmp_path):
    (tmp_path / "a.xmi").write_bytes((SAMPLES / "small_cas.xmi").read_bytes())
    (item,) = get_layer_importer("xmi").read(tmp_path / "a.xmi", LayerOptions())
    assert "TypeSystem.xml" in str(item)


def test_an_article_xml_cannot_hold_is_one_line_naming_it(store, tmp_path):
    from annotator.core.model import Document
    from annotator.services.exporting import ExportFailed

    store.documents.insert_many([Document(None, "ctl-1", "t", "قال بوتين\x01 شيئا", "ar", "rtl")])
    out = tmp_path / "x.zip"
    with pytest.raises(ExportFailed, match=r"document ctl-1: U\+0001 at offset 9"):
        export_project(store, "xmi", out)
    assert not out.exists()
