"""The datasheet written next to every export: what is in it, how it is encoded.

``<out stem>.datasheet.md`` holds counts per label, language, source and layer,
the label schema, the offset unit of the format, the split (documents per split and
language), the losses the exporter reported, and links ``<out stem>.labels.svg``: label
counts per language as grouped bars (annotator.io.label_chart: an SVG written as text,
so its Arabic and Persian are shaped by the viewer and no plotting library is loaded).

Counts come from a Tally fed while the export streams, so nothing is read twice.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from annotator.core.model import AnnotatedDocument, Schema
from annotator.io.label_chart import label_chart_svg
from annotator.services.outputs import follow_umask, temp_file

LANGUAGE_NAMES = {"ar": "العربية", "fa": "فارسی", "other": "other"}
CHART_TITLE = "تعداد برچسب‌ها"  # "label counts"


@dataclass
class Tally:
    """Counts gathered from the AnnotatedDocuments an export writes."""

    layers: int = 0
    spans: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    relations: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)  # documents
    sources: Counter[str] = field(default_factory=Counter)  # documents
    annotators: Counter[str] = field(default_factory=Counter)  # layers
    annotator_spans: Counter[str] = field(default_factory=Counter)
    label_lang: Counter[tuple[str, str]] = field(default_factory=Counter)
    split_lang: Counter[tuple[str, str]] = field(default_factory=Counter)  # documents
    _seen: set[int | None] = field(default_factory=set, repr=False)

    @property
    def documents(self) -> int:
        return len(self._seen)

    def add(self, item: AnnotatedDocument, split: str = "") -> None:
        doc = item.document
        lang = doc.lang or "other"
        if doc.id not in self._seen:
            self._seen.add(doc.id)
            self.languages[lang] += 1
            self.sources[doc.source or "(none)"] += 1
            self.split_lang[(split, lang)] += 1
        self.layers += 1
        name = item.layer or "(no layer)"
        self.annotators[name] += 1
        self.annotator_spans[name] += len(item.spans)
        self.spans += len(item.spans)
        for span in item.spans:
            self.labels[span.label] += 1
            self.label_lang[(span.label, lang)] += 1
        for rel in item.relations:
            self.relations[rel.type] += 1


@dataclass(frozen=True)
class DatasheetFiles:
    markdown: Path
    chart: Path | None
    note: str = ""  # why there is no chart, when there is none


def datasheet_paths(out: str | Path) -> tuple[Path, Path]:
    """``(<stem>.datasheet.md, <stem>.labels.svg)`` next to ``out`` (file or folder)."""
    out = Path(out)
    stem = out.name if out.is_dir() or not out.suffix else out.stem
    return out.with_name(stem + ".datasheet.md"), out.with_name(stem + ".labels.svg")


def render_label_chart(label_lang: Mapping[tuple[str, str], int], path: Path) -> Path:
    """Draw label counts per language as grouped bars into ``path`` (an SVG file,
    written atomically); return ``path``."""
    svg = label_chart_svg(label_lang, CHART_TITLE, LANGUAGE_NAMES)
    _write_atomically(path, svg)
    return path


def _write_atomically(path: Path, text: str) -> None:
    tmp = temp_file(path)
    try:
        tmp.write_text(text, encoding="utf-8")
        follow_umask(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _offset_unit(exporter: object | None) -> str:
    """The offset unit the exporter's class declares."""
    return str(getattr(exporter, "offset_unit", "") or "not stated by the exporter")


def declared_losses(exporter: object | None) -> list[str]:
    """What the exporter's class declares it cannot hold, as Markdown list lines."""
    loses = getattr(exporter, "loses", ())
    return [f"- {line}" for line in loses] or ["- nothing: a round trip keeps everything"]


_MARKDOWN_SPECIAL = re.compile(r"([\\`\[\]|])")


