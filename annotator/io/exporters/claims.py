"""The analysts' table: one row per CLAIM, as CSV (``claims``) or XLSX (``claims-xlsx``).

Columns: article id, title, source, published, speaker text, speaker entity, claim text,
kind, date text, date value, annotator, status. A claim linked (``said_by``) to two
speakers, or (``dated``) to two dates, gets them joined by ``" ؛ "`` (Arabic semicolon
between spaces) in the speaker and date columns, in text order, so the row count is
always the number of claims; the entity column keeps the speaker column's positions
(an empty item where a speaker span has no entity). A ``said_by`` link to a registry
entity with no span in the text (an implicit speaker) leaves the speaker text empty
and fills the entity column.

Entity names are not part of the annotation layer: the export service fills
``entity_names`` (entity id -> name) from the speaker registry before ``write``; an id
missing there is written as ``#<id>``.

Spreadsheet formula injection (CSV injection): in the CSV, a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote, so
Excel, LibreOffice and Google Sheets show it as text instead of running it; so does a
cell where one of those (or its fullwidth or small form, ``＝`` ``＋`` ``－`` ``＠``)
comes after leading spaces, line breaks or invisible characters (a BOM, RLM, RLE and
the other bidi controls), which spreadsheets skip. In the XLSX, cells are typed as
strings and carry Excel's hidden quote prefix, so the text is kept exactly.

No character offsets are written (the table holds texts, not spans); the CSV is UTF-8
with a BOM so that Excel detects the encoding and shows Arabic and Persian letters.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

from annotator.core.model import AnnotatedDocument, Span
from annotator.io.exporters.base import Exporter
from annotator.io.exporters.records import checked_spans

COLUMNS = (
    "article_id",
    "title",
    "source",
    "published",
    "speaker_text",
    "speaker_entity",
    "claim_text",
    "kind",
    "date_text",
    "date_value",
    "annotator",
    "status",
)

#: Joins two or more speakers (or dates) of one claim: the Arabic semicolon.
JOINER = " ؛ "

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The same signs in the forms a spreadsheet may fold to them (fullwidth, small, minus).
FORMULA_SIGNS = frozenset("=+-@＝＋－＠﹦﹢﹣﹫−")

#: XLSX column widths (characters), in COLUMNS order.
WIDTHS = (16, 40, 16, 12, 24, 24, 80, 10, 20, 14, 14, 12)

#: Characters XML 1.0 (and so XLSX) cannot hold; replaced by U+FFFD there.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_formula(value: str) -> bool:
    """Whether a spreadsheet could run ``value`` as a formula: it starts with a formula
    sign, or has one after leading white space and invisible format characters
    (BOM, RLM, LRM, ALM, RLE/LRE/PDF, isolates, zero-width joiners)."""
    if value.startswith(FORMULA_STARTS):
        return True
    for ch in value:
        if ch in FORMULA_SIGNS:
            return True
        if not (ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc")):
            return False
    return False


def neutralise(value: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would run as a formula."""
    return "'" + value if looks_like_formula(value) else value


def _joined(values: Iterable[str]) -> str:
    return JOINER.join(v for v in values)


def _entity_label(entity_id: Any, names: Mapping[int, str]) -> str:
    if entity_id in (None, ""):
        return ""
    try:
        key = int(entity_id)
    except (TypeError, ValueError):
        return str(entity_id)
    return names.get(key, f"#{key}")


