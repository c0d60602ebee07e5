"""Label Studio: the example tasks read, the unit detected per region, round trip."""

from __future__ import annotations

import json

import pytest
from interop_helpers import TEXT, build_project, layer_of, round_trip

from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.services.interchange import LayerImportFailed, import_layers

from conftest import INTEROP

LS = INTEROP / "label-studio" / "ls-editor-example-named_entity"


def read(path, **options):
    return list(get_layer_importer("labelstudio").read(path, LayerOptions(**options)))


@pytest.mark.parametrize("name", ["tasks.json", "annotations_1.json"])
def test_sample_files(name):
    (item,) = read(LS / name)
    assert [(s.label, s.start, s.end, s.text) for s in item.spans] == [
        ("Date", 343, 354, "February 22")
    ]
    assert item.layer == ("prediction:model 1" if name == "tasks.json" else "")


def test_round_trip_keeps_everything(store, tmp_path):
    doc = build_project(store)
    want = layer_of(store, doc.id)
    fresh, got, out = round_trip(store, "labelstudio", tmp_path)
    assert layer_of(fresh, got.id) == want
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["data"]["offset_unit"] == "utf16"
    region = next(r for r in task["annotations"][0]["result"] if r["type"] == "labels")
    v = region["value"]
    assert TEXT.encode("utf-16-le")[2 * v["start"] : 2 * v["end"]].decode("utf-16-le") == v["text"]


def _task(text, regions):
    return [
        {
            "data": {"text": text},
            "annotations": [
                {
                    "id": 9,
                    "result": [
                        {"id": f"r{k}", "type": "labels", "from_name": "l", "to_name": "text",
                         "value": {"start": a, "end": b, "text": t, "labels": ["X"]}}
                        for k, (a, b, t) in enumerate(regions)
                    ],
                }
            ],
        }
    ]  # fmt: skip


def test_unit_detected_per_region(tmp_path):
    text = "👍🏽 قالت ووفقًا"
    path = tmp_path / "t.json"
    regions = [
        (3, 7, "قالت"),  # code points
        (5, 9, "قالت"),  # UTF-16: the emoji and its skin tone count 2 each
        (7, 11, "ووفقً"),  # graphemes: 👍🏽 is one, قً is one
    ]
    path.write_text(json.dumps(_task(text, regions)), encoding="utf-8")
    (item,) = read(path)
    assert [(s.start, s.end, s.text) for s in item.spans] == [
        (3, 7, "قالت"), (3, 7, "قالت"), (8, 13, "ووفقً"),
    ]  # fmt: skip


def test_no_unit_fits_is_a_bad_record(store, tmp_path):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(_task("👍 abc def", [(2, 5, "abd")])), encoding="utf-8")
    with pytest.raises(LayerImportFailed) as info:
        import_layers(store, [path], "labelstudio")
    assert str(info.value).startswith(f"{path}: task 1 (id None), annotation 9, region r0:")
    assert store.documents.count() == 0
