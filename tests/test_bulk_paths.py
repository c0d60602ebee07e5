"""Regression tests for the bulk write paths (issue 13): counted statements and
transactions, not timings."""

from __future__ import annotations

import json

from annotator.io.layers import LayerOptions
from annotator.services.interchange import import_layers

TEXT = "قال الرئيس بوتين إن الوضع خطير في قره باغ يوم 10 أكتوبر 2020 وأضاف أن الحل سياسي"


def test_a_layer_import_is_one_transaction_with_bulk_inserts(store, tmp_path):
    docs, spans_per_doc = 30, 20
    f = tmp_path / "layer.jsonl"
    words = [(i, i + 1) for i in range(spans_per_doc)]
    with f.open("w", encoding="utf-8") as fh:
        for d in range(docs):
            text = f"{d} {TEXT}"
            spans = [
                {"id": k, "start": s, "end": e, "label": "CLAIM", "text": text[s:e]}
                for k, (s, e) in enumerate(words)
            ]
            rels = [{"id": 1, "type": "said_by", "head": 0, "tail": 1}]
            rec = {"id": f"d{d}", "text": text, "spans": spans, "relations": rels}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        report = import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    finally:
        store.conn.set_trace_callback(None)
    assert (report.spans, report.relations) == (docs * spans_per_doc, docs)
    begins = [s for s in statements if s.startswith("BEGIN")]
    savepoints = [s for s in statements if s.upper().startswith("SAVEPOINT")]
    assert len(begins) == 1  # one transaction, one edit group
    assert len(savepoints) <= 3  # layers and people created; none per document or span
    # each span's offsets are checked once, against the text in hand: never re-read
    assert not [s for s in statements if s.startswith("SELECT text FROM documents")]
    # one event per document and layer (listing the new ids), not one per span
    events = [s for s in statements if s.startswith("INSERT INTO events")]
    assert len(events) == docs


ARTICLES = [
    "تهران\u00a0- رئیس‌جمهور روز ۲۵ آبان ۱۳۹۹ گفت که مذاکرات ادامه دارد 👍",
    "بيروت، قال مسؤول أمني لبناني إن قصفا استهدف أطراف بلدة عيتا الشعب\r\nالحدودية.",
    "کابل - وزیر خارجه در نشست خبری گفت: «گفت‌وگوها ادامه می‌یابد» 🇦🇫",
]


def _article_feed(path, n):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{ARTICLES[i % 3]} ({i})"
            fh.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")


def test_an_article_import_writes_each_batch_once(tmp_path):
    from annotator.services.importing import BATCH, import_paths
    from annotator.services.project import init_project, store_of

    n = 250
    feed = tmp_path / "feed.jsonl"
    _article_feed(feed, n)
    store = store_of(init_project(tmp_path / "p.db"))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        report = import_paths(store, [feed])
    finally:
        store.conn.set_trace_callback(None)
    assert report.added == n
    batches = -(-n // BATCH)
    begins = [s for s in statements if s.startswith("BEGIN")]
    # the batch opened, its transactions (several batches each), publishing: counted
    # exactly in test_import_transactions.py
    assert 3 <= len(begins) <= batches + 2
    # ids are read once per batch, not once per article (one executemany per table)
    ids = [s for s in statements if s.startswith("SELECT coalesce(max(id), 0) + 1")]
    assert len(ids) == batches
    fts = [s for s in statements if s.startswith("INSERT INTO documents_fts")]
    assert len(fts) == n
    # publishing deletes the staging rows: no document row is written a second time
    assert not [s for s in statements if s.upper().startswith("UPDATE DOCUMENTS")]
    assert store.conn.execute("SELECT count(*) FROM staged_documents").fetchone()[0] == 0
    assert store.documents.count() == n
    assert len(store.documents.search_ids("رئيس‌جمهور")) == len(range(0, n, 3))
    store.close()


def test_each_span_offset_is_checked_once(store, tmp_path, monkeypatch):
    """The canonical JSON Lines importer checks offsets as it reads (so the message names
    the line); nothing checks them again. Other formats are checked once after reading."""
    from annotator.io.layers import checks

    calls: list[int] = []
    real = checks.check_span_offsets

    def counted(text, span):
        calls.append(span.start)
        return real(text, span)

    monkeypatch.setattr(checks, "check_span_offsets", counted)
    f = tmp_path / "layer.jsonl"
    text = f"1 {TEXT}"
    spans = [{"id": 1, "start": 2, "end": 5, "label": "SPEAKER", "text": text[2:5]}]
    f.write_text(json.dumps({"id": "d1", "text": text, "spans": spans}) + "\n", "utf-8")
    report = import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    assert report.spans == 1 and calls == []
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "d2.txt").write_text(TEXT, encoding="utf-8", newline="")
    (folder / "d2.ann").write_text(f"T1\tSPEAKER 4 15\t{TEXT[4:15]}\n", encoding="utf-8")
    report = import_layers(store, [folder], "brat", LayerOptions("import:brat"))
    assert report.spans == 1 and calls == [4]
