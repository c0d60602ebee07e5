"""Result records of the agreement measures (annotator.core.agreement).

Frozen, plain data: every record has ``to_dict()`` (JSON-ready; layer tuples become
lists) and the report has ``tables()`` (flat rows for a CSV file or a printed
table, layers joined by commas). Figures that are undefined are None (JSON null).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import Relation, Span

ALL = "(all)"  # the label of figures over all labels together
NONE = "(none)"  # no label: an uncovered token, an unmatched span


@dataclass(frozen=True, slots=True)
class DocLayers:
    """One document as each layer annotated it.

    ``spans[layer]`` present, even empty, means the layer annotated the document (and
    found nothing when empty); a layer missing from ``spans`` did not, and is left out
    of every figure for this document. ``tokens`` may carry ``tokenize(text)`` when
    the caller has it already."""

    document_id: int
    text: str
    spans: Mapping[str, Sequence[Span]]
    relations: Mapping[str, Sequence[Relation]] = field(default_factory=dict)
    title: str = ""
    tokens: Sequence[tuple[int, int]] | None = None


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class SpanF1:
    """Span precision/recall/F1 of ``layers[1]`` against ``layers[0]``.

    ``match`` is "exact" (same label, start and end) or "overlap" (the one-to-one
    overlap matching of annotator.core.matching). ``fp`` are spans of the second
    layer without a partner, ``fn`` spans of the first. Swapping the layers swaps
    precision and recall and keeps F1: F1 is symmetric. A row over more than two
    layers pools the counts of every pair of them."""

    layers: tuple[str, ...]
    label: str
    match: str
    tp: int
    fp: int
    fn: int
    documents: int

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), None without spans in the second layer."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), None without spans in the first layer."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2 tp / (2 tp + fp + fn), None when neither layer has a span."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields plus precision, recall and f1."""
        return {
            "layers": list(self.layers),
            "label": self.label,
            "match": self.match,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "documents": self.documents,
        }


@dataclass(frozen=True, slots=True)
class Coefficient:
    """A chance-corrected figure: ``measure`` is "cohen_kappa", "fleiss_kappa",
    "krippendorff_alpha" (items are tokens) or "alpha_u" (items are characters)."""

    measure: str
    layers: tuple[str, ...]
    label: str
    value: float | None
    items: int
    documents: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "measure": self.measure,
            "layers": list(self.layers),
            "label": self.label,
            "value": self.value,
            "items": self.items,
            "documents": self.documents,
        }


@dataclass(frozen=True, slots=True)
class AttributeAgreement:
    """One attribute on overlap-matched pairs of one label: ``agree`` of ``pairs``
    have equal values (both unset counts as equal; ``both_unset`` of them)."""

    layers: tuple[str, str]
    label: str
    attribute: str
    pairs: int
    agree: int
    both_unset: int

    @property
    def share(self) -> float | None:
        """agree / pairs, None without pairs."""
        return _ratio(self.agree, self.pairs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields plus share."""
        return {
            "layers": list(self.layers),
            "label": self.label,
            "attribute": self.attribute,
            "pairs": self.pairs,
            "agree": self.agree,
            "both_unset": self.both_unset,
            "share": self.share,
        }


@dataclass(frozen=True, slots=True)
class LinkAgreement:
    """One relation type on matched pairs of its head label (CLAIM for said_by and
    dated): ``agree`` of ``pairs`` link alike (``both_none`` of them by having none)."""

    layers: tuple[str, str]
    relation: str
    pairs: int
    agree: int
    both_none: int

    @property
    def share(self) -> float | None:
        """agree / pairs, None without pairs."""
        return _ratio(self.agree, self.pairs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields plus share."""
        return {
            "layers": list(self.layers),
            "relation": self.relation,
            "pairs": self.pairs,
            "agree": self.agree,
            "both_none": self.both_none,
            "share": self.share,
        }


@dataclass(frozen=True, slots=True)
class DocDisagreement:
    """One document's disagreement: ``1 - mean overlap F1`` (all labels) over the
    pairs of layers that annotated it, leaving out pairs where neither has a span;
    None when no pair has a span (such documents rank last)."""

    document_id: int
    title: str
    layers: tuple[str, ...]
    spans: int
    disagreement: float | None
    pair_f1: tuple[tuple[str, str, float | None], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; ``pair_f1`` as a list of {a, b, f1}."""
        return {
            "document_id": self.document_id,
            "title": self.title,
            "layers": list(self.layers),
            "spans": self.spans,
            "disagreement": self.disagreement,
            "pair_f1": [{"a": a, "b": b, "f1": f} for a, b, f in self.pair_f1],
        }


@dataclass(frozen=True, slots=True)
class ConfusionMatrix:
    """Labels of ``layers[0]`` (rows) against ``layers[1]`` (columns) over spans
    matched by overlap regardless of label; a span without a partner counts in the
    "(none)" column or row. ``labels`` orders both axes, "(none)" last."""

    layers: tuple[str, str]
    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, row: str, column: str) -> int:
        """Spans labelled ``row`` by the first layer and ``column`` by the second."""
        return self.counts[self.labels.index(row)][self.labels.index(column)]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields; ``counts`` as a list of rows."""
        return {
            "layers": list(self.layers),
            "labels": list(self.labels),
            "counts": [list(r) for r in self.counts],
        }


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Every figure of :func:`annotator.core.agreement.measure_agreement`."""

    layers: tuple[str, ...]
    labels: tuple[str, ...]
    documents: int
    spans: tuple[SpanF1, ...]
    coefficients: tuple[Coefficient, ...]
    attributes: tuple[AttributeAgreement, ...]
    links: tuple[LinkAgreement, ...]
    ranking: tuple[DocDisagreement, ...]
    confusion: tuple[ConfusionMatrix, ...]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data."""
        return {
            "layers": list(self.layers),
            "labels": list(self.labels),
            "documents": self.documents,
            "spans": [r.to_dict() for r in self.spans],
            "coefficients": [r.to_dict() for r in self.coefficients],
            "attributes": [r.to_dict() for r in self.attributes],
            "links": [r.to_dict() for r in self.links],
            "ranking": [r.to_dict() for r in self.ranking],
            "confusion": [r.to_dict() for r in self.confusion],
        }

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        """Flat rows per section (spans, coefficients, attributes, links, ranking,
        confusion), with layers joined by commas: one CSV file or table each."""
        flat = {
            name: [_flatten(r.to_dict()) for r in rows]
            for name, rows in (
                ("spans", self.spans),
                ("coefficients", self.coefficients),
                ("attributes", self.attributes),
                ("links", self.links),
                ("ranking", self.ranking),
            )
        }
        flat["confusion"] = [
            {"layers": ",".join(m.layers), "row": r, "column": c, "count": m.count(r, c)}
            for m in self.confusion
            for r in m.labels
            for c in m.labels
        ]
        return flat


def _flatten(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["layers"] = ",".join(row["layers"])
    if "pair_f1" in row:
        out["pair_f1"] = " ".join(
            f"{p['a']}/{p['b']}={'' if p['f1'] is None else round(p['f1'], 4)}"
            for p in row["pair_f1"]
        )
    return out