def md_text(value: Any) -> str:
    """``value`` as inert Markdown text: HTML (``<img onerror=...>``) escaped, the
    characters that make links, images, code or table cells backslash-escaped, line
    breaks made spaces. Sources, labels and names come from data."""
    text = " ".join(str(value).splitlines()) if value is not None else ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _table(head: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        lines.append("| " + " | ".join(md_text(c) for c in row) + " |")
    return lines


def _counts(title: str, what: str, counts: Counter[str], unit: str) -> list[str]:
    rows = [(k, v) for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return [f"### {title}", "", *(_table((what, unit), rows) if rows else ["(none)"]), ""]


def exporter_loss_items(exporter: object | None) -> list[tuple[str, Any]]:
    """What the exporter said it could not hold in its last write, as ``(what, value)``
    pairs read from its ``dropped`` and/or ``report`` attribute: ``("dropped", 3)``,
    ``("cells neutralised against formula injection", 0)``. A value may be a list (its
    length is the count)."""
    items: list[tuple[str, Any]] = []
    for attr in ("dropped", "report"):
        value = getattr(exporter, attr, None)
        if value is None or callable(value):
            continue
        if isinstance(value, Mapping):
            items += [(str(k), v) for k, v in value.items()]
        else:
            items.append((attr, value))
    return items


def loss_lines(items: list[tuple[str, Any]]) -> list[str]:
    """exporter_loss_items() as Markdown list lines (a list value: its length, then up
    to 20 of its entries)."""
    lines: list[str] = []
    for what, value in items:
        if isinstance(value, list | tuple | set):
            lines.append(f"- {md_text(what)}: {len(value)}")
            lines += [f"  - {md_text(v)}" for v in list(value)[:20]]
            if len(value) > 20:
                lines.append(f"  - ... and {len(value) - 20} more")
        else:
            lines.append(f"- {md_text(what)}: {md_text(value)}")
    return lines


def _schema(schema: Schema | None) -> list[str]:
    if schema is None:
        return ["(no schema stored)", ""]
    lines = [f"Version {schema.version}.", ""]
    rows = [
        (
            label.name,
            ", ".join(
                f"{a.name} ({a.kind}{': ' + '/'.join(a.values) if a.values else ''})"
                for a in label.attributes
            )
            or "-",
            label.description,
        )
        for label in schema.labels
    ]
    lines += [*_table(("label", "attributes", "description"), rows), ""]
    rels = [(r.name, r.head, r.tail, r.description) for r in schema.relation_types]
    if rels:
        lines += [*_table(("relation", "head", "tail", "description"), rels), ""]
    return lines


def write_datasheet(
    out: str | Path,
    tally: Tally,
    *,
    fmt: str,
    schema: Schema | None = None,
    exporter: object | None = None,
    outputs: Mapping[str, Path] | None = None,
    split: Mapping[str, float] | None = None,
    seed: int | None = None,
    layer: str | None = None,
    only_done: bool = False,
    losses: Mapping[str, list[tuple[str, Any]]] | None = None,
    chart: bool = True,
    provenance: Sequence[str] = (),
) -> DatasheetFiles:
    """Write ``<out stem>.datasheet.md`` (and ``<out stem>.labels.svg`` unless
    ``chart`` is false) next to ``out``; both atomically.
    ``losses``: exporter_loss_items() per split ("" without a split); default: read from
    ``exporter`` now."""
    md_path, svg_path = datasheet_paths(out)
    chart_path: Path | None = None
    note = "chart not requested"
    if chart:
        chart_path, note = render_label_chart(tally.label_lang, svg_path), ""
    unit = _offset_unit(exporter)
    name = Path(out).name
    lines = [
        f"# Datasheet: {md_text(name)}",
        "",
        f"- format: `{fmt}`",
        f"- offset unit: {unit}",
        f"- layer: {md_text(layer or 'every layer')}; only documents marked done: "
        f"{'yes' if only_done else 'no'}",
        f"- documents: {tally.documents}; layers (document x layer): {tally.layers}; "
        f"spans: {tally.spans}; relations: {sum(tally.relations.values())}",
        "",
        "Offsets: half-open [start, end) in the unit above, into the text exactly as "
        "imported (no normalisation; see the offset contract in docs/architecture.md).",
        "",
        "## Counts",
        "",
        *_counts("Labels", "label", tally.labels, "spans"),
        *_counts("Relations", "type", tally.relations, "links"),
        *_counts("Languages", "language", tally.languages, "documents"),
        *_counts("Sources", "source", tally.sources, "documents"),
        *_counts("Layers", "layer", tally.annotators, "documents"),
        *_counts("Spans per layer", "layer", tally.annotator_spans, "spans"),
        "## Schema",
        "",
        *_schema(schema),
        "## Split",
        "",
    ]
    if split:
        lines.append(
            "Ratios "
            + ", ".join(f"{k}={v:g}" for k, v in split.items())
            + f", seed {seed}: stratified by (language, source); each article in one split."
        )
        lines.append("")
        langs = sorted(tally.languages)
        rows = [
            (
                s,
                *(tally.split_lang[(s, lang)] for lang in langs),
                sum(tally.split_lang[(s, lang)] for lang in langs),
                outputs.get(s, "").name if outputs and s in outputs else "",
            )
            for s in split
        ]
        lines += [*_table(("split", *langs, "documents", "file"), rows), ""]
    else:
        lines += ["No split: everything is in one output.", ""]
    if provenance:
        lines += ["## How the gold layer was made", "", *provenance, ""]
    lines += ["## Losses", "", "What the format cannot hold:", "", *declared_losses(exporter), ""]
    lines += ["Reported by the exporter in this export:", ""]
    if losses is None:
        losses = {"": exporter_loss_items(exporter)}
    for name, found in losses.items():
        if name and len(losses) > 1:
            lines.append(f"{md_text(name)}:")
        lines += loss_lines(found) or ["- none reported by the exporter"]
    lines += ["", "## Chart", ""]
    chart_link = f"![label counts per language]({quote(svg_path.name)})"
    lines.append(chart_link if chart_path else note)
    lines.append("")
    _write_atomically(md_path, "\n".join(lines))
    return DatasheetFiles(md_path, chart_path, note)
