"""CoNLL / IOB2 export: ``token<TAB>tag`` lines, one blank line between sentences,
``-DOCSTART-<TAB>O`` (then a blank line) before every document, as in CoNLL-2003.

Tokens come from OUR tokenizer (:func:`annotator.text.tokens.tokenize`); a token is
additionally cut where a kept span starts or ends inside it (``وبوتين`` with a span on
``بوتين`` gives the tokens ``و`` and ``بوتين``), so every kept span keeps its exact
characters. Sentences come from :func:`annotator.text.tokens.sentences`; a
sentence break that would cut a kept span is not made (IOB2 cannot continue an entity
across a blank line).

What IOB2 cannot hold (declared in ``ConllExporter.loses``, shown in the datasheet):

- nested or overlapping spans: they are chosen by :data:`LABEL_PRIORITY` (SPEAKER >
  DATE > CLAIM, then any other label in alphabetical order; for equal labels the
  earlier, then the longer span wins). The others are DROPPED and counted in
  ``self.dropped`` (per label in ``self.dropped_by_label``) with a log warning;
- spans that cover no token (only whitespace or invisible controls): dropped, counted;
- attributes, relations, span ids, document metadata, annotator and status;
- the exact text: whitespace and invisible controls between tokens (RLM, LRM, ZWNJ
  outside words, NBSP, CR/LF) are not written; the importer rebuilds a text by
  joining tokens with single spaces.
"""

from __future__ import annotations

import bisect
import itertools
import logging
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, chain, compress
from operator import add, itemgetter
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Span
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.exporters.base import Exporter, ExportError
from annotator.text.tokens import sentences as sentence_ranges
from annotator.text.tokens import tokenize

log = logging.getLogger(__name__)

#: Which label wins when spans overlap: earlier in this tuple beats later; labels not
#: listed come after, alphabetically. Speakers and dates are short and exact; a claim
#: usually contains them, so keeping the claim would lose both.
LABEL_PRIORITY: tuple[str, ...] = ("SPEAKER", "DATE", "CLAIM")

DOCSTART = "-DOCSTART-"


def _rank(label: str) -> tuple[int, str]:
    try:
        return (LABEL_PRIORITY.index(label), "")
    except ValueError:
        return (len(LABEL_PRIORITY), label)


