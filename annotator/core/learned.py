"""A statistical suggestion model trained on a project's own annotations (issue 10).

The model itself is opaque bytes (a spaCy pipeline's ``to_bytes()``); this record is
what the store keeps, the services train and the ``learned`` engine reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class TrainedModel:
    """One language's model: the labels it tags, when it was trained, on how many
    articles, the serialized pipeline and the figures measured on held-out articles
    (``{"SPEAKER": {"exact": {"p":..,"r":..,"f1":..}, "overlap": {...}}, ...}``).
    ``data`` is empty when only the description was read."""

    lang: str
    labels: tuple[str, ...]
    trained_at: str
    articles: int
    data: bytes = b""
    figures: Mapping[str, Any] = field(default_factory=dict)
    size: int = 0  # len(data) as stored, also known when data was not read

    @property
    def key(self) -> tuple[str, str, int]:
        """Identifies this training run (for caches of the loaded pipeline)."""
        return (self.lang, self.trained_at, self.size or len(self.data))
