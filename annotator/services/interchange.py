"""Import annotation layers made with other tools into the project.

A document is matched by the SHA-256 of its text (so brat's .txt, a doccano
export and an XMI of the same article meet the same document) and created when
the project does not have it. Spans and relations are added to one layer (kind
"imported"), all or nothing and as ONE edit group (one undo step): without
``skip_bad`` the first bad record (offsets that do not match the text, an unknown
span in a relation) raises and nothing changes. Every span and relation records
where it came from (origin ``import:<format>:<file name>``) and who imported it.
Re-importing the same file adds nothing twice. A document whose id is already taken
by a document with another text (two files with the same name in two folders give
the same derived ids) is stored under ``<id>~<first 12 hex digits of its SHA-256>``:
unique, and the same on every import of that text. Documents are stored in groups of
GROUP (one look-up, insert and event write per group, not per document) with the same
rows, ids, events and messages as one by one.

Every file is read through annotator.io.layers.checks.checked_read: no exception from
an importer reaches the caller, and documents over ``options.max_chars``, with
unpaired surrogates or with the same id as an earlier one of another text are bad
records. A span's ENTITY_LINK (brat's Wikidata normalisations) becomes its ``entity``
attribute: the speaker-registry entry with that Wikidata id, created when missing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from annotator.core.model import Alias, Document, Entity, Relation
from annotator.core.schema import name_problem
from annotator.io.importers import BadRecord
from annotator.io.layers import LayerOptions, get_layer_importer
from annotator.io.layers.base import ENTITY_LINK, LayerImporter
from annotator.io.layers.checks import checked_read
from annotator.services.importing import READ_AHEAD_BYTES, with_detected_published
from annotator.services.project import Project, store_of
from annotator.services.readahead import ReadAheadFailed, can_read_ahead, read_ahead
from annotator.store import ProjectStore
from annotator.store.bulk_annotations import NewSpan
from annotator.text.fold import fold

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
    #: Wikidata id -> registry entity id, filled on the first entity link
    links: dict[str, int] = field(default_factory=dict, repr=False)


def import_layers(
    store: Project | ProjectStore,
    paths: Iterable[str | Path],
    fmt: str,
    options: LayerOptions | None = None,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
    author: str = "",
) -> LayerReport:
    """Import the annotation files ``paths`` of format ``fmt`` (one edit group by
    ``author``); LayerImportFailed names the file and record at fault."""
    store = store_of(store)
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
    layer = options.layer or f"import:{fmt}"
    label = f"import {fmt} " + (paths[0].name if len(paths) == 1 else f"({len(paths)} files)")
    # reading, checking, dating and folding overlap with storing (see import_paths)
    ahead = sum(p.stat().st_size for p in paths if p.is_file()) >= READ_AHEAD_BYTES
    ahead = ahead and can_read_ahead()
    with (
        store.annotations.references_trusted(),
        store.edit_group(author or None, layer, None, label),
    ):
        for n, path in enumerate(paths, 1):
            args = (importer, path, options)
            items = read_ahead(_prepared, *args) if ahead else _prepared(*args)
            group = _Group(store, f"import:{fmt}:{path.name}", options, report, author)
            with closing(items):
                try:
                    for item in items:
                        if isinstance(item, BadRecord):
                            if not skip_bad:
                                group.store()  # an earlier document's problem comes first
                                raise LayerImportFailed(f"{item} (nothing was imported)")
                            report.bad.append(str(item))
                            continue
                        group.add(item)
                    group.store()
                except ReadAheadFailed as exc:
                    group.store()
                    raise LayerImportFailed(f"{path}: {exc} (nothing was imported)") from exc
            if progress:
                progress(n, len(paths))
    log.info("imported %d spans, %d relations", report.spans, report.relations)
    return report


#: A span as it travels from the reading process: (record-local id, label, start, end,
#: text, attrs, attr_origin). A tuple: unpickling a frozen dataclass costs ~7 µs.
_SpanTuple = tuple[int | None, str, int, int, str, Mapping[str, Any], Mapping[str, Any]]
#: (document as stored if new, layer named by the file, spans, relations, folded title
#: and text)
_Prepared = tuple[Document, str, tuple[_SpanTuple, ...], tuple[Relation, ...], tuple[str, str]]


def _prepared(
    importer: LayerImporter, path: Path, options: LayerOptions
) -> Iterator[_Prepared | BadRecord]:
    """The checked records of ``path``, each with its document as it would be stored
    if new (publication date detected) and its title and text folded for search."""
    for item in checked_read(importer, path, options):
        if isinstance(item, BadRecord):
            yield item
            continue
        doc = with_detected_published(item.document)
        spans = tuple(
            (s.id, s.label, s.start, s.end, s.text, s.attrs, s.attr_origin) for s in item.spans
        )
        yield doc, item.layer, spans, item.relations, (fold(doc.title), fold(doc.text))


#: Documents stored together: one look-up of their hashes and ids, one insert per table
#: and one of their events (per document, these queries cost as much as the rows).
GROUP = 200


class _Group:
    """The documents of one file read but not stored yet (at most GROUP): stored as if
    one by one, in order, with the same ids, rows, events and errors."""

    def __init__(
        self,
        store: ProjectStore,
        origin: str,
        options: LayerOptions,
        report: LayerReport,
        author: str,
    ) -> None:
        self.db, self.origin, self.options = store, origin, options
        self.report, self.author = report, author
        self.items: list[_Prepared] = []
        self.keys: set[tuple[str, str]] = set()  # (text hash, layer) of the items held

    def add(self, item: _Prepared) -> None:
        # a document's layer met twice: the first is stored before the second is compared
        # with it, and each has its own event, as when stored one by one
        key = (item[0].text_sha256, _layer_of(item[1], self.origin, self.options))
        if key in self.keys:
            self.store()
        self.keys.add(key)
        self.items.append(item)
        if len(self.items) >= GROUP:
            self.store()

    def store(self) -> None:
        """Store the documents held (their spans and relations), then forget them."""
        items, self.items = self.items, []
        self.keys.clear()
        if items:
            _store_group(self.db, items, self.origin, self.options, self.report, self.author)


def _store_group(
    store: ProjectStore,
    items: list[_Prepared],
    origin: str,
    options: LayerOptions,
    report: LayerReport,
    author: str,
) -> None:
    """Store ``items`` in order: each document matched by its text hash (stored before,
    or earlier in ``items``) or created, then the spans and relations it does not have."""
    docs = store.documents
    stored = docs.by_hashes([item[0].text_sha256 for item in items])
    taken = docs.taken_ext_ids(list({item[0].ext_id for item in items}))
    new_docs: list[Document] = []
    folded: dict[tuple[str, str], tuple[str, str]] = {}
    fresh: set[str] = set()  # hashes of the documents created here
    for dated, _, _, _, fold_pair in items:
        sha = dated.text_sha256
        if sha in stored:
            continue
        new = dated
        if new.ext_id in taken:  # taken by another text
            new = replace(new, ext_id=f"{new.ext_id}~{new.text_sha256[:12]}")
        taken.add(new.ext_id)
        new_docs.append(new)
        folded[(new.text_sha256, new.title)] = fold_pair
        stored[sha] = new
        fresh.add(sha)
    created_ids: set[int] = set()
    if new_docs:
        doc_ids = docs.insert_many(new_docs, folded=folded)
        created_ids.update(doc_ids)
        for new, doc_id in zip(new_docs, doc_ids, strict=True):
            stored[new.text_sha256] = replace(new, id=doc_id)  # as stored: not read back
    new_spans: list[NewSpan] = []
    new_rels: list[Relation] = []
    order: list[tuple[int, str]] = []
    for dated, file_layer, spans, relations, _ in items:
        doc = stored[dated.text_sha256]
        assert doc.id is not None
        if dated.text_sha256 in fresh:
            fresh.discard(dated.text_sha256)  # the next record of it is matched
            report.documents_created += 1
        else:
            report.documents_matched += 1
        layer = _layer_of(file_layer, origin, options)
        store.layer_id(layer, kind="imported", source=origin.split(":", 1)[1])  # when new
        order.append((doc.id, layer))  # no pair twice in a group (see _Group.add)
        have = _stored_layer(store, doc.id, layer, created=doc.id in created_ids)
        spans_before, rels_before = len(new_spans), len(new_rels)
        _add_layer(
            store, spans, relations, doc, layer, origin, author, report, have, new_spans, new_rels
        )
        report.spans += len(new_spans) - spans_before
        report.relations += len(new_rels) - rels_before
    if new_spans or new_rels:
        # the import is one edit group: any failure undoes all of it (no savepoint)
        store.annotations.add_bulk(
            new_spans, new_rels, checked=True, savepoint=False, order=order, returning=False
        )


def _layer_of(file_layer: str, origin: str, options: LayerOptions) -> str:
    """The layer a record goes to: ``--layer``, else the file's, else ``import:<format>``."""
    return options.layer or file_layer or f"import:{origin.split(':')[1]}"