def choose_spans(spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Split ``spans`` into (kept, dropped): kept spans never overlap; a span is kept
    when no span of higher priority overlaps it (see :data:`LABEL_PRIORITY`)."""
    order = sorted(spans, key=lambda s: (_rank(s.label), s.start, -(s.end - s.start)))
    kept: list[Span] = []
    dropped: list[Span] = []
    for span in order:
        start, end = span.start, span.end
        for k in kept:
            if start < k.end and k.start < end:
                dropped.append(span)
                break
        else:
            kept.append(span)
    kept.sort(key=lambda s: s.start)
    return kept, dropped


#: Tokens of each text between two single spaces: (steps, marks, words). ``steps``
#: walk from the piece's start to each token's start, then to the next piece's start;
#: ``marks`` flag which of those positions are token starts (the piece start is not).
#: A token never holds whitespace and no rule looks across it, so a text's tokens are
#: its pieces' tokens, shifted (tests/test_conll_golden.py compares with tokenize).
_PIECES: dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]] = {}
_PIECES_MAX = 200_000
_STEPS, _MARKS, _WORDS = itemgetter(0), itemgetter(1), itemgetter(2)


def _piece(piece: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    toks = tokenize(piece)
    starts = [a for a, _ in toks]
    steps = tuple(b - a for a, b in itertools.pairwise([0, *starts, len(piece) + 1]))
    got = (steps, (0, *[1] * len(toks)), tuple(piece[a:b] for a, b in toks))
    if len(_PIECES) >= _PIECES_MAX:
        _PIECES.clear()
    _PIECES[piece] = got
    return got


def text_tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, words) of :func:`annotator.text.tokens.tokenize`'s tokens, built
    from a cache of the pieces between single spaces (only C-level work per token)."""
    pieces = text.split(" ")
    vals = list(map(_PIECES.get, pieces))
    if None in vals:
        vals = [v or _piece(p) for v, p in zip(vals, pieces, strict=True)]
    positions = accumulate(chain.from_iterable(map(_STEPS, vals)), initial=0)
    starts = list(compress(positions, chain.from_iterable(map(_MARKS, vals))))
    words = list(chain.from_iterable(map(_WORDS, vals)))
    return starts, list(map(add, starts, map(len, words))), words


def _cut(text: str, starts: list[int], ends: list[int], words: list[str], cuts: list[int]) -> None:
    """Split, in place, every token that a cut (sorted offsets) falls strictly inside."""
    inside: dict[int, list[int]] = {}  # token index -> the cuts strictly inside it
    for cut in cuts:
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and starts[i] < cut < ends[i]:
            inside.setdefault(i, []).append(cut)
    for i in sorted(inside, reverse=True):
        edges = [starts[i], *inside[i], ends[i]]
        starts[i : i + 1] = edges[:-1]
        ends[i : i + 1] = edges[1:]
        words[i : i + 1] = [text[a:b] for a, b in itertools.pairwise(edges)]


def document_block(text: str, kept: list[Span]) -> tuple[str, list[Span]]:
    """The CoNLL lines of one document (after its DOCSTART block): ``token<TAB>tag``
    per token, a blank line after each sentence; and the kept spans that covered no
    token (these are dropped too).

    Built for speed (issue 13): tokens come from :func:`text_tokens`, tags live in a
    dict of the few tagged tokens, and each run of ``O`` tokens is one ``str.join``."""
    starts, ends, words = text_tokens(text)
    if kept:
        _cut(text, starts, ends, words, sorted({s.start for s in kept} | {s.end for s in kept}))
    if not starts:
        return "", list(kept)
    n = len(starts)
    tags: dict[int, str] = {}
    uncovered: list[Span] = []
    for span in kept:
        i = bisect.bisect_left(starts, span.start)
        if i > 0 and ends[i - 1] > span.start:
            i -= 1
        j = i
        while j < n and starts[j] < span.end:
            j += 1
        if j == i:
            uncovered.append(span)
            continue
        tags[i] = "B-" + span.label
        inside = "I-" + span.label
        for k in range(i + 1, j):
            tags[k] = inside
    parts: list[str] = []
    tagged = sorted(tags)
    t = 0  # next index into tagged
    begin = 0
    for k in _boundaries(starts, ends, tags, text):
        pos = begin
        while t < len(tagged) and tagged[t] <= k:
            i = tagged[t]
            if i > pos:
                parts += ("\tO\n".join(words[pos:i]), "\tO\n")
            parts += (words[i], "\t", tags[i], "\n")
            pos = i + 1
            t += 1
        if pos <= k:
            parts += ("\tO\n".join(words[pos : k + 1]), "\tO\n")
        parts.append("\n")
        begin = k + 1
    return "".join(parts), uncovered


def _boundaries(starts: list[int], ends: list[int], tags: dict[int, str], text: str) -> list[int]:
    """Indices of the tokens a sentence ends after: the last token before each sentence
    end (unless a token straddles it, or the next token continues a span), and the last."""
    out: list[int] = []
    last = len(starts) - 1
    for _, e in sentence_ranges(text):
        k = bisect.bisect_right(ends, e) - 1
        if (
            0 <= k < last
            and starts[k + 1] >= e
            and not tags.get(k + 1, "O").startswith("I-")
            and (not out or out[-1] != k)
        ):
            out.append(k)
    if last >= 0 and (not out or out[-1] != last):
        out.append(last)
    return out


class ConllExporter(Exporter):
    name = "conll"
    description = "CoNLL IOB2 token/tag lines (our tokenizer); overlapping spans dropped"
    suffix = ".conll"
    offset_unit = "token (IOB2 tags per token of our tokenizer; no character offsets)"
    loses = (
        "overlapping spans (kept by label priority SPEAKER > DATE > CLAIM, the rest counted)",
        "attributes",
        "relations",
        "the exact text (tokens come back joined by spaces)",
    )
    read_back = "conll"

    def __init__(self) -> None:
        self.dropped = 0
        self.dropped_by_label: Counter[str] = Counter()
        self.dropped_spans: list[tuple[str, Span]] = []  # (document ext_id, span)

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        self.dropped = 0
        self.dropped_by_label = Counter()
        self.dropped_spans = []
        n = 0
        with out.open("w", encoding="utf-8", newline="\n") as fh:
            for item in items:
                doc = item.document
                for span in item.spans:
                    try:
                        check_span_offsets(doc.text, span)
                    except OffsetError as exc:
                        raise ExportError(f"document {doc.ext_id}: {exc}") from exc
                kept, dropped = choose_spans(item.spans)
                block, uncovered = document_block(doc.text, kept)
                for span in [*dropped, *uncovered]:
                    self.dropped_spans.append((doc.ext_id, span))
                    self.dropped_by_label[span.label] += 1
                fh.write(f"{DOCSTART}\tO\n\n{block}")
                n += 1
        self.dropped = len(self.dropped_spans)
        if self.dropped:
            per_label = ", ".join(f"{k}: {v}" for k, v in sorted(self.dropped_by_label.items()))
            log.warning(
                "conll: %d overlapping or token-less spans dropped (%s)", self.dropped, per_label
            )
        return n
