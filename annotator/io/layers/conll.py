"""CoNLL / IOB2 import: token and tag columns, blank lines between sentences,
``-DOCSTART-`` lines between documents.

CoNLL holds no text, so the text is REBUILT: the tokens of a sentence joined by single
spaces, sentences joined by ``\\n``. Tokens are kept exactly as in the file (the
NewsFANE corpus puts an LRM, U+200E, in front of most Arabic tokens: it stays in the
text), and a span is the range from its first to its last token, trimmed of invisible
format characters (LRM, RLM, BOM...) at both ends so its text is the visible words.

Reading: UTF-8 with or without BOM, LF or CRLF, columns split by TAB (or by runs of
spaces when a line has no TAB); the token is the first column, the tag the last. A
line holding only whitespace (NewsFANE ends sentences with ``"\\t\\r\\n"``) ends a
sentence. Tags: ``O``, ``B-X``, ``I-X`` (IOB2; the type may contain ``-``:
``B-Population-Center``), also ``E-``/``L-`` (inside) and ``S-``/``U-`` (single). An
``I-X`` that does not continue an ``X`` starts a new span (as conlleval does) and is
counted in ``self.ill_formed``. Any other tag makes the document a BadRecord.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.io.importers.base import BadRecord, cannot_read, title_from_text
from annotator.io.layers.base import LayerImporter, LayerOptions
from annotator.text.lang import detect_language, direction_for

log = logging.getLogger(__name__)

DOCSTART = "-DOCSTART-"
_BEGIN = ("B-", "S-", "U-")
_INSIDE = ("I-", "E-", "L-")


def _invisible(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) == "Cf"


def _split(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


class _Doc:
    """The sentences of one document being read: (token, tag, line number)."""

    def __init__(self, first_line: int) -> None:
        self.line = first_line
        self.sentences: list[list[tuple[str, str, int]]] = []
        self.current: list[tuple[str, str, int]] = []

    def end_sentence(self) -> None:
        if self.current:
            self.sentences.append(self.current)
            self.current = []

    def empty(self) -> bool:
        return not self.sentences and not self.current


class ConllLayerImporter(LayerImporter):
    name = "conll"
    description = "CoNLL IOB2 token/tag columns (text rebuilt by joining tokens with spaces)"
    suffixes = (".conll", ".conll2003", ".iob", ".bio", ".tsv", ".txt")
    offset_unit = "token (text rebuilt by joining tokens with spaces)"
    loses = ("the exact text: tokens are joined with single spaces", "attributes", "relations")

    def __init__(self) -> None:
        self.ill_formed = 0

    def read(self, path: Path, options: LayerOptions) -> Iterator[AnnotatedDocument | BadRecord]:
        self.ill_formed = 0
        try:
            raw = path.read_bytes()
        except OSError as exc:
            yield cannot_read(path, exc)
            return
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield BadRecord(str(path), 0, f"not UTF-8 (byte {exc.start}): CoNLL files must be")
            return
        annotator = options.layer or "import:conll"
        doc = _Doc(1)
        count = 0
        for number, line in enumerate(content.splitlines(), 1):
            cols = _split(line.strip("\r\n"))
            if not line.strip():
                doc.end_sentence()
                continue
            if cols[0].strip() == DOCSTART:
                doc.end_sentence()
                if not doc.empty():
                    count += 1
                    yield self._build(path, doc, count, annotator)
                doc = _Doc(number)
                continue
            if len(cols) < 2:
                yield BadRecord(str(path), number, "expected a token and a tag separated by TAB")
                doc = _Doc(number)  # skip the rest of this document
                continue
            doc.current.append((cols[0], cols[-1].strip(), number))
        doc.end_sentence()
        if not doc.empty():
            count += 1
            yield self._build(path, doc, count, annotator)
        if self.ill_formed:
            log.warning("%s: %d I- tags did not continue a span", path, self.ill_formed)

    def _build(
        self, path: Path, doc: _Doc, count: int, annotator: str
    ) -> AnnotatedDocument | BadRecord:
        parts: list[str] = []
        pos = 0
        found: list[tuple[str, int, int]] = []  # (label, start, end)
        open_label = ""
        open_start = open_end = 0
        for s, sentence in enumerate(doc.sentences):
            if s:
                parts.append("\n")
                pos += 1
            for t, (token, tag, number) in enumerate(sentence):
                if t:
                    parts.append(" ")
                    pos += 1
                start, end = pos, pos + len(token)
                parts.append(token)
                pos = end
                if tag == "O":
                    kind, label = "O", ""
                elif tag[:2] in (*_BEGIN, *_INSIDE) and len(tag) > 2:
                    kind, label = tag[:2], tag[2:]
                else:
                    return BadRecord(
                        str(path), number, f"unknown tag {tag!r} (expected O, B-X, I-X)"
                    )
                continues = kind in _INSIDE and open_label == label and t > 0
                if kind in _INSIDE and not continues:
                    self.ill_formed += 1
                if open_label and not continues:
                    found.append((open_label, open_start, open_end))
                    open_label = ""
                if kind == "O":
                    continue
                if continues:
                    open_end = end
                else:
                    open_label, open_start, open_end = label, start, end
                if kind in ("S-", "U-", "E-", "L-"):
                    found.append((open_label, open_start, open_end))
                    open_label = ""
            if open_label:
                found.append((open_label, open_start, open_end))
                open_label = ""
        text = "".join(parts)
        spans: list[Span] = []
        for label, start, end in found:
            while start < end and _invisible(text[start]):
                start += 1
            while end > start and _invisible(text[end - 1]):
                end -= 1
            if start < end:
                spans.append(
                    Span(
                        len(spans) + 1,
                        0,
                        annotator,
                        label,
                        start,
                        end,
                        text[start:end],
                        {},
                        "import:conll",
                    )
                )
        lang = detect_language(text)
        document = Document(
            id=None,
            ext_id=f"{path.stem}:{count}",
            title=title_from_text(text.replace("\u200e", "").replace("\u200f", ""))[:80],
            text=text,
            lang=lang,
            direction=direction_for(lang),
            meta={
                "source_file": path.name,
                "line": doc.line,
                "text_note": "rebuilt from CoNLL tokens joined by single spaces",
            },
        )
        return AnnotatedDocument(document, annotator, "todo", tuple(spans), ())
