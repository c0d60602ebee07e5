"""The one place where stored code-point offsets meet Qt positions (docs/architecture.md).

``QTextDocument.setPlainText`` counts UTF-16 units (a character above U+FFFF takes
two positions), turns ``\\r\\n``, a lone ``\\r``, ``\\n`` and U+2029 into ONE block
separator each and silently drops a leading BOM; everything else maps 1:1. This
module has no Qt import so that the mapping can be tested on any text.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left


class QtOffsets:
    """Bidirectional map between code points of ``text`` and positions of a
    QTextDocument built with ``setPlainText(text)``."""

    __slots__ = ("_qt", "length", "qt_length", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text)
        simple = (
            "\r" not in text
            and not text.startswith("\ufeff")
            and (not text or max(text) <= "\uffff")
        )
        if simple:
            self._qt: array | None = None
            self.qt_length = self.length
            return
        qt = array("i", [0]) * (self.length + 1)
        pos = 0
        for i, ch in enumerate(text):
            qt[i] = pos
            if i == 0 and ch == "\ufeff":
                continue  # dropped by Qt
            if ch == "\r" and i + 1 < self.length and text[i + 1] == "\n":
                continue  # \r\n: the \n takes the single separator position
            pos += 2 if ord(ch) > 0xFFFF else 1
        qt[self.length] = pos
        self._qt = qt
        self.qt_length = pos

    def to_qt(self, cp: int) -> int:
        """Qt position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not 0 <= cp <= self.length:
            raise IndexError(f"offset {cp} outside 0..{self.length}")
        return cp if self._qt is None else self._qt[cp]

    def to_cp(self, pos: int) -> int:
        """Code-point offset of Qt position ``pos`` (clamped to the text)."""
        pos = max(0, min(pos, self.qt_length))
        if self._qt is None:
            return pos
        cp = bisect_left(self._qt, pos)
        if cp == 0 and self.text.startswith("\ufeff") and self.length > 0:
            cp = 1 if pos == 0 and self.length > 1 else cp
        return cp

    def range_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def range_to_cp(self, start: int, end: int) -> tuple[int, int]:
        if start > end:
            start, end = end, start
        return self.to_cp(start), self.to_cp(end)
