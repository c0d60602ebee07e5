"""``annotator check``: what it finds, in which order, and that it reads the project in
a fixed number of statements however many documents it holds (issue 13)."""

from __future__ import annotations

import sqlite3

from annotator.core.model import Document, Relation, Span
from annotator.services.checking import check_project
from annotator.services.project import open_project, store_of

#: (text, speaker): Arabic with an emoji and CRLF, Persian with ZWNJ and NBSP.
ARTICLES = (
    ("قال الرئيس بوتين 👍 إن المحادثات «بنّاءة»\r\nيوم الثلاثاء.", "بوتين"),
    ("پوتین گفت\u200cوگو را\xa0سازنده خواند و گفت: «ادامه می‌دهیم».", "پوتین"),
)


def _project(path, n):
    """``n`` documents, Arabic and Persian in turn: a SPEAKER, a CLAIM after it up to
    the end of the text, and the CLAIM said_by the SPEAKER."""
    store = store_of(open_project(path, create=True))
    docs = []
    for i in range(n):
        text = f"{ARTICLES[i % 2][0]} {i}"
        docs.append(Document(None, f"d{i:04d}", text[:12], text, ("ar", "fa")[i % 2], "rtl"))
    with store.atomic():
        ids = store.documents.insert_many(docs)
    for i, (doc_id, doc) in enumerate(zip(ids, docs, strict=True)):
        who = ARTICLES[i % 2][1]
        a = doc.text.index(who)
        b = a + len(who) + 1
        speaker = store.annotations.add_span(
            Span(None, doc_id, "amina", "SPEAKER", a, b - 1, who), log=False
        )
        claim = store.annotations.add_span(
            Span(None, doc_id, "amina", "CLAIM", b, len(doc.text), doc.text[b:]), log=False
        )
        store.annotations.add_relation(
            Relation(None, doc_id, "amina", "said_by", claim.id, speaker.id), log=False
        )
    return store


def _statements(store) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        assert check_project(store) == []
    finally:
        store.conn.set_trace_callback(None)
    return seen


def test_check_reads_in_a_fixed_number_of_statements(tmp_path):
    small = _statements(_project(tmp_path / "small.db", 3))
    large = _statements(_project(tmp_path / "large.db", 40))
    assert len(small) == len(large) < 12, (small, large)


def test_check_names_each_problem_in_text_order(tmp_path):
    store = _project(tmp_path / "p.db", 4)
    path = store.path
    store.close()
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id")]
    span = {
        (doc, label): sid
        for sid, doc, label in con.execute("SELECT id, document_id, label FROM spans")
    }
    # d0001's text changed behind its hash. d0002's CLAIM (the later id) moved before
    # its SPEAKER, which now ends past the text: listed in text order, not id order.
    con.execute("UPDATE documents SET text = text || '!' WHERE id = ?", [ids[1]])
    con.execute("UPDATE spans SET start = 0, end = 3 WHERE id = ?", [span[(ids[2], "CLAIM")]])
    con.execute('UPDATE spans SET "end" = 999 WHERE id = ?', [span[(ids[2], "SPEAKER")]])
    # d0003's relation now starts at a SPEAKER of d0000 (no foreign key stops that)
    con.execute(
        "UPDATE relations SET head_span_id = ? WHERE document_id = ?",
        [span[(ids[0], "SPEAKER")], ids[3]],
    )
    rel = con.execute("SELECT id FROM relations WHERE document_id = ?", [ids[3]]).fetchone()[0]
    con.commit()
    con.close()
    store = store_of(open_project(path))
    problems = check_project(store)
    store.close()
    claim, speaker = span[(ids[2], "CLAIM")], span[(ids[2], "SPEAKER")]
    text = ARTICLES[0][0] + " 2"
    at = text.index("بوتين")
    assert problems == [
        "document d0001: text does not match its SHA-256",
        f"document d0002: span {claim}: text at [0, 3) is 'قال', not {text[at + 6 :]!r}",
        f"document d0002: span {speaker}: offsets [{at}, 999) out of range for a text of "
        f"{len(text)} characters",
        f"document d0003: relation {rel} head is not here",
    ]
