"""Parquet interchange: round trip through a fresh project, read back by `datasets`."""

from __future__ import annotations

import json

import pytest
from interop_helpers import layer_of

from annotator.services.exporting import export_project
from annotator.services.interchange import import_layers

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_round_trip_keeps_everything(interop_project, fresh_store, tmp_path):
    store, ids = interop_project
    out = tmp_path / "gold.parquet"
    assert export_project(store, "parquet", out, layer="amina") == 2
    report = import_layers(fresh_store, [out], "parquet")
    assert report.documents_created == 2 and not report.bad
    for doc_id in ids:
        doc = store.documents.get(doc_id)
        new = fresh_store.documents.by_hash(doc.text_sha256)
        assert new.text == doc.text and new.ext_id == doc.ext_id and new.lang == doc.lang
        assert new.title == doc.title
        assert layer_of(fresh_store, new.id, "amina") == layer_of(store, doc_id, "amina")
    assert (
        len(
            layer_of(
                fresh_store,
                fresh_store.documents.by_hash(store.documents.get(ids[0]).text_sha256).id,
                "amina",
            )[1]
        )
        == 2
    )


def test_schema_and_features_metadata(interop_project, tmp_path):
    store, _ = interop_project
    out = tmp_path / "gold.parquet"
    export_project(store, "parquet", out, layer="amina")
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


def test_datasets_loads_it(interop_project, tmp_path):
    datasets = pytest.importorskip("datasets")
    store, ids = interop_project
    out = tmp_path / "gold.parquet"
    export_project(store, "parquet", out, layer="amina")
    ds = datasets.load_dataset(
        "parquet", data_files=str(out), split="train", cache_dir=str(tmp_path / "cache")
    )
    assert ds.num_rows == 2
    assert ds[0]["text"] == store.documents.get(ids[0]).text
    assert ds.features["spans"]  # the features came from the schema metadata
    labels = {s["label"] for s in ds[0]["spans"]}
    assert labels == {"SPEAKER", "CLAIM", "DATE"}
    assert "\r\n" in ds[0]["text"] and "\u00a0" in ds[0]["text"]


def test_offsets_that_do_not_match_are_refused(tmp_path, fresh_store):
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
        import_layers(fresh_store, [out], "parquet")
    assert fresh_store.documents.count() == 0
