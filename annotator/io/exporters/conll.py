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
import logging
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from operator import attrgetter, le, lt
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Span
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.exporters.base import Exporter, ExportError
from annotator.text.pieces import scan_pieces
from annotator.text.tokens import tokenize

log = logging.getLogger(__name__)

#: Which label wins when spans overlap: earlier in this tuple beats later; labels not
#: listed come after, alphabetically. Speakers and dates are short and exact; a claim
#: usually contains them, so keeping the claim would lose both.
LABEL_PRIORITY: tuple[str, ...] = ("SPEAKER", "DATE", "CLAIM")

DOCSTART = "-DOCSTART-"
_START, _END = attrgetter("start"), attrgetter("end")


def _rank(label: str) -> tuple[int, str]:
    try:
        return (LABEL_PRIORITY.index(label), "")
    except ValueError:
        return (len(LABEL_PRIORITY), label)


def choose_spans(spans: Iterable[Span]) -> tuple[list[Span], list[Span]]:
    """Split ``spans`` into (kept, dropped): kept spans never overlap; a span is kept
    when no span of higher priority overlaps it (see :data:`LABEL_PRIORITY`)."""
    by_start = sorted(spans, key=_START)
    starts, ends = list(map(_START, by_start)), list(map(_END, by_start))
    if all(map(le, ends[:-1], starts[1:])) and all(map(lt, starts, ends)):
        return by_start, []  # none empty, no two overlap: all kept, starts distinct
    order = sorted(by_start, key=lambda s: (_rank(s.label), s.start, -(s.end - s.start)))
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


#: The tokens of each text between two single spaces (a piece) the exporter looks at:
#: ``(lines, tokens)``, ``lines`` being the piece's CoNLL lines when every token is
#: ``O`` and no sentence ends in it, ``tokens`` the ``(start, end)`` offsets in the
#: piece. A token never holds whitespace and no tokenizer rule looks across it, so a
#: text's tokens are its pieces' tokens, shifted (tests/test_conll_golden.py and
#: tests/test_piece_scan.py compare with tokenize).
_Piece = tuple[str, tuple[tuple[int, int], ...]]
_PIECES: dict[str, _Piece] = {}
_PIECES_MAX = 100_000


def _piece(piece: str) -> _Piece:
    """The tokens of ``piece``, cached; a piece with line breaks is the pieces between
    them (no token holds a line break either), put together and not cached: such a
    piece (``word\n\nword``) seldom comes twice."""
    if "\n" in piece:
        lines: list[str] = []
        toks: list[tuple[int, int]] = []
        at = 0
        for part in piece.split("\n"):
            got = _PIECES.get(part) or _piece(part)
            lines.append(got[0])
            toks += [(at + a, at + b) for a, b in got[1]] if at else got[1]
            at += len(part) + 1
        return "".join(lines), tuple(toks)
    toks = tokenize(piece)
    got = ("".join([piece[a:b] + "\tO\n" for a, b in toks]), tuple(toks))
    if len(_PIECES) >= _PIECES_MAX:
        _PIECES.clear()
    _PIECES[piece] = got
    return got


def text_tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """(starts, ends, words) of :func:`annotator.text.tokens.tokenize`'s tokens, built
    piece by piece as :func:`document_block` reads them."""
    doc = _Text(text, [])
    toks: list[tuple[int, int]] = []
    s = 0
    while s <= doc.n:
        e, got, _ = doc.piece(s)
        toks += got
        s = e + 1
    return [a for a, _ in toks], [b for _, b in toks], [text[a:b] for a, b in toks]


