"""The test plugin (tests/plugin_pkg) put on sys.path, and the registries reloaded so
that importlib.metadata sees its entry points; and taken away again."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.io.exporters import exporters
from annotator.io.importers import importers
from annotator.io.layers import layer_importers
from annotator.suggest import engines

PLUGIN_DIR = Path(__file__).resolve().parent / "plugin_pkg"
REGISTRIES = (exporters, layer_importers, importers, engines)


def _reload() -> None:
    importlib.invalidate_caches()
    for registry in REGISTRIES:
        registry.reload()


@contextmanager
def plugin_installed() -> Iterator[None]:
    """The registries as they are with the test plugin installed."""
    sys.path.insert(0, str(PLUGIN_DIR))
    _reload()
    try:
        yield
    finally:
        sys.path.remove(str(PLUGIN_DIR))
        _reload()


def plugin_env() -> dict[str, str]:
    """The environment of a subprocess that has the test plugin installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PLUGIN_DIR), env.get("PYTHONPATH")) if p)
    return env