def claim_rows(item: AnnotatedDocument, entity_names: Mapping[int, str]) -> Iterator[list[str]]:
    """One row (COLUMNS order, not yet neutralised) per CLAIM span of ``item``."""
    doc = item.document
    by_id: dict[int | None, Span] = {s.id: s for s in item.spans}
    speakers: dict[int, list[tuple[int, str, str]]] = {}
    dates: dict[int, list[Span]] = {}
    for rel in item.relations:
        if rel.type == "said_by":
            tail = by_id.get(rel.tail) if rel.tail is not None else None
            if tail is not None:
                entity = _entity_label(tail.attrs.get("entity"), entity_names)
                speakers.setdefault(rel.head, []).append((tail.start, tail.text, entity))
            elif rel.tail_entity is not None:
                entity = _entity_label(rel.tail_entity, entity_names)
                speakers.setdefault(rel.head, []).append((-1, "", entity))
        elif rel.type == "dated" and rel.tail in by_id:
            dates.setdefault(rel.head, []).append(by_id[rel.tail])
    for claim in item.spans:
        if claim.label != "CLAIM":
            continue
        who = sorted(speakers.get(claim.id, ()))
        when = sorted(dates.get(claim.id, ()), key=lambda s: (s.start, s.end))
        yield [
            doc.ext_id,
            doc.title,
            doc.source,
            doc.published,
            _joined(text for _, text, _ in who),
            _joined(entity for _, _, entity in who),
            claim.text,
            str(claim.attrs.get("kind", "")),
            _joined(d.text for d in when),
            _joined(str(d.attrs.get("value", "")) for d in when),
            item.layer,
            item.status,
        ]


class _ClaimsBase(Exporter):
    """Shared state: entity names in, losses out."""

    offset_unit: ClassVar[str] = "none (a table of texts: no character offsets)"
    loses: ClassVar[tuple[str, ...]] = (
        "offsets (a table of texts, one row per claim)",
        "spans that are not claims or linked to one",
        "attributes other than kind, entity and a date's value",
    )

    def __init__(self, entity_names: Mapping[int, str] | None = None) -> None:
        self.entity_names: Mapping[int, str] = dict(entity_names or {})
        #: What the format could not hold, filled by write() (read by the datasheet).
        self.report: dict[str, int] = {}

    def rows(self, items: Iterable[AnnotatedDocument]) -> Iterator[list[str]]:
        """The rows, each cell as annotated; counts the cells that look like formulas."""
        self.report = {"cells neutralised against formula injection": 0}
        for item in items:
            checked_spans(item)  # a claim's text must be its slice of the article
            for row in claim_rows(item, self.entity_names):
                self.report["cells neutralised against formula injection"] += sum(
                    map(looks_like_formula, row)
                )
                yield row


class ClaimsCsvExporter(_ClaimsBase):
    name = "claims"
    description = "analysts' table, one row per claim (CSV, UTF-8 with BOM for Excel)"
    suffix = ".csv"

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        n = 0
        with Path(out).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            for row in self.rows(items):
                writer.writerow([neutralise(v) for v in row])
                n += 1
        return n


class ClaimsXlsxExporter(_ClaimsBase):
    name = "claims-xlsx"
    description = "analysts' table, one row per claim (Excel, right-to-left sheet)"
    suffix = ".xlsx"
    extra = "xlsx"
    library = "openpyxl"

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        try:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell
            from openpyxl.styles import Alignment, Font
            from openpyxl.utils import get_column_letter
        except ImportError as exc:
            raise self.missing_extra() from exc
        wb = Workbook(write_only=True)  # streamed: memory stays flat
        ws = wb.create_sheet("claims")
        ws.sheet_view.rightToLeft = True
        ws.freeze_panes = "A2"
        for i, width in enumerate(WIDTHS, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        header = []
        for title in COLUMNS:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = Font(bold=True)
            header.append(cell)
        ws.append(header)
        wrap = Alignment(wrap_text=True, vertical="top")
        replaced = 0
        n = 0
        try:
            for row in self.rows(items):
                cells = []
                for value in row:
                    clean, k = _XML_ILLEGAL.subn("\ufffd", value)
                    replaced += k
                    cell = WriteOnlyCell(ws, value=clean)
                    cell.data_type = "s"  # never a formula, whatever the text holds
                    if looks_like_formula(clean):
                        # Excel's hidden quote prefix: stays text when the cell is edited,
                        # and no visible ' is added to the claim
                        cell.quotePrefix = True
                    cell.alignment = wrap
                    cells.append(cell)
                ws.append(cells)
                n += 1
        except BaseException:
            ws.close()  # end openpyxl's streamed sheet cleanly before giving up
            raise
        self.report["control characters replaced by U+FFFD (XML cannot hold them)"] = replaced
        wb.save(out)
        return n