def _split(toks: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """``toks`` with every token that a cut (sorted offsets) falls strictly inside split."""
    out: list[tuple[int, int]] = []
    for a, b in toks:
        for cut in cuts:
            if a < cut < b:
                out.append((a, cut))
                a = cut
        out.append((a, b))
    return out


class _Text:
    """One document's tokens, looked up piece by piece (a piece: the text between two
    single spaces, named by where it starts) with tokens cut at the kept spans' ends."""

    def __init__(self, text: str, cuts: list[int]) -> None:
        self.text = text
        self.n = len(text)
        self.cuts = cuts
        self.seen: dict[int, tuple[int, list[tuple[int, int]], str | None]] = {}

    def piece(self, s: int) -> tuple[int, list[tuple[int, int]], str | None]:
        """(end, tokens, lines) of the piece starting at ``s``; ``lines`` are its CoNLL
        lines when all its tokens are ``O`` (None when a cut split a token)."""
        got = self.seen.get(s)
        if got is None:
            text, cuts = self.text, self.cuts
            e = text.find(" ", s)
            if e < 0:
                e = self.n
            p = text[s:e]
            lines, rel = _PIECES.get(p) or _piece(p)
            toks = [(s + a, s + b) for a, b in rel] if s else list(rel)
            if cuts:
                lo, hi = bisect.bisect_right(cuts, s), bisect.bisect_left(cuts, e)
                if lo < hi and len(cut := _split(toks, cuts[lo:hi])) > len(toks):
                    toks, lines = cut, None
            got = self.seen[s] = (e, toks, lines)
        return got

    def start_of(self, pos: int) -> int:
        """Start of the piece holding offset ``pos`` (a space ends the piece before it)."""
        return self.text.rfind(" ", 0, pos) + 1

    def next_start(self, pos: int) -> int:
        """Start of the first token starting at or after ``pos`` (``len(text)`` when
        there is none)."""
        s = self.start_of(pos)
        while True:
            e, toks, _ = self.piece(s)
            for a, _ in toks:
                if a >= pos:
                    return a
            if e >= self.n:
                return self.n
            s = e + 1

    def last_by(self, pos: int) -> tuple[int, int, list[tuple[int, int]]] | None:
        """(piece start, index, the piece's tokens) of the last token ending at or
        before ``pos``."""
        rfind, piece, seen = self.text.rfind, self.piece, self.seen
        s = rfind(" ", 0, pos) + 1
        while True:
            toks = (seen.get(s) or piece(s))[1]
            i = len(toks)
            while i:
                i -= 1
                if toks[i][1] <= pos:
                    return s, i, toks
            if s == 0:
                return None
            s = rfind(" ", 0, s - 1) + 1

    def tag(self, span: Span, tags: dict[int, str], busy: set[int]) -> bool:
        """Tag the tokens starting in ``span`` (B- then I-), add their pieces to
        ``busy``; False when there are none."""
        start, end, piece, seen = span.start, span.end, self.piece, self.seen
        tag = "B-" + span.label
        s = self.text.rfind(" ", 0, start) + 1
        while s < end:
            e, toks, _ = seen.get(s) or piece(s)
            for a, _ in toks:
                if start <= a < end:
                    tags[a] = tag
                    tag = "I-" + span.label
                    busy.add(s)
            s = e + 1
        return tag[0] == "I"


def document_block(text: str, kept: list[Span]) -> tuple[str, list[Span]]:
    """The CoNLL lines of one document (after its DOCSTART block): ``token<TAB>tag``
    per token, a blank line after each sentence; and the kept spans that covered no
    token (these are dropped too).

    Built for speed (issue 13): a piece between single spaces with no span, no
    sentence end and nothing but one word in it (see
    :func:`annotator.text.pieces.not_one_word`) is one ``token<TAB>O`` line, so a
    run of them is written by one ``str.replace``; other pieces' lines come from a
    cache of their tokens, and only the pieces with a span or a sentence end in them
    are written token by token. Tags and sentence ends are keyed by token start."""
    doc = _Text(text, sorted({s.start for s in kept} | {s.end for s in kept}))
    last = doc.last_by(doc.n)
    if last is None:
        return "", list(kept)
    s, i, toks = last
    last_start = toks[i][0]
    tags: dict[int, str] = {}
    busy = {s}  # the pieces written token by token
    uncovered = [span for span in kept if not doc.tag(span, tags, busy)]
    stops = {last_start}  # the starts of the tokens a sentence ends after
    odd, breaks = scan_pieces(text)
    for e in breaks:
        k = doc.last_by(e)
        if k is None:
            continue
        s, i, toks = k
        a = toks[i][0]
        if a == last_start or a in stops:
            continue
        # the token after: not the last, so there is one
        b = toks[i + 1][0] if i + 1 < len(toks) else doc.next_start(toks[i][1])
        if b >= e and not tags.get(b, "O").startswith("I-"):
            stops.add(a)
            busy.add(s)
    pieces = set(busy)
    pieces.update(map((1).__add__, map(text.rfind, repeat(" "), repeat(0), odd)))
    parts: list[str] = []
    pos = 0
    seen, piece = doc.seen, doc.piece
    for s in sorted(pieces):
        if s > pos:
            parts += (text[pos : s - 1].replace(" ", "\tO\n"), "\tO\n")
        e, toks, lines = seen.get(s) or piece(s)
        if lines is None or s in busy:
            for a, b in toks:
                parts += (text[a:b], "\t", tags.get(a, "O"), "\n\n" if a in stops else "\n")
        else:
            parts.append(lines)
        pos = e + 1
    if pos <= doc.n:
        parts += (text[pos:].replace(" ", "\tO\n"), "\tO\n")
    return "".join(parts), uncovered


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
                text = doc.text
                for span in item.spans:
                    a, b = span.start, span.end
                    if not 0 <= a < b <= len(text) or text[a:b] != span.text:
                        try:
                            check_span_offsets(text, span)
                        except OffsetError as exc:
                            raise ExportError(f"document {doc.ext_id}: {exc}") from exc
                kept, dropped = choose_spans(item.spans)
                block, uncovered = document_block(text, kept)
                if dropped or uncovered:
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
