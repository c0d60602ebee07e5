"""brat standoff: the tutorial files read, round trip, safe file names, mismatched offsets."""

from __future__ import annotations

import shutil

import pytest
from interop_helpers import TEXT, build_project, layer_of, round_trip

from annotator.core.model import Document
from annotator.io.exporters import get_exporter
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.io.layers.base import FRAGMENT_RELATION
from annotator.services.exporting import annotated_documents
from annotator.services.interchange import LayerImportFailed, import_layers

from conftest import INTEROP

BRAT = INTEROP / "brat" / "nlplab-brat-tutorial-news"


def test_tutorial_files_read_with_relations_attributes_and_notes(store):
    report = import_layers(store, [BRAT], "brat", skip_bad=True)
    assert report.documents_created == 4
    intro = store.documents.by_ext_id("000-introduction")
    spans = {s.text: s for s in store.annotations.spans(intro.id)}
    assert spans["Citibank"].label == "Organization"
    assert (spans["Citibank"].start, spans["Citibank"].end) == (418, 426)
    assert spans["$100 million"].attrs == {"note": "100000000 USD"}
    assert spans["Raul Salinas de Gortari"].attrs == {"Mention": "Name", "Individual": True}
    rels = {(r.type, r.head, r.tail) for r in store.annotations.relations(intro.id)}
    assert (
        "Family",
        spans["Raul Salinas de Gortari"].id,
        spans["former Mexican president"].id,
    ) in rels
    assert ("Origin", spans["banks"].id, spans["Switzerland"].id) in rels
    # E and the A on an event are reported, one line each, naming file and line
    assert any("000-introduction.ann:4: skipped E1" in b for b in report.bad)
    assert not any("skipped N1" in b for b in report.bad)
    # a normalisation to a database other than Wikidata is kept as an attribute
    assert spans["former Mexican president"].attrs["normalization"] == "Wikipedia:64488"
    alias = store.documents.by_ext_id("060-relation_annotation")
    assert sum(r.type == "Alias" for r in store.annotations.relations(alias.id)) == 2


def test_events_stop_the_import_without_skip_bad(store):
    with pytest.raises(LayerImportFailed, match=r"000-introduction\.ann:4: skipped E1"):
        import_layers(store, [BRAT / "000-introduction.ann"], "brat")
    assert store.documents.count() == 0


def test_round_trip(store, tmp_path):
    doc = build_project(store)
    want = layer_of(store, doc.id)
    fresh, got_doc, out = round_trip(store, "brat", tmp_path)
    assert layer_of(fresh, got_doc.id) == want
    (ann,) = out.glob("*.ann")
    lines = ann.read_text(encoding="utf-8").splitlines()
    t_claim = [ln for ln in lines if ";" in ln.split("\t")[1]]
    assert len(t_claim) == 1 and t_claim[0].split("\t")[1].startswith("CLAIM ")
    assert any(ln.startswith("A") and ln.endswith("kind T2 direct") for ln in lines)
    assert any("AnnotatorNotes" in ln and 'value="2020-11-02"' in ln for ln in lines)
    assert ann.with_suffix(".txt").read_bytes() == TEXT.encode("utf-8")  # CRLF kept
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert (
        "said_by\tArg1:CLAIM, Arg2:SPEAKER" in conf and "kind\tArg:<ENTITY>, Value:direct" in conf
    )


@pytest.mark.parametrize(
    "ext_ids",
    [
        ["../../etc/passwd", "/abs/x", "a\\b", "CON", "..", ""],
        ["a/b", "a_b", "A_B", "a?b", "x" * 300, "x" * 301],
    ],
)
def test_file_names_are_safe_and_distinct(store, tmp_path, ext_ids):
    for ext_id in ext_ids:
        store.documents.insert_many([Document(None, ext_id, "t", f"نص {ext_id!r}", "ar", "rtl")])
    out = tmp_path / "deep" / "out"
    assert get_exporter("brat").write(annotated_documents(store), out) == len(ext_ids)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert all(p.parent == out for p in files)
    stems = {p.stem.lower() for p in files if p.suffix == ".ann"}
    assert len(stems) == len(ext_ids)
    assert not {"con", "..", ""} & stems
    assert all(len(p.name) < 120 for p in files)


def test_offsets_that_do_not_match_import_nothing(store, tmp_path):
    for name in ("000-introduction.txt", "000-introduction.ann"):
        shutil.copy(BRAT / name, tmp_path / name)
    ann = tmp_path / "000-introduction.ann"
    ann.write_text(
        ann.read_text(encoding="utf-8").replace("T7\tGPE 549 560", "T7\tGPE 550 561"),
        encoding="utf-8",
    )
    with pytest.raises(LayerImportFailed) as info:
        import_layers(store, [tmp_path], "brat", skip_bad=False)
    message = str(info.value)
    assert "\n" not in message
    assert f"{ann}:8: T7: text at 550 561" in message
    assert store.documents.count() == 0
    # even with skip_bad, the document with the bad T line is not imported at all
    report = import_layers(store, [tmp_path], "brat", skip_bad=True)
    assert report.documents_created == 0 and any(":8: T7" in b for b in report.bad)


def test_discontinuous_span_reads_as_fragments(tmp_path):
    (tmp_path / "d.txt").write_text("He said, the minister added, it works", encoding="utf-8")
    (tmp_path / "d.ann").write_text(
        "T1\tCLAIM 0 8;29 37\tHe said, it works\nA1\tkind T1 direct\n", encoding="utf-8"
    )
    (item,) = get_layer_importer("brat").read(tmp_path / "d.ann", LayerOptions())
    assert [(s.start, s.end, s.text, dict(s.attrs)) for s in item.spans] == [
        (0, 8, "He said,", {"kind": "direct"}),
        (29, 37, "it works", {"kind": "direct"}),
    ]
    assert [(r.type, r.head, r.tail) for r in item.relations] == [(FRAGMENT_RELATION, 1, 2)]
