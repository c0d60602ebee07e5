"""Exceptions raised inside ``annotator.io``.

Readers never let these escape for bad input: they turn them into ``BadRecord``
values. They exist so that helpers (decoding, format lookup) can report a
problem in one clear line.
"""

from __future__ import annotations


class DecodeProblem(Exception):
    """Bytes that cannot be turned into text, with a one-line explanation.

    ``line`` is the 1-based line of the problem when known, else 0 (whole file).
    """

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message


class UnknownFormat(KeyError):
    """An import format name that no importer has. ``str()`` is the plain message
    (a bare ``KeyError`` would wrap it in quotes)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
