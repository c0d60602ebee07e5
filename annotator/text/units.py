"""Offset units at the boundaries of the app (docs/architecture.md, "Offset contract").

Stored offsets are Unicode code points (Python ``str`` indices). Other tools count
differently: doccano and Label Studio count JavaScript string positions (UTF-16 code
units: a character above U+FFFF takes 2), some count user-perceived characters
(grapheme clusters: a letter with its harakat, an emoji ZWJ sequence or ``\\r\\n`` is
one). ``OffsetConverter`` maps one text's offsets between code points and another unit,
and refuses offsets that fall inside a character or a cluster instead of rounding them.

Standard library only; grapheme clusters come from ``annotator.text.tokens``.
"""

from __future__ import annotations

from bisect import bisect_left

from annotator.text.tokens import grapheme_bounds

CODEPOINT = "codepoint"
UTF16 = "utf16"
GRAPHEME = "grapheme"
UNITS = (CODEPOINT, UTF16, GRAPHEME)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what JavaScript's ``length`` says)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def grapheme_starts(text: str) -> list[int]:
    """Code-point index of every grapheme cluster start, plus ``len(text)`` at the end."""
    starts = [0] if text else []
    pos = 0
    while pos < len(text):
        pos = grapheme_bounds(text, pos, pos + 1)[1]
        starts.append(pos)
    return starts or [0]


class OffsetConverter:
    """Converts offsets of one text between code points and ``unit``.

    ``to_codepoint`` and ``from_codepoint`` raise ``ValueError`` (one line) for an
    offset out of range or one that does not fall on a boundary of both units (the
    middle of a surrogate pair, the middle of a grapheme cluster).
    """

    def __init__(self, text: str, unit: str) -> None:
        if unit not in UNITS:
            raise ValueError(f"unknown offset unit {unit!r}; known: {', '.join(UNITS)}")
        self.text = text
        self.unit = unit
        # bounds[k] = code-point index of the k-th boundary in ``unit``; None = identity
        self._bounds: list[int] | None = None
        self._index: dict[int, int] | None = None
        if unit == UTF16 and utf16_len(text) != len(text):
            units, k = [], 0
            for ch in text:
                units.append(k)
                k += 2 if ord(ch) > 0xFFFF else 1
            units.append(k)
            # cp index i sits at utf16 offset units[i]; invert for lookups
            self._index = {u: i for i, u in enumerate(units)}
            self._utf16 = units
            self._size = k
        elif unit == GRAPHEME:
            self._bounds = grapheme_starts(text)
            self._index = {cp: g for g, cp in enumerate(self._bounds)}
            self._size = len(self._bounds) - 1
        else:
            self._size = len(text)

    @property
    def length(self) -> int:
        """Length of the text in ``unit``."""
        return self._size

    def to_codepoint(self, offset: int) -> int:
        """The code-point index of ``offset`` counted in ``unit``."""
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise ValueError(f"offset {offset!r} is not an integer")
        if not 0 <= offset <= self._size:
            raise ValueError(
                f"offset {offset} is out of range for a text of {self._size} {self.unit} units"
            )
        if self.unit == GRAPHEME:
            assert self._bounds is not None
            return self._bounds[offset]
        if self._index is None:
            return offset
        i = bisect_left(self._utf16, offset)
        if self._utf16[i] != offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
        return i

    def from_codepoint(self, index: int) -> int:
        """The offset in ``unit`` of code-point ``index``."""
        if not 0 <= index <= len(self.text):
            raise ValueError(
                f"offset {index} is out of range for a text of {len(self.text)} characters"
            )
        if self.unit == GRAPHEME:
            assert self._index is not None
            if index not in self._index:
                raise ValueError(f"offset {index} falls inside a grapheme cluster")
            return self._index[index]
        if self._index is None:
            return index
        return self._utf16[index]

    def span_to_codepoints(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` in ``unit`` as code points (``ValueError`` if it cannot be)."""
        a, b = self.to_codepoint(start), self.to_codepoint(end)
        if a > b:
            raise ValueError(f"span [{start}, {end}) ends before it starts")
        return a, b

    def span_from_codepoints(self, start: int, end: int) -> tuple[int, int]:
        """Code-point ``[start, end)`` in ``unit``."""
        return self.from_codepoint(start), self.from_codepoint(end)


def to_codepoint(text: str, offset: int, unit: str) -> int:
    """One-off conversion of ``offset`` (in ``unit``) to a code-point index of ``text``."""
    return OffsetConverter(text, unit).to_codepoint(offset)


def from_codepoint(text: str, index: int, unit: str) -> int:
    """One-off conversion of code-point ``index`` of ``text`` to ``unit``."""
    return OffsetConverter(text, unit).from_codepoint(index)
