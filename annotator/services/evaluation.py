"""How good the suggestion engines are on a team's own curated data.

``evaluate`` runs every engine on each article that has spans in a reference layer
(``gold`` by default) as a new analyst would meet it (no spans tagged yet, the
project's registry as it is) and compares the suggestions with the layer, per label
and language: precision, recall and F1 for exact extents and for overlapping ones
(the one-to-one overlap matching of annotator.core.matching), DATE value accuracy on
matched dates, and ``said_by`` accuracy on matched claims (the suggested speaker is
the one matched to the reference claim's speaker).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from annotator.core.matching import exact_matches, match_overlap
from annotator.core.model import GOLD_LAYER, Span
from annotator.services.project import Project, store_of
from annotator.services.suggesting import compute, models_of
from annotator.store import ProjectStore


class EvaluationError(Exception):
    """One line: why the engines cannot be evaluated (e.g. no such layer)."""


@dataclass
class Row:
    """Figures for one label and language (lang "all": every language)."""

    label: str
    lang: str
    engines: set[str] = field(default_factory=set)
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    value_pairs: int = 0
    value_right: int = 0
    said_by_pairs: int = 0
    said_by_right: int = 0

    @staticmethod
    def _f1(tp: int, gold: int, predicted: int) -> tuple[float | None, ...]:
        p = tp / predicted if predicted else None
        r = tp / gold if gold else None
        f = 2 * tp / (gold + predicted) if gold + predicted else None
        return p, r, f

    def to_dict(self) -> dict:
        ep, er, ef = self._f1(self.exact, self.gold, self.predicted)
        op, orr, of = self._f1(self.overlap, self.gold, self.predicted)
        return {
            "label": self.label,
            "lang": self.lang,
            "engines": sorted(self.engines),
            "gold": self.gold,
            "predicted": self.predicted,
            "exact": {"tp": self.exact, "precision": ep, "recall": er, "f1": ef},
            "overlap": {"tp": self.overlap, "precision": op, "recall": orr, "f1": of},
            "value_accuracy": self.value_right / self.value_pairs if self.value_pairs else None,
            "value_pairs": self.value_pairs,
            "said_by_accuracy": (
                self.said_by_right / self.said_by_pairs if self.said_by_pairs else None
            ),
            "said_by_pairs": self.said_by_pairs,
        }


@dataclass
class EvalReport:
    layer: str
    documents: int = 0
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # a sample of missed gold spans
    missed: Counter[str] = field(default_factory=Counter)  # "ar SPEAKER" -> count

    def row(self, label: str, lang: str) -> Row:
        return self.rows.setdefault((label, lang), Row(label, lang))

    def to_dict(self) -> dict:
        return {
            "layer": self.layer,
            "documents": self.documents,
            "rows": [r.to_dict() for _, r in sorted(self.rows.items())],
        }


def evaluate(
    project: Project | ProjectStore,
    layer: str = GOLD_LAYER,
    engines: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Score the engines against ``layer`` (module docstring)."""
    store = store_of(project)
    if layer not in store.layer_names():
        known = ", ".join(store.layer_names()) or "none"
        raise EvaluationError(f"no layer {layer!r} to evaluate against (layers: {known})")
    entities = store.entities.all()
    models = models_of(store)
    items = [
        (doc_id, spans, rels)
        for doc_id, name, _status, spans, rels in store.annotations.iter_layers()
        if name == layer and spans
    ]
    report = EvalReport(layer)
    for n, (doc_id, gold, rels) in enumerate(items, 1):
        doc = store.documents.get(doc_id)
        found = compute(doc, (), entities, engines, models)
        predicted = [
            Span(
                -k - 1,
                doc_id,
                "suggested",
                s.label,
                s.start,
                s.end,
                s.text,
                dict(s.attrs),
                f"suggested:{s.engine}",
            )
            for k, s in enumerate(found)
        ]
        links = {
            (s.start, s.end, s.label): [(ln.type, ln.tail_start, ln.tail_end) for ln in s.links]
            for s in found
        }
        _score(report, doc.lang, gold, rels, predicted, links)
        report.documents += 1
        if progress:
            progress(n, len(items))
    return report


def _score(report: EvalReport, lang: str, gold, rels, predicted, links) -> None:
    labels = sorted({s.label for s in gold} | {s.label for s in predicted})
    speaker_of = {r.head: r.tail for r in rels if r.type == "said_by" and r.tail is not None}
    by_id = {s.id: s for s in gold}
    speaker_pairs = {
        (g.start, g.end): (p.start, p.end)
        for g, p in match_overlap(
            [s for s in gold if s.label == "SPEAKER"],
            [s for s in predicted if s.label == "SPEAKER"],
        )
    }
    for label in labels:
        g = [s for s in gold if s.label == label]
        p = [s for s in predicted if s.label == label]
        pairs = match_overlap(g, p)
        for row in (report.row(label, lang), report.row(label, "all")):
            row.engines |= {s.origin.split(":", 1)[1] for s in p}
            row.gold += len(g)
            row.predicted += len(p)
            row.exact += exact_matches(g, p)
            row.overlap += len(pairs)
            for gs, ps in pairs:
                if label == "DATE" and gs.attrs.get("value"):
                    row.value_pairs += 1
                    row.value_right += ps.attrs.get("value") == gs.attrs.get("value")
                if label == "CLAIM" and gs.id in speaker_of:
                    target = by_id.get(speaker_of[gs.id])
                    if target is None:
                        continue
                    row.said_by_pairs += 1
                    said = [
                        (a, b)
                        for t, a, b in links.get((ps.start, ps.end, label), [])
                        if t == "said_by"
                    ]
                    row.said_by_right += speaker_pairs.get((target.start, target.end)) in said
        matched = {id(gs) for gs, _ in pairs}
        for gs in g:
            if id(gs) not in matched:
                report.missed[f"{lang} {label}"] += 1
                if len(report.misses) < 200:
                    report.misses.append(f"{lang} {label} «{gs.text[:60]}»")


def table_lines(report: EvalReport) -> list[str]:
    """The report as a Markdown table (for the terminal and bench/RESULTS.md)."""

    def pct(v: float | None) -> str:
        return "-" if v is None else f"{v:.2f}"

    lines = [
        "| label | lang | gold | predicted | exact P / R / F1 | overlap P / R / F1 | "
        "DATE value | said_by |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for _, row in sorted(
        report.rows.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])
    ):
        d = row.to_dict()
        e, o = d["exact"], d["overlap"]
        lines.append(
            f"| {row.label} | {row.lang} | {row.gold} | {row.predicted} | "
            f"{pct(e['precision'])} / {pct(e['recall'])} / {pct(e['f1'])} | "
            f"{pct(o['precision'])} / {pct(o['recall'])} / {pct(o['f1'])} | "
            + (f"{pct(d['value_accuracy'])} ({row.value_pairs})" if row.label == "DATE" else "")
            + " | "
            + (
                f"{pct(d['said_by_accuracy'])} ({row.said_by_pairs})"
                if row.label == "CLAIM"
                else ""
            )
            + " |"
        )
    return lines
