"""Run the suggestion engines and turn accepted suggestions into spans.

Engines run in order (dates, speakers, learned, claims): each sees the suggestions of the
ones before, so a claim can be linked to a suggested speaker and date. Suggestions
are stored per document and layer; a rejected one never comes back, and an
accepted one becomes a normal span with origin ``suggested:<engine>`` (undoing
the accept shows the suggestion again).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from annotator.core.learned import TrainedModel
from annotator.core.model import Document, Entity, Relation, Span, SuggestionRecord
from annotator.services.annotate import AnnotationSession, EditRefused
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore
from annotator.suggest import SuggestContext, Suggestion, engine_names, get_engine

log = logging.getLogger(__name__)


class SuggestFailed(Exception):
    """One line: which engine failed on which document."""


def compute(
    doc: Document,
    spans: Sequence[Span],
    entities: Sequence[Entity],
    engines: Sequence[str] | None = None,
    models: Mapping[str, TrainedModel] | None = None,
) -> list[Suggestion]:
    """Pure computation (no store access): safe to run on a worker thread.
    ``models``: the project's trained models by language (:func:`models_of`)."""
    names = [n for n in engine_names() if engines is None or n in engines]
    context = SuggestContext(
        anchor=doc.published,
        entities=tuple(entities),
        spans=tuple(spans),
        model=(models or {}).get(doc.lang),
    )
    found: list[Suggestion] = []
    for name in names:
        try:
            produced = list(get_engine(name).suggest(doc, replace(context, earlier=tuple(found))))
        except Exception as exc:  # an engine bug must not lose the analyst's work
            raise SuggestFailed(f"engine {name} failed on document {doc.ext_id}: {exc}") from exc
        for s in produced:
            if not (0 <= s.start < s.end <= len(doc.text)) or doc.text[s.start : s.end] != s.text:
                raise SuggestFailed(
                    f"engine {name} gave offsets [{s.start}, {s.end}) that do not match "
                    f"document {doc.ext_id}"
                )
        found += produced
    return found


_MODELS: weakref.WeakKeyDictionary[ProjectStore, tuple[tuple, dict[str, TrainedModel]]] = (
    weakref.WeakKeyDictionary()
)


def models_of(project: Project | ProjectStore) -> dict[str, TrainedModel]:
    """The project's trained models by language, read again only after a retraining."""
    store = store_of(project)
    described = store.models.describe()
    key = tuple(m.key for m in described)
    cached = _MODELS.get(store)
    if cached is not None and cached[0] == key:
        return cached[1]
    models = {m.lang: model for m in described if (model := store.models.get(m.lang))}
    _MODELS[store] = (key, models)
    return models


def to_records(doc_id: int, layer: str, found: Iterable[Suggestion]) -> list[SuggestionRecord]:
    return [
        SuggestionRecord(
            None,
            doc_id,
            layer,
            s.engine,
            s.label,
            s.start,
            s.end,
            s.text,
            s.rule,
            dict(s.attrs),
            tuple(
                {
                    "type": ln.type,
                    "tail_start": ln.tail_start,
                    "tail_end": ln.tail_end,
                    "tail_label": ln.tail_label,
                }
                for ln in s.links
            ),
        )
        for s in found
    ]


def suggest_document(
    store: Project | ProjectStore,
    doc_id: int,
    layer: str,
    engines: Sequence[str] | None = None,
    entities: Sequence[Entity] | None = None,
) -> list[SuggestionRecord]:
    """Run the engines on one document, store what is new, return what is visible."""
    store = store_of(store)
    doc = store.documents.get(doc_id)
    spans = store.annotations.spans(doc_id, layer)
    entities = store.entities.all() if entities is None else entities
    found = compute(doc, spans, entities, engines, models_of(store))
    store.suggestions.save(to_records(doc_id, layer, found))
    return store.suggestions.visible(doc_id, layer)


@dataclass
class SuggestReport:
    documents: int = 0
    new: int = 0


