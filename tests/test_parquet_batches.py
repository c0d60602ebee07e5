"""The Parquet exporter builds its columns straight from the stream (issue 13): the rows
read back are exactly the records, nulls included; row groups are bounded in rows and
in bytes, so memory does not grow with the number of articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interop_helpers import build_two_documents

from annotator.core.model import AnnotatedDocument, Document, Entity, Span
from annotator.io.exporters import parquet
from annotator.io.exporters.base import ExportError
from annotator.io.exporters.records import document_meta, relation_dict, span_dict
from annotator.services.annotate import AnnotationSession
from annotator.services.exporting import annotated_documents, export_project

pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture
def project(store):
    """The interop pair (attributes, overlapping spans, relations), a claim said by a
    registry entity (a relation whose tail is null), and five untouched articles."""
    store, ids = build_two_documents(store)
    putin = store.entities.add(Entity(None, "ولادیمیر پوتین"))
    session = AnnotationSession(store, "amina")
    doc = store.documents.get(ids[1])
    claim = next(s for s in store.annotations.spans(doc.id) if s.label == "CLAIM")
    session.link(claim, "said_by", entity_id=putin.id)
    texts = ["گفت‌وگو\xa0ادامه دارد 👍\r\n", "قال المتحدث: «سنواصل»"] * 3
    with store.atomic():
        store.documents.insert_many(
            [Document(None, f"plain/{i}", "", t + str(i), "fa") for i, t in enumerate(texts[:5])]
        )
    return store


def _expected(store) -> list[dict]:
    """The rows as plain dicts, from the same stream the exporter reads."""
    rows = []
    for item in annotated_documents(store):
        doc = item.document
        rows.append(
            {
                "id": doc.ext_id,
                "text": doc.text,
                "text_sha256": doc.text_sha256,
                "lang": doc.lang,
                "annotator": item.layer,
                "status": item.status,
                "meta": document_meta(doc),
                "spans": [{**span_dict(s), "attrs": dict(s.attrs)} for s in item.spans],
                "relations": [relation_dict(r) for r in item.relations],
            }
        )
    return rows


def _read(path: Path) -> list[dict]:
    rows = pq.read_table(path).to_pylist()
    for row in rows:
        row["meta"] = json.loads(row["meta"])
        for span in row["spans"]:
            span["attrs"] = json.loads(span["attrs"])
    return rows


def test_rows_read_back_are_the_records(project, tmp_path):
    out = tmp_path / "all.parquet"
    assert export_project(project, "parquet", out) == 7
    rows = _read(out)
    assert rows == _expected(project)
    said_by_entity = [r for row in rows for r in row["relations"] if r["tail"] is None]
    assert len(said_by_entity) == 1 and said_by_entity[0]["tail_entity"] is not None
    assert {"kind": "direct"} in [s["attrs"] for row in rows for s in row["spans"]]


def test_row_groups_are_bounded_in_rows_and_bytes(project, tmp_path, monkeypatch):
    monkeypatch.setattr(parquet, "BATCH", 3)
    out = tmp_path / "rows.parquet"
    export_project(project, "parquet", out)
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [3, 3, 1]
    assert _read(out) == _expected(project)

    monkeypatch.setattr(parquet, "BATCH_CHARS", 1)  # every text is longer: a group each
    export_project(project, "parquet", out)
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [1] * 7
    assert _read(out) == _expected(project)


def test_an_empty_project_is_an_empty_table_with_the_schema(store, tmp_path):
    out = tmp_path / "empty.parquet"
    assert export_project(store, "parquet", out) == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.schema.names[-2:] == ["spans", "relations"]


def test_a_string_that_is_not_unicode_names_its_document(tmp_path):
    text = "سلام \ud800 دنیا"  # a lone surrogate: no UTF-8 for it
    doc = Document(1, "bad/1", "t", text, "fa", text_sha256="0" * 64)
    span = Span(1, 1, "amina", "SPEAKER", 0, 4, "سلام")
    item = AnnotatedDocument(doc, "amina", "todo", (span,), ())
    with pytest.raises(ExportError, match="document bad/1: not valid Unicode"):
        parquet.ParquetExporter().write([item], tmp_path / "x.parquet")
    # in a span's label, the document holding the span is named, not the first one
    good = Document(2, "good/2", "t", "سلام دنیا", "fa")
    fine = AnnotatedDocument(good, "amina", "todo", (Span(2, 2, "amina", "X", 0, 4, "سلام"),), ())
    bad = Document(3, "bad/3", "t", "سلام دنیا", "fa")
    label = Span(3, 3, "amina", "X\udc80", 0, 4, "سلام")
    items = [fine, fine, AnnotatedDocument(bad, "amina", "todo", (label,), ())]
    with pytest.raises(ExportError, match="document bad/3: not valid Unicode"):
        parquet.ParquetExporter().write(items, tmp_path / "y.parquet")


def test_row_groups_are_written_by_a_second_thread_in_order(project, tmp_path, monkeypatch):
    """A full row group is encoded and compressed by a second thread while the next
    one is gathered (issue 13); the groups still reach the file one at a time, in
    order, and an error while writing one is the export's error."""
    import threading

    monkeypatch.setattr(parquet, "BATCH", 2)
    real = pq.ParquetWriter.write_batch
    seen: list[tuple[str, list[str]]] = []

    def recording(self, batch, *args, **kwargs):
        seen.append((threading.current_thread().name, batch.column(0).to_pylist()))
        return real(self, batch, *args, **kwargs)

    monkeypatch.setattr(pq.ParquetWriter, "write_batch", recording)
    out = tmp_path / "threads.parquet"
    export_project(project, "parquet", out)
    assert _read(out) == _expected(project)
    assert [ids for _, ids in seen] == [
        [row["id"] for row in _expected(project)][i : i + 2] for i in range(0, 7, 2)
    ]
    assert all(name.startswith("parquet-writer") for name, _ in seen[:-1])

    def failing(self, batch, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_batch", failing)
    with pytest.raises(OSError, match="No space left"):
        export_project(project, "parquet", tmp_path / "full.parquet")
    assert not (tmp_path / "full.parquet").exists()