def _stored_layer(
    store: ProjectStore, doc_id: int, layer: str, created: bool
) -> tuple[dict[tuple[str, int, int], int], set[tuple]]:
    """The spans (by label and offsets) and relations of ``layer`` stored on document
    ``doc_id`` (nothing to read for a document ``created`` by this import)."""
    if created:
        return {}, set()
    spans = store.annotations.spans(doc_id, layer)
    rels = store.annotations.relations(doc_id, layer)
    return (
        {(s.label, s.start, s.end): s.id for s in spans if s.id is not None},
        {(r.type, r.head, r.tail, r.tail_entity) for r in rels},
    )


def _add_layer(
    store: ProjectStore,
    spans: tuple[_SpanTuple, ...],
    relations: tuple[Relation, ...],
    doc: Document,
    layer: str,
    origin: str,
    author: str,
    report: LayerReport,
    stored: tuple[dict[tuple[str, int, int], int], set[tuple]],
    new_spans: list[NewSpan],
    new_rels: list[Relation],
) -> None:
    """Append to ``new_spans`` and ``new_rels`` the ``spans`` and ``relations`` (of one
    record) that document ``doc`` does not have in ``layer`` (``stored``: what it has there)."""
    existing, have = stored
    assert doc.id is not None
    # Offsets were checked once, against this same text (same SHA-256), as the file was
    # read (annotator.io.layers.checks): not again here.
    ids: dict[int, int] = {}  # the file's span id -> a stored span id, or a new span's own
    for span_id, label, start, end, text, attrs, attr_origin in spans:
        problem = _name_problem(label)
        if problem:  # a tab in a label would inject CoNLL columns, a newline lines
            raise LayerImportFailed(f"document {doc.ext_id}: label {label!r}: {problem}")
        if ENTITY_LINK in attrs:
            attrs = _link_entity(store, attrs, text, doc.lang, report)
        key = (label, start, end)
        if key in existing:
            ids[span_id] = existing[key]
            report.skipped_existing += 1
            continue
        local = -len(new_spans) - 1  # placeholder id until the bulk insert gives real ones
        ids[span_id] = local
        existing[key] = local
        new_spans.append(
            NewSpan(
                local, doc.id, layer, label, start, end, text, attrs, origin, author, attr_origin
            )
        )
    for rel in relations:
        problem = _name_problem(rel.type)
        if problem:
            raise LayerImportFailed(f"document {doc.ext_id}: relation type {rel.type!r}: {problem}")
        if rel.head not in ids or (rel.tail is not None and rel.tail not in ids):
            raise LayerImportFailed(
                f"document {doc.ext_id}: relation {rel.id} refers to a span that is not there"
            )
        head, tail = ids[rel.head], ids.get(rel.tail) if rel.tail is not None else None
        if (rel.type, head, tail, rel.tail_entity) in have:
            continue
        have.add((rel.type, head, tail, rel.tail_entity))
        new_rels.append(
            replace(
                rel,
                id=None,
                document_id=doc.id,
                layer=layer,
                head=head,
                tail=tail,
                origin=origin,
                author=author,
            )
        )


