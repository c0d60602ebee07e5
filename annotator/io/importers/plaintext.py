"""Plain text: one article per file, decoded exactly (see ``annotator.io.encoding``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from annotator.core.model import Document
from annotator.io.encoding import decode, open_regular
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import (
    DEFAULT_OPTIONS,
    BadRecord,
    Importer,
    ImportOptions,
    Record,
    cannot_read,
    human_size,
    title_from_text,
    too_long_message,
)
from annotator.text.lang import detect_language, direction_for

MAX_BYTES_PER_CHAR = 4  # UTF-8 and UTF-16 never need more for one code point


class PlainTextImporter(Importer):
    """One article per file. id: ``id_prefix`` + file stem; title: first non-empty line."""

    name = "text"
    extensions = (".txt", ".text")
    description = "plain text, one article per file (UTF-8, UTF-16 or Arabic code pages)"

    def read(
        self, path: Path, options: ImportOptions = DEFAULT_OPTIONS
    ) -> Iterator[Record | BadRecord]:
        file = str(path)
        # No article of max_chars characters takes more bytes than this (plus a BOM).
        most = MAX_BYTES_PER_CHAR * (options.max_chars + 1)
        try:
            with open_regular(path) as stream:
                # read at most one byte over the limit, whatever the file claims to be
                data = stream.read(most + 1)
                size = max(len(data), os.fstat(stream.fileno()).st_size)
        except OSError as exc:
            yield cannot_read(path, exc)
            return
        if size > most:
            yield BadRecord(
                file,
                0,
                f"article is {human_size(size)}, over the limit of "
                f"{options.max_chars:,} characters (--max-chars)",
                len(data),
            )
            return
        try:
            text, encoding = decode(data, options.encoding)
        except DecodeProblem as exc:
            yield BadRecord(file, exc.line, str(exc), len(data))
            return
        if len(text) > options.max_chars:
            yield BadRecord(file, 0, too_long_message(text, options.max_chars), len(data))
            return
        lang = detect_language(text)
        document = Document(
            id=None,
            ext_id=options.id_prefix + path.stem,
            title=title_from_text(text),
            text=text,
            lang=lang,
            direction=direction_for(lang),
            source=options.source,
            meta={"source_file": path.name},
        )
        yield Record(document, file, 0, encoding, len(data))
