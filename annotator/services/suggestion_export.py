"""``annotator suggest PROJECT --export FILE``: the suggestions as canonical JSON Lines.

One object per document, in the shape of the canonical export (docs/architecture.md,
"Canonical export"): ``id``, ``text``, ``text_sha256``, ``lang``, ``meta``,
``offset_unit`` ("codepoint"), ``layer`` ("suggestions"; ``meta.suggested_for`` names the analyst's
layer they were computed for), ``status``, ``spans`` and
``relations``. Each span is a suggestion the analyst is offered (rejected ones are left
out) with ``origin`` "suggested:<engine>" and three more fields: ``engine``, ``rule`` and
``confidence`` (0..1). Relations are the suggestions' ``said_by`` and ``dated`` links,
head and tail by span id within the line; a link whose tail is a span the analyst
already tagged (not a suggestion) is left out, since that span is not in the file. The
file reads back with ``annotator import-annotations ... -f jsonl``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from annotator.core.model import OFFSET_UNIT, Document, SuggestionRecord
from annotator.services.project import Project, store_of
from annotator.services.suggesting import SuggestFailed, compute, to_records
from annotator.store import ProjectStore
from annotator.suggest import engine_names

EXPORT_LAYER = "suggestions"


@dataclass
class ExportReport:
    """What ``export_suggestions`` wrote."""

    documents: int = 0
    new: int = 0  # suggestions stored for the first time
    spans: int = 0
    relations: int = 0
    links_left_out: int = 0  # links to a span already tagged (not in the file)


def export_suggestions(
    project: Project | ProjectStore,
    layer: str,
    out: Path,
    engines: Sequence[str] | None = None,
    doc_ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportReport:
    """Run the engines for ``layer`` (storing what is new, as ``annotator suggest`` does)
    and write every visible suggestion to ``out`` (module docstring). Raises
    SuggestFailed with one line when ``out`` cannot be written."""
    store = store_of(project)
    unknown = [e for e in engines or () if e not in engine_names()]
    if unknown:
        raise SuggestFailed(f"unknown engine {unknown[0]!r}; known: {', '.join(engine_names())}")
    ids = list(doc_ids) if doc_ids is not None else store.documents.ids()
    entities = store.entities.all()
    report = ExportReport()
    try:
        fh = out.open("wb")
    except OSError as exc:
        raise SuggestFailed(f"{out}: cannot write: {exc.strerror or exc}") from exc
    with fh:
        for n, doc_id in enumerate(ids, 1):
            doc = store.documents.get(doc_id)
            found = compute(doc, store.annotations.spans(doc_id, layer), entities, engines)
            report.new += store.suggestions.save(to_records(doc_id, layer, found))
            confidence = {(s.engine, s.label, s.start, s.end): s.confidence for s in found}
            visible = store.suggestions.visible(doc_id, layer)
            record = suggestion_record(doc, visible, confidence, report)
            record["meta"]["suggested_for"] = layer
            fh.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))
            report.documents += 1
            if progress:
                progress(n, len(ids))
    return report


def suggestion_record(
    doc: Document,
    visible: Sequence[SuggestionRecord],
    confidence: dict[tuple[str, str, int, int], float],
    report: ExportReport | None = None,
) -> dict[str, Any]:
    """The canonical JSONL object for one document's suggestions."""
    report = report if report is not None else ExportReport()
    ordered = sorted(visible, key=lambda s: (s.start, s.end, s.label))
    ids = {(s.label, s.start, s.end): k for k, s in enumerate(ordered, 1)}
    spans, relations = [], []
    for k, s in enumerate(ordered, 1):
        spans.append(
            {
                "id": k,
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "text": s.text,
                "attrs": dict(s.attrs),
                "origin": f"suggested:{s.engine}",
                "engine": s.engine,
                "rule": s.rule,
                "confidence": confidence.get((s.engine, s.label, s.start, s.end)),
            }
        )
        for link in s.links:
            tail = ids.get((link["tail_label"], link["tail_start"], link["tail_end"]))
            if tail is None:
                report.links_left_out += 1
                continue
            relations.append(
                {
                    "id": len(relations) + 1,
                    "type": link["type"],
                    "head": k,
                    "tail": tail,
                    "origin": f"suggested:{s.engine}",
                }
            )
    report.spans += len(spans)
    report.relations += len(relations)
    return {
        "id": doc.ext_id,
        "text": doc.text,
        "text_sha256": doc.text_sha256,
        "lang": doc.lang,
        "meta": {"title": doc.title, "source": doc.source, "published": doc.published},
        "offset_unit": OFFSET_UNIT,
        "layer": EXPORT_LAYER,
        "status": "todo",
        "spans": spans,
        "relations": relations,
    }
