"""Curation: the analysts' layers adjudicated into one gold layer.

A document's analyst layers are cut into **units**: groups of spans (any label, any
layer) that overlap one another. A unit is *agreed* when every analyst layer has the
same spans there (label, offsets and attributes); otherwise it is a disagreement for
the curator, who takes one analyst's version, rejects them all, or edits the gold
spans by hand and settles the unit; each decision settles the unit's region (a
"resolved" unit is one the curator decided). Every step is one edit group in the
gold layer.

``auto_curate`` copies into gold what every analyst agrees on: each span whose label
and offsets are in every analyst layer (with the attributes they all give it the same
value), and each link between two such spans that every analyst made. Its origin is
``merged:<layer>+<layer>...`` and its author the curator. It is idempotent.

The curation status of an article is its status in the gold layer: ``in_progress``
(to curate) until the curator marks it ``done`` (curated).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from annotator.core.model import GOLD_LAYER, Relation, Span
from annotator.services.annotate import AnnotationSession, EditRefused
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore

Key = tuple[str, int, int]


def span_key(span: Span) -> Key:
    return (span.label, span.start, span.end)


@dataclass(frozen=True)
class Version:
    """One analyst layer's spans in a unit (empty: that analyst marked nothing there)."""

    layer: str
    spans: tuple[Span, ...]

    def keys(self) -> frozenset:
        return frozenset(
            (s.label, s.start, s.end, tuple(sorted(s.attrs.items(), key=str))) for s in self.spans
        )


@dataclass(frozen=True)
class Unit:
    document_id: int
    start: int
    end: int
    versions: tuple[Version, ...]
    state: str  # "agreed", "open", "resolved"

    @property
    def disagreement(self) -> bool:
        return self.state != "agreed"

    def version(self, layer: str) -> Version:
        for v in self.versions:
            if v.layer == layer:
                return v
        raise KeyError(f"no layer {layer!r} in this unit")


def _same(versions: tuple[Version, ...]) -> bool:
    """Every version has the same spans (label, offsets, attributes)."""
    sizes = {len(v.spans) for v in versions}
    if len(sizes) > 1:
        return False
    first = versions[0].keys()
    return all(v.keys() == first for v in versions[1:])


def analyst_layers(project: Project | ProjectStore, doc_id: int | None = None) -> list[str]:
    """The analyst layers of the project (with content on ``doc_id`` when given)."""
    store = store_of(project)
    names = [layer.name for layer in store.layers() if layer.kind == "analyst"]
    if doc_id is None:
        return names
    present = set(store.annotations.layers(doc_id))
    return [n for n in names if n in present]


def units(
    project: Project | ProjectStore,
    doc_id: int,
    layers: Sequence[str] | None = None,
    gold: str = GOLD_LAYER,
) -> list[Unit]:
    """The document's units in text order, with their state against the gold layer."""
    store = store_of(project)
    layers = list(layers) if layers is not None else analyst_layers(store, doc_id)
    spans = [(layer, s) for layer in layers for s in store.annotations.spans(doc_id, layer)]
    spans.sort(key=lambda ls: (ls[1].start, -ls[1].end))
    settled = store.annotations.dismissals(doc_id, gold)
    groups: list[list[tuple[str, Span]]] = []
    end = -1
    for layer, s in spans:
        if not groups or s.start >= end:
            groups.append([])
            end = s.end
        else:
            end = max(end, s.end)
        groups[-1].append((layer, s))
    result = []
    for group in groups:
        start = min(s.start for _, s in group)
        stop = max(s.end for _, s in group)
        mine: dict[str, list[Span]] = {layer: [] for layer in layers}
        for layer, s in group:
            mine[layer].append(s)
        versions = tuple(Version(layer, tuple(mine[layer])) for layer in layers)
        if len(layers) > 1 and _same(versions):
            state = "agreed"
        else:
            state = "resolved" if (start, stop) in settled else "open"
        result.append(Unit(doc_id, start, stop, versions, state))
    return result


@dataclass
class CurateReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    open_units: int = 0
    agreed_documents: int = 0  # documents with no disagreement at all
    per_document: dict[int, int] = field(default_factory=dict)  # doc id -> open units


def auto_curate(
    project: Project | ProjectStore,
    author: str,
    layers: Sequence[str] | None = None,
    doc_ids: Iterable[int] | None = None,
    gold: str = GOLD_LAYER,
    progress: Callable[[int, int], None] | None = None,
) -> CurateReport:
    """Copy into ``gold`` everything the analyst layers agree on (one edit group)."""
    store = store_of(project)
    ids = list(doc_ids) if doc_ids is not None else store.documents.ids()
    report = CurateReport()
    store.layer_id(gold, kind="curation")
    with store.edit_group(author, gold, None, "curate automatically"):
        for n, doc_id in enumerate(ids, 1):
            names = list(layers) if layers is not None else analyst_layers(store, doc_id)
            if len(names) >= 2:
                _auto_document(store, doc_id, names, gold, author, report)
            if progress:
                progress(n, len(ids))
    return report


