"""Export a project's annotation layers through a registered exporter."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from annotator.core.model import AnnotatedDocument
from annotator.io.exporters import ExportError, get_exporter
from annotator.store import ProjectStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (documents done, documents total)


class ExportFailed(Exception):
    """The export could not be written; no partial output is left. One line."""


def annotated_documents(
    store: ProjectStore,
    annotator: str | None = None,
    only_done: bool = False,
    progress: Progress | None = None,
) -> Iterator[AnnotatedDocument]:
    """Every document with each annotator layer it has (or only ``annotator``'s).
    A document nobody has touched yields one empty layer with annotator ''."""
    total = store.documents.count()
    for n, doc in enumerate(store.documents.iter_all(), 1):
        layers = [annotator] if annotator else store.annotations.layers(doc.id)
        if not layers:
            layers = [""]
        for name in layers:
            status = store.status.get(doc.id, name).status if name else "todo"
            if only_done and status != "done":
                continue
            spans = store.annotations.spans(doc.id, name) if name else []
            rels = store.annotations.relations(doc.id, name) if name else []
            yield AnnotatedDocument(doc, name, status, tuple(spans), tuple(rels))
        if progress:
            progress(n, total)


def export_project(
    store: ProjectStore,
    fmt: str,
    out: str | Path,
    annotator: str | None = None,
    only_done: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the export to ``out`` atomically (a temporary file renamed at the end)."""
    try:
        exporter = get_exporter(fmt)
    except KeyError as exc:
        raise ExportFailed(exc.args[0]) from exc
    out = Path(out)
    if out.is_dir():
        raise ExportFailed(f"{out}: is a folder; give a file name")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent)
    os.close(fd)
    try:
        n = exporter.write(annotated_documents(store, annotator, only_done, progress), Path(tmp))
        os.replace(tmp, out)
    except ExportError as exc:
        raise ExportFailed(f"{out}: {exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("exported %d records to %s", n, out)
    return n
