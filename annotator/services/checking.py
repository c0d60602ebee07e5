"""Verify a project file: SQLite integrity, document hashes, every span's text."""

from __future__ import annotations

from collections.abc import Callable

from annotator.core.model import text_sha256
from annotator.core.validate import OffsetError, check_offsets
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore
from annotator.store.integrity import iter_check_rows


def check_project(
    store: Project | ProjectStore, progress: Callable[[int, int], None] | None = None
) -> list[str]:
    """Problems found, one line each naming the document and span; [] when sound.
    Within a document, span problems come in text order, then relation problems."""
    store = store_of(store)
    problems = list(store.integrity_problems())
    total = store.documents.count()
    for n, doc in enumerate(iter_check_rows(store), 1):
        text = doc.text
        if text_sha256(text) != doc.text_sha256:
            problems.append(f"document {doc.ext_id}: text does not match its SHA-256")
        size = len(text)
        bad = [
            (start, -end, span_id, stext)
            for span_id, start, end, stext in doc.spans
            if not 0 <= start < end <= size or text[start:end] != stext
        ]
        for start, neg_end, span_id, stext in sorted(bad):
            try:
                check_offsets(text, start, -neg_end, stext, f"span {span_id}")
            except OffsetError as exc:
                problems.append(f"document {doc.ext_id}: {exc}")
        problems += [
            f"document {doc.ext_id}: relation {rel_id} head is not here"
            for rel_id in doc.stray_relations
        ]
        if progress:
            progress(n, total)
    return problems
