"""Checks of the offset contract (docs/architecture.md, "Offset contract")."""

from __future__ import annotations

from annotator.core.model import Span


class OffsetError(ValueError):
    """A span whose offsets or text do not fit its document."""


def check_offsets(text: str, start: int, end: int, span_text: str, what: str = "span") -> None:
    """Raise OffsetError unless ``0 <= start < end <= len(text)`` and
    ``text[start:end] == span_text``."""
    if not (0 <= start < end <= len(text)):
        raise OffsetError(
            f"{what}: offsets [{start}, {end}) out of range for a text of {len(text)} characters"
        )
    if text[start:end] != span_text:
        raise OffsetError(
            f"{what}: text at [{start}, {end}) is {text[start:end]!r}, not {span_text!r}"
        )


def check_span_offsets(text: str, span: Span) -> None:
    check_offsets(text, span.start, span.end, span.text, f"span {span.id or '(new)'}")
