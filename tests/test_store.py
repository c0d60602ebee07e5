"""The project store: documents, spans, relations, events, conflicts, search."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.core.model import Alias, Document, Entity, Relation, Span
from annotator.core.validate import OffsetError
from annotator.store import ConflictError, StoreError, open_store

TEXT = "قال 👍🏽 الرئيس\r\nپوتین\u00a0گفت:\u200cدرگیری‌های «مهم»"


def add_doc(store, text=TEXT, ext_id="d1"):
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, ext_id, "t", text, "fa", "rtl")])
    return doc_id


def make_span(doc_id, text, piece, label="SPEAKER", annotator="amina", nth=0):
    start = text.index(piece)
    for _ in range(nth):
        start = text.index(piece, start + 1)
    return Span(None, doc_id, annotator, label, start, start + len(piece), piece)


def test_pragmas(tmp_path):
    s = open_store(tmp_path / "x.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    # set as sqlite_utils' Database set it, though an up-to-date project opens without it
    assert s.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_text_stored_exactly(store):
    doc_id = add_doc(store)
    doc = store.documents.get(doc_id)
    assert doc.text == TEXT
    assert "\r\n" in doc.text and "\u00a0" in doc.text and "\u200c" in doc.text


def test_span_roundtrip_and_event(store):
    doc_id = add_doc(store)
    span = store.annotations.add_span(make_span(doc_id, TEXT, "پوتین"))
    assert span.id is not None
    got = store.annotations.spans(doc_id, "amina")
    assert got == [span]
    assert TEXT[span.start : span.end] == "پوتین"
    (ev,) = store.events.list("amina")
    assert ev.action == "span.add" and ev.payload["span"]["text"] == "پوتین"


def test_bad_offsets_refused(store):
    doc_id = add_doc(store)
    with pytest.raises(OffsetError):
        store.annotations.add_span(Span(None, doc_id, "a", "CLAIM", 2, 5, "xyz"))
    with pytest.raises(OffsetError):
        store.annotations.add_span(Span(None, doc_id, "a", "CLAIM", 0, 999, TEXT[0:]))
    assert store.annotations.spans(doc_id) == []
    assert store.events.count() == 0


def test_conflicting_edit_is_refused(store):
    doc_id = add_doc(store)
    span = store.annotations.add_span(make_span(doc_id, TEXT, "الرئيس"))
    changed = store.annotations.update_span(span, {"label": "CLAIM"})
    with pytest.raises(ConflictError, match="changed in another window"):
        store.annotations.update_span(span, {"attrs": {"kind": "direct"}})
    store.annotations.delete_span(changed)
    with pytest.raises(ConflictError, match="deleted"):
        store.annotations.delete_span(changed)


def test_delete_span_removes_its_relations(store):
    doc_id = add_doc(store)
    who = store.annotations.add_span(make_span(doc_id, TEXT, "پوتین"))
    claim = store.annotations.add_span(make_span(doc_id, TEXT, "درگیری‌های", "CLAIM"))
    rel = store.annotations.add_relation(
        Relation(None, doc_id, "amina", "said_by", claim.id, who.id)
    )
    assert store.annotations.relations(doc_id) == [rel]
    removed = store.annotations.delete_span(who)
    assert removed == [rel]
    assert store.annotations.relations(doc_id) == []
    assert store.integrity_problems() == []


def test_relation_to_entity(store):
    doc_id = add_doc(store)
    ent = store.entities.add(Entity(None, "Vladimir Putin", aliases=(Alias("پوتین", "fa"),)))
    claim = store.annotations.add_span(make_span(doc_id, TEXT, "مهم", "CLAIM"))
    rel = store.annotations.add_relation(
        Relation(None, doc_id, "amina", "said_by", claim.id, tail_entity=ent.id)
    )
    assert rel.tail is None and rel.tail_entity == ent.id
    with pytest.raises(ValueError):
        store.annotations.add_relation(Relation(None, doc_id, "amina", "said_by", claim.id))


def test_entity_find_any_script(store):
    store.entities.add(
        Entity(None, "Vladimir Putin", aliases=(Alias("بوتين", "ar"), Alias("Putin", "en")))
    )
    assert [e.name for e in store.entities.find("پوتین")] == ["Vladimir Putin"]
    assert [e.name for e in store.entities.find("putin")] == ["Vladimir Putin"]
    assert store.entities.find("ماكرون") == []


def test_search_folds_and_maps_back(store):
    text = "درگیریهای نظامی در منطقه قرهباغ ۲۰۲۰ و كرملين"
    doc_id = add_doc(store, text)
    hits = store.documents.search("درگیری‌های")
    assert [h.document_id for h in hits] == [doc_id]
    (start, end) = hits[0].matches[0]
    assert text[start:end] == "درگیریهای"
    assert store.documents.search_ids("2020") == [doc_id]
    assert store.documents.search_ids("کرملین") == [doc_id]
    assert store.documents.search_ids("ماكرون") == []
    assert store.documents.search_ids('"; DROP TABLE x') == []


def test_status_and_next_todo(store):
    a = add_doc(store, "نص أول", "a")
    b = add_doc(store, "نص ثاني", "b")
    c = add_doc(store, "نص ثالث", "c")
    store.status.set(b, "amina", "done")
    assert store.status.next_todo("amina", a) == c
    assert store.status.next_todo("amina", c) == a
    counts = store.status.counts("amina")
    assert counts["done"] == 1 and counts["todo"] == 2
    store.status.add_time(a, "amina", 12.5)
    assert store.status.get(a, "amina").seconds == pytest.approx(12.5)
    with pytest.raises(ValueError):
        store.status.set(a, "amina", "finished")


def test_not_a_project(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello")
    with pytest.raises(StoreError, match="not an SQLite file"):
        open_store(bad)
    with pytest.raises(StoreError, match="no such project"):
        open_store(tmp_path / "missing.db", create=False)


def test_two_connections_do_not_overwrite(tmp_path):
    path = tmp_path / "p.db"
    one = open_store(path)
    doc_id = add_doc(one)
    two = open_store(path)
    span = one.annotations.add_span(make_span(doc_id, TEXT, "پوتین"))
    seen_by_two = two.annotations.spans(doc_id)[0]
    one.annotations.update_span(span, {"label": "CLAIM"})
    with pytest.raises(ConflictError):
        two.annotations.update_span(seen_by_two, {"label": "DATE"})
    assert one.annotations.span(span.id).label == "CLAIM"


def test_failed_transaction_leaves_nothing(store):
    with pytest.raises(sqlite3.IntegrityError), store.atomic():
        store.documents.insert_many([Document(None, "x", "t", "متن")])
        store.documents.insert_many([Document(None, "x", "t", "متن دیگر")])
    assert store.documents.count() == 0


def test_a_nested_transaction_is_undone_alone(store):
    """A nested atomic() is a savepoint: its failure undoes it, the outer work stays."""
    with store.atomic():
        store.documents.insert_many([Document(None, "a", "t", "قال الرئيس 👍🏽")])
        with pytest.raises(sqlite3.IntegrityError), store.atomic():
            store.documents.insert_many([Document(None, "b", "t", "پوتین\u200cگفت")])
            store.documents.insert_many([Document(None, "b", "t", "پوتین\u00a0گفت")])
        with store.atomic():
            store.documents.insert_many([Document(None, "c", "t", "درگیری‌های «مهم»\r\n")])
    assert sorted(d.ext_id for d in store.documents.iter_all()) == ["a", "c"]
    assert not store.conn.in_transaction


def test_rollback_forgets_cached_annotator_ids(store):
    doc_id = add_doc(store)
    with pytest.raises(RuntimeError), store.atomic():
        store.annotations.add_span(make_span(doc_id, TEXT, "پوتین", annotator="newcomer"))
        raise RuntimeError("import failed")
    # the annotator row was rolled back; using the name again must recreate it
    span = store.annotations.add_span(make_span(doc_id, TEXT, "پوتین", annotator="newcomer"))
    assert store.annotations.spans(doc_id, "newcomer") == [span]


def test_all_entities_match_get(store):
    for name, aliases in (("Vladimir Putin", ("بوتين", "پوتین")), ("Emmanuel Macron", ("ماكرون",))):
        store.entities.add(Entity(None, name, aliases=tuple(Alias(a) for a in aliases)))
    everyone = store.entities.all()
    assert [e.name for e in everyone] == ["Emmanuel Macron", "Vladimir Putin"]
    assert everyone == [store.entities.get(e.id) for e in everyone]
