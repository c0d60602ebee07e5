"""What engines produce and receive."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from annotator.core.learned import TrainedModel
from annotator.core.model import Document, Entity, Span


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


@dataclass(frozen=True)
class SuggestContext:
    """What an engine may use besides the text."""

    anchor: str = ""  # the article's publication date (ISO), for relative dates
    entities: tuple[Entity, ...] = ()  # the project's speaker registry
    spans: tuple[Span, ...] = ()  # the annotator's spans already in the document
    earlier: tuple[Suggestion, ...] = ()  # suggestions of engines that ran before
    model: TrainedModel | None = None  # the project's trained model for the text's language


class Engine(ABC):
    name: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        """Suggestions for ``doc``, each with text == doc.text[start:end]."""
