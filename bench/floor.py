"""The physical floor of each benchmarked command: the same rows moved with plain
``sqlite3`` and ``json`` (standard library only), for bench/bench_floor.py.

    python bench/floor.py import DB TEXTS.jsonl          # documents + the same FTS5 index
    python bench/floor.py import-annotations DB CORPUS.jsonl   # documents + spans
    python bench/floor.py export DB OUT.jsonl            # SELECT + json.dumps
    python bench/floor.py check DB                       # integrity, hashes, span slices
    python bench/floor.py startup DB                     # open, count, exit

DB starts as an empty project made by ``annotator init`` (so tables, indexes and the
FTS5 index are the app's own); what the floor leaves out is everything that is not
moving rows: folding for search, validation beyond the hash, events, progress.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from datetime import UTC, datetime

DOC_SQL = (
    "INSERT INTO documents (ext_id, title, text, text_sha256, lang, direction, source, url, "
    "published, meta, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
FTS_SQL = "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)"
SPAN_SQL = (
    'INSERT INTO spans (document_id, layer_id, label, start, "end", text, attrs, origin, '
    "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
)


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _doc_row(rec: dict, now: str) -> tuple:
    text = rec["text"]
    meta = rec.get("meta") or {}
    return (
        rec["id"],
        rec.get("title") or meta.get("title") or text[:80],
        text,
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        rec.get("lang") or "",
        "rtl",
        rec.get("source") or meta.get("source") or "",
        "",
        "",
        "{}",
        now,
    )


def import_texts(db: str, path: str) -> None:
    conn = connect(db)
    now = datetime.now(UTC).isoformat()
    conn.execute("BEGIN")
    with open(path, encoding="utf-8") as fh:
        rows = [_doc_row(json.loads(line), now) for line in fh]
    first = (conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]) + 1
    conn.executemany(DOC_SQL, rows)
    conn.executemany(FTS_SQL, ((first + i, r[1], r[2]) for i, r in enumerate(rows)))
    conn.execute("COMMIT")


def import_annotations(db: str, path: str) -> None:
    conn = connect(db)
    now = datetime.now(UTC).isoformat()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO layers (name, created_at) VALUES ('floor', ?)", [now])
    annotator = conn.execute("SELECT id FROM layers WHERE name = 'floor'").fetchone()[0]
    doc_id = conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]
    docs, fts, spans = [], [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            doc_id += 1
            row = _doc_row(rec, now)
            docs.append(row)
            fts.append((doc_id, row[1], row[2]))
            for s in rec["spans"]:
                spans.append(
                    (
                        doc_id,
                        annotator,
                        s["label"],
                        s["start"],
                        s["end"],
                        s["text"],
                        json.dumps(s.get("attrs") or {}),
                        "import",
                        now,
                        now,
                    )
                )
    conn.executemany(DOC_SQL, docs)
    conn.executemany(FTS_SQL, fts)
    conn.executemany(SPAN_SQL, spans)
    conn.execute("COMMIT")


def export(db: str, out: str) -> None:
    conn = connect(db)
    spans = conn.execute(
        'SELECT document_id, id, start, "end", label, text, attrs FROM spans '
        "ORDER BY document_id, id"
    )
    pending = next(spans, None)
    with open(out, "w", encoding="utf-8") as fh:
        for doc_id, ext_id, text, sha, lang, title, source in conn.execute(
            "SELECT id, ext_id, text, text_sha256, lang, title, source FROM documents ORDER BY id"
        ):
            found = []
            while pending is not None and pending[0] == doc_id:
                _, sid, start, end, label, stext, attrs = pending
                found.append(
                    {
                        "id": sid,
                        "start": start,
                        "end": end,
                        "label": label,
                        "text": stext,
                        "attrs": json.loads(attrs or "{}"),
                    }
                )
                pending = next(spans, None)
            record = {
                "id": ext_id,
                "text": text,
                "text_sha256": sha,
                "lang": lang,
                "meta": {"title": title, "source": source},
                "spans": found,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def check(db: str) -> None:
    conn = connect(db)
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    spans = conn.execute(
        'SELECT document_id, id, start, "end", text FROM spans ORDER BY document_id, id'
    )
    pending = next(spans, None)
    for doc_id, text, sha in conn.execute(
        "SELECT id, text, text_sha256 FROM documents ORDER BY id"
    ):
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != sha:
            problems.append(f"document {doc_id}: hash")
        while pending is not None and pending[0] == doc_id:
            _, sid, start, end, stext = pending
            if text[start:end] != stext:
                problems.append(f"span {sid}: text")
            pending = next(spans, None)
    print(f"{len(problems)} problems")


def startup(db: str) -> None:
    conn = connect(db)
    print(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def main(argv: list[str]) -> None:
    work = {
        "import": import_texts,
        "import-annotations": import_annotations,
        "export": export,
        "check": check,
        "startup": startup,
    }
    work[argv[0]](*argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
