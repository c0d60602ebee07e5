"""Where a range of characters is drawn on a laid-out line, for outlines: in a line
that mixes directions, the x of a range's two logical ends is not its visual extent."""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QTextLine


def visual_extent(line: QTextLine, units: bytes, a: int, b: int) -> tuple[float, float]:
    """The leftmost and rightmost x that the characters ``[a, b)`` of ``line`` occupy
    (positions in the block, whose text is ``units``, UTF-16-LE). The x of the two ends
    is not enough where directions mix: in a right-to-left line the digits of
    ``10 أكتوبر`` are laid out left to right, so the logical start sits between the 1
    and the 0 (an outline drawn from the ends cut through ``10``). Both edges of the
    first and last characters and of the characters on each side of a change of
    direction are measured: the extremes of a range are among them."""
    edges = {a, b - 1}
    previous, last = "", a
    for i in range(a, b):
        kind = _strong_direction(int.from_bytes(units[2 * i : 2 * i + 2], "little"))
        if not kind:
            continue  # a space or punctuation between runs lies between them
        if kind != previous:
            edges |= {last, i}
        previous, last = kind, i
    xs = [line.cursorToX(a)[0], line.cursorToX(b)[0]]
    for i in edges:
        xs += [line.cursorToX(i, edge)[0] for edge in QTextLine.Edge]
    return min(xs), max(xs)


def _strong_direction(unit: int) -> str:
    """ "R" for a right-to-left letter, "L" for a left-to-right letter or any digit
    (digits are laid out left to right), "" for spaces, punctuation and marks."""
    kind = unicodedata.bidirectional(chr(unit))
    if kind in ("R", "AL"):
        return "R"
    if kind in ("L", "EN", "AN"):
        return "L"
    return ""
