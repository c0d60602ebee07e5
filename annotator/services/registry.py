"""The speaker registry, for the GUI's pickers (matching is folded: any script)."""

from __future__ import annotations

from annotator.core.model import Entity
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore


def find_entities(store: Project | ProjectStore, query: str, limit: int = 50) -> list[Entity]:
    """Entities with a name or alias containing ``query`` (پوتین finds بوتين)."""
    store = store_of(store)
    return store.entities.find(query, limit)


def entity(store: Project | ProjectStore, entity_id: int) -> Entity:
    """The entity with ``entity_id``; KeyError if the registry has none."""
    store = store_of(store)
    return store.entities.get(entity_id)
