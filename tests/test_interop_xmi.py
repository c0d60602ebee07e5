"""UIMA CAS XMI interchange: cassis reads our XMI (emoji before spans), we read
INCEpTION's real XMI, and a round trip keeps spans, attributes and relations."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from annotator.core.model import Document
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import export_project
from annotator.services.interchange import import_layers
from annotator.services.project import open_project

from conftest import INTEROP

cassis = pytest.importorskip("cassis")

SAMPLES = INTEROP / "uima-xmi" / "dkpro-cassis-tests"

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


def test_cassis_covered_text_equals_span_text(project, tmp_path):
    store, ids = project
    out = tmp_path / "gold.zip"
    assert export_project(store, "xmi", out, annotator="amina") == 2
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


def test_round_trip(project, fresh, tmp_path):
    store, ids = project
    out = tmp_path / "gold.zip"
    export_project(store, "xmi", out, annotator="amina")
    report = import_layers(fresh, [out], "xmi")
    assert report.documents_created == 2
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh.documents.by_hash(doc.text_sha256)
        assert (new.ext_id, new.title, new.lang) == (doc.ext_id, doc.title, doc.lang)
        assert layer(fresh, new.id, "amina") == layer(store, doc_id, "amina")


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


def test_real_inception_xmi_into_a_project(fresh):
    report = import_layers(fresh, [SAMPLES / "cas_with_smileys.xmi"], "xmi")
    assert (report.documents_created, report.spans) == (1, 5)
    (doc,) = fresh.documents.iter_all()
    assert {s.text for s in fresh.annotations.spans(doc.id, "import:xmi")} == {
        "Transformers",
        "PyTorch",
        "TensorFlow",
    }


def test_an_xmi_without_a_type_system_is_a_bad_record(tmp_path):
    (tmp_path / "a.xmi").write_bytes((SAMPLES / "small_cas.xmi").read_bytes())
    (item,) = get_layer_importer("xmi").read(tmp_path / "a.xmi", LayerOptions())
    assert "TypeSystem.xml" in str(item)
