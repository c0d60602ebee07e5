"""spaCy DocBin export (``.spacy``): one ``Doc`` per document and annotator layer.

Each Doc is made by ``spacy.blank(lang).make_doc(text)`` (``ar``, ``fa``, else the
multi-language ``xx``), so ``doc.text`` is the stored text exactly (spaCy's tokenizer
is lossless: CR/LF, NBSP, ZWNJ, BOM and bidi marks stay). Then:

- ``doc.spans["sc"]``: EVERY span, made with ``doc.char_span(start, end, label,
  alignment_mode="strict", span_id=<our span id>)``. A span whose edges are not spaCy
  token edges (``بوتين`` inside ``وبوتين``: spaCy does not split clitics) is REPORTED in
  ``self.misaligned`` (document id, span) with a log warning, and put in ``sc`` with
  ``alignment_mode="expand"`` (widened to whole spaCy tokens). Nothing is lost,
  because of the next point;
- ``doc.user_data["annotator"]``: the exact layer, JSON-safe: document metadata,
  annotator, status, ``offset_unit: "codepoint"``, every span with its exact
  code-point offsets, text and attributes, and the relations. The importer reads this
  first; a DocBin written by another tool (no such key) is read from its span groups
  and entities;
- ``doc.ents``: the non-overlapping subset of the ``sc`` spans chosen by
  ``spacy.util.filter_spans`` (longest span first, then the earlier one).

Span attributes are kept in ``user_data`` (DocBin does not serialise ``Span._``
extensions); ``span.id_`` is our span id.

How the files are written: spaCy itself is not imported (over a second) when the
installed spaCy is the version whose tokenizer rules are stored
(annotator.io.exporters.spacy_rules): the tokens come from spaCy's rules followed by
annotator.io.exporters.spacy_tokens, gathered per document from numbered chunks by
NumPy (annotator.io.exporters.spacy_chunks), and the DocBin bytes are written directly
(annotator.io.exporters.spacy_fast), the same files as spaCy's (tests/test_spacy_fast.py).
With any other spaCy version the Docs are built by spaCy as described above. Either
way the DocBin holds the token attributes our Docs set (``DOCBIN_ATTRS``).

A DocBin is built in memory, so an export of more than :data:`DOCS_PER_FILE` Docs is
written as a FOLDER (named as the output) of ``00000.spacy``, ``00001.spacy`` ... of
at most that many Docs each, in order: memory stays flat however big the project, and
spaCy's own ``spacy.training.Corpus`` (and ``spacy train``) reads such a folder as it
is. A smaller export stays one ``.spacy`` file. A finished file is compressed and
written by a second thread while the next is built (two files in memory at most).
When the service allows it (:attr:`SpacyExporter.workers`), a second process builds
every other file (annotator.io.exporters.spacy_worker): the same bytes.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.model import OFFSET_UNIT, AnnotatedDocument, Span
from annotator.io.exporters.base import Exporter
from annotator.io.exporters.docbin import DOCBIN_ATTRS
from annotator.io.exporters.records import checked_spans, document_info, relation_dict, span_dict
from annotator.io.exporters.spacy_rules import load_rules

log = logging.getLogger(__name__)

USER_DATA_KEY = "annotator"
SPAN_KEY = "sc"
ALIGNMENT_MODE = "expand"  # used only after a strict alignment failed and was reported
SPACY_LANGS = {"ar": "ar", "fa": "fa"}  # anything else: "xx" (multi-language)
#: Most Docs in one .spacy file; a bigger export is a folder of such files.
DOCS_PER_FILE = 1000


@contextmanager
def _encoders_read_once() -> Iterator[None]:
    """srsly builds a new msgpack Packer for every object it packs (DocBin.add packs
    each Doc's user_data and span groups), and each Packer scans the installed
    packages' entry points for encoders: most of the export's time. While this is
    active the encoders found once at the start are reused; restored afterwards."""
    from srsly.msgpack import msgpack_encoders

    found = msgpack_encoders.get_all()
    msgpack_encoders.get_all = lambda: dict(found)  # type: ignore[method-assign]
    try:
        yield
    finally:
        del msgpack_encoders.get_all  # the class's own method again


def _fit(text: str, spans: tuple[Span, ...]) -> bool:
    """Whether every span's offsets and text fit ``text`` (checked_spans's check,
    without building its messages)."""
    n = len(text)
    return all(0 <= s.start < s.end <= n and text[s.start : s.end] == s.text for s in spans)


def layer_payload(item: AnnotatedDocument) -> dict[str, Any]:
    """The exact layer as plain JSON-safe data (what ``user_data`` keeps)."""
    doc = item.document
    return {
        "offset_unit": OFFSET_UNIT,
        "document": {**document_info(doc), "text_sha256": doc.text_sha256},
        "annotator": item.layer,
        "status": item.status,
        "spans": [span_dict(s) for s in item.spans],
        "relations": [relation_dict(r) for r in item.relations],
    }


class SpacyExporter(Exporter):
    name = "spacy"
    description = "spaCy DocBin: all spans in doc.spans['sc'], non-overlapping in doc.ents"
    suffix = ".spacy"
    offset_unit = "codepoint character offsets aligned to spaCy tokens"
    loses = ()
    read_back = "spacy"
    extra = "spacy"
    library = "spacy"
    folder_when_large = True

    #: Three files or more: the second process builds every other file (files of
    #: its own from the second on; annotator.io.exporters.spacy_worker).
    parallel_from = 2 * DOCS_PER_FILE + 1

    def __init__(self) -> None:
        # (document ext_id, span): a Span, or from the second process a SpanRef (its
        # id, start, end, label and text)
        self.misaligned: list[tuple[str, Any]] = []
        self.unaligned: list[tuple[str, Any]] = []  # not even expandable: user_data only
        self.dropped = 0  # never anything: every span stays in user_data

    def write(self, items: Iterable[AnnotatedDocument], out: Path) -> int:
        if importlib.util.find_spec("spacy") is None:
            raise self.missing_extra()
        self.misaligned, self.unaligned = [], []
        rules = load_rules()
        if rules is None:  # another spaCy than the stored rules were read from
            with _encoders_read_once():
                bins = self._spacy_bins()
                return self._write(items, out, lambda part: bins())
        from annotator.io.exporters.spacy_worker import RemoteDocBin, Worker

        # forked first: before this process starts a thread or loads NumPy
        worker = Worker(rules, USER_DATA_KEY, SPAN_KEY) if self.workers > 1 else None
        from annotator.io.exporters.spacy_chunks import ChunkTable  # NumPy: not at start
        from annotator.io.exporters.spacy_fast import FastDocBin, user_data_bytes

        table, tokenizers = ChunkTable(DOCBIN_ATTRS), {}  # shared by the files

        def user_data(item: AnnotatedDocument) -> bytes:
            return user_data_bytes(USER_DATA_KEY, layer_payload(item))

        def fresh(part: int) -> Any:
            """File ``part``'s builder: every other file is the second process's."""
            if worker is not None and part % 2:
                return RemoteDocBin(worker, user_data)
            return FastDocBin(rules, table, tokenizers, USER_DATA_KEY, SPAN_KEY)

        try:
            return self._write(items, out, fresh, worker)
        finally:
            if worker is not None:
                worker.stop()

    def _write(
        self, items: Iterable[AnnotatedDocument], out: Path, fresh: Any, worker: Any = None
    ) -> int:
        """Write the Docs into ``out``, one file or a folder of files of at most
        :data:`DOCS_PER_FILE` (file ``k`` made by ``fresh(k)``). A finished file is
        compressed and written by a second thread (zlib lets go of the GIL) while the
        next one is built: at most two files in memory. With ``worker`` (a second
        process building some of the files), its files are waited for at the end."""
        found: dict[str, tuple[list, list]] = {}  # per file: misaligned, unaligned
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="spacy-writer") as writer:
            pending: list[Future[None]] = []

            def close(docbin: Any, path: Path) -> None:
                job = docbin.sealed(path)
                found[str(path)] = (docbin.misaligned, docbin.unaligned)
                for done in pending:
                    done.result()  # the file before: written (or its error raised here)
                pending[:] = [writer.submit(job)]

            docbin = fresh(0)
            parts = 0  # files written into the folder ``out`` (0: still a single file)
            n = 0
            for item in items:
                if len(docbin) == DOCS_PER_FILE:  # one more Doc: out becomes a folder
                    if parts == 0:
                        out.unlink(missing_ok=True)
                        out.mkdir()
                    close(docbin, out / f"{parts:05d}.spacy")
                    parts += 1
                    docbin = fresh(parts)
                lang = SPACY_LANGS.get(item.document.lang, "xx")
                spans = item.spans
                if not _fit(item.document.text, spans):
                    spans = checked_spans(item)  # raises, naming the document and span
                docbin.add(item, lang, spans)
                n += 1
            close(docbin, out / f"{parts:05d}.spacy" if parts else out)
            pending[0].result()
            if worker is not None:
                found.update(worker.finish())
        for path in sorted(found):  # in the order of the Docs
            self.misaligned += found[path][0]
            self.unaligned += found[path][1]
        if self.misaligned:
            log.warning(
                "spacy: %d spans do not align to spaCy tokens (expanded in doc.spans, exact "
                "in doc.user_data): %s",
                len(self.misaligned),
                "; ".join(f"{d} span {s.id} {s.label} {s.text!r}" for d, s in self.misaligned[:20]),
            )
        if self.unaligned:
            log.warning("spacy: %d spans kept only in doc.user_data", len(self.unaligned))
        return n

    def _spacy_bins(self) -> Any:
        """Files built by spaCy itself (Doc by Doc, then ``DocBin``)."""
        import spacy
        from spacy.tokens import DocBin
        from spacy.util import filter_spans

        pipelines: dict[str, Any] = {}
        exporter = self

        class SpacyBin:
            def __init__(self) -> None:
                self.docbin = DocBin(attrs=DOCBIN_ATTRS, store_user_data=True)
                self.misaligned: list[tuple[str, Span]] = []
                self.unaligned: list[tuple[str, Span]] = []

            def __len__(self) -> int:
                return len(self.docbin)

            def add(self, item: AnnotatedDocument, lang: str, spans: tuple[Span, ...]) -> None:
                if lang not in pipelines:
                    pipelines[lang] = spacy.blank(lang)
                doc = exporter._doc(pipelines[lang], item, spans, filter_spans, self)
                self.docbin.add(doc)

            def sealed(self, path: Path) -> Callable[[], Any]:
                data = self.docbin.to_bytes()  # compressed here: spaCy's own objects
                return lambda: path.write_bytes(data)

        return SpacyBin

    @staticmethod
    def _doc(
        nlp: Any, item: AnnotatedDocument, spans: tuple[Span, ...], filter_spans: Any, out: Any
    ) -> Any:
        """The spaCy Doc of one layer (see the module docstring); what does not align
        goes to ``out.misaligned`` / ``out.unaligned``."""
        doc_ = item.document
        doc = nlp.make_doc(doc_.text)
        group = []
        for span in spans:
            sid = str(span.id) if span.id is not None else ""
            made = doc.char_span(span.start, span.end, span.label, span_id=sid)
            if made is None:
                out.misaligned.append((doc_.ext_id, span))
                made = doc.char_span(
                    span.start, span.end, span.label, alignment_mode=ALIGNMENT_MODE, span_id=sid
                )
            if made is None:
                out.unaligned.append((doc_.ext_id, span))
                continue
            group.append(made)
        doc.spans[SPAN_KEY] = group
        doc.ents = filter_spans(group)
        doc.user_data[USER_DATA_KEY] = layer_payload(item)
        return doc
