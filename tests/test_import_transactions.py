"""An article import's transactions (issue 13): counted, not timed. Each transaction
takes batches until it is ``TRANSACTION_S`` old or a window asks for the write lock;
none holds a savepoint; what is stored and indexed does not depend on how the import
was cut into transactions."""

from __future__ import annotations

import json
import re

import pytest

from annotator.services import importing
from annotator.services.importing import BATCH, TURN_CHECK, ImportFailed, import_paths
from annotator.services.project import init_project, open_project, store_of

ARTICLES = [
    "تهران\u00a0- رئیس‌جمهور روز ۲۵ آبان ۱۳۹۹ گفت که مذاکرات ادامه دارد 👍",
    "بيروت، قال مسؤول أمني لبناني إن قصفا استهدف أطراف بلدة عيتا الشعب\r\nالحدودية.",
    "کابل - وزیر خارجه در نشست خبری گفت: «گفت‌وگوها ادامه می‌یابد» 🇦🇫",
    "19:31 GMT01 ديسمبر/ كانون الأول 2020\nمباشر\nقال المتحدث باسم الوزارة إن المحادثات مستمرة",
]


def _feed(path, n, prefix="a"):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"{ARTICLES[i % len(ARTICLES)]} ({prefix}{i})"
            record = {"id": f"{prefix}{i}", "title": f"خبر {i}", "text": text}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _traced_import(store, paths, **kw):
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        report = import_paths(store, paths, **kw)
    finally:
        store.conn.set_trace_callback(None)
    return report, statements


def _starting(statements, prefix):
    return [s for s in statements if s.upper().startswith(prefix)]


def test_a_thousand_articles_are_one_transaction_without_savepoints(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "TRANSACTION_S", 3600.0)
    n = 1000
    store = store_of(init_project(tmp_path / "p.db"))
    report, statements = _traced_import(store, [_feed(tmp_path / "f.jsonl", n)])
    assert report.added == n
    # the batch opened, one transaction for all ten batches, publishing (one per
    # batch of 100 before: 12 for these 1,000 articles, each with a savepoint)
    assert len(_starting(statements, "BEGIN")) == 3
    assert len(_starting(statements, "COMMIT")) == 3
    assert _starting(statements, "SAVEPOINT") == []
    # still checked and inserted a batch at a time (the ids read once per batch)
    assert len(_starting(statements, "SELECT COALESCE(MAX(ID), 0) + 1")) == -(-n // BATCH)
    assert store.documents.count() == n
    store.close()


def test_a_window_asking_for_the_lock_ends_the_transaction_in_ten_records(tmp_path, monkeypatch):
    from annotator.store import bulk

    monkeypatch.setattr(importing, "TRANSACTION_S", 3600.0)
    monkeypatch.setattr(bulk, "TURN_STALE_S", 3600.0)  # the request stays fresh...
    gave_way = []  # ...and the window, which never writes here, is not waited for
    monkeypatch.setattr(bulk.BulkWriting, "give_way", lambda self: gave_way.append(1))
    n = 255
    db = tmp_path / "p.db"
    store = store_of(init_project(db))
    window = store_of(open_project(db))  # another connection, as a window's
    window.want_write_turn()
    try:
        report, statements = _traced_import(store, [_feed(tmp_path / "f.jsonl", n)])
    finally:
        window.drop_write_turn()
    assert report.added == n
    # a commit every TURN_CHECK records, so the window could write between them
    assert len(_starting(statements, "BEGIN")) == -(-n // TURN_CHECK) + 2
    assert len(gave_way) == n // TURN_CHECK
    assert window.documents.count() == n
    window.close()
    store.close()


def _index(store):
    """Every (term, document, column, offset) of the full-text index."""
    store.conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_rows "
        "USING fts5vocab(main, documents_fts, 'instance')"
    )
    return sorted(store.conn.execute("SELECT term, doc, col, offset FROM temp.fts_rows"))


def _rows(store):
    return store.conn.execute(
        "SELECT id, ext_id, title, text, text_sha256, lang, direction, source, url, "
        "published, meta FROM documents ORDER BY id"
    ).fetchall()


def test_what_is_stored_and_found_does_not_depend_on_the_transactions(tmp_path, monkeypatch):
    feed = _feed(tmp_path / "f.jsonl", 450)
    again = _feed(tmp_path / "again.jsonl", 30)  # the same texts: duplicates
    stores = []
    for name, seconds in (("each.db", 0.0), ("one.db", 3600.0)):
        monkeypatch.setattr(importing, "TRANSACTION_S", seconds)
        store = store_of(init_project(tmp_path / name))
        report = import_paths(store, [feed, again])
        assert (report.added, len(report.duplicates)) == (450, 30)
        stores.append(store)
    each, one = stores
    assert _rows(each) == _rows(one)
    assert _index(each) == _index(one)
    for query in ("رئيس‌جمهور", "رئیس جمهور", "الحدودية", "گفت‌وگوها", "خبر 7"):
        assert each.documents.search_ids(query) == one.documents.search_ids(query)
    assert one.documents.search_ids("الحدوديه")  # folded: teh marbuta
    assert each.conn.execute("SELECT count(*) FROM staged_documents").fetchone()[0] == 0
    for store in stores:
        store.close()


def test_a_bad_record_after_several_commits_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "TRANSACTION_S", 0.0)  # a commit after every batch
    store = store_of(init_project(tmp_path / "p.db"))
    good = _feed(tmp_path / "good.jsonl", 5)
    import_paths(store, [good], fmt="jsonl")
    bad = _feed(tmp_path / "bad.jsonl", 320, prefix="b")
    with bad.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "text": 7}\n')
    report_statements: list[str] = []
    store.conn.set_trace_callback(report_statements.append)
    with pytest.raises(ImportFailed, match=re.escape(f"{bad}:321:")):
        import_paths(store, [bad])
    store.conn.set_trace_callback(None)
    assert len(_starting(report_statements, "COMMIT")) >= 3  # batches were committed
    assert store.documents.count() == 5
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert store.conn.execute("SELECT count(*) FROM staged_documents").fetchone()[0] == 0
    assert store.documents.search_ids("بيروت") == [2]
    store.close()


def test_an_import_copies_the_wal_rarely_and_restores_the_setting(tmp_path):
    store = store_of(init_project(tmp_path / "p.db"))
    setting = "PRAGMA wal_autocheckpoint"
    assert store.conn.execute(setting).fetchone()[0] == 1000  # SQLite's own
    report, statements = _traced_import(store, [_feed(tmp_path / "f.jsonl", 120)])
    assert report.added == 120
    # every 64 MiB of -wal while importing (every 4 MiB before: a checkpoint, with
    # its two fsyncs, after nearly every transaction), SQLite's setting again after
    assert f"{setting} = {16_384}" in statements
    assert store.conn.execute(setting).fetchone()[0] == 1000
    store.close()


def test_giving_way_to_a_window_copies_the_wal_first(tmp_path):
    db = tmp_path / "p.db"
    store = store_of(init_project(db))
    window = store_of(open_project(db))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    store.give_way()  # nobody asks: nothing to do
    assert statements == []
    window.want_write_turn()
    store.give_way(longest_s=0.0)
    window.drop_write_turn()
    store.conn.set_trace_callback(None)
    # the window's next commit does not have to copy the import's pages
    assert statements == ["PRAGMA wal_checkpoint(PASSIVE)"]
    window.close()
    store.close()
