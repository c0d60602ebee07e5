"""Import articles: streamed, batched, all-or-nothing unless ``skip_bad``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.model import Document
from annotator.io.importers import (
    BadRecord,
    ImportOptions,
    Record,
    detect_format,
    get_importer,
    input_problem,
    iter_inputs,
)
from annotator.services.project import Project, store_of
from annotator.services.readahead import ReadAheadFailed, can_read_ahead, read_ahead
from annotator.store import ProjectStore
from annotator.text.dates.dateline import find_dateline
from annotator.text.fold import fold

log = logging.getLogger(__name__)

BATCH = 100  # records checked for duplicates and inserted together
TRANSACTION_S = 0.25  # a transaction takes batches until it is this old (seconds)
READ_AHEAD_BYTES = 4_000_000  # from this much input on, a second process reads ahead
Progress = Callable[[int, int], None]  # (bytes done, bytes total)


def with_detected_published(doc: Document) -> Document:
    """``doc`` with its publication date read from its dateline or page-header timestamp
    when ``published`` is empty; the meta records that it was detected and from what
    text (``published_detected``, ``published_detected_text``, ``published_detected_value``)
    so that the window can say so. Unchanged when a date is given or none is found."""
    if doc.published:
        return doc
    found = find_dateline(doc.text, doc.lang)
    if found is None:
        return doc
    meta = {
        **doc.meta,
        "published_detected": True,
        "published_detected_text": doc.text[found.start : found.end],
        "published_detected_value": found.value,
    }
    return replace(doc, published=found.value, meta=meta)


def _with_published(rec: Record) -> Record:
    doc = with_detected_published(rec.document)
    return rec if doc is rec.document else replace(rec, document=doc)


class ImportFailed(Exception):
    """The import stopped at a bad record; nothing was changed. One line."""


@dataclass
class FileReport:
    file: str
    format: str
    encoding: str = ""
    added: int = 0
    duplicates: int = 0
    bad: int = 0


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)


def import_paths(
    store: Project | ProjectStore,
    paths: Iterable[str | Path],
    fmt: str = "auto",
    options: ImportOptions | None = None,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import every file under ``paths``. Without ``skip_bad`` the first bad record
    raises ImportFailed and the project is left exactly as it was. Only regular
    files are read, and (unless ``options.follow_links``) none that resolves outside
    the folder it is imported from."""
    store = store_of(store)
    options = options or ImportOptions()
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise ImportFailed(f"{missing[0]}: no such file or folder")
    inputs = list(iter_inputs(paths))
    if not inputs:
        where = str(paths[0]) if len(paths) == 1 else "the paths given"
        raise ImportFailed(f"{where}: no importable files found (.txt, .jsonl, .csv, .tsv)")
    report = ImportReport()
    files = []
    for path, folder in inputs:
        problem = input_problem(path, folder, options.follow_links)
        if problem is None:
            files.append(path)
            continue
        item = BadRecord(str(path), 0, problem)
        if not skip_bad:
            raise ImportFailed(str(item))
        report.files.append(FileReport(str(path), "", bad=1))
        report.bad.append(str(item))
    named = [(path, fmt if fmt != "auto" else detect_format(path)) for path in files]
    for _path, name in named:
        get_importer(name)  # an unknown format fails before anything is written
    total = sum(f.stat().st_size for f in files)
    # Reading, checking, dating and folding (Python) overlap with storing (SQLite)
    # when a second process can do them on a core that is free.
    ahead = total >= READ_AHEAD_BYTES and can_read_ahead()
    items = read_ahead(_prepared, named, options) if ahead else _prepared(named, options)
    done_before = 0
    freport: FileReport | None = None
    batch: list[Record] = []
    folded: dict[tuple[str, str], tuple[str, str]] = {}

    def store_batch() -> None:
        assert freport is not None
        if not batch:
            return
        _store_records(store, batch, freport, report, skip_bad, batch_id, folded)
        batch.clear()
        folded.clear()

    # Transactions of at most about TRANSACTION_S each (ended early, after any batch,
    # when a window asks for the write lock), the documents invisible until the end
    # publishes them in one more: other windows and processes never wait long for the
    # write lock, and a failed or killed import leaves nothing (docs/architecture.md).
    batch_id = store.begin_import_batch()
    try:
        with closing(items):
            stream = iter(items)
            finished = False
            while not finished:
                with store.atomic(savepoint=False):  # a failure discards the whole import
                    store.touch_import_batch(batch_id)
                    started = time.monotonic()
                    while True:
                        item = next(stream, None)
                        if item is None:
                            if freport is not None:
                                store_batch()
                            finished = True
                            break
                        if isinstance(item, _FileStart):
                            if freport is not None:
                                store_batch()
                                done_before += Path(freport.file).stat().st_size
                                if progress:
                                    progress(done_before, total)
                            freport = FileReport(str(item.path), item.name)
                            report.files.append(freport)
                            continue
                        assert freport is not None
                        if isinstance(item, BadRecord):
                            if not skip_bad:
                                raise ImportFailed(str(item))
                            freport.bad += 1
                            report.bad.append(str(item))
                            continue
                        rec, folded_pair = item
                        freport.encoding = rec.encoding
                        batch.append(rec)
                        # keyed by text and title: whichever record of a text is stored
                        # (the first may be skipped), the index gets that record's own
                        # title, which discarding an unfinished import removes again
                        folded[(rec.document.text_sha256, rec.document.title)] = folded_pair
                        if len(batch) < BATCH:
                            continue
                        store_batch()
                        if progress:
                            progress(done_before + rec.pos, total)
                        if (
                            time.monotonic() - started >= TRANSACTION_S
                            or store.write_turn_wanted()
                        ):
                            break
                store.give_way()  # a window waiting to save an edit writes now
        if progress and freport is not None:
            progress(total, total)
        store.publish_import_batch(batch_id)
    except ReadAheadFailed as exc:
        _discard(store, batch_id)
        file, error = (freport.file if freport else None), str(exc)
        raise ImportFailed(f"{file}: {error}" if file else f"the input: {error}") from exc
    except BaseException:
        _discard(store, batch_id)
        raise
    log.info("imported %d documents from %d files", report.added, len(files))
    return report


