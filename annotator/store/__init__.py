"""The project store: the ONLY package that talks to SQLite (docs/architecture.md, "Storage")."""

from annotator.store.project import ConflictError, ProjectStore, StoreError, open_store

__all__ = ["ConflictError", "ProjectStore", "StoreError", "open_store"]
