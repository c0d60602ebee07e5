"""CSV and TSV: a header row, then one article per row, streamed row by row.

Lines are read with ``newline=""`` semantics, so CR, LF and CRLF inside quoted
fields reach the article text unchanged. Quoting is strict: a file that ends inside
a quoted field is reported, never silently cut.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from annotator.io.encoding import find_undecodable, open_text, undecodable_message
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import (
    DEFAULT_OPTIONS,
    BadRecord,
    Importer,
    ImportOptions,
    Record,
    cannot_read,
    record_from_mapping,
)

DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')
_C_LONG_MAX = 2**31 - 1


def sniff_delimiter(header_line: str) -> str:
    """The delimiter among , ; and tab that the header line uses most (default ``,``)."""
    unquoted = _QUOTED.sub("", header_line)
    counts = {delimiter: unquoted.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _raise_field_limit(max_chars: int) -> int:
    """Let fields up to twice ``max_chars`` through csv, so that long articles get our
    own --max-chars message. (csv's limit is process-wide; it only ever grows.)"""
    wanted = min(2 * max_chars + 1024, _C_LONG_MAX)
    limit = max(csv.field_size_limit(), wanted)
    csv.field_size_limit(limit)
    return limit


def _undecodable_field(row: list[str], encoding: str) -> str | None:
    for value in row:
        index = find_undecodable(value)
        if index is not None:
            return undecodable_message(value, index, encoding)
    return None


class _LineTooLong(Exception):
    """A physical line longer than any row of articles within --max-chars can be."""


def _lines(prefix: list[str], stream: TextIO, limit: int) -> Iterator[str]:
    """The file's lines, none longer than ``limit`` characters: a longer one (a file
    with no line breaks, a runaway field) raises _LineTooLong instead of being read
    whole into memory."""
    yield from prefix
    while line := stream.readline(limit):
        if len(line) >= limit and not line.endswith(("\n", "\r")):
            raise _LineTooLong
        yield line


def _line_limit(max_chars: int) -> int:
    """The longest physical line read: a field of max_chars characters, each possibly
    doubled by quoting, plus a megabyte for the other columns."""
    return 2 * max_chars + 1_048_576


class CsvImporter(Importer):
    """A header row, then one article per row; columns mapped through ``fields``."""

    name = "csv"
    extensions = (".csv", ".tsv")
    description = "CSV/TSV with a header row and a 'text' column (others: --field)"

    def read(
        self, path: Path, options: ImportOptions = DEFAULT_OPTIONS
    ) -> Iterator[Record | BadRecord]:
        file = str(path)
        try:
            stream, encoding = open_text(path, options.encoding, newline="")
        except OSError as exc:
            yield cannot_read(path, exc)
            return
        except DecodeProblem as exc:
            yield BadRecord(file, exc.line, str(exc))
            return
        with stream:
            try:
                yield from self._rows(stream, path, encoding, options)
            except UnicodeDecodeError as exc:  # in the first lines, read before csv starts
                message = (
                    f"undecodable bytes: not valid {encoding} ({exc.reason}); "
                    "convert the file to UTF-8 or pass --encoding"
                )
                yield BadRecord(file, 1, message, stream.buffer.tell())
            except OSError as exc:
                yield BadRecord(file, 0, f"cannot read file: {exc.strerror or exc}")

    def _rows(
        self, stream: TextIO, path: Path, encoding: str, options: ImportOptions
    ) -> Iterator[Record | BadRecord]:
        file = str(path)
        line_limit = _line_limit(options.max_chars)
        too_long = (
            f"a line is over {line_limit:,} characters, longer than a row of an article of "
            f"at most {options.max_chars:,} characters (--max-chars); stopped reading this file"
        )
        prefix = [stream.readline(line_limit)]
        while prefix[-1] and not prefix[-1].strip():
            prefix.append(stream.readline(line_limit))
        if len(prefix[-1]) >= line_limit and not prefix[-1].endswith(("\n", "\r")):
            yield BadRecord(file, len(prefix), too_long, stream.buffer.tell())
            return
        delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(prefix[-1])
        limit = _raise_field_limit(options.max_chars)
        reader = csv.reader(_lines(prefix, stream, line_limit), delimiter=delimiter, strict=True)

        def pos() -> int:
            return stream.buffer.tell()

        header: list[str] | None = None
        rows = 0  # data rows seen, good or bad
        while True:
            line = reader.line_num + 1  # where the next row starts
            try:
                row = next(reader)
            except StopIteration:
                break
            except _LineTooLong:
                yield BadRecord(file, reader.line_num + 1, too_long, pos())
                return
            except UnicodeDecodeError as exc:
                message = (
                    f"undecodable bytes: not valid {encoding} ({exc.reason}); "
                    "convert the file to UTF-8 or pass --encoding"
                )
                yield BadRecord(file, line, message, pos())
                return
            except csv.Error as exc:
                text = str(exc)
                if "unexpected end of data" in text:
                    yield BadRecord(file, line, "unterminated quoted field", pos())
                    return
                if "field larger than field limit" in text:
                    yield BadRecord(
                        file,
                        line,
                        f"a field is over {limit:,} characters, over the limit of "
                        f"{options.max_chars:,} characters (--max-chars); "
                        "stopped reading this file",
                        pos(),
                    )
                    return
                rows += 1
                yield BadRecord(file, line, f"malformed CSV: {text}", pos())
                continue
            if not any(value.strip() for value in row):
                continue  # blank line, or a spreadsheet's empty row
            problem = _undecodable_field(row, encoding)
            if header is None:
                header = [name.strip() for name in row]
                problem = problem or self._header_problem(header, options)
                if problem:
                    yield BadRecord(file, line, problem, pos())
                    return  # nothing below can be mapped
                continue
            rows += 1
            if problem is None and len(row) != len(header):
                problem = f"row has {len(row)} fields, header has {len(header)}"
            if problem:
                yield BadRecord(file, line, problem, pos())
            else:
                values = dict(zip(header, row, strict=True))
                yield record_from_mapping(values, path, line, encoding, pos(), options)
        if header is None:
            yield BadRecord(file, 0, "empty file", pos())
        elif rows == 0:
            yield BadRecord(file, 0, "no rows after the header", pos())

    @staticmethod
    def _header_problem(header: list[str], options: ImportOptions) -> str | None:
        seen: set[str] = set()
        for name in header:
            if name and name in seen:
                return f"duplicate column {name!r} in the header"
            seen.add(name)
        text_column = options.column("text")
        if text_column not in seen:
            columns = ", ".join(repr(name) for name in header)
            return f"no {text_column!r} field; use --field text=COLUMN (header: {columns})"
        return None
