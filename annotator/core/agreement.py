"""Inter-annotator agreement between layers, as pure functions over core objects.

:func:`measure_agreement` takes documents with several layers' spans and relations
(:class:`DocLayers`) and returns an :class:`AgreementReport` (records in
annotator.core.agreement_model). Figures are per label and over all labels
("(all)"), for every pair of layers and for all of them together:

- span precision/recall/F1, exact and by overlap, with TP/FP/FN (annotator.core.matching
  states the matching rule; pairwise F1 is symmetric);
- Cohen's kappa (pairs), Fleiss' kappa and Krippendorff's alpha, nominal (all layers),
  over the TOKENS of annotator.text.tokens. Per label a token's category is whether a
  span of that label shares a character with it. Over all labels it is the label of
  such a span, by priority SPEAKER > DATE > CLAIM > other labels in the order given,
  or "(none)". Fleiss' kappa uses the documents every layer annotated; alpha every
  token judged by at least two layers;
- Krippendorff's alpha-U over character offsets (annotator.core.unitizing), the
  documents laid end to end;
- attribute agreement on overlap-matched pairs and link agreement on matched heads
  (:data:`ATTRIBUTES`, :data:`LINKS`); documents ranked by disagreement; confusion
  matrices of labels.

Spans that are empty, outside the text, or of a label not asked for are left out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import combinations, groupby, permutations

from annotator.core.agreement_model import (
    ALL,
    NONE,
    AgreementReport,
    AttributeAgreement,
    Coefficient,
    ConfusionMatrix,
    DocDisagreement,
    DocLayers,
    LinkAgreement,
    SpanF1,
)
from annotator.core.coefficients import AlphaTally, FleissTally, PairTally
from annotator.core.matching import exact_matches, match_any_label, match_overlap
from annotator.core.model import AnnotatedDocument, Relation, Span
from annotator.core.unitizing import UnitizingTally, clean_units, combine
from annotator.text.tokens import tokenize

PRIORITY = ("SPEAKER", "DATE", "CLAIM")
#: Attributes compared on matched spans, by label.
ATTRIBUTES: Mapping[str, tuple[str, ...]] = {
    "DATE": ("value",),
    "SPEAKER": ("entity",),
    "CLAIM": ("kind",),
}
#: Relation types compared on matched spans of their head label.
LINKS: Mapping[str, str] = {"said_by": "CLAIM", "dated": "CLAIM"}

__all__ = [
    "ALL",
    "ATTRIBUTES",
    "LINKS",
    "NONE",
    "PRIORITY",
    "DocLayers",
    "group_layers",
    "measure_agreement",
    "token_categories",
]


def group_layers(annotated: Iterable[AnnotatedDocument]) -> Iterator[DocLayers]:
    """Gather per-layer AnnotatedDocuments into one DocLayers per document, lazily:
    one document is held at a time, so memory stays flat in their number.

    :param annotated: layers of documents, each document's layers next to each other
        (as ``services.exporting.annotated_documents`` yields them).
    :returns: one record per run of the same document, in input order.
    """
    for key, run in groupby(annotated, key=lambda ad: ad.document.id):
        spans: dict = {}
        rels: dict = {}
        doc = None
        for ad in run:
            doc = ad.document
            spans[ad.layer] = ad.spans
            rels[ad.layer] = ad.relations
        assert doc is not None
        yield DocLayers(key if key is not None else -1, doc.text, spans, rels, doc.title)


def _order(labels: Sequence[str], priority: Sequence[str]) -> list[str]:
    return [x for x in priority if x in labels] + [x for x in labels if x not in priority]


def token_categories(
    text: str,
    spans: Iterable[Span],
    labels: Sequence[str],
    *,
    tokens: Sequence[tuple[int, int]] | None = None,
    priority: Sequence[str] = PRIORITY,
) -> tuple[dict[str, set[int]], dict[int, str]]:
    """Which tokens each label covers, and each covered token's one category.

    :param text: the document text; :func:`tokenize` splits it unless ``tokens``.
    :param spans: one layer's spans; other labels than ``labels`` are ignored.
    :param labels: the labels, in schema order.
    :returns: ``(covered, category)``: for each label the indices of tokens sharing a
        character with a span of it; for each covered token index the label that wins
        by priority (``priority`` first, then ``labels`` order). Tokens not in
        ``category`` are "(none)".
    """
    toks = tokenize(text) if tokens is None else tokens
    ends = [e for _, e in toks]
    covered: dict[str, set[int]] = {label: set() for label in labels}
    for sp in spans:
        cover = covered.get(sp.label)
        if cover is None:
            continue
        i = bisect_right(ends, sp.start)
        while i < len(toks) and toks[i][0] < sp.end:
            cover.add(i)
            i += 1
    category: dict[int, str] = {}
    for label in reversed(_order(labels, priority)):
        for i in covered[label]:
            category[i] = label
    return covered, category


def _norm(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


class _Tally:
    """All the sums of one measure_agreement call."""

    def __init__(self, layers: tuple[str, ...], labels: tuple[str, ...]) -> None:
        self.pairs = list(combinations(layers, 2))
        # all layers together, unless that is the one pair already
        self.groups = [*self.pairs, layers] if len(layers) > 2 else self.pairs
        self.counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.docs: Counter[tuple[str, ...]] = Counter()
        self.token_docs: Counter[tuple[str, ...]] = Counter()
        self.cohen = {(p, lab): PairTally() for p in self.pairs for lab in (*labels, ALL)}
        self.fleiss = {lab: FleissTally(len(layers)) for lab in (*labels, ALL)}
        self.alpha = {lab: AlphaTally() for lab in (*labels, ALL)}
        self.unitizing = {(g, lab): UnitizingTally(len(g)) for g in self.groups for lab in labels}
        self.attrs: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.links: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.confusion: dict[tuple[str, str], Counter[tuple[str, str]]] = defaultdict(Counter)
        self.ranking: list[DocDisagreement] = []


def _tails(relations: Sequence[Relation]) -> dict[tuple[str, int], list[tuple]]:
    out: dict[tuple[str, int], list[tuple]] = defaultdict(list)
    for r in relations:
        out[(r.type, r.head)].append((r.tail, r.tail_entity))
    return out


def _links_agree(ta: list, tb: list, side_a: dict, side_b: dict, matched: dict) -> bool:
    if len(ta) != len(tb):
        return False

    def same(x: tuple, y: tuple) -> bool:
        sa, sb = side_a.get(x[0]), side_b.get(y[0])
        if sa is not None and sb is not None and matched.get(id(sa)) is sb:
            return True
        ea = _norm(x[1] if x[1] is not None else sa.attrs.get("entity") if sa else None)
        eb = _norm(y[1] if y[1] is not None else sb.attrs.get("entity") if sb else None)
        return ea is not None and ea == eb

    if len(ta) > 6:  # never in practice: compare in order
        return all(same(x, y) for x, y in zip(ta, tb, strict=True))
    return any(all(same(x, y) for x, y in zip(ta, p, strict=True)) for p in permutations(tb))


def _pair(t: _Tally, doc: DocLayers, x: str, y: str, spans: dict, labels: tuple) -> float | None:
    """Span, attribute, link and confusion figures of one pair of layers on one document."""
    pair = (x, y)
    matched: dict[int, Span] = {}
    pairs_of: dict[str, list[tuple[Span, Span]]] = {}
    total = [0, 0, 0]
    for label in labels:
        a, b = spans[x][label], spans[y][label]
        tp = exact_matches(a, b)
        for k, v in enumerate((tp, len(b) - tp, len(a) - tp)):
            t.counts[(pair, label, "exact")][k] += v
            t.counts[(pair, ALL, "exact")][k] += v
        found = pairs_of[label] = match_overlap(a, b)
        for k, v in enumerate((len(found), len(b) - len(found), len(a) - len(found))):
            t.counts[(pair, label, "overlap")][k] += v
            t.counts[(pair, ALL, "overlap")][k] += v
            total[k] += v
        for sa, sb in found:
            matched[id(sa)] = sb
            for attr in ATTRIBUTES.get(label, ()):
                va, vb = _norm(sa.attrs.get(attr)), _norm(sb.attrs.get(attr))
                row = t.attrs[(pair, label, attr)]
                row[0] += 1
                row[1] += va == vb
                row[2] += va is None and vb is None
    by_id = [{s.id: s for lab in labels for s in spans[z][lab] if s.id is not None} for z in pair]
    tails = [_tails(doc.relations.get(z, ())) for z in pair]
    for rtype, head in LINKS.items():
        if head not in labels:
            continue
        for sa, sb in pairs_of[head]:
            ta, tb = tails[0].get((rtype, sa.id), []), tails[1].get((rtype, sb.id), [])
            row = t.links[(pair, rtype)]
            row[0] += 1
            row[1] += _links_agree(ta, tb, by_id[0], by_id[1], matched)
            row[2] += not ta and not tb
    every = [[s for lab in labels for s in spans[z][lab]] for z in pair]
    found = match_any_label(every[0], every[1])
    conf = t.confusion[pair]
    for sa, sb in found:
        conf[(sa.label, sb.label)] += 1
    hit = {id(s) for p in found for s in p}
    for z, side in enumerate(every):
        for s in side:
            if id(s) not in hit:
                conf[(s.label, NONE) if z == 0 else (NONE, s.label)] += 1
    den = 2 * total[0] + total[1] + total[2]
    return 2 * total[0] / den if den else None


def _tokens(t: _Tally, doc: DocLayers, present: list[str], spans: dict, labels: tuple) -> None:
    """Cohen, Fleiss and alpha tallies of one document's tokens."""
    toks = tokenize(doc.text) if doc.tokens is None else doc.tokens
    n = len(toks)
    cov, cat = {}, {}
    for z in present:
        flat = [s for lab in labels for s in spans[z][lab]]
        cov[z], cat[z] = token_categories(doc.text, flat, labels, tokens=toks)
    everyone = len(present) == len(t.groups[-1])
    for label in (*labels, ALL):
        blank: object
        if label == ALL:
            seen: dict[str, Mapping[int, object]] = {z: cat[z] for z in present}
            blank = NONE
        else:
            seen = {z: dict.fromkeys(cov[z][label], True) for z in present}
            blank = False
        marked = set().union(*(m.keys() for m in seen.values()))
        for x, y in t.pairs:
            if x in seen and y in seen:
                tally = t.cohen[((x, y), label)]
                both = seen[x].keys() | seen[y].keys()
                for i in both:
                    tally.add(seen[x].get(i, blank), seen[y].get(i, blank))
                tally.add(blank, blank, n - len(both))
        for i in marked:
            values = [seen[z].get(i, blank) for z in present]
            t.alpha[label].add(values)
            if everyone:
                t.fleiss[label].add(Counter(values).items())
        t.alpha[label].add([blank] * len(present), n - len(marked))
        if everyone:
            t.fleiss[label].add([(blank, len(present))], n - len(marked))


