"""Plain text: one article per file, decoded exactly (see ``annotator.io.encoding``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotator.core.model import Document
from annotator.io.encoding import decode
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
        try:
            size = path.stat().st_size
            if size > MAX_BYTES_PER_CHAR * (options.max_chars + 1):
                yield BadRecord(
                    file,
                    0,
                    f"article is {human_size(size)}, over the limit of "
                    f"{options.max_chars:,} characters (--max-chars)",
                    size,
                )
                return
            data = path.read_bytes()
        except OSError as exc:
            yield cannot_read(path, exc)
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
