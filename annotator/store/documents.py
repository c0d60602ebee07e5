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
#: Their ids are listed in ``staged_documents`` (few rows, usually none), so the filter
#: keeps count(*) and id listings on the id index, and publishing an import deletes
#: those rows without rewriting any document (a change to a row rewrites its text).
_UNPUBLISHED_IDS = "SELECT id FROM staged_documents"
PUBLISHED = f"id NOT IN ({_UNPUBLISHED_IDS})"


@dataclass(frozen=True, slots=True)
class SearchHit:
    document_id: int
    title: str
    matches: tuple[tuple[int, int], ...]  # source code-point ranges in the text


def fts_query(query: str) -> str:
    """A safe FTS5 phrase query for the folded ``query`` ('' when nothing to find)."""
    words = fold(query).split()
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


#: The columns of a :func:`document_row`, in order.
ROW_COLUMNS = "ext_id, title, text, text_sha256, lang, direction, source, url, published, meta"


def document_row(doc: Document) -> tuple:
    """``doc`` as the values of :data:`ROW_COLUMNS` (the meta as stored JSON): a plain
    tuple, which a reading process can prepare and send cheaply."""
    return (
        doc.ext_id,
        doc.title,
        doc.text,
        doc.text_sha256,
        doc.lang,
        doc.direction,
        doc.source,
        doc.url,
        doc.published,
        rows.dumps(doc.meta),
    )


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
        folded: Mapping[tuple[str, str], tuple[str, str]] | None = None,
    ) -> list[int]:
        """Insert new documents and index them; call inside ``store.atomic()``. With
        ``batch`` (an import batch id) they stay invisible until the batch is published.
        ``folded``: ``fold(title), fold(text)`` by (text hash, title), computed by the caller
        before the transaction so that it holds the write lock for less time."""
        docs = list(docs)
        folded = folded or {}
        return self.insert_rows(
            [document_row(d) for d in docs],
            [folded.get((d.text_sha256, d.title)) or (fold(d.title), fold(d.text)) for d in docs],
            batch,
        )

    def insert_rows(
        self,
        doc_rows: Sequence[tuple],
        folded: Sequence[tuple[str, str]],
        batch: str | None = None,
    ) -> list[int]:
        """Insert new documents given as :func:`document_row` tuples, with ``folded``
        (``fold(title), fold(text)`` of each) for the index; call inside
        ``store.atomic()``. With ``batch`` (an import batch id) they stay invisible until
        the batch is published. Returns their ids.

        One ``executemany`` per table: the ids are given (the next free ones, read
        under the write lock the transaction holds), as SQLite would have chosen them."""
        from annotator.store.project import now

        if not doc_rows:
            return []
        stamp = now()
        first = self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM documents").fetchone()[0]
        ids = range(first, first + len(doc_rows))
        self.conn.executemany(
            f"INSERT INTO documents (id, {ROW_COLUMNS}, imported_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc_id, *row, stamp) for doc_id, row in zip(ids, doc_rows, strict=True)],
        )
        self.conn.executemany(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
            [(doc_id, *pair) for doc_id, pair in zip(ids, folded, strict=True)],
        )
        if batch is not None:
            self.conn.executemany(
                "INSERT INTO staged_documents (id, batch) VALUES (?, ?)",
                [(doc_id, batch) for doc_id in ids],
            )
        return list(ids)

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

    def by_hashes(self, hashes: Sequence[str]) -> dict[str, Document]:
        """``by_hash`` of many text hashes in one query per 500: {hash: document} of
        those stored (and published)."""
        found: dict[str, Document] = {}
        for i in range(0, len(hashes), 500):
            part = hashes[i : i + 500]
            q = ",".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT {rows.DOC_COLUMNS} FROM documents WHERE text_sha256 IN ({q}) "
                f"AND {PUBLISHED}",
                part,
            ):
                found[row[4]] = rows.document(row)
        return found

    def taken_ext_ids(self, ext_ids: Sequence[str]) -> set[str]:
        """Those of ``ext_ids`` that a stored (and published) document has, one query
        per 500 (``by_ext_id`` of many)."""
        found: set[str] = set()
        for i in range(0, len(ext_ids), 500):
            part = ext_ids[i : i + 500]
            q = ",".join("?" * len(part))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT ext_id FROM documents WHERE ext_id IN ({q}) AND {PUBLISHED}", part
                )
            )
        return found

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
        staged = "SELECT id FROM staged_documents WHERE batch = ?"
        found = self.conn.execute(
            f"SELECT id, title, text FROM documents WHERE id IN ({staged})", [batch]
        ).fetchall()
        self.conn.executemany(
            "INSERT INTO documents_fts (documents_fts, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            [(doc_id, fold(title or ""), fold(text)) for doc_id, title, text in found],
        )
        self.conn.execute(f"DELETE FROM documents WHERE id IN ({staged})", [batch])
        self.conn.execute("DELETE FROM staged_documents WHERE batch = ?", [batch])
        return len(found)
