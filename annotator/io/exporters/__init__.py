"""Exporters, found by name through the ``exporters`` registry.

Every format, built in or from another package, is a class fulfilling the contract of
:class:`annotator.io.exporters.base.Exporter`, registered under its name. The built-ins
are listed below as entry-point lines, the same lines a third party puts in its
``pyproject.toml`` under ``[project.entry-points."annotator.exporters"]``
(docs/plugins.md); they are loaded through the same door, on the first lookup."""

from __future__ import annotations

from annotator.core.registry import Registry, RegistryError
from annotator.io.exporters.base import Exporter, ExportError, MissingExtra, check_exporter

GROUP = "annotator.exporters"

BUILTINS = (
    "jsonl = annotator.io.exporters.jsonl:JsonlExporter",
    "brat = annotator.io.exporters.brat:BratExporter",
    "doccano = annotator.io.exporters.doccano:DoccanoExporter",
    "doccano-rel = annotator.io.exporters.doccano:DoccanoRelExporter",
    "labelstudio = annotator.io.exporters.labelstudio:LabelStudioExporter",
    "conll = annotator.io.exporters.conll:ConllExporter",
    "spacy = annotator.io.exporters.spacy:SpacyExporter",
    "parquet = annotator.io.exporters.parquet:ParquetExporter",
    "xmi = annotator.io.exporters.xmi:XmiExporter",
    "claims = annotator.io.exporters.claims:ClaimsCsvExporter",
    "claims-xlsx = annotator.io.exporters.claims:ClaimsXlsxExporter",
)

exporters: Registry[type[Exporter]] = Registry(
    "export format", GROUP, builtins=BUILTINS, check=check_exporter
)


def export_formats() -> list[str]:
    """The registered export format names, alphabetical."""
    return exporters.names()


def get_exporter(name: str) -> Exporter:
    """A new exporter of format ``name``; RegistryError (a KeyError, one line listing
    the known formats) when there is none."""
    return exporters.get(name)()


__all__ = [
    "GROUP",
    "ExportError",
    "Exporter",
    "MissingExtra",
    "RegistryError",
    "export_formats",
    "exporters",
    "get_exporter",
]
