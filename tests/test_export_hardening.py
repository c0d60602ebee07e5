"""Exports as an attack surface: TeX in labels, HTML in sources, names that inject
columns, file modes, leftovers of killed exports."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from xml.etree import ElementTree

import pytest

from annotator.core.model import Document, Label, Schema, Span
from annotator.core.schema import SchemaError, name_problem
from annotator.services.exporting import export_dataset
from annotator.services.project import default_schema

TEXT = "قال المتحدث: «سنواصل المحادثات» 🙂\r\nگفت‌وگو ادامه دارد."
EVIL_SOURCE = '<img src=x onerror="alert(1)"> [click](javascript:alert(2)) | col'
TEX_LABEL = r"$\undefinedmacro{x}$"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def hostile(store):
    """A project whose data holds TeX, HTML and Markdown where exports print it."""
    with store.atomic():
        (doc_id,) = store.documents.insert_many(
            [Document(None, "<b>d1</b>", "<script>alert(3)</script>", TEXT, source=EVIL_SOURCE)]
        )
        start = TEXT.index("سنواصل")
        store.annotations.add_span(
            Span(None, doc_id, "<i>amina</i>", TEX_LABEL, start, start + 6, "سنواصل")
        )
        store.annotations.add_span(
            Span(None, doc_id, "<i>amina</i>", "<svg onload=alert(4)>", 0, 3, "قال")
        )
    return store


def test_a_tex_label_is_drawn_as_text(hostile, tmp_path):
    out = tmp_path / "gold.jsonl"
    report = export_dataset(hostile, "jsonl", out)
    assert report.total == 1
    assert report.datasheet.chart == tmp_path / "gold.labels.svg"
    svg = ElementTree.parse(report.datasheet.chart).getroot()  # well-formed XML
    texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    assert TEX_LABEL in texts  # as typed: nothing parses TeX in an SVG
    assert "\u2068<svg onload=alert(4)>\u2069" not in texts  # Latin only: not isolated
    assert "<svg onload=alert(4)>" in texts  # a label, as text
    assert [e.tag for e in svg.iter() if e.tag.endswith("}svg")] == [f"{SVG}svg"]
    assert not [e for e in svg.iter() if any(k.startswith("on") for k in e.attrib)]


def test_the_datasheet_escapes_html_and_markdown_from_data(hostile, tmp_path):
    report = export_dataset(hostile, "jsonl", tmp_path / "gold.jsonl")
    md = report.datasheet.markdown.read_text(encoding="utf-8")
    for raw in ("<img", "<svg", "<i>", "[click](", "<b>"):
        assert raw not in md, raw
    assert '&lt;img src=x onerror="alert(1)"&gt; \\[click\\](javascript:alert(2)) \\| col' in md
    assert "&lt;svg onload=alert(4)&gt;" in md
    assert "$\\\\undefinedmacro{x}$" in md  # a backslash is escaped, the rest kept


@pytest.mark.parametrize(
    "name",
    ["", "  ", "SPEAKER\tB-CLAIM", "CLAIM\nO", "DATE\r", "A\x00", "A\u2028B", "\u202eCLAIM", " X"],
)
def test_unusable_label_names_are_refused_when_the_schema_is_written(store, name):
    base = default_schema()
    bad = Schema(base.version, (*base.labels, Label(name, "#123456")), base.relation_types)
    before = store.schema.current()
    with pytest.raises(SchemaError):
        store.schema.save(bad)
    assert store.schema.current() == before


def test_persian_names_with_zwnj_are_fine(store):
    base = default_schema()
    good = Schema(base.version, (*base.labels, Label("نقل‌قول", "#123456")), ())
    assert name_problem("نقل‌قول") is None
    assert "نقل‌قول" in [label.name for label in store.schema.save(good).labels]


@pytest.fixture
def umask():
    def set_mask(mask):
        os.umask(mask)

    old = os.umask(0o022)
    yield set_mask
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_exported_files_and_folders_follow_the_umask(hostile, tmp_path, umask, mask):
    umask(mask)
    out = tmp_path / "gold.jsonl"
    report = export_dataset(hostile, "jsonl", out)
    for path in (out, report.datasheet.markdown, report.datasheet.chart):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path
    brat = tmp_path / "brat_out"
    export_dataset(hostile, "brat", brat)
    assert stat.S_IMODE(brat.stat().st_mode) == 0o777 & ~mask
    for path in brat.rglob("*"):
        want = (0o777 if path.is_dir() else 0o666) & ~mask
        assert stat.S_IMODE(path.stat().st_mode) == want, path


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    return int(child.stdout)


def test_leftovers_of_killed_exports_are_removed_next_time(hostile, tmp_path):
    dead = _dead_pid()
    leftovers = [
        tmp_path / f"gold.jsonl.{dead}-k2j4x9_a.part",
        tmp_path / "gold.jsonl.abcdefgh.part",  # written before pids were in the name
        tmp_path / f"gold.datasheet.md.{dead}-zz9yy8xx.part",
        tmp_path / f"gold.labels.svg.{dead}-a1b2c3d4.part",
    ]
    for path in leftovers:
        path.write_bytes(b"\0" * 4096)
    folder_left = tmp_path / f"brat_out.{dead}-qqqqqqqq.part"
    (folder_left / "sub").mkdir(parents=True)
    (folder_left / "sub" / "x.ann").write_text("T1\tSPEAKER 0 3\tقال\n", encoding="utf-8")
    alive = tmp_path / f"gold.jsonl.{os.getppid()}-livelive.part"  # another export running
    alive.write_bytes(b"")
    unrelated = tmp_path / f"notes.txt.{dead}-abcdefgh.part"
    unrelated.write_bytes(b"")
    export_dataset(hostile, "jsonl", tmp_path / "gold.jsonl")
    for path in leftovers:
        assert not path.exists(), path
    assert alive.exists() and unrelated.exists() and folder_left.exists()
    export_dataset(hostile, "brat", tmp_path / "brat_out")
    assert not folder_left.exists()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in names if n.endswith(".part")] == sorted([alive.name, unrelated.name])


def test_claims_xlsx_keeps_the_annotated_text(store, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from annotator.services.annotate import AnnotationSession

    text = '\u200f=HYPERLINK("http://evil.example") قال الوزير'
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "d", "t", text)])
    doc = store.documents.get(doc_id)
    AnnotationSession(store, "amina").create_span(doc, 0, len(text), "CLAIM", snap=False)
    out = tmp_path / "claims.xlsx"
    export_dataset(store, "claims-xlsx", out)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert rows[0][6] == text
    export_dataset(store, "claims", tmp_path / "claims.csv")
    with (tmp_path / "claims.csv").open(encoding="utf-8-sig", newline="") as fh:
        (_, row) = list(csv.reader(fh))
    assert row[6] == "'" + text
