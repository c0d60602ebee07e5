"""Pre-annotation engines: ``suggest(doc, context)`` yields Suggestions with offsets
into the original text. Engines are found through the ``engines`` registry; the
built-ins are entry-point lines, the same lines a third party writes under
``[project.entry-points."annotator.engines"]`` (docs/plugins.md). They run in the
order their ``after`` facts give (dates and speakers before claims)."""

from __future__ import annotations

from annotator.core.registry import Registry, RegistryError
from annotator.suggest.base import (
    Engine,
    SuggestContext,
    SuggestedLink,
    Suggestion,
    check_engine,
    run_order,
)

GROUP = "annotator.engines"

BUILTINS = (
    "dates = annotator.suggest.dates:DateEngine",
    "speakers = annotator.suggest.speakers:SpeakerEngine",
    "claims = annotator.suggest.claims:ClaimEngine",
    "learned = annotator.suggest.learned:LearnedEngine",
)

engines: Registry[type[Engine]] = Registry(
    "engine", GROUP, builtins=BUILTINS, check=check_engine, order=run_order
)


def engine_names() -> list[str]:
    """The registered engine names in run order."""
    return engines.names()


def get_engine(name: str) -> Engine:
    """A new engine ``name``; RegistryError (a KeyError, one line listing the known
    engines) when there is none."""
    return engines.get(name)()


__all__ = [
    "GROUP",
    "Engine",
    "RegistryError",
    "SuggestContext",
    "SuggestedLink",
    "Suggestion",
    "engine_names",
    "engines",
    "get_engine",
]
