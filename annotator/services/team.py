"""Team work without a server: packages for analysts, and merging their work back.

``assign_packages`` writes one project file per analyst (the schema, the guidelines,
the speaker registry and their share of the articles, chosen by
annotator.core.assign) and a ``manifest.json`` saying who has what.
``merge_packages`` brings every analyst layer of those files back into the curation
project, with its authors, origins, statuses and times:

- all or nothing: every file is checked first; an article whose text differs from the
  project's article of the same id (SHA-256) refuses the whole merge, naming the file
  and the article, and nothing changes;
- idempotent: a layer whose spans, links and status on an article are what the project
  already has is left alone, so merging the same file twice changes nothing; a layer
  that changed since the last merge replaces the project's copy of it (an analyst's
  layer is theirs);
- the speaker registries are merged by Wikidata id, then name; conflicts are reported;
- the whole merge is one edit group (one undo step).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.assign import AssignError, assign_documents
from annotator.core.model import Document, Relation, Span
from annotator.services.outputs import follow_umask, temp_file
from annotator.services.project import (
    Project,
    ProjectError,
    default_guidelines,
    init_project,
    store_of,
)
from annotator.services.registry_io import ImportReport, merge_entities
from annotator.store import ProjectStore, StoreError, open_store

Progress = Callable[[int, int], None]
MANIFEST = "manifest.json"
GUIDELINES_KEY = "guidelines"
PACKAGE_KEY = "package.analyst"


class TeamError(Exception):
    """One line naming the file (and article) at fault; nothing was changed."""


@dataclass
class AssignReport:
    out_dir: Path
    packages: dict[str, Path] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)  # analyst -> articles
    shared: int = 0  # articles given to more than one analyst
    total: int = 0


def guidelines(project: Project | ProjectStore) -> str:
    """The project's annotation guidelines (its own copy, else the shipped ones)."""
    store = store_of(project)
    return store.get_setting(GUIDELINES_KEY) or default_guidelines()


def set_guidelines(project: Project | ProjectStore, text: str) -> None:
    """Give the project its own edited guidelines."""
    store_of(project).set_setting(GUIDELINES_KEY, text)


def assign_packages(
    project: Project | ProjectStore,
    analysts: Sequence[str],
    out_dir: str | Path,
    overlap: float = 0.0,
    per_doc: int = 2,
    seed: int = 0,
    progress: Progress | None = None,
) -> AssignReport:
    """Write ``<out_dir>/<analyst>.db`` for each analyst and ``manifest.json``.

    Refuses (TeamError) to overwrite an existing package: it may hold an analyst's work."""
    store = store_of(project)
    out = Path(out_dir)
    targets = {name: out / f"{name}.db" for name in analysts}
    for path in [*targets.values(), out / MANIFEST]:
        if path.exists():
            raise TeamError(
                f"{path}: already exists (it may hold an analyst's work); choose an empty folder"
            )
    docs = list(store.documents.iter_all())
    if not docs:
        raise TeamError(f"{store.path}: the project has no articles to assign")
    try:
        chosen = assign_documents(
            [(d.ext_id, d.lang, d.source) for d in docs], analysts, overlap, per_doc, seed
        )
    except AssignError as exc:
        raise TeamError(str(exc)) from exc
    schema = store.schema.current()
    entities = store.entities.all()
    text = guidelines(store)
    out.mkdir(parents=True, exist_ok=True)
    report = AssignReport(out, total=len(docs))
    report.shared = sum(1 for names in chosen.values() if len(names) > 1)
    written: list[Path] = []
    try:
        for n, name in enumerate(analysts, 1):
            mine = [replace(d, id=None) for d in docs if name in chosen[d.ext_id]]
            package = store_of(init_project(targets[name]))
            written.append(targets[name])
            try:
                with package.atomic():
                    package.schema.save(schema)
                    for entity in entities:
                        package.entities.add(entity)
                    package.documents.insert_many(mine)
                    package.set_setting(GUIDELINES_KEY, text)
                    package.set_setting(PACKAGE_KEY, name)
                package.checkpoint()
            finally:
                package.close()
            report.packages[name] = targets[name]
            report.documents[name] = len(mine)
            if progress:
                progress(n, len(analysts))
        manifest = {
            "format": "annotator-assignment",
            "version": 1,
            "project": Path(store.path).name,
            "seed": seed,
            "overlap": overlap,
            "per_doc": per_doc,
            "analysts": {
                name: {"file": targets[name].name, "documents": report.documents[name]}
                for name in analysts
            },
            "documents": {d.ext_id: list(chosen[d.ext_id]) for d in docs},
        }
        _write_json(out / MANIFEST, manifest)
    except BaseException:
        for path in written:  # nothing half-made is left behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return report


