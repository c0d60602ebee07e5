"""Importers of annotations made with other tools (brat, doccano, Label Studio, XMI,
CoNLL, spaCy, Parquet, our JSONL), found by name through the ``layer_importers``
registry. Each yields AnnotatedDocument values whose span and relation ids are LOCAL to
the record; the services layer stores them.

The built-ins are entry-point lines, the same lines a third party writes under
``[project.entry-points."annotator.layer_importers"]`` (docs/plugins.md)."""

from __future__ import annotations

from annotator.core.registry import Registry, RegistryError
from annotator.io.layers.base import LayerImporter, LayerOptions, check_layer_importer

GROUP = "annotator.layer_importers"

BUILTINS = (
    "jsonl = annotator.io.layers.jsonl:JsonlLayerImporter",
    "brat = annotator.io.layers.brat:BratLayerImporter",
    "doccano = annotator.io.layers.doccano:DoccanoLayerImporter",
    "labelstudio = annotator.io.layers.labelstudio:LabelStudioLayerImporter",
    "conll = annotator.io.layers.conll:ConllLayerImporter",
    "spacy = annotator.io.layers.spacy:SpacyLayerImporter",
    "parquet = annotator.io.layers.parquet:ParquetLayerImporter",
    "xmi = annotator.io.layers.xmi:XmiLayerImporter",
)

layer_importers: Registry[type[LayerImporter]] = Registry(
    "annotation format", GROUP, builtins=BUILTINS, check=check_layer_importer
)


def get_layer_importer(name: str) -> LayerImporter:
    """A new importer of annotation format ``name``; RegistryError (a KeyError, one
    line listing the known formats) when there is none."""
    return layer_importers.get(name)()


def layer_formats() -> list[str]:
    """The registered annotation format names, alphabetical."""
    return layer_importers.names()


__all__ = [
    "GROUP",
    "LayerImporter",
    "LayerOptions",
    "RegistryError",
    "get_layer_importer",
    "layer_formats",
    "layer_importers",
]