@dataclass(frozen=True)
class _FileStart:
    """In the stream of prepared items: the records that follow come from ``path``."""

    path: Path
    name: str


def _prepared(
    named: Sequence[tuple[Path, str]], options: ImportOptions
) -> Iterator[_FileStart | BadRecord | tuple[Record, tuple[str, str]]]:
    """Every file's records, each with its publication date detected and its title and
    text folded for the search index (the work that needs no lock), and its problems."""
    for path, name in named:
        yield _FileStart(path, name)
        for item in get_importer(name).read(path, options):
            if isinstance(item, BadRecord):
                yield item
                continue
            item = _with_published(item)
            yield item, (fold(item.document.title), fold(item.document.text))


def _discard(store: ProjectStore, batch_id: str) -> None:
    try:
        store.discard_import_batch(batch_id)
    except Exception as exc:  # a full disk, say: the next open removes the batch
        log.warning("could not remove the unfinished import yet: %s", exc)


def _store_records(
    store: ProjectStore,
    batch: Sequence[Record],
    freport: FileReport,
    report: ImportReport,
    skip_bad: bool,
    batch_id: str,
    folded: dict[tuple[str, str], tuple[str, str]],
) -> None:
    hashes, ext_ids = store.documents.existing(
        [r.document.text_sha256 for r in batch], [r.document.ext_id for r in batch]
    )
    fresh: list[Document] = []
    for rec in batch:
        doc = rec.document
        where = f"{rec.file}:{rec.line}" if rec.line else rec.file
        if doc.text_sha256 in hashes:
            freport.duplicates += 1
            report.duplicates.append(f"{where}: same text as a document already in the project")
            continue
        if doc.ext_id in ext_ids:
            msg = f"{where}: id {doc.ext_id!r} is already used by a document with other text"
            if not skip_bad:
                raise ImportFailed(msg + " (use --id-prefix)")
            freport.bad += 1
            report.bad.append(msg)
            continue
        hashes.add(doc.text_sha256)
        ext_ids[doc.ext_id] = doc.text_sha256
        fresh.append(doc)
    store.documents.insert_many(fresh, batch_id, folded)
    freport.added += len(fresh)
