"""Export a project's annotation layers through a registered exporter.

Every output is written atomically (temporary file or folder, renamed at the end; with
a split, all splits are renamed only once every one of them is written), and a
datasheet (annotator.services.datasheet) is written next to it.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument
from annotator.core.split import SplitError, assign_splits, check_ratios, parse_split
from annotator.io.exporters import ExportError, MissingExtra, get_exporter
from annotator.io.exporters.base import Exporter
from annotator.services.datasheet import (
    DatasheetFiles,
    Tally,
    datasheet_paths,
    exporter_loss_items,
    write_datasheet,
)
from annotator.services.outputs import follow_umask, remove_leftovers, temp_file, temp_folder
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (documents done, documents total)

#: The layer name of the adjudicated layer.
GOLD = "gold"


class ExportFailed(Exception):
    """The export could not be written; no partial output is left. One line."""


@dataclass
class ExportReport:
    """What an export wrote. ``outputs``/``records`` are keyed by split name ("" when
    there is no split)."""

    outputs: dict[str, Path] = field(default_factory=dict)
    records: dict[str, int] = field(default_factory=dict)
    tally: Tally = field(default_factory=Tally)
    #: what the exporter could not hold, per split: ``(what, value)`` pairs
    #: (services.datasheet.exporter_loss_items; ``loss_lines`` words them as Markdown)
    losses: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    datasheet: DatasheetFiles | None = None

    @property
    def total(self) -> int:
        return sum(self.records.values())


def annotated_documents(
    store: Project | ProjectStore,
    layer: str | None = None,
    only_done: bool = False,
    progress: Progress | None = None,
) -> Iterator[AnnotatedDocument]:
    """Every document with each layer it has (or only ``layer``'s).
    A document nobody has touched yields one empty layer named ''.
    Streams documents and layers side by side in id order (no query per document)."""
    store = store_of(store)
    total = store.documents.count()
    layers = store.annotations.iter_layers()
    pending = next(layers, None)
    for n, doc in enumerate(store.documents.iter_all(), 1):
        found = []
        while pending is not None and pending[0] == doc.id:
            found.append(pending)
            pending = next(layers, None)
        if layer:
            found = [f for f in found if f[1] == layer] or [(doc.id, layer, "todo", [], [])]
        elif not found:
            found = [(doc.id, "", "todo", [], [])]
        for _, name, status, spans, rels in found:
            if only_done and status != "done":
                continue
            yield AnnotatedDocument(doc, name, status, tuple(spans), tuple(rels))
        if progress:
            progress(n, total)


def export_project(
    store: Project | ProjectStore,
    fmt: str,
    out: str | Path,
    layer: str | None = None,
    only_done: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the export to ``out`` atomically, with its datasheet; return the number
    of records written."""
    store = store_of(store)
    return export_dataset(store, fmt, out, layer, only_done, progress=progress).total


def split_output(out: Path, split: str, writes_folder: bool) -> Path:
    """Where split ``split`` goes: ``gold.train.jsonl`` next to ``gold.jsonl``, or
    ``brat_out/train/`` for a folder format."""
    return out / split if writes_folder else out.with_name(f"{out.stem}.{split}{out.suffix}")


def _prepare(store: ProjectStore, fmt: str, layer: str | None) -> Exporter:
    try:
        exporter = get_exporter(fmt)
    except KeyError as exc:
        raise ExportFailed(exc.args[0]) from exc
    if hasattr(exporter, "entity_names"):
        exporter.entity_names = {e.id: e.name for e in store.entities.all()}
    if hasattr(exporter, "entity_wikidata"):  # brat writes Wikidata normalisation lines
        exporter.entity_wikidata = {e.id: e.wikidata for e in store.entities.all() if e.wikidata}
    if layer and layer not in store.layer_names():
        if layer == GOLD:
            raise ExportFailed(
                "this project has no adjudicated 'gold' layer yet; "
                "export one analyst's layer with --layer NAME"
            )
        known = ", ".join(store.layer_names()) or "none yet"
        raise ExportFailed(f"no layer {layer!r} in this project (layers: {known})")
    return exporter


def _second_process_pays(
    store: ProjectStore, exporter: Exporter, ratios: dict[str, float] | None
) -> bool:
    """Whether ``exporter`` may use a second process: it has a use for one at this
    many documents (every document is at least one record), the export is not split
    (one write), and a core is free and this process may fork (no thread yet)."""
    start = exporter.parallel_from
    if start is None or ratios is not None or store.documents.count() < start:
        return False
    from annotator.services.readahead import can_read_ahead

    return can_read_ahead()


def _ratios(split: str | Mapping[str, float] | None) -> dict[str, float] | None:
    if split is None:
        return None
    try:
        if isinstance(split, str):
            return parse_split(split)
        check_ratios(split)
    except SplitError as exc:
        raise ExportFailed(f"--split: {exc}") from exc
    return dict(split)


def _swap_folder(tmp: Path, out: Path) -> None:
    """Put the finished folder (or file) ``tmp`` at ``out``, replacing an older export
    there, be it a file or a folder."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = temp_folder(out, ".old")
    os.replace(out, old / out.name)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)


def _tallied(items: Iterable[AnnotatedDocument], tally: Tally, split: str):
    for item in items:
        tally.add(item, split)
        yield item


def export_dataset(
    store: Project | ProjectStore,
    fmt: str,
    out: str | Path,
    layer: str | None = None,
    only_done: bool = False,
    split: str | Mapping[str, float] | None = None,
    seed: int = 0,
    progress: Progress | None = None,
) -> ExportReport:
    """Export through format ``fmt``, then write ``<out stem>.datasheet.md`` (and the
    label chart) next to ``out``.

    Without ``split`` the export goes to ``out``. With ``split`` (``"train=0.8,dev=0.1,
    test=0.1"`` or a mapping) each split goes to its own output next to ``out``
    (split_output), documents assigned by annotator.core.split.assign_splits with
    ``seed``: every article, with all its layers, in exactly one split. All outputs are
    written to temporary paths and renamed only when all succeeded. ``layer="gold"``
    exports the adjudicated layer and fails clearly when the project has none."""
    store = store_of(store)
    exporter = _prepare(store, fmt, layer)
    ratios = _ratios(split)
    exporter.workers = 2 if _second_process_pays(store, exporter, ratios) else 1
    out = Path(out)
    folder = exporter.writes_folder
    if out.exists() and out.is_dir() != folder and not exporter.folder_when_large:
        kind = "a folder; give a file name" if not folder else "a file; give a folder name"
        raise ExportFailed(f"{out}: is {kind}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise ExportFailed(f"{out}: {out.parent} is not a folder") from None
    if ratios is None:
        assignment: dict[int, str] | None = None
        names = [""]
    else:
        docs = [(d.id, d.lang, d.source) for d in store.documents.iter_all()]
        assignment = assign_splits(docs, ratios, seed)
        names = list(ratios)
    targets = [split_output(out, name, folder) if name else out for name in names]
    sheets = datasheet_paths(out)
    remove_leftovers(out.parent, [t.name for t in (out, *targets, *sheets)])
    report = ExportReport()
    root = temp_folder(out) if folder else Path()
    temps: dict[str, Path] = {}
    try:
        for i, name in enumerate(names):
            target = split_output(out, name, folder) if name else out
            if folder:
                tmp = root / name if name else root
                tmp.mkdir(exist_ok=True)
            else:
                tmp = temp_file(target)
            temps[name] = tmp

            def step(n: int, total: int, i: int = i) -> None:
                if progress:
                    progress(i * total + n, total * len(names))

            items = annotated_documents(store, layer, only_done, step)
            if assignment is not None:
                items = (it for it in items if assignment.get(it.document.id) == name)
            report.records[name] = exporter.write(_tallied(items, report.tally, name), tmp)
            report.outputs[name] = target
            report.losses[name] = exporter_loss_items(exporter)
        if folder:
            follow_umask(root)
            _swap_folder(root, out)
        else:
            for name, tmp in temps.items():
                target = report.outputs[name]
                follow_umask(tmp)
                if tmp.is_dir() or target.is_dir():  # a large export that became a folder
                    _swap_folder(tmp, target)
                else:
                    os.replace(tmp, target)
    except MissingExtra as exc:
        raise ExportFailed(str(exc)) from exc
    except ExportError as exc:
        raise ExportFailed(f"{out}: {exc}") from exc
    finally:
        for tmp in temps.values():
            if tmp.is_file():
                tmp.unlink()
            elif not folder and tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
        if folder and root.exists():
            shutil.rmtree(root, ignore_errors=True)
    report.datasheet = write_datasheet(
        out,
        report.tally,
        fmt=fmt,
        schema=store.schema.current(),
        exporter=exporter,
        outputs=report.outputs if ratios else None,
        split=ratios,
        seed=seed if ratios else None,
        layer=layer,
        only_done=only_done,
        losses=report.losses,
        provenance=_gold_provenance(store) if layer == GOLD else (),
    )
    log.info("exported %d records to %s", report.total, out)
    return report


def _gold_provenance(store: ProjectStore) -> list[str]:
    from annotator.services.agreement import gold_provenance

    return gold_provenance(store, GOLD)
