"""Pre-annotation engines (docs/architecture.md, "Layers"): ``suggest(doc, context)`` yields
Suggestions with offsets into the original text. Engines register themselves."""

from __future__ import annotations

import importlib
import pkgutil

from annotator.suggest.base import Engine, SuggestContext, SuggestedLink, Suggestion

ENGINES: dict[str, type[Engine]] = {}
ORDER = ("dates", "speakers", "claims")  # later engines see earlier suggestions


def register(cls: type[Engine]) -> type[Engine]:
    ENGINES[cls.name] = cls
    return cls


def _load_builtin() -> None:
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base" and not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")


def engine_names() -> list[str]:
    _load_builtin()
    return sorted(ENGINES, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def get_engine(name: str) -> Engine:
    _load_builtin()
    try:
        return ENGINES[name]()
    except KeyError:
        raise KeyError(f"unknown engine {name!r}; known: {', '.join(engine_names())}") from None


__all__ = [
    "ENGINES",
    "Engine",
    "SuggestContext",
    "SuggestedLink",
    "Suggestion",
    "engine_names",
    "get_engine",
    "register",
]
