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
    detect_format,
    get_importer,
    input_problem,
    iter_inputs,
)
from annotator.services.project import Project, store_of
from annotator.services.readahead import ReadAheadFailed, can_read_ahead, read_ahead
from annotator.store import ProjectStore
from annotator.store.documents import document_row
from annotator.text.dates.dateline import find_dateline
from annotator.text.fold import fold

log = logging.getLogger(__name__)

BATCH = 100  # records checked for duplicates and inserted together
TRANSACTION_S = 0.25  # a transaction takes batches until it is this old (seconds)
TURN_CHECK = 10  # records between two looks for a window asking for the write lock
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
    writer = _Writer(store, report, skip_bad, progress, total)
    # Transactions of at most about TRANSACTION_S each (ended early, after any batch,
    # when a window asks for the write lock), the documents invisible until the end
    # publishes them in one more: other windows and processes never wait long for the
    # write lock, and a failed or killed import leaves nothing (docs/architecture.md).
    try:
        with closing(items), store.bulk_checkpoints():
            stream = iter(items)
            while writer.transaction(stream):
                store.give_way()  # a window waiting to save an edit writes now
        if progress and writer.freport is not None:
            progress(total, total)
        store.publish_import_batch(writer.batch_id)
    except ReadAheadFailed as exc:
        _discard(store, writer.batch_id)
        file, error = (writer.freport.file if writer.freport else None), str(exc)
        raise ImportFailed(f"{file}: {error}" if file else f"the input: {error}") from exc
    except BaseException:
        _discard(store, writer.batch_id)
        raise
    log.info("imported %d documents from %d files", report.added, len(files))
    return report


@dataclass(frozen=True)
class _FileStart:
    """In the stream of prepared items: the records that follow come from ``path``."""

    path: Path
    name: str


#: A record ready to store, as a plain tuple (it pickles and unpickles much faster than
#: the dataclasses it is made from): its :func:`document_row`, ``(fold(title),
#: fold(text))`` for the index, where it was read ("file:line") and the encoding, and
#: how far into its file it ends (bytes).
_Prepared = tuple[tuple, tuple[str, str], str, str, int]


def _prepared(
    named: Sequence[tuple[Path, str]], options: ImportOptions
) -> Iterator[_FileStart | BadRecord | _Prepared]:
    """Every file's records, each with its publication date detected and its title and
    text folded for the search index (the work that needs no lock), and its problems."""
    for path, name in named:
        yield _FileStart(path, name)
        for item in get_importer(name).read(path, options):
            if isinstance(item, BadRecord):
                yield item
                continue
            doc = with_detected_published(item.document)
            where = f"{item.file}:{item.line}" if item.line else item.file
            folded = (fold(doc.title), fold(doc.text))
            yield document_row(doc), folded, where, item.encoding, item.pos


def _discard(store: ProjectStore, batch_id: str) -> None:
    try:
        store.discard_import_batch(batch_id)
    except Exception as exc:  # a full disk, say: the next open removes the batch
        log.warning("could not remove the unfinished import yet: %s", exc)


class _Writer:
    """Stores the prepared items of one import in batches of BATCH records, keeping
    the counts of the report. The import batch (its documents invisible until
    published) is begun when this is made."""

    def __init__(
        self,
        store: ProjectStore,
        report: ImportReport,
        skip_bad: bool,
        progress: Progress | None,
        total: int,
    ) -> None:
        self.store, self.report, self.skip_bad = store, report, skip_bad
        self.progress, self.total = progress, total
        self.freport: FileReport | None = None
        self.done_before = 0  # bytes of the files finished
        self.batch: list[_Prepared] = []
        self.batch_id = store.begin_import_batch()

    def transaction(self, stream: Iterator[_FileStart | BadRecord | _Prepared]) -> bool:
        """Store items of ``stream`` in one transaction until it is TRANSACTION_S old
        (checked after each batch) or a window asks for the write lock (checked every
        TURN_CHECK records); False once
        the stream is finished. Raises ImportFailed at a bad record unless
        ``skip_bad`` (the transaction is then rolled back)."""
        store = self.store
        with store.atomic(savepoint=False):  # a failure discards the whole import
            store.touch_import_batch(self.batch_id)
            started = time.monotonic()
            for item in stream:
                if isinstance(item, _FileStart):
                    self.file_start(item)
                elif isinstance(item, BadRecord):
                    self.bad(item)
                else:
                    self.batch.append(item)
                    if len(self.batch) < BATCH:
                        # a window waiting to save an edit gets the lock within
                        # TURN_CHECK records, not a whole batch (one stat a look)
                        if len(self.batch) % TURN_CHECK == 0 and store.write_turn_wanted():
                            self.store_batch()
                            return True
                        continue
                    self.store_batch()
                    if self.progress:
                        self.progress(self.done_before + item[4], self.total)
                    if time.monotonic() - started >= TRANSACTION_S or store.write_turn_wanted():
                        return True
            self.store_batch()
        return False

    def file_start(self, item: _FileStart) -> None:
        if self.freport is not None:
            self.store_batch()
            self.done_before += Path(self.freport.file).stat().st_size
            if self.progress:
                self.progress(self.done_before, self.total)
        self.freport = FileReport(str(item.path), item.name)
        self.report.files.append(self.freport)

    def bad(self, item: BadRecord) -> None:
        if not self.skip_bad:
            raise ImportFailed(str(item))
        assert self.freport is not None
        self.freport.bad += 1
        self.report.bad.append(str(item))

    def store_batch(self) -> None:
        """Insert the batch's new documents (those whose text or id is not stored yet)."""
        batch, freport, report = self.batch, self.freport, self.report
        if not batch:
            return
        assert freport is not None
        hashes, ext_ids = self.store.documents.existing(
            [row[3] for row, *_ in batch], [row[0] for row, *_ in batch]
        )
        fresh: list[tuple] = []
        folded: list[tuple[str, str]] = []
        for row, folded_pair, where, encoding, _pos in batch:
            freport.encoding = encoding
            ext_id, sha = row[0], row[3]
            if sha in hashes:
                freport.duplicates += 1
                report.duplicates.append(f"{where}: same text as a document already in the project")
                continue
            if ext_id in ext_ids:
                msg = f"{where}: id {ext_id!r} is already used by a document with other text"
                if not self.skip_bad:
                    raise ImportFailed(msg + " (use --id-prefix)")
                freport.bad += 1
                report.bad.append(msg)
                continue
            hashes.add(sha)
            ext_ids[ext_id] = sha
            fresh.append(row)
            folded.append(folded_pair)
        self.store.documents.insert_rows(fresh, folded, self.batch_id)
        freport.added += len(fresh)
        batch.clear()
