"""The analysts' claims table (CSV and XLSX), read back with csv, pandas and openpyxl."""

from __future__ import annotations

import csv

import pytest

from annotator.core.model import Document, Entity
from annotator.io.exporters.claims import COLUMNS, JOINER, neutralise
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import export_dataset

TEXT = 'قال بوتين وماكرون إن =HYPERLINK("x") يوم السبت 7 نوفمبر. @evil +1 -2'


@pytest.fixture
def project(store):
    with store.atomic():
        (doc_id,) = store.documents.insert_many(
            [Document(None, "-d1", "=cmd|' /C calc'!A0", TEXT, "ar", "rtl", "@src", "", "2020")]
        )
    doc = store.documents.get(doc_id)
    s = AnnotationSession(store, "amina")
    putin = s.create_span(doc, 4, 9, "SPEAKER")
    macron = s.create_span(doc, 10, 17, "SPEAKER", snap=False)
    assert macron.text == "وماكرون"
    entity = s.new_entity("فلاديمير بوتين")
    putin = s.assign_entity(putin, entity)
    i = TEXT.index("=HYPERLINK")
    claim = s.create_span(doc, i, i + len('=HYPERLINK("x")'), "CLAIM", snap=False)
    claim = s.set_attr(claim, "kind", "direct")
    j = TEXT.index("يوم")
    date = s.create_span(doc, j, j + len("يوم السبت 7 نوفمبر"), "DATE", snap=False)
    date = s.set_attr(date, "value", "2020-11-07")
    s.link(claim, "said_by", macron)
    s.link(claim, "said_by", putin)
    s.link(claim, "dated", date)
    k = TEXT.index("@evil")
    s.create_span(doc, k, len(TEXT), "CLAIM", snap=False)  # no speaker, no date
    s.set_status(doc_id, "done")
    return store, entity


def test_neutralise():
    for bad in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(bad) == "'" + bad
    for fine in ("", "قال", "1-2", "a=b", "گفت‌وگو = صلح", "\u200fقال: =نه", "🙂=1"):
        assert neutralise(fine) == fine


@pytest.mark.parametrize(
    "disguise",
    [" ", "  \u00a0", "\n", "\r\n", "\u200f", "\ufeff", "\u202b", "\u2067", "\u061c", "\u200c"],
)
@pytest.mark.parametrize("sign", ["=", "+", "-", "@", "＝", "＋", "－", "＠"])
def test_disguised_formulas_are_neutralised(disguise, sign):
    cell = disguise + sign + 'HYPERLINK("http://evil.example","اینجا")'
    assert neutralise(cell) == "'" + cell


def test_fullwidth_sign_first_is_neutralised():
    assert neutralise("＝1+1") == "'＝1+1"


def test_csv_has_bom_one_row_per_claim_and_no_formulas(project, tmp_path):
    store, _ = project
    out = tmp_path / "claims.csv"
    report = export_dataset(store, "claims", out)
    assert report.total == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == COLUMNS
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["article_id"] == "'-d1"
    assert first["title"].startswith("'=cmd")
    assert first["source"] == "'@src"
    assert first["claim_text"] == '\'=HYPERLINK("x")'
    # two speakers, in text order, joined by the Arabic semicolon
    assert first["speaker_text"] == "بوتين" + JOINER + "وماكرون"
    assert first["speaker_entity"] == "فلاديمير بوتين" + JOINER
    assert (first["kind"], first["date_text"], first["date_value"]) == (
        "direct",
        "يوم السبت 7 نوفمبر",
        "2020-11-07",
    )
    assert (first["annotator"], first["status"]) == ("amina", "done")
    second = dict(zip(COLUMNS, rows[2], strict=True))
    assert second["claim_text"].startswith("'@evil")
    assert second["speaker_text"] == second["date_text"] == ""
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_csv_reads_with_pandas(project, tmp_path):
    pd = pytest.importorskip("pandas")
    store, _ = project
    out = tmp_path / "claims.csv"
    export_dataset(store, "claims", out)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 2
    assert frame.loc[0, "speaker_entity"].startswith("فلاديمير بوتين")


def test_xlsx_rtl_frozen_header_and_text_cells(project, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    store, _ = project
    out = tmp_path / "claims.xlsx"
    report = export_dataset(store, "claims-xlsx", out)
    assert report.total == 2
    ws = openpyxl.load_workbook(out).active
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["G"].width >= 40  # claim text
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    first = dict(zip(COLUMNS, rows[1], strict=True))
    # typed as a string with Excel's hidden quote prefix: the text is the annotation's
    assert first["claim_text"] == '=HYPERLINK("x")'
    assert first["speaker_text"] == "بوتين" + JOINER + "وماكرون"
    claim_col = COLUMNS.index("claim_text")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"  # never a formula
        assert row[claim_col].quotePrefix is True  # both claims start with = or @
    assert ws.cell(row=2, column=COLUMNS.index("speaker_text") + 1).quotePrefix is False


def test_implicit_speaker_entity_and_unknown_entity(store, tmp_path):
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "d", "t", "گفت که صلح لازم است")])
    s = AnnotationSession(store, "reza")
    doc = store.documents.get(doc_id)
    claim = s.create_span(doc, 7, 19, "CLAIM")
    entity = store.entities.add(Entity(None, "حسن روحانی"))
    s.link(claim, "said_by", entity_id=entity.id)
    out = tmp_path / "c.csv"
    export_dataset(store, "claims", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["speaker_text"] == ""
    assert row["speaker_entity"] == "حسن روحانی"


def test_missing_openpyxl_gives_one_line_hint(project, tmp_path, monkeypatch):
    import builtins

    from annotator.services.exporting import ExportFailed

    real = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    store, _ = project
    with pytest.raises(ExportFailed, match=r"pip install 'annotator\[xlsx\]'") as err:
        export_dataset(store, "claims-xlsx", tmp_path / "c.xlsx")
    assert "\n" not in str(err.value)
    assert not (tmp_path / "c.xlsx").exists()
