"""sqlite_utils, imported without its optional pandas and numpy.

sqlite_utils imports pandas and numpy at module level whenever they are installed, only
to map their scalar types to column types (we never insert such values). That costs
about 0.45 s and 70 MiB, so while sqlite_utils is being imported both are made to look
absent; they stay importable for everyone afterwards. A process that has already
imported them keeps them (nothing is hidden then). Only a migration needs this module
(store/migrations.py): an up-to-date project opens without sqlite_utils.
"""

from __future__ import annotations

import sys
from types import ModuleType

_HIDDEN = ("pandas", "numpy")


def _import_sqlite_utils() -> ModuleType:
    """Import sqlite_utils with pandas and numpy hidden unless they are already loaded."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


_sqlite_utils = _import_sqlite_utils()
Database = _sqlite_utils.Database
Migrations = _sqlite_utils.Migrations

__all__ = ["Database", "Migrations"]