def _auto_document(
    store: ProjectStore,
    doc_id: int,
    names: list[str],
    gold: str,
    author: str,
    report: CurateReport,
) -> None:
    per_layer = {n: store.annotations.spans(doc_id, n) for n in names}
    by_key = [{span_key(s): s for s in per_layer[n]} for n in names]
    common = set(by_key[0]).intersection(*by_key[1:])
    have = {span_key(s): s for s in store.annotations.spans(doc_id, gold)}
    origin = "merged:" + "+".join(names)
    new_spans: list[Span] = []
    for k, key in enumerate(sorted(common)):
        if key in have:
            continue
        first = by_key[0][key]
        attrs = {
            a: v for a, v in first.attrs.items() if all(m[key].attrs.get(a) == v for m in by_key)
        }
        new_spans.append(
            replace(
                first,
                id=-k - 1,
                layer=gold,
                attrs=attrs,
                origin=origin,
                author=author,
                attr_origin={},
            )
        )
    local = {span_key(s): s.id for s in new_spans}
    targets = {**{k: s.id for k, s in have.items()}, **local}
    rel_sets = []
    for n, keyed in zip(names, by_key, strict=True):
        ids = {s.id: span_key(s) for s in keyed.values()}
        rel_sets.append(
            {
                (r.type, ids.get(r.head), ids.get(r.tail), r.tail_entity)
                for r in store.annotations.relations(doc_id, n)
            }
        )
    gold_ids = {s.id: span_key(s) for s in have.values()}
    existing = {
        (r.type, gold_ids.get(r.head), gold_ids.get(r.tail), r.tail_entity)
        for r in store.annotations.relations(doc_id, gold)
    }
    new_rels = []
    for rtype, head, tail, entity in sorted(set.intersection(*rel_sets), key=str):
        if head not in targets or (tail is not None and tail not in targets):
            continue
        if (rtype, head, tail, entity) in existing:
            continue
        new_rels.append(
            Relation(
                None,
                doc_id,
                gold,
                rtype,
                targets[head],
                targets[tail] if tail is not None else None,
                entity,
                origin,
                author,
            )
        )
    if new_spans or new_rels:
        store.annotations.add_bulk(new_spans, new_rels, checked=True)
        if store.status.get(doc_id, gold).status == "todo":
            store.status.put(doc_id, gold, "in_progress", 0.0)
    open_units = sum(1 for u in units(store, doc_id, names, gold) if u.state == "open")
    report.documents += 1
    report.spans += len(new_spans)
    report.relations += len(new_rels)
    report.open_units += open_units
    report.per_document[doc_id] = open_units
    report.agreed_documents += open_units == 0


def take(session: AnnotationSession, unit: Unit, layer: str) -> list[Span]:
    """Make the gold spans of ``unit``'s region ``layer``'s version (with its links whose
    other end is in gold): one edit group."""
    store = store_of(session.project)
    version = unit.version(layer)
    with session.group(f"take {layer}'s version", unit.document_id):
        _clear(store, unit, session.layer)
        gold = {span_key(s): s.id for s in store.annotations.spans(unit.document_id, session.layer)}
        new = [
            replace(
                s, id=-k - 1, layer=session.layer, origin=f"merged:{layer}", author=session.author
            )
            for k, s in enumerate(version.spans)
        ]
        mapping = {s.id: -k - 1 for k, s in enumerate(version.spans)}
        keys = {s.id: span_key(s) for s in store.annotations.spans(unit.document_id, layer)}
        rels = []
        for r in store.annotations.relations(unit.document_id, layer):
            head = mapping.get(r.head) or gold.get(keys.get(r.head))
            tail = None
            if r.tail is not None:
                tail = mapping.get(r.tail) or gold.get(keys.get(r.tail))
            if head is None or (r.tail is not None and tail is None):
                continue
            if r.head not in mapping and (r.tail is None or r.tail not in mapping):
                continue  # a link outside this unit
            rels.append(
                replace(
                    r,
                    id=None,
                    layer=session.layer,
                    head=head,
                    tail=tail,
                    origin=f"merged:{layer}",
                    author=session.author,
                )
            )
        spans, _ = store.annotations.add_bulk(new, rels, checked=True)
        _settle(store, unit, session.layer)
    return spans


def reject(session: AnnotationSession, unit: Unit) -> Unit:
    """None of the versions: the region stays empty in gold, and is settled.
    Returns the unit."""
    store = store_of(session.project)
    with session.group("reject every version", unit.document_id):
        _clear(store, unit, session.layer)
        _settle(store, unit, session.layer)
    return unit


def settle(session: AnnotationSession, unit: Unit) -> Unit:
    """Keep the gold spans of the region as the curator edited them, and settle it.
    Returns the unit."""
    store = store_of(session.project)
    if unit.state == "resolved":
        raise EditRefused("this disagreement is settled already")
    with session.group("settle a disagreement", unit.document_id):
        _settle(store, unit, session.layer)
    return unit


def _settle(store: ProjectStore, unit: Unit, gold: str) -> None:
    """Record the curator's decision on the unit's region (once)."""
    if (unit.start, unit.end) not in store.annotations.dismissals(unit.document_id, gold):
        store.annotations.set_dismissed(unit.document_id, gold, unit.start, unit.end, True)


def _clear(store: ProjectStore, unit: Unit, gold: str) -> None:
    inside = [
        s
        for s in store.annotations.spans(unit.document_id, gold)
        if unit.start <= s.start < unit.end
    ]
    if inside:
        removed = store.annotations.delete_bulk([s.id for s in inside], [])
        store.events.append(gold, unit.document_id, "spans.bulk_delete", removed)


def open_units(project: Project | ProjectStore, gold: str = GOLD_LAYER) -> dict[int, int]:
    """Open disagreements per document (documents with at least two analyst layers)."""
    store = store_of(project)
    result = {}
    for doc_id in store.documents.ids():
        names = analyst_layers(store, doc_id)
        if len(names) >= 2:
            result[doc_id] = sum(1 for u in units(store, doc_id, names, gold) if u.state == "open")
    return result
