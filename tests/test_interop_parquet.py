"""Parquet interchange: round trip through a fresh project, read back by `datasets`."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import Document
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import export_project
from annotator.services.interchange import import_layers
from annotator.services.project import open_project

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

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


def test_round_trip_keeps_everything(project, fresh, tmp_path):
    store, ids = project
    out = tmp_path / "gold.parquet"
    assert export_project(store, "parquet", out, annotator="amina") == 2
    report = import_layers(fresh, [out], "parquet")
    assert report.documents_created == 2 and not report.bad
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh.documents.by_hash(doc.text_sha256)
        assert new.text == doc.text and new.ext_id == doc.ext_id and new.lang == doc.lang
        assert new.title == doc.title
        assert layer(fresh, new.id, "amina") == layer(store, doc_id, "amina")
    assert (
        len(
            layer(
                fresh, fresh.documents.by_hash(store.documents.get(ids[0]).text_sha256).id, "amina"
            )[1]
        )
        == 2
    )


def test_schema_and_features_metadata(project, tmp_path):
    store, _ = project
    out = tmp_path / "gold.parquet"
    export_project(store, "parquet", out, annotator="amina")
    schema = pq.read_schema(out)
    assert schema.names == [
        "id",
        "text",
        "text_sha256",
        "lang",
        "annotator",
        "status",
        "meta",
        "spans",
        "relations",
    ]
    ours = json.loads(schema.metadata[b"annotator"])
    assert ours["offset_unit"] == "codepoint"
    hf = json.loads(schema.metadata[b"huggingface"])
    assert set(hf["info"]["features"]) == set(schema.names)
    rows = pq.read_table(out).to_pylist()
    span = rows[0]["spans"][0]
    assert rows[0]["text"][span["start"] : span["end"]] == span["text"]
    assert json.loads(rows[0]["meta"])["title"] == "t0"


def test_datasets_loads_it(project, tmp_path):
    datasets = pytest.importorskip("datasets")
    store, ids = project
    out = tmp_path / "gold.parquet"
    export_project(store, "parquet", out, annotator="amina")
    ds = datasets.load_dataset(
        "parquet", data_files=str(out), split="train", cache_dir=str(tmp_path / "cache")
    )
    assert ds.num_rows == 2
    assert ds[0]["text"] == store.documents.get(ids[0]).text
    assert ds.features["spans"]  # the features came from the schema metadata
    labels = {s["label"] for s in ds[0]["spans"]}
    assert labels == {"SPEAKER", "CLAIM", "DATE"}
    assert "\r\n" in ds[0]["text"] and "\u00a0" in ds[0]["text"]


def test_offsets_that_do_not_match_are_refused(tmp_path, fresh):
    from annotator.io.exporters.parquet import arrow_schema
    from annotator.services.interchange import LayerImportFailed

    schema = arrow_schema(pa)
    row = {
        "id": "x",
        "text": "👍 سلام",
        "text_sha256": "",
        "lang": "ar",
        "annotator": "a",
        "status": "todo",
        "meta": "{}",
        "relations": [],
        "spans": [{"id": 1, "start": 1, "end": 5, "label": "X", "text": "سلام", "attrs": "{}"}],
    }
    out = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist([row], schema=schema), out)
    with pytest.raises(LayerImportFailed, match="does not match"):
        import_layers(fresh, [out], "parquet")
    assert fresh.documents.count() == 0
