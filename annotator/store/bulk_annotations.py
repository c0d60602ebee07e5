"""Spans and relations many at a time: bulk inserts (imports, merges, accept-all) and
the undo and redo of one (``delete_bulk``, ``restore_bulk``).

The methods are mixed into :class:`~annotator.store.annotations.AnnotationRepo` (whose
``store``, ``conn``, ``span``, ``relation``, ``_text``, ``_span_rows`` and ``_rel_row``
they use), so callers keep writing ``store.annotations.add_bulk(...)``. Not to be mixed
up with :mod:`annotator.store.bulk`: the write turns and checkpoints of a bulk writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.core.model import Relation, Span
from annotator.core.validate import check_span_offsets
from annotator.store import rows
from annotator.store.errors import ConflictError

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class NewSpan(NamedTuple):
    """A span to insert with ``add_bulk``: a Span's fields in a tuple, built in a fifth of
    the time of a Span (bulk imports make one per span of the file)."""

    id: int | None
    document_id: int
    layer: str
    label: str
    start: int
    end: int
    text: str
    attrs: Mapping[str, Any]
    origin: str
    author: str
    attr_origin: Mapping[str, Mapping[str, str]]


class BulkAnnotations:
    """The bulk methods of :class:`~annotator.store.annotations.AnnotationRepo`."""

    store: ProjectStore
    conn: sqlite3.Connection
    _trusted = False  # in references_trusted()

    @contextmanager
    def references_trusted(self) -> Iterator[None]:
        """Around a bulk import's transaction (opened inside): SQLite does not look up
        the parents of every row written (foreign keys off on this connection; three
        look-ups a span, a tenth of an import's time). Every id the import writes is
        one it read or wrote in that transaction (documents, layers, people and groups
        are never deleted), except a relation's ``tail_entity``, which ``add_bulk``
        checks itself meanwhile. Inside a transaction already: nothing changes."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("PRAGMA foreign_keys = OFF")
        self._trusted = True
        try:
            yield
        finally:
            self._trusted = False
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _check_tail_entities(self, relations: list[Relation]) -> None:
        """What the foreign key would have said of a ``tail_entity`` not in the registry."""
        wanted = {r.tail_entity for r in relations if r.tail_entity is not None}
        if not wanted:
            return
        q = ",".join("?" * len(wanted))
        found = {
            r[0] for r in self.conn.execute(f"SELECT id FROM entities WHERE id IN ({q})", [*wanted])
        }
        if wanted - found:
            raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1

    def add_bulk(
        self,
        spans: Iterable[Span | NewSpan],
        relations: Iterable[Relation] = (),
        checked: bool = False,
        log: bool = True,
        savepoint: bool = True,
        order: Iterable[tuple[int, str]] = (),
        returning: bool = True,
    ) -> tuple[list[Span], list[Relation]]:
        """Insert many spans and relations of one or more documents at once (imports,
        merges, accept-all): two ``executemany`` calls, one ``spans.bulk_add`` event per
        document and layer listing the new ids (so the batch undoes as one step), all
        written by one ``executemany`` inside an edit group.

        Spans and relations get fresh ids; a relation's ``head``/``tail`` refer to the
        GIVEN span ids of ``spans`` (or to spans already stored, when not among them).
        ``checked=True``: the caller has checked every span against its text already.
        Call inside ``store.atomic()`` or an edit group; ``savepoint=False`` when a
        failure undoes that whole transaction anyway. ``order``: the (document id, layer)
        pairs in the order their events are written (the others follow, as met in
        ``spans`` then ``relations``). Returns what was stored (empty lists with
        ``returning=False``, which saves building a Span per row)."""
        from annotator.store.project import now

        stamp = now()
        spans = list(spans)
        if not checked:
            texts: dict[int, str] = {}
            for span in spans:
                if span.document_id not in texts:
                    texts[span.document_id] = self._text(span.document_id)
                check_span_offsets(texts[span.document_id], span)
        with self.store.atomic(savepoint):
            next_span = self._next_id("spans")
            span_ids = range(next_span, next_span + len(spans))
            ids: dict[int | None, int] = {
                span.id: new_id
                for span, new_id in zip(spans, span_ids, strict=True)
                if span.id is not None
            }
            span_rows = self._span_rows(spans, stamp)
            for row, new_id in zip(span_rows, span_ids, strict=True):
                row[0] = new_id
            self.conn.executemany(rows.SPAN_INSERT, span_rows)
            stored = (
                [_with_id(s, i) for s, i in zip(spans, span_ids, strict=True)] if returning else []
            )
            relations = list(relations)
            next_rel = self._next_id("relations") if relations else 0
            rels = [
                replace(
                    r,
                    id=next_rel + k,
                    head=ids.get(r.head, r.head),
                    tail=ids.get(r.tail, r.tail) if r.tail is not None else None,
                )
                for k, r in enumerate(relations)
            ]
            if rels and self._trusted:
                self._check_tail_entities(rels)
            if rels:
                self.conn.executemany(rows.REL_INSERT, [self._rel_row(r, stamp) for r in rels])
            if log:
                per: dict[tuple[int, str], dict[str, list[int]]] = {
                    key: {"spans": [], "relations": []} for key in order
                }
                for s, new_id in zip(spans, span_ids, strict=True):
                    key = (s.document_id, s.layer)
                    if key not in per:
                        per[key] = {"spans": [], "relations": []}
                    per[key]["spans"].append(new_id)
                for r in rels:
                    per.setdefault((r.document_id, r.layer), {"spans": [], "relations": []})
                    per[(r.document_id, r.layer)]["relations"].append(r.id)
                self.store.events.append_many(
                    [
                        (layer, doc_id, "spans.bulk_add", payload)
                        for (doc_id, layer), payload in per.items()
                        if payload["spans"] or payload["relations"]
                    ]
                )
        return stored, rels if returning else []

    def delete_bulk(self, span_ids: Iterable[int], relation_ids: Iterable[int]) -> dict:
        """Delete spans and relations by id (undo of a bulk add); returns the deleted
        records as payloads, so that a redo restores them with the same ids. Every
        id must still exist (else ConflictError: changed in another window)."""
        span_ids, relation_ids = list(span_ids), list(relation_ids)
        with self.store.atomic():
            spans = [self.span(i) for i in span_ids]
            if any(s is None for s in spans):
                raise ConflictError("some of these spans were deleted in another window")
            touching = {
                r[0]
                for i in span_ids
                for r in self.conn.execute(
                    "SELECT id FROM relations WHERE head_span_id = ? OR tail_span_id = ?", [i, i]
                )
            }
            rel_ids = list(dict.fromkeys([*relation_ids, *sorted(touching)]))
            rels = [self.relation(i) for i in rel_ids]
            if any(r is None for r in rels):
                raise ConflictError("some of these links were deleted in another window")
            self.conn.executemany("DELETE FROM relations WHERE id = ?", [[i] for i in rel_ids])
            self.conn.executemany("DELETE FROM spans WHERE id = ?", [[i] for i in span_ids])
        return {
            "spans": [rows.span_payload(s) for s in spans],
            "relations": [asdict(r) for r in rels],
        }

    def restore_bulk(self, spans: Iterable[Span], relations: Iterable[Relation]) -> None:
        """Put back spans and relations with their own ids (redo of a bulk delete)."""
        from annotator.store.project import now

        stamp = now()
        with self.store.atomic():
            self.conn.executemany(rows.SPAN_INSERT, self._span_rows(spans, stamp))
            self.conn.executemany(rows.REL_INSERT, [self._rel_row(r, stamp) for r in relations])


def _with_id(span: Span | NewSpan, span_id: int) -> Span:
    """``replace(span, id=span_id)``, several times faster (bulk inserts make many)."""
    return Span(
        span_id,
        span.document_id,
        span.layer,
        span.label,
        span.start,
        span.end,
        span.text,
        span.attrs,
        span.origin,
        span.author,
        span.attr_origin,
    )
