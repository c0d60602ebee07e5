"""A second process building every other ``.spacy`` file of a large export (issue 13).

Cutting texts into spaCy's tokens is Python work (a dict look-up per word), about half
of an export's time, and one process can use one core only. When the caller says a
second core is free (``SpacyExporter.workers``), the exporting process forks a child
before it starts any thread or loads NumPy. The parent alone reads the project; it
builds files 0, 2, 4 ... itself and hands the Docs of files 1, 3, 5 ... to the child
as plain tuples (document id, text, pipeline, span fields, packed user data), which a
third thread of the parent sends so that the parent never waits for the child. The
child builds and writes those files. A file depends only on its own Docs, so every
file is the same bytes whichever process made it (tests/test_spacy_fast.py).

The child never touches the project. It stops at the first error and says why in one
line; the parent then raises it as an :class:`ExportError`. A parent that stops early
ends the child.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from annotator.core.model import AnnotatedDocument, Span
from annotator.io.exporters.base import ExportError

#: Docs per message to the child.
BATCH = 64
#: Messages waiting to be sent, at most: two files of Docs (memory stays bounded; the
#: parent goes on building its own file meanwhile).
QUEUED = 2 * 1000 // BATCH + 4


class SpanRef(NamedTuple):
    """What a Doc needs of a span, as the child gets it."""

    id: int | None
    start: int
    end: int
    label: str
    text: str


class Worker:
    """The child process and the thread that feeds it."""

    def __init__(self, rules: dict[str, Any], user_data_key: str, span_key: str) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child_end = ctx.Pipe()
        self._process = ctx.Process(
            target=_serve,
            args=(child_end, self._conn, rules, user_data_key, span_key),
            daemon=True,
        )
        self._process.start()  # forked now: no thread yet, NumPy not loaded
        child_end.close()
        self._queue: queue.Queue[tuple[str, Any] | None] = queue.Queue(QUEUED)
        self._docs: list[tuple] = []
        self._sender = threading.Thread(target=self._send_all, name="spacy-feeder", daemon=True)
        self._sender.start()

    def add(self, doc: tuple) -> None:
        """One Doc for the file being handed over: (document id, text, pipeline,
        span tuples as :class:`SpanRef`'s fields, user data bytes)."""
        self._docs.append(doc)
        if len(self._docs) == BATCH:
            self._put(("docs", self._docs))
            self._docs = []

    def file(self, path: Path) -> None:
        """The Docs handed over since the last file make the file ``path``."""
        if self._docs:
            self._put(("docs", self._docs))
            self._docs = []
        self._put(("file", str(path)))

    def finish(self) -> dict[str, tuple[list, list]]:
        """Wait until the child has written its files; per file path, the spans it
        found misaligned and unaligned (as ``(document id, SpanRef)``)."""
        self._put(("end", None))
        self._put(None)
        self._sender.join()
        try:
            kind, payload = self._conn.recv()
        except (EOFError, OSError):
            raise self._died() from None
        finally:
            self.stop()
        if kind == "error":
            raise ExportError(payload)
        return payload

    def stop(self) -> None:
        """End the child (done, failed or no longer wanted) and the feeding thread."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        while self._sender.is_alive():  # it ends on the broken pipe or at the sentinel
            try:
                self._queue.put(None, timeout=0.1)
            except queue.Full:
                self._drain()
            self._sender.join(0.1)
        self._conn.close()

    def _drain(self) -> None:
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                return

    def _put(self, message: tuple[str, Any] | None) -> None:
        while True:
            try:
                self._queue.put(message, timeout=0.2)
                return
            except queue.Full:
                if not self._sender.is_alive():  # the child stopped reading: why?
                    raise self._failure() from None

    def _send_all(self) -> None:
        while (message := self._queue.get()) is not None:
            try:
                self._conn.send(message)
            except OSError:  # a broken pipe: the child ended
                return

    def _failure(self) -> ExportError:
        try:
            if self._conn.poll(1.0):
                kind, payload = self._conn.recv()
                if kind == "error":
                    return ExportError(payload)
        except (EOFError, OSError):
            pass
        return self._died()

    def _died(self) -> ExportError:
        self._process.join(1.0)
        code = self._process.exitcode
        return ExportError(f"the second spaCy export process stopped (exit code {code})")


def remote_doc(item: AnnotatedDocument, lang: str, spans: tuple[Span, ...], user_data: bytes):
    """``item``'s Doc as :meth:`Worker.add` takes it."""
    doc = item.document
    fields = [(s.id, s.start, s.end, s.label, s.text) for s in spans]
    return doc.ext_id, doc.text, lang, fields, user_data


class RemoteDocBin:
    """A file built by the child: takes Docs as a ``FastDocBin`` does, hands them over."""

    def __init__(self, worker: Worker, user_data: Callable[[AnnotatedDocument], bytes]) -> None:
        self.worker, self.user_data = worker, user_data
        self.count = 0
        self.misaligned: list[tuple[str, Any]] = []  # the child's: see Worker.finish
        self.unaligned: list[tuple[str, Any]] = []

    def __len__(self) -> int:
        return self.count

    def add(self, item: AnnotatedDocument, lang: str, spans: tuple[Span, ...]) -> None:
        self.worker.add(remote_doc(item, lang, spans, self.user_data(item)))
        self.count += 1

    def sealed(self, path: Path) -> Callable[[], None]:
        """Hand the file over; the child writes it (nothing left to do here)."""
        self.worker.file(path)
        return lambda: None


def _serve(conn: Any, parent_end: Any, rules: dict, user_data_key: str, span_key: str) -> None:
    """The child: build and write the files handed over, then report what did not
    align, per file."""
    parent_end.close()  # (a parent that dies leaves this pipe without a writer)
    try:
        from annotator.io.exporters.docbin import DOCBIN_ATTRS
        from annotator.io.exporters.spacy_chunks import ChunkTable
        from annotator.io.exporters.spacy_fast import FastDocBin

        table, tokenizers = ChunkTable(DOCBIN_ATTRS), {}

        def fresh() -> FastDocBin:
            return FastDocBin(rules, table, tokenizers, user_data_key, span_key)

        report: dict[str, tuple[list, list]] = {}
        docbin = fresh()
        while True:
            kind, payload = conn.recv()
            if kind == "docs":
                for ext_id, text, lang, fields, user_data in payload:
                    spans = [SpanRef(*f) for f in fields]
                    docbin.add_doc(ext_id, text, lang, spans, user_data)
            elif kind == "file":
                docbin.sealed(Path(payload))()
                report[payload] = (docbin.misaligned, docbin.unaligned)
                docbin = fresh()
            else:
                break
        conn.send(("done", report))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the parent stopped: nothing to tell
    except BaseException as exc:  # one line, raised by the parent
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        with suppress(OSError):
            conn.send(("error", message))
    finally:
        conn.close()
