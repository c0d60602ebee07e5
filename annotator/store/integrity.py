"""What ``annotator check`` reads: every document with its spans' positions and the
relations whose head is not in it, streamed in document order.

Three queries read side by side (documents, spans, misplaced relations), each walked
once in document id order, so the number of statements does not grow with the number
of documents and memory holds one document's spans at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.store.documents import PUBLISHED

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore

#: (span id, start, end, text) as stored.
SpanSlice = tuple[int, int, int, str]


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One published document as ``check`` needs it.

    ``spans``: every span of the document (all layers), in span id order.
    ``stray_relations``: ids of its relations whose head span is missing or belongs
    to another document."""

    id: int
    ext_id: str
    text: str
    text_sha256: str
    spans: list[SpanSlice]
    stray_relations: list[int]


def iter_check_rows(store: ProjectStore) -> Iterator[CheckRow]:
    """Every published document in id order with its spans and stray relations, read
    in one snapshot (a read transaction, unless the caller already holds one), so a
    window saving meanwhile cannot make a sound project look damaged."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        docs = conn.execute(
            f"SELECT id, ext_id, text, text_sha256 FROM documents WHERE {PUBLISHED} ORDER BY id"
        )
        spans = conn.execute(
            'SELECT document_id, id, start, "end", text FROM spans ORDER BY document_id, id'
        )
        strays = conn.execute(
            "SELECT r.document_id, r.id FROM relations r "
            "LEFT JOIN spans h ON h.id = r.head_span_id "
            "WHERE h.id IS NULL OR h.document_id IS NOT r.document_id "
            "ORDER BY r.document_id, r.id"
        )
        span = next(spans, None)
        stray = next(strays, None)
        for doc_id, ext_id, text, sha in docs:
            found: list[SpanSlice] = []
            while span is not None and span[0] <= doc_id:
                if span[0] == doc_id:  # spans of unpublished documents are passed over
                    found.append(span[1:])
                span = next(spans, None)
            bad: list[int] = []
            while stray is not None and stray[0] <= doc_id:
                if stray[0] == doc_id:
                    bad.append(stray[1])
                stray = next(strays, None)
            yield CheckRow(doc_id, ext_id, text, sha, found, bad)
    finally:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
