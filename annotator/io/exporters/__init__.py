"""Exporters, found by name (docs/architecture.md, "Layers": io is a registry of formats).

Each format lives in its own module here and registers itself with ``@register``;
a format whose optional library is missing raises ``MissingExtra`` when used."""

from __future__ import annotations

import importlib
import pkgutil

from annotator.io.exporters.base import Exporter, ExportError, MissingExtra

EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    EXPORTERS[cls.name] = cls
    return cls


def _load_builtin() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")


def export_formats() -> list[str]:
    _load_builtin()
    return sorted(EXPORTERS)


def get_exporter(name: str) -> Exporter:
    _load_builtin()
    try:
        return EXPORTERS[name]()
    except KeyError:
        known = ", ".join(sorted(EXPORTERS))
        raise KeyError(f"unknown export format {name!r}; known: {known}") from None


__all__ = [
    "EXPORTERS",
    "ExportError",
    "Exporter",
    "MissingExtra",
    "export_formats",
    "get_exporter",
    "register",
]
