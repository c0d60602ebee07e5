"""The CoNLL exporter's per-document code as it was before issue 13's speed work
(one ``(token, tag)`` tuple and one f-string per token, an ``any()`` per span pair).

Kept as the reference tests/test_conll_golden.py compares the fast exporter with:
the same lines, byte for byte, on any text and any spans."""

from __future__ import annotations

import bisect

from annotator.core.model import Span
from annotator.io.exporters.conll import DOCSTART, _rank
from annotator.text.tokens import sentences as sentence_ranges
from annotator.text.tokens import tokenize


def _cut_tokens(tokens: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """Split tokens at every offset in ``cuts`` (sorted) that falls strictly inside one."""
    starts = [a for a, _ in tokens]
    inside: dict[int, list[int]] = {}  # token index -> the cuts strictly inside it
    for cut in cuts:
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and tokens[i][0] < cut < tokens[i][1]:
            inside.setdefault(i, []).append(cut)
    if not inside:
        return tokens
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(tokens):
        for cut in inside.get(i, ()):
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def old_choose_spans(spans) -> tuple[list[Span], list[Span]]:
    order = sorted(spans, key=lambda s: (_rank(s.label), s.start, -(s.end - s.start)))
    kept: list[Span] = []
    dropped: list[Span] = []
    for span in order:
        if any(span.start < k.end and k.start < span.end for k in kept):
            dropped.append(span)
        else:
            kept.append(span)
    kept.sort(key=lambda s: s.start)
    return kept, dropped


def _old_boundaries(tokens, tags, text) -> list[int]:
    ends = [b for _, b in tokens]
    out: list[int] = []
    last = len(tokens) - 1
    for _, e in sentence_ranges(text):
        k = bisect.bisect_right(ends, e) - 1
        if (
            0 <= k < last
            and tokens[k + 1][0] >= e
            and not tags[k + 1].startswith("I-")
            and (not out or out[-1] != k)
        ):
            out.append(k)
    if last >= 0 and (not out or out[-1] != last):
        out.append(last)
    return out


def old_document_sentences(text: str, kept: list[Span]):
    cuts = sorted({s.start for s in kept} | {s.end for s in kept})
    tokens = _cut_tokens(tokenize(text), cuts)
    tags = ["O"] * len(tokens)
    starts = [a for a, _ in tokens]
    uncovered: list[Span] = []
    for span in kept:
        i = bisect.bisect_left(starts, span.start)
        if i > 0 and tokens[i - 1][1] > span.start:
            i -= 1
        first = True
        while i < len(tokens) and tokens[i][0] < span.end:
            tags[i] = ("B-" if first else "I-") + span.label
            first = False
            i += 1
        if first:
            uncovered.append(span)
    words = [text[a:b] for a, b in tokens]
    sentences = []
    begin = 0
    for k in _old_boundaries(tokens, tags, text):
        sentences.append(list(zip(words[begin : k + 1], tags[begin : k + 1], strict=True)))
        begin = k + 1
    return sentences, uncovered


def old_document_text(text: str, spans) -> tuple[str, list[Span]]:
    """One document as the old exporter wrote it (DOCSTART block included), and the
    spans it dropped (overlapping first, then token-less)."""
    kept, dropped = old_choose_spans(spans)
    sentences, uncovered = old_document_sentences(text, kept)
    out = [f"{DOCSTART}\tO\n\n"]
    for sentence in sentences:
        out.append("".join(f"{tok}\t{tag}\n" for tok, tag in sentence))
        out.append("\n")
    return "".join(out), [*dropped, *uncovered]


def assert_same_as_old(text: str, spans) -> None:
    """The fast exporter's block for ``text`` and ``spans`` (the spans it keeps, then
    those it drops) is exactly the old code's."""
    from annotator.io.exporters.conll import choose_spans, document_block

    old, old_dropped = old_document_text(text, spans)
    kept, dropped = choose_spans(spans)
    block, uncovered = document_block(text, kept)
    assert "-DOCSTART-\tO\n\n" + block == old
    assert [*dropped, *uncovered] == old_dropped
