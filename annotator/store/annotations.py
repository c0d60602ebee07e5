"""Spans and relations of the project's layers, every change logged as an event.

Writes check what the caller last saw (the Span/Relation it passes in): if another
window changed or removed the record meanwhile, ConflictError is raised and nothing
is overwritten.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, replace
from itertools import groupby
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.core.model import Relation, Span
from annotator.core.validate import check_span_offsets
from annotator.store import rows
from annotator.store.errors import ConflictError

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

SPAN_FROM = rows.SPAN_FROM
REL_FROM = rows.REL_FROM
_SPAN_INSERT = (
    "INSERT INTO spans (id, document_id, layer_id, author_id, label, start, end, text, attrs, "
    "attr_origin, origin, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?)"
)
_REL_INSERT = (
    "INSERT INTO relations (id, document_id, layer_id, author_id, type, head_span_id, "
    "tail_span_id, tail_entity_id, origin, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


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


def span_payload(span: Span) -> dict[str, Any]:
    d = asdict(span)
    d["attrs"] = dict(span.attrs)
    d["attr_origin"] = {k: dict(v) for k, v in span.attr_origin.items()}
    return d


def _span_key(span: Span) -> tuple:
    """What another window may have changed (provenance is not compared: records
    logged by 0.1.0 carry none)."""
    return (
        span.document_id,
        span.layer,
        span.label,
        span.start,
        span.end,
        span.text,
        dict(span.attrs),
    )


def _rel_key(rel: Relation) -> tuple:
    return (rel.document_id, rel.layer, rel.type, rel.head, rel.tail, rel.tail_entity)


class AnnotationRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn
        self._trusted = False  # in references_trusted()

    # -- reading ---------------------------------------------------------------
    def spans(self, document_id: int, layer: str | None = None) -> list[Span]:
        sql = f"SELECT {rows.SPAN_COLUMNS} {SPAN_FROM} WHERE s.document_id = ?"
        params: list = [document_id]
        if layer is not None:
            sql += " AND s.layer_id = ?"
            params.append(self.store.find_layer_id(layer))
        sql += " ORDER BY s.start, s.end DESC, s.id"
        return [rows.span(r) for r in self.conn.execute(sql, params)]

    def span(self, span_id: int) -> Span | None:
        row = self.conn.execute(
            f"SELECT {rows.SPAN_COLUMNS} {SPAN_FROM} WHERE s.id = ?", [span_id]
        ).fetchone()
        return rows.span(row) if row else None

    def relations(self, document_id: int, layer: str | None = None) -> list[Relation]:
        sql = f"SELECT {rows.RELATION_COLUMNS} {REL_FROM} WHERE r.document_id = ?"
        params: list = [document_id]
        if layer is not None:
            sql += " AND r.layer_id = ?"
            params.append(self.store.find_layer_id(layer))
        sql += " ORDER BY r.id"
        return [rows.relation(r) for r in self.conn.execute(sql, params)]

    def relation(self, rel_id: int) -> Relation | None:
        row = self.conn.execute(
            f"SELECT {rows.RELATION_COLUMNS} {REL_FROM} WHERE r.id = ?", [rel_id]
        ).fetchone()
        return rows.relation(row) if row else None

    def iter_layers(self) -> Iterator[tuple[int, str, str, list[Span], list[Relation]]]:
        """Every (document, layer) pair that has spans, relations or a status, as
        ``(document_id, layer, status, spans, relations)`` in document id order.
        Three streamed, index-ordered queries merged here: memory stays flat."""
        names = dict(self.conn.execute("SELECT id, name FROM layers"))
        spans = (
            ((r[1], r[11]), 0, r)
            for r in self.conn.execute(
                f"SELECT {rows.SPAN_COLUMNS}, s.layer_id {SPAN_FROM} "
                "ORDER BY s.document_id, s.layer_id"
            )
        )
        rels = (
            ((r[1], r[9]), 1, r)
            for r in self.conn.execute(
                f"SELECT {rows.RELATION_COLUMNS}, r.layer_id {REL_FROM} "
                "ORDER BY r.document_id, r.layer_id"
            )
        )
        statuses = (
            ((r[0], r[1]), 2, r)
            for r in self.conn.execute(
                "SELECT document_id, layer_id, status FROM doc_status "
                "ORDER BY document_id, layer_id"
            )
        )
        merged = heapq.merge(spans, rels, statuses, key=lambda t: t[0])
        for (doc_id, ann_id), group in groupby(merged, key=lambda t: t[0]):
            layer_spans, layer_rels, status = [], [], "todo"
            for _, kind, r in group:
                if kind == 0:
                    layer_spans.append(rows.span(r[:11]))
                elif kind == 1:
                    layer_rels.append(rows.relation(r[:9]))
                else:
                    status = r[2]
            layer_spans.sort(key=lambda sp: (sp.start, -sp.end, sp.id))
            yield doc_id, names[ann_id], status, layer_spans, layer_rels

    def all_spans(self) -> Iterable[Span]:
        cur = self.conn.execute(f"SELECT {rows.SPAN_COLUMNS} {SPAN_FROM} ORDER BY s.id")
        for r in cur:
            yield rows.span(r)

    def count_spans(self) -> int:
        return self.conn.execute("SELECT count(*) FROM spans").fetchone()[0]

    def count_relations(self) -> int:
        return self.conn.execute("SELECT count(*) FROM relations").fetchone()[0]

    def label_counts(self) -> dict[str, int]:
        return dict(
            self.conn.execute(
                "SELECT label, count(*) FROM spans GROUP BY label ORDER BY label"
            ).fetchall()
        )

    def layers(self, document_id: int) -> list[str]:
        """Layers with spans or a status on this document."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT l.name FROM layers l WHERE l.id IN ("
                "SELECT layer_id FROM spans WHERE document_id = ? UNION "
                "SELECT layer_id FROM doc_status WHERE document_id = ?) ORDER BY l.name",
                [document_id, document_id],
            )
        ]

    # -- writing ---------------------------------------------------------------
    def _text(self, document_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise KeyError(f"no document {document_id}")
        return row[0]

    def _span_row(self, span: Span, stamp: str) -> list[Any]:
        return self._span_rows([span], stamp)[0]

    def _span_rows(self, spans: Iterable[Span | NewSpan], stamp: str) -> list[list[Any]]:
        """``_span_row`` of many spans, each layer and author looked up once."""
        who: dict[tuple[str, str], tuple[int, int | None]] = {}
        out = []
        for span in spans:
            key = (span.layer, span.author)
            if key not in who:
                who[key] = (self.store.layer_id(span.layer), self.store.author_id(span.author))
            layer_id, author_id = who[key]
            out.append(
                [
                    span.id,
                    span.document_id,
                    layer_id,
                    author_id,
                    span.label,
                    span.start,
                    span.end,
                    span.text,
                    rows.dumps(span.attrs) if span.attrs else "{}",
                    rows.dumps(span.attr_origin) if span.attr_origin else None,
                    span.origin,
                    stamp,
                    stamp,
                ]
            )
        return out

    def _rel_row(self, rel: Relation, stamp: str) -> list[Any]:
        if (rel.tail is None) == (rel.tail_entity is None):
            raise ValueError("a relation needs exactly one tail: a span or an entity")
        return [
            rel.id,
            rel.document_id,
            self.store.layer_id(rel.layer),
            self.store.author_id(rel.author),
            rel.type,
            rel.head,
            rel.tail,
            rel.tail_entity,
            rel.origin,
            stamp,
        ]

    def add_span(self, span: Span, log: bool = True) -> Span:
        """Insert ``span`` (its id is kept when given: undo restores the same id)."""
        from annotator.store.project import now

        check_span_offsets(self._text(span.document_id), span)
        with self.store.atomic():
            cur = self.conn.execute(_SPAN_INSERT, self._span_row(span, now()))
            span = replace(span, id=cur.lastrowid)
            if log:
                self.store.events.append(
                    span.layer, span.document_id, "span.add", {"span": span_payload(span)}
                )
        return span

    def _require_span(self, expected: Span) -> None:
        current = self.span(expected.id)
        if current is None:
            raise ConflictError(f"span {expected.id} was deleted in another window")
        if _span_key(current) != _span_key(expected):
            raise ConflictError(f"span {expected.id} was changed in another window")

    def update_span(self, expected: Span, changes: Mapping[str, Any]) -> Span:
        """Change label, attrs (with their provenance) or offsets (start/end/text
        together) of a span."""
        from annotator.store.project import now

        allowed = {"label", "attrs", "attr_origin", "start", "end", "text", "origin"}
        if set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)}")
        new = replace(expected, **changes)
        if {"start", "end", "text"} & set(changes):
            check_span_offsets(self._text(expected.document_id), new)
        with self.store.atomic():
            self._require_span(expected)
            self.conn.execute(
                "UPDATE spans SET label=?, start=?, end=?, text=?, attrs=?, attr_origin=?, "
                "origin=?, version=version+1, updated_at=? WHERE id=?",
                [
                    new.label,
                    new.start,
                    new.end,
                    new.text,
                    rows.dumps(new.attrs),
                    rows.dumps(new.attr_origin) if new.attr_origin else None,
                    new.origin,
                    now(),
                    new.id,
                ],
            )
            self.store.events.append(
                new.layer,
                new.document_id,
                "span.update",
                {"before": span_payload(expected), "after": span_payload(new)},
            )
        return new

    def delete_span(self, expected: Span) -> list[Relation]:
        """Delete a span and the relations that touch it; returns those relations."""
        with self.store.atomic():
            self._require_span(expected)
            rels = [
                rows.relation(r)
                for r in self.conn.execute(
                    f"SELECT {rows.RELATION_COLUMNS} {REL_FROM} "
                    "WHERE r.head_span_id = ? OR r.tail_span_id = ? ORDER BY r.id",
                    [expected.id, expected.id],
                )
            ]
            self.conn.execute(
                "DELETE FROM relations WHERE head_span_id = ? OR tail_span_id = ?",
                [expected.id, expected.id],
            )
            self.conn.execute("DELETE FROM spans WHERE id = ?", [expected.id])
            self.store.events.append(
                expected.layer,
                expected.document_id,
                "span.delete",
                {"span": span_payload(expected), "relations": [asdict(r) for r in rels]},
            )
        return rels

    def add_relation(self, rel: Relation, log: bool = True) -> Relation:
        from annotator.store.project import now

        row = self._rel_row(rel, now())
        with self.store.atomic():
            for span_id in (rel.head, rel.tail):
                if span_id is not None and self.span(span_id) is None:
                    raise ConflictError(f"span {span_id} was deleted in another window")
            cur = self.conn.execute(_REL_INSERT, row)
            rel = replace(rel, id=cur.lastrowid)
            if log:
                self.store.events.append(
                    rel.layer, rel.document_id, "relation.add", {"relation": asdict(rel)}
                )
        return rel

    def delete_relation(self, expected: Relation) -> None:
        with self.store.atomic():
            current = self.relation(expected.id)
            if current is None or _rel_key(current) != _rel_key(expected):
                raise ConflictError(f"relation {expected.id} was changed in another window")
            self.conn.execute("DELETE FROM relations WHERE id = ?", [expected.id])
            self.store.events.append(
                expected.layer,
                expected.document_id,
                "relation.delete",
                {"relation": asdict(expected)},
            )

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
            self.conn.executemany(_SPAN_INSERT, span_rows)
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
                self.conn.executemany(_REL_INSERT, [self._rel_row(r, stamp) for r in rels])
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
            "spans": [span_payload(s) for s in spans],
            "relations": [asdict(r) for r in rels],
        }

    def restore_bulk(self, spans: Iterable[Span], relations: Iterable[Relation]) -> None:
        """Put back spans and relations with their own ids (redo of a bulk delete)."""
        from annotator.store.project import now

        stamp = now()
        with self.store.atomic():
            self.conn.executemany(_SPAN_INSERT, self._span_rows(spans, stamp))
            self.conn.executemany(_REL_INSERT, [self._rel_row(r, stamp) for r in relations])

    # -- curation dismissals ---------------------------------------------------
    def dismissals(self, document_id: int, layer: str) -> list[tuple[int, int]]:
        """Regions ``(start, end)`` of the document the curator dismissed in ``layer``."""
        layer_id = self.store.find_layer_id(layer)
        return [
            (r[0], r[1])
            for r in self.conn.execute(
                "SELECT start, end FROM dismissals WHERE document_id = ? AND layer_id = ? "
                "ORDER BY start, end",
                [document_id, layer_id],
            )
        ]

    def set_dismissed(self, document_id: int, layer: str, start: int, end: int, on: bool) -> None:
        """Dismiss a region (``on``) or bring it back; logged, so it undoes."""
        from annotator.store.project import now

        with self.store.atomic():
            layer_id = self.store.layer_id(layer)
            if on:
                self.conn.execute(
                    "INSERT INTO dismissals (document_id, layer_id, start, end, created_at) "
                    "VALUES (?,?,?,?,?)",
                    [document_id, layer_id, start, end, now()],
                )
            else:
                self.conn.execute(
                    "DELETE FROM dismissals WHERE document_id = ? AND layer_id = ? AND start = ? "
                    "AND end = ?",
                    [document_id, layer_id, start, end],
                )
            action = "dismissal.add" if on else "dismissal.delete"
            self.store.events.append(layer, document_id, action, {"start": start, "end": end})

    def span_counts(self, document_ids: Iterable[int], layer: str) -> dict[int, int]:
        ids = list(document_ids)
        if not ids:
            return {}
        q = ",".join("?" * len(ids))
        return dict(
            self.conn.execute(
                f"SELECT document_id, count(*) FROM spans WHERE layer_id = ? "
                f"AND document_id IN ({q}) GROUP BY document_id",
                [self.store.find_layer_id(layer), *ids],
            ).fetchall()
        )


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