@lru_cache(maxsize=1024)
def _name_problem(name: str) -> str:
    """``name_problem`` once per label or type name (they repeat on every span)."""
    return name_problem(name)


def _link_entity(
    store: ProjectStore, attrs: Mapping[str, Any], text: str, lang: str, report: LayerReport
) -> Mapping[str, Any]:
    """The ``attrs`` of a span of ``text`` with their ENTITY_LINK replaced by ``entity`` =
    the registry entry with that Wikidata id (created, named by the link or the span
    text, when there is none)."""
    attrs = dict(attrs)
    link = attrs.pop(ENTITY_LINK)
    qid = link.get("wikidata") if isinstance(link, dict) else None
    if not isinstance(qid, str) or not qid:
        return attrs
    links = report.links
    if not links:
        links.update({e.wikidata: e.id for e in store.entities.all() if e.wikidata and e.id})
    if qid not in links:
        name = str(link.get("name") or "").strip() or text.strip()
        aliases = (Alias(name), Alias(text.strip(), lang)) if name != text else ()
        entity = store.entities.add(Entity(None, name, wikidata=qid, aliases=aliases))
        links[qid] = entity.id or 0
        report.entities_created += 1
    else:
        store.entities.add_alias(links[qid], Alias(text.strip(), lang))
    report.entities_linked += 1
    return {**attrs, "entity": links[qid]}
