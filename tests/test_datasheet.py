"""Datasets with splits, the datasheet next to every export, and its shaped chart."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from annotator.core.model import AnnotatedDocument
from annotator.io import label_chart, rtl_output
from annotator.io.exporters import exporters
from annotator.io.exporters.base import Exporter
from annotator.services import datasheet
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import ExportFailed, export_dataset, export_project

SVG = "{http://www.w3.org/2000/svg}"


def _tag(session, doc, word, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return session.create_span(doc, start, start + len(word), label, snap=False)


@pytest.fixture
def annotated(seeded):
    """Seed articles: amina tags two Persian and one Arabic article, reza one Arabic."""
    docs = {d.lang + str(i): d for i, d in enumerate(seeded.documents.iter_all())}
    fa, ar = docs["fa0"], docs["ar3"]
    amina, reza = AnnotationSession(seeded, "amina"), AnnotationSession(seeded, "reza")
    speaker = _tag(amina, fa, "پوتین", "SPEAKER")
    claim = _tag(amina, fa, "مکالمه تلفنی", "CLAIM")
    amina.link(claim, "said_by", speaker)
    _tag(amina, docs["fa1"], "پوتین", "SPEAKER")
    for session in (amina, reza):
        s = _tag(session, ar, "بوتين", "SPEAKER")
        c = _tag(session, ar, "امتثال", "CLAIM")
        session.link(c, "said_by", s)
    amina.set_status(fa.id, "done")
    return seeded


def test_datasheet_counts_schema_unit_and_chart(annotated, tmp_path):
    out = tmp_path / "gold.jsonl"
    n = export_project(annotated, "jsonl", out)
    assert n == 6  # 5 documents, one of them with two layers (amina and reza)
    md = (tmp_path / "gold.datasheet.md").read_text(encoding="utf-8")
    assert "- offset unit: codepoint" in md
    assert "| SPEAKER | 4 |" in md and "| CLAIM | 3 |" in md
    assert "| said_by | 3 |" in md
    assert "| ar | 3 |" in md and "| fa | 2 |" in md
    assert "| amina | 3 |" in md and "| reza | 1 |" in md  # layers per annotator
    assert "| DATE | value (timex), calendar (enum: gregorian/solar_hijri/hijri) |" in md
    assert "| dated | CLAIM | DATE |" in md
    assert "No split" in md
    svg = ElementTree.parse(tmp_path / "gold.labels.svg").getroot()
    assert svg.tag == f"{SVG}svg"
    bars = [t.text for t in svg.iter(f"{SVG}text") if t.get("font-size") == "11"]
    assert bars == ["2", "1", "2", "2"]  # CLAIM ar, fa; SPEAKER ar, fa
    assert "](gold.labels.svg)" in md


def test_split_outputs_disjoint_and_counted(annotated, tmp_path):
    out = tmp_path / "ds.jsonl"
    report = export_dataset(annotated, "jsonl", out, split="train=0.6,dev=0.2,test=0.2", seed=3)
    assert not out.exists()
    seen: dict[str, str] = {}
    for name in ("train", "dev", "test"):
        path = tmp_path / f"ds.{name}.jsonl"
        assert report.outputs[name] == path
        for line in path.read_text(encoding="utf-8").splitlines():
            doc_id = json.loads(line)["id"]
            assert seen.setdefault(doc_id, name) == name  # every layer in the same split
    assert len(seen) == 5
    assert report.total == 6
    md = (tmp_path / "ds.datasheet.md").read_text(encoding="utf-8")
    assert "train=0.6, dev=0.2, test=0.2, seed 3" in md
    assert "| split | ar | fa | documents | file |" in md
    assert "ds.train.jsonl" in md
    again = export_dataset(
        annotated, "jsonl", tmp_path / "b.jsonl", split="train=0.6,dev=0.2,test=0.2", seed=3
    )
    assert again.tally.split_lang == report.tally.split_lang


def test_bad_split_leaves_nothing(annotated, tmp_path):
    with pytest.raises(ExportFailed, match="sum to"):
        export_dataset(annotated, "jsonl", tmp_path / "x.jsonl", split="train=0.5,dev=0.1")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db")] == []


def test_gold_layer_only_when_it_exists(annotated, tmp_path):
    with pytest.raises(ExportFailed, match="no adjudicated 'gold' layer"):
        export_dataset(annotated, "jsonl", tmp_path / "g.jsonl", layer="gold")
    doc = next(iter(annotated.documents.iter_all()))
    _tag(AnnotationSession(annotated, "gold"), doc, "پوتین", "SPEAKER")
    report = export_dataset(annotated, "jsonl", tmp_path / "g.jsonl", layer="gold")
    assert report.tally.annotators == {"gold": 5}
    assert report.tally.labels == {"SPEAKER": 1}


class _FolderExporter(Exporter):
    name = "test-folder"
    suffix = ""
    description = "one file per layer (test only)"
    writes_folder = True
    offset_unit = "bytes (test)"

    def __init__(self) -> None:
        self.dropped = 0

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        out.mkdir(parents=True, exist_ok=True)
        n = 0
        for item in items:
            (out / f"{item.document.ext_id}.{item.layer}.txt").write_text(item.document.text)
            self.dropped += len(item.relations)
            n += 1
        return n


def test_folder_format_gets_a_folder_per_split(annotated, tmp_path, request):
    exporters.register("test-folder", _FolderExporter)
    request.addfinalizer(lambda: exporters.unregister("test-folder"))
    out = tmp_path / "brat_like"
    out.mkdir()
    (out / "stale.txt").write_text("old export")
    report = export_dataset(annotated, "test-folder", out, split="train=0.5,test=0.5")
    assert sorted(p.name for p in out.iterdir()) == ["test", "train"]  # old one replaced
    names = [{p.name.split(".")[0] for p in (out / s).iterdir()} for s in ("train", "test")]
    assert not names[0] & names[1] and len(names[0] | names[1]) == 5
    assert report.records["train"] + report.records["test"] == 6
    md = (tmp_path / "brat_like.datasheet.md").read_text(encoding="utf-8")
    assert "- offset unit: bytes (test)" in md
    assert "- dropped: " in md  # the exporter's reported losses
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db")) == [
        "brat_like",
        "brat_like.datasheet.md",
        "brat_like.labels.svg",
    ]


# -- shaping (docs/architecture.md, "Shaping for targets that cannot") -----------


def test_visual_known_output():
    # سلام: seen initial, lam-alef final ligature, meem isolated; laid out left to right
    assert rtl_output.visual("سلام") == "\ufee1\ufefc\ufeb3"
    assert rtl_output.visual("لا") == "\ufefb"
    assert rtl_output.visual("SPEAKER 12") == "SPEAKER 12"  # nothing to shape


def test_chart_text_reshaped_only_before_matplotlib_3_11():
    title = datasheet.CHART_TITLE
    assert rtl_output.chart_text(title, "3.11.0") == title
    assert rtl_output.chart_text(title, "3.12.0rc1") == title
    old = rtl_output.chart_text(title, "3.10.7")
    assert old == rtl_output.visual(title) != title
    assert all("\ufb50" <= c <= "\ufeff" for c in old if c not in " \u200c")
    assert old.startswith("\ufe8e")  # the final alef of «ها» comes first, visually


def test_confusion_matrix_names_are_shaped_only_before_matplotlib_3_11(monkeypatch):
    from annotator.core.agreement_model import ConfusionMatrix
    from annotator.services.agreement import confusion_strings

    matrix = ConfusionMatrix(("امینه", "رضا"), ("گوینده", "CLAIM"), ((1, 0), (0, 2)))
    monkeypatch.setattr(rtl_output, "matplotlib_version", lambda: "3.11.0")
    labels, rows, cols, title = confusion_strings(matrix)
    assert (labels, rows, cols) == (["گوینده", "CLAIM"], "امینه", "رضا")
    assert title == "امینه (rows) vs رضا (columns)"
    monkeypatch.setattr(rtl_output, "matplotlib_version", lambda: "3.10.0")
    labels, rows, cols, title = confusion_strings(matrix)
    assert labels == [rtl_output.visual("گوینده"), "CLAIM"]
    assert (rows, cols) == (rtl_output.visual("امینه"), rtl_output.visual("رضا"))
    assert rows != "امینه" and title == rtl_output.visual("امینه (rows) vs رضا (columns)")


def test_chart_text_stays_logical_for_the_viewer_to_shape(tmp_path):
    counts = {("SPEAKER", "ar"): 2, ("CLAIM", "fa"): 1, ("نقل‌قول", "fa"): 12}
    path = datasheet.render_label_chart(counts, tmp_path / "a.svg")
    svg = ElementTree.parse(path).getroot()
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    isolated = [f"\u2068{s}\u2069" for s in (datasheet.CHART_TITLE, "العربية", "فارسی")]
    assert set(isolated) <= set(texts)
    assert "\u2068نقل‌قول\u2069" in texts and "SPEAKER" in texts  # only RTL is isolated
    assert not any("\ufb50" <= c <= "\ufeff" for t in texts for c in t)  # never reshaped
    ticks = [t.text for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "end"]
    assert ticks == ["0", "5", "10", "15"]


def test_the_chart_needs_no_plotting_library(annotated, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib fails
    report = export_dataset(annotated, "jsonl", tmp_path / "x.jsonl")
    assert report.datasheet.chart == tmp_path / "x.labels.svg"
    assert ElementTree.parse(report.datasheet.chart).getroot().tag == f"{SVG}svg"
    md = (tmp_path / "x.datasheet.md").read_text(encoding="utf-8")
    assert "](x.labels.svg)" in md and "pip install" not in md


def test_strings_xml_cannot_hold_do_not_break_the_chart(tmp_path):
    label = "A\x00B\x1b\ud800 <b>&amp;</b>"
    path = datasheet.render_label_chart({(label, "xx"): 1}, tmp_path / "c.svg")
    texts = [t.text for t in ElementTree.parse(path).getroot().iter(f"{SVG}text")]
    assert "A\ufffdB\ufffd\ufffd <b>&amp;</b>" in texts
    assert "xx" in texts  # a language without a name is shown by its code


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]), (37, [0, 10, 20, 30, 40])],
)
def test_axis_ticks(top, ticks):
    assert label_chart.nice_ticks(top) == ticks
    assert label_chart.nice_ticks(120_000)[-1] >= 120_000
