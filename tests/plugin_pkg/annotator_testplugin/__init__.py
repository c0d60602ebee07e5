"""A third-party plugin for the tests: the ``tsv-spans`` export format and the
``test-quotes`` suggestion engine, written only against annotator's public contracts
(docs/plugins.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document
from annotator.io.exporters.base import Exporter, ExportError
from annotator.suggest.base import Engine, SuggestContext, Suggestion

_QUOTE = re.compile(r"«([^«»]+)»")


def _cell(value: str) -> str:
    """A TSV cell: backslash, tab, CR and LF escaped so a record stays on one line."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
    )


class TsvSpansExporter(Exporter):
    """One line per span: document id, start, end (code points), label, text."""

    name = "tsv-spans"
    description = "one tab-separated line per span (test plugin)"
    suffix = ".tsv"
    offset_unit = "codepoint"
    loses = ("attributes", "relations", "the layer name", "documents without spans")

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        n = 0
        with Path(out).open("w", encoding="utf-8", newline="\n") as fh:
            fh.write("document\tstart\tend\tlabel\ttext\n")
            for item in items:
                text = item.document.text
                for span in item.spans:
                    if text[span.start : span.end] != span.text:
                        raise ExportError(
                            f"document {item.document.ext_id}: span {span.id} text does not "
                            f"match [{span.start}, {span.end})"
                        )
                    cells = [item.document.ext_id, span.start, span.end, span.label, span.text]
                    fh.write("\t".join(_cell(str(c)) for c in cells) + "\n")
                    n += 1
        return n


class QuoteEngine(Engine):
    """A CLAIM on the words between « and »."""

    name = "test-quotes"
    description = "claims between « and » (test plugin)"
    labels = ("CLAIM",)

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        for m in _QUOTE.finditer(doc.text):
            yield Suggestion(m.start(1), m.end(1), "CLAIM", m.group(1), self.name, "guillemets")
