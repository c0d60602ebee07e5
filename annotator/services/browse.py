"""Browsing a project: filtered document lists and progress, for the GUI's document list.

Thin and Qt-free: the GUI calls these instead of reaching into the store, so the
document list can be driven (and tested) without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.services.project import Project, store_of
from annotator.store import ProjectStore
from annotator.store.documents import SearchHit
from annotator.store.listing import DocRow

__all__ = ["DocRow", "SearchHit", "document_ids", "document_rows", "progress", "search"]


def document_ids(
    store: Project | ProjectStore,
    layer: str,
    status: str | None = None,
    label: str | None = None,
    query: str | None = None,
) -> list[int]:
    """Ids (in id order) of the documents matching every filter given: ``layer``'s
    status ("todo", "in_progress", "done", "skipped"; untouched documents are "todo"),
    a span label used by ``layer``, and a folded full-text search ``query``."""
    store = store_of(store)
    return store.listing.ids(layer, status or None, label or None, query or None)


def document_rows(store: Project | ProjectStore, ids: Sequence[int], layer: str) -> list[DocRow]:
    """The list rows (title, language, source, status, span count) for ``ids``."""
    store = store_of(store)
    return store.listing.rows(ids, layer)


def progress(store: Project | ProjectStore, layer: str) -> tuple[int, int]:
    """(done, total) documents for ``layer``."""
    store = store_of(store)
    counts = store.status.counts(layer)
    return counts["done"], sum(counts.values())


def search(store: Project | ProjectStore, query: str, limit: int = 20) -> list[SearchHit]:
    """Documents whose folded text holds every word of ``query``, with the exact
    code-point ranges of each match (پوتین finds بوتين; harakat, ZWNJ ignored)."""
    return store_of(store).documents.search(query, limit)
