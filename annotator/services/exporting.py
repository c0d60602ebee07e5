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
    A document nobody has touched yields one empty layer with annotator ''.
    Streams documents and layers side by side in id order (no query per document)."""
    total = store.documents.count()
    layers = store.annotations.iter_layers()
    pending = next(layers, None)
    for n, doc in enumerate(store.documents.iter_all(), 1):
        found = []
        while pending is not None and pending[0] == doc.id:
            found.append(pending)
            pending = next(layers, None)
        if annotator:
            found = [f for f in found if f[1] == annotator] or [(doc.id, annotator, "todo", [], [])]
        elif not found:
            found = [(doc.id, "", "todo", [], [])]
        for _, name, status, spans, rels in found:
            if only_done and status != "done":
                continue
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