def suggest_project(
    store: Project | ProjectStore,
    layer: str,
    engines: Sequence[str] | None = None,
    doc_ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SuggestReport:
    """Suggestions for many documents (the registry is read once)."""
    store = store_of(store)
    unknown = [e for e in engines or () if e not in engine_names()]
    if unknown:
        raise SuggestFailed(f"unknown engine {unknown[0]!r}; known: {', '.join(engine_names())}")
    ids = list(doc_ids) if doc_ids is not None else store.documents.ids()
    entities = store.entities.all()
    models = models_of(store)
    report = SuggestReport()
    for n, doc_id in enumerate(ids, 1):
        doc = store.documents.get(doc_id)
        spans = store.annotations.spans(doc_id, layer)
        found = compute(doc, spans, entities, engines, models)
        report.new += store.suggestions.save(to_records(doc_id, layer, found))
        report.documents += 1
        if progress:
            progress(n, len(ids))
    return report


@dataclass(frozen=True)
class Accepted:
    """What accepting a suggestion wrote (one edit group), for the status bar."""

    span: Span
    added: tuple[Span, ...]  # every span the accept created, the suggestion's own first
    links: tuple[Relation, ...]
    overlaps: tuple[Span, ...]  # spans of OTHER labels in the layer that the new ones overlap

    def summary(self) -> str:
        """One line: "added CLAIM with SPEAKER, DATE and 2 links (overlaps a DATE)"."""
        if not self.added:
            return f"{self.span.label} was already there"
        head, *rest = self.added
        text = f"added {head.label} «{head.text[:30]}»"
        if rest:
            text += " with " + ", ".join(s.label for s in rest)
        if self.links:
            text += f" and {len(self.links)} link{'s' if len(self.links) > 1 else ''}"
        if self.overlaps:
            text += " (overlaps " + ", ".join(sorted({s.label for s in self.overlaps})) + ")"
        return text


def accept(session: AnnotationSession, record: SuggestionRecord) -> Accepted:
    """Make ``record`` a span (origin suggested:<engine>) with its links, as ONE edit
    group (one undo step). A link's tail that is itself a pending suggestion is
    accepted along with it; a tail that the layer already has (same label,
    overlapping) is linked instead of being added twice."""
    store = store_of(session.project)
    doc = store.documents.get(record.document_id)
    if doc.text[record.start : record.end] != record.text:
        raise EditRefused("the suggestion no longer matches the text")
    before = {s.id for s in store.annotations.spans(doc.id, session.layer)}
    with session.group(f"accept {record.label} suggestion «{record.text[:30]}»", doc.id):
        span, links = _accept(session, store, doc, record)
    after = store.annotations.spans(doc.id, session.layer)
    added = [s for s in after if s.id not in before]
    added.sort(key=lambda s: s.id != span.id)
    overlaps = [
        o
        for o in after
        if o.id in before
        and any(o.label != a.label and o.start < a.end and a.start < o.end for a in added)
    ]
    return Accepted(span, tuple(added), tuple(links), tuple(overlaps))


def _accept(
    session: AnnotationSession, store: ProjectStore, doc: Document, record: SuggestionRecord
) -> tuple[Span, list[Relation]]:
    span = _existing(session, doc.id, record.label, record.start, record.end)
    if span is None:
        span = session.create_span(
            doc,
            record.start,
            record.end,
            record.label,
            snap=False,
            attrs=dict(record.attrs),
            origin=f"suggested:{record.engine}",
        )
    links = []
    for link in record.links:
        key = (link["tail_label"], link["tail_start"], link["tail_end"])
        tail = _existing(session, doc.id, *key)
        if tail is None:
            pending = [
                s
                for s in store.suggestions.visible(doc.id, session.layer)
                if (s.label, s.start, s.end) == key
            ]
            if pending:
                tail, more = _accept(session, store, doc, pending[0])
                links += more
        if tail is None:
            continue
        links.append(session.link(span, link["type"], tail, origin=f"suggested:{record.engine}"))
    return span, links


def _existing(session: AnnotationSession, doc_id: int, label: str, start: int, end: int):
    """The layer's span with exactly this label and range, else one of this label that
    overlaps it (a suggestion never duplicates what the analyst tagged)."""
    spans = store_of(session.project).annotations.spans(doc_id, session.layer)
    same = [s for s in spans if s.label == label and s.start < end and start < s.end]
    exact = [s for s in same if (s.start, s.end) == (start, end)]
    return (exact or same or [None])[0]


def reject(session: AnnotationSession, record: SuggestionRecord) -> SuggestionRecord:
    """Reject a suggestion (never offered again); one undo step brings it back.
    Returns the record."""
    label = f"reject {record.label} suggestion «{record.text[:30]}»"
    with session.group(label, record.document_id):
        store_of(session.project).suggestions.reject(record)
    return record


def inputs(
    session: AnnotationSession, doc_id: int
) -> tuple[Document, list[Span], list[Entity], dict[str, TrainedModel]]:
    """What :func:`compute` needs for a document (read here, computed elsewhere:
    the window computes on a worker thread): document, spans, registry, models."""
    store = store_of(session.project)
    return (
        store.documents.get(doc_id),
        store.annotations.spans(doc_id, session.layer),
        store.entities.all(),
        models_of(store),
    )


def save(session: AnnotationSession, doc_id: int, found: Iterable[Suggestion]) -> int:
    """Store newly computed suggestions for the session's layer (nothing once the
    project is closed); returns how many were new."""
    store = store_of(session.project)
    if store.closed:
        return 0
    return store.suggestions.save(to_records(doc_id, session.layer, found))


def visible(session: AnnotationSession, doc_id: int) -> list[SuggestionRecord]:
    """The suggestions the session's layer is offered on a document."""
    return store_of(session.project).suggestions.visible(doc_id, session.layer)


def accept_all(session: AnnotationSession, doc_id: int, label: str) -> int:
    """Accept every visible suggestion of ``label`` in the document: one undo step."""
    n = 0
    with session.group(f"accept all {label} suggestions", doc_id):
        for record in visible(session, doc_id):
            if (
                record.label == label
                and _existing(session, doc_id, record.label, record.start, record.end) is None
            ):
                accept(session, record)
                n += 1
    return n
