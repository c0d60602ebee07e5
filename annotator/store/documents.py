"""Documents and the folded full-text index over them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.core.model import Document
from annotator.store import rows
from annotator.text.fold import find_all, fold

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

EDITABLE_FIELDS = ("title", "source", "url", "published", "direction_override")

#: Documents of an import still in progress (or abandoned) are invisible to readers.
PUBLISHED = "import_batch IS NULL"
#: Their ids, for queries driven from the full-text index (cheap: a partial index).
_UNPUBLISHED_IDS = "SELECT id FROM documents WHERE import_batch IS NOT NULL"


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    matches: tuple[tuple[int, int], ...]  # source code-point ranges in the text


def fts_query(query: str) -> str:
    """A safe FTS5 phrase query for the folded ``query`` ('' when nothing to find)."""
    words = fold(query).split()
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


class DocumentRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    # -- writing ---------------------------------------------------------------
    def existing(self, hashes: Sequence[str], ext_ids: Sequence[str]) -> tuple[set, dict]:
        """(hashes already stored, {ext_id: stored hash}) among those given."""
        found_hashes: set[str] = set()
        found_ids: dict[str, str] = {}
        for i in range(0, max(len(hashes), len(ext_ids)), 500):
            hs, ids = hashes[i : i + 500], ext_ids[i : i + 500]
            if hs:
                q = ",".join("?" * len(hs))
                found_hashes.update(
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT text_sha256 FROM documents WHERE text_sha256 IN ({q})", hs
                    )
                )
            if ids:
                q = ",".join("?" * len(ids))
                found_ids.update(
                    self.conn.execute(
                        f"SELECT ext_id, text_sha256 FROM documents WHERE ext_id IN ({q})", ids
                    ).fetchall()
                )
        return found_hashes, found_ids

    def insert_many(
        self,
        docs: Iterable[Document],
        batch: str | None = None,
        folded: Mapping[str, tuple[str, str]] | None = None,
    ) -> list[int]:
        """Insert new documents and index them; call inside ``store.atomic()``. With
        ``batch`` (an import batch id) they stay invisible until the batch is published.
        ``folded``: ``fold(title), fold(text)`` by text hash, computed by the caller
        before the transaction so that it holds the write lock for less time."""
        from annotator.store.project import now

        stamp = now()
        ids = []
        for d in docs:
            cur = self.conn.execute(
                "INSERT INTO documents (ext_id, title, text, text_sha256, lang, direction, "
                "source, url, published, meta, imported_at, import_batch) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    d.ext_id,
                    d.title,
                    d.text,
                    d.text_sha256,
                    d.lang,
                    d.direction,
                    d.source,
                    d.url,
                    d.published,
                    rows.dumps(d.meta),
                    stamp,
                    batch,
                ],
            )
            doc_id = cur.lastrowid
            title, body = (folded or {}).get(d.text_sha256) or (fold(d.title), fold(d.text))
            self.conn.execute(
                "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                [doc_id, title, body],
            )
            ids.append(doc_id)
        return ids

    def update_fields(self, doc_id: int, layer: str, fields: dict[str, str]) -> Document:
        """Change editable metadata (never the text); logged as an event."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        with self.store.atomic():
            before = self.fields(doc_id)
            sets = ", ".join(f"{k} = ?" for k in fields)
            self.conn.execute(
                f"UPDATE documents SET {sets} WHERE id = ?", [*fields.values(), doc_id]
            )
            if "title" in fields and fields["title"] != before["title"]:
                body = fold(self.get(doc_id).text)
                self.conn.execute(
                    "INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                    "VALUES ('delete', ?, ?, ?)",
                    [doc_id, fold(before["title"]), body],
                )
                self.conn.execute(
                    "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                    [doc_id, fold(fields["title"]), body],
                )
            self.store.events.append(
                layer,
                doc_id,
                "document.update",
                {"before": {k: before[k] for k in fields}, "after": dict(fields)},
            )
        return self.get(doc_id)

    # -- reading ---------------------------------------------------------------
    def get(self, doc_id: int) -> Document:
        row = self.conn.execute(
            f"SELECT {rows.DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return rows.document(row)

    def fields(self, doc_id: int) -> dict[str, str]:
        row = self.conn.execute(
            f"SELECT {', '.join(EDITABLE_FIELDS)} FROM documents WHERE id = ?", [doc_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no document {doc_id}")
        return {k: (v or "") for k, v in zip(EDITABLE_FIELDS, row, strict=True)}

    def by_ext_id(self, ext_id: str) -> Document | None:
        row = self.conn.execute(
            f"SELECT {rows.DOC_COLUMNS} FROM documents WHERE ext_id = ? AND {PUBLISHED}",
            [ext_id],
        ).fetchone()
        return rows.document(row) if row else None

    def by_hash(self, sha256: str) -> Document | None:
        row = self.conn.execute(
            f"SELECT {rows.DOC_COLUMNS} FROM documents WHERE text_sha256 = ? AND {PUBLISHED}",
            [sha256],
        ).fetchone()
        return rows.document(row) if row else None

    def count(self) -> int:
        return self.conn.execute(f"SELECT count(*) FROM documents WHERE {PUBLISHED}").fetchone()[0]

    def ids(self) -> list[int]:
        return [
            r[0]
            for r in self.conn.execute(f"SELECT id FROM documents WHERE {PUBLISHED} ORDER BY id")
        ]

    def iter_all(self, ids: Sequence[int] | None = None) -> Iterator[Document]:
        """Stream documents in id order (memory flat)."""
        if ids is None:
            cur = self.conn.execute(
                f"SELECT {rows.DOC_COLUMNS} FROM documents WHERE {PUBLISHED} ORDER BY id"
            )
            for row in cur:
                yield rows.document(row)
            return
        for doc_id in ids:
            yield self.get(doc_id)

    def count_by(self, column: str) -> dict[str, int]:
        if column not in ("lang", "source", "direction"):
            raise ValueError(column)
        return dict(
            self.conn.execute(
                f"SELECT coalesce({column}, ''), count(*) FROM documents WHERE {PUBLISHED} "
                "GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )

    # -- search ----------------------------------------------------------------
    def search_ids(self, query: str, limit: int | None = None) -> list[int]:
        """Ids of documents whose folded title or text contains every word of
        ``query`` (yeh/kaf/alef/hamza variants, harakat, tatweel, ZWNJ and digit
        scripts are ignored)."""
        match = fts_query(query)
        if not match:
            return []
        sql = (
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
            f"AND +rowid NOT IN ({_UNPUBLISHED_IDS}) ORDER BY rowid"
        )
        params: list = [match]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [r[0] for r in self.conn.execute(sql, params)]

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Documents matching ``query`` with the exact source ranges of the phrase."""
        hits = []
        for doc_id in self.search_ids(query, limit):
            doc = self.get(doc_id)
            hits.append(SearchHit(doc_id, doc.title, tuple(find_all(doc.text, query))))
        return hits

    # -- imports in batches ----------------------------------------------------
    def discard_unpublished(self, batch: str) -> int:
        """Remove the documents of an import batch that was never published (and their
        full-text rows); returns how many. Call inside ``store.atomic()``."""
        found = self.conn.execute(
            "SELECT id, title, text FROM documents WHERE import_batch = ?", [batch]
        ).fetchall()
        for doc_id, title, text in found:
            self.conn.execute(
                "INSERT INTO documents_fts (documents_fts, rowid, title, body) "
                "VALUES ('delete', ?, ?, ?)",
                [doc_id, fold(title or ""), fold(text)],
            )
        self.conn.execute("DELETE FROM documents WHERE import_batch = ?", [batch])
        return len(found)
