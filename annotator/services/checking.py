"""Verify a project file: SQLite integrity, document hashes, every span's text."""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.model import text_sha256
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore


def check_project(
    store: Project | ProjectStore, progress: Callable[[int, int], None] | None = None
) -> list[str]:
    """Problems found, one line each naming the document and span; [] when sound."""
    store = store_of(store)
    problems = list(store.integrity_problems())
    total = store.documents.count()
    for n, doc in enumerate(store.documents.iter_all(), 1):
        if text_sha256(doc.text) != doc.text_sha256:
            problems.append(f"document {doc.ext_id}: text does not match its SHA-256")
        for span in store.annotations.spans(doc.id):
            try:
                check_span_offsets(doc.text, span)
            except OffsetError as exc:
                problems.append(f"document {doc.ext_id}: {exc}")
        for rel in store.annotations.relations(doc.id):
            head = store.annotations.span(rel.head)
            if head is None or head.document_id != doc.id:
                problems.append(f"document {doc.ext_id}: relation {rel.id} head is not here")
        if progress:
            progress(n, total)
    return problems
