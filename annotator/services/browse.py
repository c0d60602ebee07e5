"""Browsing a project: filtered document lists and progress, for the GUI's document list.

Thin and Qt-free: the GUI calls these instead of reaching into the store, so the
document list can be driven (and tested) without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.store import ProjectStore
from annotator.store.listing import DocRow

__all__ = ["DocRow", "ProjectStore", "document_ids", "document_rows", "progress"]


def document_ids(
    store: ProjectStore,
    annotator: str,
    status: str | None = None,
    label: str | None = None,
    query: str | None = None,
) -> list[int]:
    """Ids (in id order) of the documents matching every filter given: ``annotator``'s
    status ("todo", "in_progress", "done", "skipped"; untouched documents are "todo"),
    a span label used by ``annotator``, and a folded full-text search ``query``."""
    return store.listing.ids(annotator, status or None, label or None, query or None)


def document_rows(store: ProjectStore, ids: Sequence[int], annotator: str) -> list[DocRow]:
    """The list rows (title, language, source, status, span count) for ``ids``."""
    return store.listing.rows(ids, annotator)


def progress(store: ProjectStore, annotator: str) -> tuple[int, int]:
    """(done, total) documents for ``annotator``."""
    counts = store.status.counts(annotator)
    return counts["done"], sum(counts.values())
