"""What engines produce and receive."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from annotator.core.learned import TrainedModel
from annotator.core.model import Document, Entity, Span
from annotator.core.registry import check_contract


@dataclass(frozen=True, slots=True)
class SuggestedLink:
    """A relation from the suggestion (head) to a tail given by its offsets: another
    suggestion of the same run or a span already in the document."""

    type: str  # "said_by" or "dated"
    tail_start: int
    tail_end: int
    tail_label: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    start: int  # code points into Document.text, half-open
    end: int
    label: str
    text: str  # == document.text[start:end]
    engine: str
    rule: str  # which rule produced it (for the analyst and for evaluation)
    attrs: Mapping[str, Any] = field(default_factory=dict)
    links: tuple[SuggestedLink, ...] = ()
    confidence: float = 1.0  # the engine's own estimate, 0..1 (for sorting and export)


@dataclass(frozen=True)
class SuggestContext:
    """What an engine may use besides the text."""

    anchor: str = ""  # the article's publication date (ISO), for relative dates
    entities: tuple[Entity, ...] = ()  # the project's speaker registry
    spans: tuple[Span, ...] = ()  # the annotator's spans already in the document
    earlier: tuple[Suggestion, ...] = ()  # suggestions of engines that ran before
    model: TrainedModel | None = None  # the project's trained model for the text's language


class Engine(ABC):
    """One suggestion engine. Subclass it, declare the facts below as class attributes,
    implement :meth:`suggest`, and register the class (an ``annotator.engines`` entry
    point, see docs/plugins.md). ``annotator suggest`` creates one instance per run."""

    #: The engine's name (``annotator suggest --engines NAME``); equals the registered name.
    name: ClassVar[str]
    #: One line for ``annotator suggest --list``.
    description: ClassVar[str]
    #: The labels of the spans it suggests (each Suggestion's label is one of them).
    labels: ClassVar[tuple[str, ...]]
    #: Engines whose suggestions this one reads in ``context.earlier``; it runs after
    #: them (an engine named here that is not registered is ignored).
    after: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        """Suggestions for ``doc``, each with text == doc.text[start:end], start < end,
        offsets in code points, ``engine`` == ``self.name`` and a label of ``labels``."""


ENGINE_FACTS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "description": str,
    "labels": tuple,
    "after": tuple,
}


def check_engine(name: str, cls: object) -> str:
    """ "" when ``cls`` fulfils the engine contract under ``name``, else why not."""
    problem = check_contract(name, cls, ENGINE_FACTS, Engine)
    if problem:
        return problem
    assert isinstance(cls, type)
    if not cls.description or not cls.labels:
        return "needs a description and at least one label"
    if getattr(cls, "__abstractmethods__", None):
        return "does not implement suggest()"
    return ""


def run_order(engines: dict[str, type[Engine]]) -> list[str]:
    """Engine names so that each runs after the engines it names in ``after``;
    otherwise alphabetical. A cycle is broken alphabetically (never an error)."""
    pending = sorted(engines)
    done: list[str] = []
    while pending:
        ready = [
            n
            for n in pending
            if all(a in done or a not in engines or a == n for a in engines[n].after)
        ]
        pick = ready[0] if ready else pending[0]
        done.append(pick)
        pending.remove(pick)
    return done
