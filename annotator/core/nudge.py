"""Move a span's edges in VISUAL terms (the analyst's left and right on screen).

In an RTL article the left edge on screen is the span's logical end, so "move the
left edge left" extends the end forward; in an LTR article it is the start.
Steps are whole words (tokens) or single grapheme clusters.
"""

from __future__ import annotations

from annotator.text.tokens import grapheme_bounds, tokenize


def _word_step(text: str, pos: int, forward: bool, is_end: bool) -> int:
    """The next word boundary of the same kind: token ends for an end edge,
    token starts for a start edge."""
    bounds = [e if is_end else s for s, e in tokenize(text)]
    if forward:
        later = [b for b in bounds if b > pos]
        return min(later) if later else pos
    earlier = [b for b in bounds if b < pos]
    return max(earlier) if earlier else pos


def _char_step(text: str, pos: int, forward: bool, is_end: bool) -> int:
    if forward:
        if pos >= len(text):
            return pos
        return grapheme_bounds(text, pos, pos + 1)[1]
    if pos <= 0:
        return pos
    return grapheme_bounds(text, pos - 1, pos - 1)[0] if pos - 1 > 0 else 0


def nudge(
    text: str,
    start: int,
    end: int,
    edge: str,
    towards: str,
    direction: str,
    by_word: bool = True,
) -> tuple[int, int]:
    """New ``(start, end)`` after moving the ``edge`` ("left"/"right" on screen)
    one step ``towards`` "left" or "right". Never empties the span."""
    if edge not in ("left", "right") or towards not in ("left", "right"):
        raise ValueError("edge and towards are 'left' or 'right'")
    rtl = direction == "rtl"
    moves_end = (edge == "left") == rtl  # which logical edge is on that side
    forward = (towards == "left") == rtl  # logical direction of the move
    step = _word_step if by_word else _char_step
    if moves_end:
        new_end = step(text, end, forward, True)
        return (start, new_end) if new_end > start else (start, end)
    new_start = step(text, start, forward, False)
    return (new_start, end) if new_start < end else (start, end)
