"""The project store: the ONLY package that talks to SQLite (docs/architecture.md, "Storage")."""

from annotator.store.errors import BusyError, DamagedProjectError, explain_database_error
from annotator.store.project import ConflictError, ProjectStore, StoreError, open_store

__all__ = [
    "BusyError",
    "ConflictError",
    "DamagedProjectError",
    "ProjectStore",
    "StoreError",
    "explain_database_error",
    "open_store",
]
