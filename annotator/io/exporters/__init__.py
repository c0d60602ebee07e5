"""Exporters, found by name (DESIGN.md section 1: io is a registry of formats)."""

from __future__ import annotations

from annotator.io.exporters.base import Exporter, ExportError
from annotator.io.exporters.jsonl import JsonlExporter

EXPORTERS: dict[str, type[Exporter]] = {"jsonl": JsonlExporter}


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]()
    except KeyError:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(EXPORTERS)}") from None


__all__ = ["EXPORTERS", "ExportError", "Exporter", "get_exporter"]