def _document(t: _Tally, doc: DocLayers, layers: tuple, labels: tuple) -> None:
    present = [z for z in layers if z in doc.spans]
    size = len(doc.text)
    spans = {
        z: {
            lab: [s for s in doc.spans[z] if s.label == lab and 0 <= s.start < s.end <= size]
            for lab in labels
        }
        for z in present
    }
    f1s = []
    for x, y in t.pairs:
        if x in spans and y in spans:
            f1s.append((x, y, _pair(t, doc, x, y, spans, labels)))
    for group in t.groups:
        if all(z in spans for z in group):
            t.docs[group] += 1
            for label in labels:
                units = [clean_units((s.start, s.end) for s in spans[z][label]) for z in group]
                t.unitizing[(group, label)].add(size, units)
    if len(present) >= 2:
        for group in t.groups:
            if all(z in spans for z in group):
                t.token_docs[group] += 1
        _tokens(t, doc, present, spans, labels)
    defined = [f for _, _, f in f1s if f is not None]
    t.ranking.append(
        DocDisagreement(
            doc.document_id,
            doc.title,
            tuple(present),
            sum(len(v) for z in present for v in spans[z].values()),
            1 - sum(defined) / len(defined) if defined else None,
            tuple(f1s),
        )
    )


def measure_agreement(
    docs: Iterable[DocLayers],
    labels: Sequence[str],
    *,
    layers: Sequence[str] | None = None,
) -> AgreementReport:
    """Every agreement figure between the layers of these documents (module docstring).

    :param docs: the documents, each with the layers that annotated it.
    :param labels: the labels to measure, in schema order.
    :param layers: the layers to compare (at least two); default every layer seen,
        sorted by name.
    :returns: the report; its ranking lists every document, worst first.
    :raises ValueError: fewer than two layers.
    """
    if layers is None:  # every layer seen: the documents are read twice
        docs = list(docs)
        layers = sorted({z for d in docs for z in d.spans})
    layer_t, label_t = tuple(dict.fromkeys(layers)), tuple(dict.fromkeys(labels))
    if len(layer_t) < 2:
        raise ValueError("agreement needs at least two layers")
    t = _Tally(layer_t, label_t)
    count = 0
    for doc in docs:  # one document at a time: memory stays flat in their number
        _document(t, doc, layer_t, label_t)
        count += 1
    return _report(t, layer_t, label_t, count)


