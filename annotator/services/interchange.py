"""Import annotation layers made with other tools into the project.

A document is matched by the SHA-256 of its text (so brat's .txt, a doccano
export and an XMI of the same article meet the same document) and created when
the project does not have it. Spans and relations are added as one annotator
layer, all or nothing: without ``skip_bad`` the first bad record (offsets that do
not match the text, an unknown span in a relation) raises and nothing changes.
Re-importing the same file adds nothing twice. A document whose id is already taken
by a document with another text (two files with the same name in two folders give
the same derived ids) is stored under ``<id>~<first 12 hex digits of its SHA-256>``:
unique, and the same on every import of that text.

Every file is read through annotator.io.layers.checks.checked_read: no exception from
an importer reaches the caller, and documents over ``options.max_chars``, with
unpaired surrogates or with the same id as an earlier one of another text are bad
records.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.model import Alias, AnnotatedDocument, Entity, Span
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.importers import BadRecord
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.io.layers.base import ENTITY_LINK
from annotator.io.layers.checks import checked_read
from annotator.store import ProjectStore

log = logging.getLogger(__name__)


class LayerImportFailed(Exception):
    """One line naming the file and record; nothing was imported."""


@dataclass
class LayerReport:
    documents_created: int = 0
    documents_matched: int = 0
    spans: int = 0
    relations: int = 0
    skipped_existing: int = 0
    entities_created: int = 0  # speaker-registry entries made for entity links
    entities_linked: int = 0  # spans linked to a registry entry by an entity link
    bad: list[str] = field(default_factory=list)


def import_layers(
    store: ProjectStore,
    paths: Iterable[str | Path],
    fmt: str,
    options: LayerOptions | None = None,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> LayerReport:
    options = options or LayerOptions()
    try:
        importer = get_layer_importer(fmt)
    except KeyError as exc:
        raise LayerImportFailed(exc.args[0]) from exc
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise LayerImportFailed(f"{p}: no such file or folder")
    report = LayerReport()
    links: dict[str, int] = {}  # Wikidata id -> registry entity id, filled on first use
    with store.atomic():
        for n, path in enumerate(paths, 1):
            for item in checked_read(importer, path, options):
                if isinstance(item, BadRecord):
                    if not skip_bad:
                        raise LayerImportFailed(f"{item} (nothing was imported)")
                    report.bad.append(str(item))
                    continue
                _store_layer(store, item, fmt, options, report, links)
            if progress:
                progress(n, len(paths))
    log.info("imported %d spans, %d relations", report.spans, report.relations)
    return report


def _store_layer(
    store: ProjectStore,
    item: AnnotatedDocument,
    fmt: str,
    options: LayerOptions,
    report: LayerReport,
    links: dict[str, int],
) -> None:
    doc = store.documents.by_hash(item.document.text_sha256)
    if doc is None:
        new = item.document
        if store.documents.by_ext_id(new.ext_id) is not None:  # taken by another text
            new = replace(new, ext_id=f"{new.ext_id}~{new.text_sha256[:12]}")
        (doc_id,) = store.documents.insert_many([new])
        doc = store.documents.get(doc_id)
        report.documents_created += 1
    else:
        report.documents_matched += 1
    annotator = options.annotator or item.annotator or f"import:{fmt}"
    existing = {(s.label, s.start, s.end): s.id for s in store.annotations.spans(doc.id, annotator)}
    new_ids: dict[int, int] = {}
    for span in item.spans:
        try:
            check_span_offsets(doc.text, span)
        except OffsetError as exc:
            raise LayerImportFailed(f"document {doc.ext_id}: {exc}") from exc
        if ENTITY_LINK in span.attrs:
            span = _link_entity(store, span, doc.lang, links, report)
        key = (span.label, span.start, span.end)
        if key in existing:
            new_ids[span.id] = existing[key]
            report.skipped_existing += 1
            continue
        stored = store.annotations.add_span(
            replace(
                span,
                id=None,
                document_id=doc.id,
                annotator=annotator,
                origin=span.origin if span.origin.startswith("import:") else f"import:{fmt}",
            ),
            log=False,
        )
        new_ids[span.id] = stored.id
        existing[key] = stored.id
        report.spans += 1
    have = {
        (r.type, r.head, r.tail, r.tail_entity)
        for r in store.annotations.relations(doc.id, annotator)
    }
    for rel in item.relations:
        if rel.head not in new_ids or (rel.tail is not None and rel.tail not in new_ids):
            raise LayerImportFailed(
                f"document {doc.ext_id}: relation {rel.id} refers to a span that is not there"
            )
        head, tail = new_ids[rel.head], new_ids.get(rel.tail) if rel.tail is not None else None
        if (rel.type, head, tail, rel.tail_entity) in have:
            continue
        store.annotations.add_relation(
            replace(rel, id=None, document_id=doc.id, annotator=annotator, head=head, tail=tail),
            log=False,
        )
        report.relations += 1
    store.events.append(
        annotator,
        doc.id,
        "layer.import",
        {"format": fmt, "spans": report.spans, "relations": report.relations},
    )


def _link_entity(
    store: ProjectStore, span: Span, lang: str, links: dict[str, int], report: LayerReport
) -> Span:
    """``span`` with its ENTITY_LINK replaced by ``entity`` = the registry entry with that
    Wikidata id (created, named by the link or the span text, when there is none)."""
    attrs = dict(span.attrs)
    link = attrs.pop(ENTITY_LINK)
    qid = link.get("wikidata") if isinstance(link, dict) else None
    if not isinstance(qid, str) or not qid:
        return replace(span, attrs=attrs)
    if not links:
        links.update({e.wikidata: e.id for e in store.entities.all() if e.wikidata and e.id})
    if qid not in links:
        name = str(link.get("name") or "").strip() or span.text.strip()
        aliases = (Alias(name), Alias(span.text.strip(), lang)) if name != span.text else ()
        entity = store.entities.add(Entity(None, name, wikidata=qid, aliases=aliases))
        links[qid] = entity.id or 0
        report.entities_created += 1
    else:
        store.entities.add_alias(links[qid], Alias(span.text.strip(), lang))
    report.entities_linked += 1
    return replace(span, attrs={**attrs, "entity": links[qid]})
