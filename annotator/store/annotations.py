"""Spans and relations of one annotator's layer, every change logged as an event.

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
from annotator.store.errors import ConflictError

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

SPAN_FROM = "FROM spans s JOIN annotators a ON a.id = s.annotator_id"
REL_FROM = "FROM relations r JOIN annotators a ON a.id = r.annotator_id"


def span_payload(span: Span) -> dict[str, Any]:
    d = asdict(span)
    d["attrs"] = dict(span.attrs)
    return d


class AnnotationRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    # -- reading ---------------------------------------------------------------
    def spans(self, document_id: int, annotator: str | None = None) -> list[Span]:
        sql = f"SELECT {rows.SPAN_COLUMNS} {SPAN_FROM} WHERE s.document_id = ?"
        params: list = [document_id]
        if annotator is not None:
            sql += " AND a.name = ?"
            params.append(annotator)
        sql += " ORDER BY s.start, s.end DESC, s.id"
        return [rows.span(r) for r in self.conn.execute(sql, params)]

    def span(self, span_id: int) -> Span | None:
        row = self.conn.execute(
            f"SELECT {rows.SPAN_COLUMNS} {SPAN_FROM} WHERE s.id = ?", [span_id]
        ).fetchone()
        return rows.span(row) if row else None

    def relations(self, document_id: int, annotator: str | None = None) -> list[Relation]:
        sql = f"SELECT {rows.RELATION_COLUMNS} {REL_FROM} WHERE r.document_id = ?"
        params: list = [document_id]
        if annotator is not None:
            sql += " AND a.name = ?"
            params.append(annotator)
        sql += " ORDER BY r.id"
        return [rows.relation(r) for r in self.conn.execute(sql, params)]

    def relation(self, rel_id: int) -> Relation | None:
        row = self.conn.execute(
            f"SELECT {rows.RELATION_COLUMNS} {REL_FROM} WHERE r.id = ?", [rel_id]
        ).fetchone()
        return rows.relation(row) if row else None

    def iter_layers(self) -> Iterator[tuple[int, str, str, list[Span], list[Relation]]]:
        """Every (document, annotator) layer that has spans, relations or a status, as
        ``(document_id, annotator, status, spans, relations)`` in document id order.
        Three streamed, index-ordered queries merged here: memory stays flat."""
        names = dict(self.conn.execute("SELECT id, name FROM annotators"))
        spans = (
            ((r[1], r[9]), 0, r)
            for r in self.conn.execute(
                f"SELECT {rows.SPAN_COLUMNS}, s.annotator_id {SPAN_FROM} "
                "ORDER BY s.document_id, s.annotator_id"
            )
        )
        rels = (
            ((r[1], r[7]), 1, r)
            for r in self.conn.execute(
                f"SELECT {rows.RELATION_COLUMNS}, r.annotator_id {REL_FROM} "
                "ORDER BY r.document_id, r.annotator_id"
            )
        )
        statuses = (
            ((r[0], r[1]), 2, r)
            for r in self.conn.execute(
                "SELECT document_id, annotator_id, status FROM doc_status "
                "ORDER BY document_id, annotator_id"
            )
        )
        merged = heapq.merge(spans, rels, statuses, key=lambda t: t[0])
        for (doc_id, ann_id), group in groupby(merged, key=lambda t: t[0]):
            layer_spans, layer_rels, status = [], [], "todo"
            for _, kind, r in group:
                if kind == 0:
                    layer_spans.append(rows.span(r[:9]))
                elif kind == 1:
                    layer_rels.append(rows.relation(r[:7]))
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
        """Annotators with spans or a status on this document."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT a.name FROM annotators a WHERE a.id IN ("
                "SELECT annotator_id FROM spans WHERE document_id = ? UNION "
                "SELECT annotator_id FROM doc_status WHERE document_id = ?) ORDER BY a.name",
                [document_id, document_id],
            )
        ]

    # -- writing ---------------------------------------------------------------
    def _text(self, document_id: int) -> str:
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise KeyError(f"no document {document_id}")
        return row[0]

    def add_span(self, span: Span, log: bool = True, undoes: int | None = None) -> Span:
        """Insert ``span`` (its id is kept when given: undo restores the same id)."""
        from annotator.store.project import now

        check_span_offsets(self._text(span.document_id), span)
        with self.store.atomic():
            stamp = now()
            cur = self.conn.execute(
                "INSERT INTO spans (id, document_id, annotator_id, label, start, end, text, "
                "attrs, origin, version, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,1,?,?)",
                [
                    span.id,
                    span.document_id,
                    self.store.annotator_id(span.annotator),
                    span.label,
                    span.start,
                    span.end,
                    span.text,
                    rows.dumps(span.attrs),
                    span.origin,
                    stamp,
                    stamp,
                ],
            )
            span = replace(span, id=cur.lastrowid)
            if log:
                self.store.events.append(
                    span.annotator,
                    span.document_id,
                    "span.add",
                    {"span": span_payload(span)},
                    undoes,
                )
        return span

    def _require_span(self, expected: Span) -> None:
        current = self.span(expected.id)
        if current is None:
            raise ConflictError(f"span {expected.id} was deleted in another window")
        if current != expected:
            raise ConflictError(f"span {expected.id} was changed in another window")

    def update_span(
        self, expected: Span, changes: Mapping[str, Any], undoes: int | None = None
    ) -> Span:
        """Change label, attrs or offsets (start/end/text together) of a span."""
        from annotator.store.project import now

        allowed = {"label", "attrs", "start", "end", "text", "origin"}
        if set(changes) - allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)}")
        new = replace(expected, **changes)
        if {"start", "end", "text"} & set(changes):
            check_span_offsets(self._text(expected.document_id), new)
        with self.store.atomic():
            self._require_span(expected)
            self.conn.execute(
                "UPDATE spans SET label=?, start=?, end=?, text=?, attrs=?, origin=?, "
                "version=version+1, updated_at=? WHERE id=?",
                [
                    new.label,
                    new.start,
                    new.end,
                    new.text,
                    rows.dumps(new.attrs),
                    new.origin,
                    now(),
                    new.id,
                ],
            )
            self.store.events.append(
                new.annotator,
                new.document_id,
                "span.update",
                {"before": span_payload(expected), "after": span_payload(new)},
                undoes,
            )
        return new

    def delete_span(self, expected: Span, undoes: int | None = None) -> list[Relation]:
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
                expected.annotator,
                expected.document_id,
                "span.delete",
                {"span": span_payload(expected), "relations": [asdict(r) for r in rels]},
                undoes,
            )
        return rels

    def add_relation(self, rel: Relation, log: bool = True, undoes: int | None = None) -> Relation:
        from annotator.store.project import now

        if (rel.tail is None) == (rel.tail_entity is None):
            raise ValueError("a relation needs exactly one tail: a span or an entity")
        with self.store.atomic():
            for span_id in (rel.head, rel.tail):
                if span_id is not None and self.span(span_id) is None:
                    raise ConflictError(f"span {span_id} was deleted in another window")
            cur = self.conn.execute(
                "INSERT INTO relations (id, document_id, annotator_id, type, head_span_id, "
                "tail_span_id, tail_entity_id, created_at) VALUES (?,?,?,?,?,?,?,?)",
                [
                    rel.id,
                    rel.document_id,
                    self.store.annotator_id(rel.annotator),
                    rel.type,
                    rel.head,
                    rel.tail,
                    rel.tail_entity,
                    now(),
                ],
            )
            rel = replace(rel, id=cur.lastrowid)
            if log:
                self.store.events.append(
                    rel.annotator,
                    rel.document_id,
                    "relation.add",
                    {"relation": asdict(rel)},
                    undoes,
                )
        return rel

    def delete_relation(self, expected: Relation, undoes: int | None = None) -> None:
        with self.store.atomic():
            if self.relation(expected.id) != expected:
                raise ConflictError(f"relation {expected.id} was changed in another window")
            self.conn.execute("DELETE FROM relations WHERE id = ?", [expected.id])
            self.store.events.append(
                expected.annotator,
                expected.document_id,
                "relation.delete",
                {"relation": asdict(expected)},
                undoes,
            )

    def add_spans_bulk(self, spans: Iterable[Span], action: str = "spans.import") -> int:
        """Insert many spans at once (imports, benchmarks): offsets checked, one
        event per document instead of one per span. Call inside ``store.atomic()``."""
        from annotator.store.project import now

        stamp = now()
        texts: dict[int, str] = {}
        per_doc: dict[tuple[int, str], int] = {}
        params = []
        for span in spans:
            if span.document_id not in texts:
                texts[span.document_id] = self._text(span.document_id)
            check_span_offsets(texts[span.document_id], span)
            key = (span.document_id, span.annotator)
            per_doc[key] = per_doc.get(key, 0) + 1
            params.append(
                [
                    span.document_id,
                    self.store.annotator_id(span.annotator),
                    span.label,
                    span.start,
                    span.end,
                    span.text,
                    rows.dumps(span.attrs),
                    span.origin,
                    stamp,
                    stamp,
                ]
            )
        self.conn.executemany(
            "INSERT INTO spans (document_id, annotator_id, label, start, end, text, attrs, "
            "origin, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,1,?,?)",
            params,
        )
        for (doc_id, annotator), n in per_doc.items():
            self.store.events.append(annotator, doc_id, action, {"count": n})
        return len(params)

    def span_counts(self, document_ids: Iterable[int], annotator: str) -> dict[int, int]:
        ids = list(document_ids)
        if not ids:
            return {}
        q = ",".join("?" * len(ids))
        return dict(
            self.conn.execute(
                f"SELECT s.document_id, count(*) {SPAN_FROM} WHERE a.name = ? "
                f"AND s.document_id IN ({q}) GROUP BY s.document_id",
                [annotator, *ids],
            ).fetchall()
        )