def _report(t: _Tally, layers: tuple, labels: tuple, documents: int) -> AgreementReport:
    span_rows = []
    for label in (*labels, ALL):
        for match in ("exact", "overlap"):
            pooled = [0, 0, 0]
            for pair in t.pairs:
                c = t.counts[(pair, label, match)]
                pooled = [p + v for p, v in zip(pooled, c, strict=True)]
                span_rows.append(SpanF1(pair, label, match, *c, t.docs[pair]))
            if len(layers) > 2:
                span_rows.append(SpanF1(layers, label, match, *pooled, t.docs[layers]))
    coef = []
    for label in (*labels, ALL):
        for pair in t.pairs:
            tally = t.cohen[(pair, label)]
            coef.append(
                Coefficient(
                    "cohen_kappa", pair, label, tally.kappa(), tally.items, t.token_docs[pair]
                )
            )
        fl, al = t.fleiss[label], t.alpha[label]
        coef.append(
            Coefficient("fleiss_kappa", layers, label, fl.kappa(), fl.items, t.token_docs[layers])
        )
        docs_alpha = sum(1 for r in t.ranking if len(r.layers) >= 2)
        coef.append(
            Coefficient("krippendorff_alpha", layers, label, al.alpha(), al.units, docs_alpha)
        )
    for group in t.groups:
        for label in labels:
            score = t.unitizing[(group, label)].score()
            coef.append(
                Coefficient("alpha_u", group, label, score.alpha, score.length, t.docs[group])
            )
        score = combine(t.unitizing[(group, label)] for label in labels)
        length = t.unitizing[(group, labels[0])].length if labels else 0
        coef.append(Coefficient("alpha_u", group, ALL, score.alpha, length, t.docs[group]))
    attrs = [
        AttributeAgreement(pair, label, attr, *t.attrs[(pair, label, attr)])
        for pair in t.pairs
        for label in labels
        for attr in ATTRIBUTES.get(label, ())
    ]
    links = [
        LinkAgreement(pair, rtype, *t.links[(pair, rtype)])
        for pair in t.pairs
        for rtype, head in LINKS.items()
        if head in labels
    ]
    axis = (*labels, NONE)
    confusion = [
        ConfusionMatrix(
            pair, axis, tuple(tuple(t.confusion[pair][(r, c)] for c in axis) for r in axis)
        )
        for pair in t.pairs
    ]
    ranking = sorted(
        t.ranking,
        key=lambda r: (r.disagreement is None, -(r.disagreement or 0.0), -r.spans, r.document_id),
    )
    return AgreementReport(
        layers,
        labels,
        documents,
        tuple(span_rows),
        tuple(coef),
        tuple(attrs),
        tuple(links),
        tuple(ranking),
        tuple(confusion),
    )
