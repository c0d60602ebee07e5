"""Regression tests for the bulk write paths (issue 13): counted statements and
transactions, not timings."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotator.core.model import Relation, Span
from annotator.io.layers import LayerOptions
from annotator.services.interchange import GROUP, import_layers

TEXT = "قال الرئيس بوتين إن الوضع خطير في قره باغ يوم 10 أكتوبر 2020 وأضاف أن الحل سياسي"


def test_a_layer_import_is_one_transaction_with_bulk_inserts(store, tmp_path):
    docs, spans_per_doc = 30, 20
    f = tmp_path / "layer.jsonl"
    words = [(i, i + 1) for i in range(spans_per_doc)]
    with f.open("w", encoding="utf-8") as fh:
        for d in range(docs):
            fh.write(_record(d, f"{d} {TEXT}", words))
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


def _layer_file(path, docs, first=0):
    """``docs`` Arabic/Persian records (emoji, ZWNJ, NBSP, CRLF) with 3 spans and a link."""
    with path.open("w", encoding="utf-8") as fh:
        for d in range(first, first + docs):
            text = f"{ARTICLES[d % 3]} ({d})"
            words = [(m, m + len(w)) for m, w in _words(text)][:3]
            fh.write(_record(d, text, words))


def _record(d: int, text: str, words) -> str:
    """The JSON line of document ``d``: a CLAIM on each of ``words`` (offsets), the
    second said by the first."""
    spans = [
        {"id": k, "start": s, "end": e, "label": "CLAIM", "text": text[s:e]}
        for k, (s, e) in enumerate(words)
    ]
    rels = [{"id": 1, "type": "said_by", "head": 0, "tail": 1}]
    rec = {"id": f"d{d}", "text": text, "spans": spans, "relations": rels}
    return json.dumps(rec, ensure_ascii=False) + "\n"


def _words(text):
    start = 0
    for word in text.split(" "):
        if word:
            yield start, word
        start += len(word) + 1


def test_a_layer_import_reads_per_group_of_documents_not_per_document(store, tmp_path):
    # documents are looked up, numbered and logged per group of GROUP: about 6 queries
    # a document before (look-ups by hash and id, two max-id reads, the event insert)
    docs = 2 * GROUP + 50
    f = tmp_path / "layer.jsonl"
    _layer_file(f, docs)
    _layer_file(tmp_path / "warm.jsonl", 1, first=docs)  # layers and people exist
    import_layers(store, [tmp_path / "warm.jsonl"], "jsonl", LayerOptions("import:test"))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        report = import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    finally:
        store.conn.set_trace_callback(None)
    assert (report.documents_created, report.spans, report.relations) == (docs, 3 * docs, docs)
    groups = -(-docs // GROUP)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # per group: hashes, ids, and the next document, span and relation ids
    assert len(reads) <= 5 * groups + 2, reads
    assert len([s for s in reads if "text_sha256 IN" in s]) == groups
    assert len([s for s in reads if s.startswith("SELECT max(id) FROM spans")]) == groups
    # still one event per document (the undo step lists every new id)
    assert len([s for s in statements if s.startswith("INSERT INTO events")]) == docs
    # the same rows as a document-by-document import, ids in file order
    first = store.conn.execute("SELECT min(id) FROM documents WHERE ext_id = 'd0'").fetchone()[0]
    ext = [
        r[0]
        for r in store.conn.execute(
            "SELECT ext_id FROM documents WHERE id >= ? ORDER BY id", [first]
        )
    ]
    assert ext == [f"d{d}" for d in range(docs)]


def test_a_layer_import_met_twice_in_a_file_is_compared_with_itself(store, tmp_path):
    # the same document and layer on two lines of one group: the second adds only
    # what the first did not, as when stored one by one (and each has its event)
    f = tmp_path / "twice.jsonl"
    _layer_file(f, 3)
    lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
    again = json.loads(lines[1])
    again["spans"].append(
        {"id": 9, "start": 0, "end": 4, "label": "DATE", "text": again["text"][:4]}
    )
    f.write_text("".join([*lines, json.dumps(again, ensure_ascii=False) + "\n"]), encoding="utf-8")
    before = store.events.count()
    report = import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    assert (report.documents_created, report.documents_matched) == (3, 1)
    assert (report.spans, report.skipped_existing, report.relations) == (10, 3, 3)
    assert store.events.count() - before == 4


def test_foreign_keys_are_back_on_and_a_stray_entity_is_still_refused(store, tmp_path):
    f = tmp_path / "layer.jsonl"
    _layer_file(f, 2)
    import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    doc_id = store.conn.execute("SELECT min(id) FROM documents").fetchone()[0]
    span = Span(1, doc_id, "import:test", "SPEAKER", 0, 4, store.documents.get(doc_id).text[:4])
    stray = Relation(None, doc_id, "import:test", "said_by", 1, tail_entity=4242)
    trusted = store.annotations.references_trusted()
    group = store.edit_group("", "import:test", None, "")
    with pytest.raises(sqlite3.IntegrityError), trusted, group:
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 0
        store.annotations.add_bulk([span], [stray], checked=True)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.annotations.count_relations() == 2  # nothing of the failed one


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
