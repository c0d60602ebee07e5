"""doccano: UTF-16 offsets out, the three units in, both record shapes, round trips."""

from __future__ import annotations

import json

import pytest
from interop_helpers import TEXT, build_project, layer_of, round_trip

from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.io.layers.base import FRAGMENT_RELATION
from annotator.services.interchange import LayerImportFailed, import_layers
from annotator.services.project import open_project, store_of

from conftest import INTEROP

DOCCANO = INTEROP / "doccano" / "doccano-examples"


def read(path, **options):
    return list(get_layer_importer("doccano").read(path, LayerOptions(**options)))


def test_sample_label_and_entities_shapes():
    (pretty,) = read(DOCCANO / "export" / "relation_extraction.example.jsonl")
    assert [s.text for s in pretty.spans] == [
        "Google",
        "September 4, 1998",
        "Larry Page",
        "Sergey Brin",
    ]
    assert [(r.type, r.head, r.tail) for r in pretty.relations] == [
        ("foundedAt", 1, 2), ("foundedBy", 1, 3), ("foundedBy", 1, 4),
    ]  # fmt: skip
    (flat,) = read(DOCCANO / "import" / "relation_extraction.example.jsonl")
    assert [(s.label, s.start, s.end) for s in flat.spans] == [
        (s.label, s.start, s.end) for s in pretty.spans
    ]
    labels = read(DOCCANO / "export" / "sequence_labeling.example.jsonl")
    assert [[(s.label, s.text) for s in d.spans] for d in labels] == [
        [("ORG", "EU"), ("MISC", "German")], [("PERSON", "Peter Blackburn")], [("PERSON", "Obama")],
    ]  # fmt: skip


def test_sample_record_without_text_is_reported(store):
    path = DOCCANO / "import" / "sequence_labeling.example.jsonl"
    with pytest.raises(LayerImportFailed, match=r"sequence_labeling\.example\.jsonl:3: no 'text'"):
        import_layers(store, [path], "doccano")
    assert store.documents.count() == 0
    # a fresh project: the store caches annotator ids across a rolled-back import
    fresh = store_of(open_project(":memory:", create=True))
    report = import_layers(fresh, [path], "doccano", skip_bad=True)
    assert report.documents_created == 2 and len(report.bad) == 1
    doc = fresh.documents.by_ext_id("sequence_labeling.example:1")
    assert doc.meta["wikiPageID"] == 1


def test_overlapping_duplicate_is_stored_once(store):
    report = import_layers(
        store, [DOCCANO / "import" / "sequence_labeling.example_overlapping.jsonl"], "doccano"
    )
    assert report.spans == 1 and report.skipped_existing == 1


def test_export_counts_utf16_code_units(store, tmp_path):
    doc = build_project(store)
    _, _, out = round_trip(store, "doccano", tmp_path)
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["offset_unit"] == "utf16" and rec["text"] == TEXT
    units = TEXT.encode("utf-16-le")
    spans = store.annotations.spans(doc.id)
    for (start, end, label), span in zip(rec["label"], spans, strict=True):
        assert start == span.start + 1  # the emoji before every span counts 2
        assert units[2 * start : 2 * end].decode("utf-16-le") == span.text
        assert label == span.label


def test_round_trip_labels_loses_attributes_and_relations(store, tmp_path):
    doc = build_project(store)
    spans, _ = layer_of(store, doc.id, drop_attrs=True)
    fresh, got, _ = round_trip(store, "doccano", tmp_path)
    assert layer_of(fresh, got.id, drop_attrs=True) == (spans, set())
    assert got.ext_id == "fa/news 1" and got.title == "خبر" and got.lang == "fa"


def test_round_trip_relations(store, tmp_path):
    doc = build_project(store)
    spans, rels = layer_of(store, doc.id, drop_attrs=True)
    assert any(r[0] == FRAGMENT_RELATION for r in rels)
    fresh, got, _ = round_trip(store, "doccano-rel", tmp_path, importer="doccano")
    assert layer_of(fresh, got.id, drop_attrs=True) == (spans, rels)


@pytest.mark.parametrize(
    ("unit", "start", "end"),
    [("utf16", 3, 8), ("codepoint", 2, 7), ("grapheme", 2, 6)],
)
def test_units(tmp_path, unit, start, end):
    text = "😀 ووفقًا له"  # the emoji: 2 UTF-16 units; فقً one grapheme less than code points
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"text": text, "label": [[start, end, "X"]]}), encoding="utf-8")
    (item,) = read(path, unit=unit)
    assert item.spans[0].text == text[2:7] == "ووفقً"
    assert (item.spans[0].start, item.spans[0].end) == (2, 7)


def test_offset_inside_a_surrogate_pair_is_a_bad_record(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "😀 abc", "label": [[1, 4, "X"]]}) + "\n", encoding="utf-8")
    (bad,) = read(path)
    assert (
        str(bad)
        == f"{path}:1: span 0 [1, 4) in utf16 units: UTF-16 offset 1 falls inside a surrogate pair"
    )
    (ok,) = read(path, unit="codepoint")
    assert ok.spans[0].text == " ab"
