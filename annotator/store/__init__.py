"""The project store: the ONLY package that talks to SQLite (DESIGN.md section 3)."""

from annotator.store.project import ConflictError, ProjectStore, StoreError, open_store

__all__ = ["ConflictError", "ProjectStore", "StoreError", "open_store"]
