"""Importers of annotations made with other tools (brat, doccano, Label Studio, XMI,
CoNLL, spaCy, our JSONL), found by name. Each yields AnnotatedDocument values whose
span and relation ids are LOCAL to the record; the services layer stores them."""

from __future__ import annotations

from annotator.io.layers.base import LayerImporter, LayerOptions

LAYER_IMPORTERS: dict[str, type[LayerImporter]] = {}


def register(cls: type[LayerImporter]) -> type[LayerImporter]:
    """Class decorator: make ``cls`` available under ``cls.name``."""
    LAYER_IMPORTERS[cls.name] = cls
    return cls


def get_layer_importer(name: str) -> LayerImporter:
    _load_builtin()
    try:
        return LAYER_IMPORTERS[name]()
    except KeyError:
        known = ", ".join(sorted(LAYER_IMPORTERS))
        raise KeyError(f"unknown annotation format {name!r}; known: {known}") from None


def layer_formats() -> list[str]:
    _load_builtin()
    return sorted(LAYER_IMPORTERS)


def _load_builtin() -> None:
    """Import the format modules so their @register runs (each is optional: a
    format whose module is absent is simply not offered)."""
    import importlib
    import pkgutil

    import annotator.io.layers as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name != "base":
            importlib.import_module(f"{pkg.__name__}.{info.name}")


__all__ = [
    "LAYER_IMPORTERS",
    "LayerImporter",
    "LayerOptions",
    "get_layer_importer",
    "layer_formats",
    "register",
]