def _write_json(path: Path, data: dict) -> None:
    """Write atomically, with the mode the umask gives (teammates read the manifest)."""
    tmp = temp_file(path)
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        follow_umask(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass
class MergeReport:
    files: int = 0
    documents_added: int = 0
    layers_added: int = 0  # (article, layer) pairs brought in or replaced
    layers_unchanged: int = 0
    spans: int = 0
    relations: int = 0
    registry: ImportReport = field(default_factory=ImportReport)

    def summary(self) -> str:
        return (
            f"merged {self.files} files: {self.layers_added} article layers brought in "
            f"({self.spans} spans, {self.relations} links), {self.layers_unchanged} "
            f"unchanged, {self.documents_added} new articles; registry: "
            f"{self.registry.summary()}"
        )


@dataclass
class _Layer:
    """One layer of one article in a package."""

    name: str
    owner: str
    status: str
    seconds: float
    spans: list[Span]
    relations: list[Relation]


@dataclass
class _Package:
    path: Path
    documents: list[Document]
    layers: dict[str, list[_Layer]]  # ext_id -> layers
    entities: list


def _read_package(path: Path, curation: ProjectStore) -> _Package:
    if Path(path).resolve() == Path(curation.path).resolve():
        raise TeamError(f"{path}: is the curation project itself")
    try:
        pkg = open_store(path, create=False)
    except StoreError as exc:
        raise TeamError(str(exc)) from exc
    try:
        if pkg.schema.current() is None:
            raise TeamError(f"{path}: not an annotator project (no label schema)")
        owners = {layer.name: (layer.kind, layer.owner) for layer in pkg.layers()}
        docs = list(pkg.documents.iter_all())
        by_id = {d.id: d for d in docs}
        layers: dict[str, list[_Layer]] = {}
        for doc_id, name, status, spans, rels in pkg.annotations.iter_layers():
            kind, owner = owners.get(name, ("analyst", name))
            if kind not in ("analyst", "curation"):
                continue
            seconds = pkg.status.get(doc_id, name).seconds
            layers.setdefault(by_id[doc_id].ext_id, []).append(
                _Layer(name, owner, status, seconds, spans, rels)
            )
        return _Package(Path(path), docs, layers, pkg.entities.all())
    finally:
        pkg.close()


def merge_packages(
    project: Project | ProjectStore,
    paths: Sequence[str | Path],
    progress: Progress | None = None,
    author: str = "",
) -> MergeReport:
    """Merge analysts' package files into ``project`` (see the module docstring)."""
    store = store_of(project)
    packages = []
    for n, path in enumerate(paths, 1):
        if not Path(path).is_file():
            raise TeamError(f"{path}: no such file")
        packages.append(_read_package(Path(path), store))
        if progress:
            progress(n, 2 * len(paths))
    ours = {d.ext_id: d for d in store.documents.iter_all()}
    for pkg in packages:  # check everything before writing anything
        for doc in pkg.documents:
            mine = ours.get(doc.ext_id)
            if mine is not None and mine.text_sha256 != doc.text_sha256:
                raise TeamError(
                    f"{pkg.path}: article {doc.ext_id} has a different text from the "
                    "project's (SHA-256 differs); nothing was merged"
                )
    report = MergeReport(files=len(packages))
    label = f"merge {len(packages)} package{'s' if len(packages) != 1 else ''}"
    with store.edit_group(author or None, "gold", None, label):
        for n, pkg in enumerate(packages, len(packages) + 1):
            reg, entity_ids = merge_entities(store, pkg.entities)
            _add_registry_report(report.registry, reg, pkg.path)
            for doc in pkg.documents:
                if doc.ext_id not in ours:
                    (doc_id,) = store.documents.insert_many([replace(doc, id=None)])
                    ours[doc.ext_id] = store.documents.get(doc_id)
                    report.documents_added += 1
                for layer in pkg.layers.get(doc.ext_id, []):
                    _merge_layer(store, ours[doc.ext_id], layer, entity_ids, pkg.path, report)
            if progress:
                progress(n, 2 * len(paths))
    return report


def _add_registry_report(total: ImportReport, part: ImportReport, path: Path) -> None:
    total.created += part.created
    total.merged += part.merged
    total.aliases_added += part.aliases_added
    total.conflicts += [f"{path.name}: {line}" for line in part.conflicts]


def _span_key(span: Span) -> tuple:
    return (span.label, span.start, span.end, tuple(sorted(span.attrs.items(), key=str)))


def _content(spans: Sequence[Span], rels: Sequence[Relation]) -> tuple:
    keys = {s.id: _span_key(s) for s in spans}
    return (
        sorted(keys.values(), key=str),
        sorted(
            ((r.type, keys.get(r.head), keys.get(r.tail), r.tail_entity) for r in rels),
            key=str,
        ),
    )


def _merge_layer(
    store: ProjectStore,
    doc: Document,
    layer: _Layer,
    entity_ids: dict,
    source: Path,
    report: MergeReport,
) -> None:
    spans = [
        replace(
            s,
            document_id=doc.id,
            attrs=(
                {**s.attrs, "entity": entity_ids.get(s.attrs["entity"], s.attrs["entity"])}
                if isinstance(s.attrs.get("entity"), int)
                else dict(s.attrs)
            ),
        )
        for s in layer.spans
    ]
    rels = [
        replace(
            r,
            id=None,
            document_id=doc.id,
            tail_entity=entity_ids.get(r.tail_entity, r.tail_entity) if r.tail_entity else None,
        )
        for r in layer.relations
    ]
    have_spans = store.annotations.spans(doc.id, layer.name)
    have_rels = store.annotations.relations(doc.id, layer.name)
    have_status = store.status.get(doc.id, layer.name)
    if _content(have_spans, have_rels) == _content(spans, rels) and (
        have_status.status,
        have_status.seconds,
    ) == (layer.status, layer.seconds):
        report.layers_unchanged += 1
        return
    store.layer_id(layer.name, kind="analyst", owner=layer.owner, source=source.name)
    if have_spans or have_rels:
        removed = store.annotations.delete_bulk(
            [s.id for s in have_spans], [r.id for r in have_rels]
        )
        store.events.append(layer.name, doc.id, "spans.bulk_delete", removed)
    store.annotations.add_bulk(spans, rels, checked=False)
    store.status.put(doc.id, layer.name, layer.status, layer.seconds)
    report.layers_added += 1
    report.spans += len(spans)
    report.relations += len(rels)


__all__ = [
    "AssignReport",
    "MergeReport",
    "ProjectError",
    "TeamError",
    "assign_packages",
    "guidelines",
    "merge_packages",
    "set_guidelines",
]
