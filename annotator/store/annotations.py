"""Spans and relations of the project's layers, every change logged as an event.

Writes check what the caller last saw (the Span/Relation it passes in): if another
window changed or removed the record meanwhile, ConflictError is raised and nothing
is overwritten.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, replace
from itertools import groupby
from typing import TYPE_CHECKING, Any

from annotator.core.model import Relation, Span
from annotator.core.validate import check_span_offsets
from annotator.store import rows
from annotator.store.bulk_annotations import BulkAnnotations, NewSpan
from annotator.store.errors import ConflictError

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

SPAN_FROM = rows.SPAN_FROM
REL_FROM = rows.REL_FROM


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


class AnnotationRepo(BulkAnnotations):
    """Spans, relations and dismissals, one record at a time; many at once with the
    methods of :class:`~annotator.store.bulk_annotations.BulkAnnotations`."""

    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

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
            cur = self.conn.execute(rows.SPAN_INSERT, self._span_row(span, now()))
            span = replace(span, id=cur.lastrowid)
            if log:
                self.store.events.append(
                    span.layer, span.document_id, "span.add", {"span": rows.span_payload(span)}
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
                {"before": rows.span_payload(expected), "after": rows.span_payload(new)},
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
                {"span": rows.span_payload(expected), "relations": [asdict(r) for r in rels]},
            )
        return rels

    def add_relation(self, rel: Relation, log: bool = True) -> Relation:
        from annotator.store.project import now

        row = self._rel_row(rel, now())
        with self.store.atomic():
            for span_id in (rel.head, rel.tail):
                if span_id is not None and self.span(span_id) is None:
                    raise ConflictError(f"span {span_id} was deleted in another window")
            cur = self.conn.execute(rows.REL_INSERT, row)
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
