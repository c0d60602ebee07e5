"""JSON Lines: one JSON object per line, read line by line (memory stays flat)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from annotator.io.encoding import (
    EMPTY_FILE,
    find_undecodable,
    open_text,
    undecodable_message,
)
from annotator.io.errors import DecodeProblem
from annotator.io.importers.base import (
    DEFAULT_OPTIONS,
    BadRecord,
    Importer,
    ImportOptions,
    Record,
    cannot_read,
    json_type,
    record_from_mapping,
)

# A JSON-escaped surrogate (\ud800-\udfff): only these can make a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
# The most characters one article character can take in JSON (an escaped pair).
_JSON_CHARS_PER_CHAR = 12


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _has_lone_surrogate(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class JsonLinesImporter(Importer):
    """One JSON object per line; keys are mapped through ``ImportOptions.fields``."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson", ".json")
    description = "JSON Lines, one object per line with a 'text' key (others: --field)"

    def read(
        self, path: Path, options: ImportOptions = DEFAULT_OPTIONS
    ) -> Iterator[Record | BadRecord]:
        file = str(path)
        try:
            stream, encoding = open_text(path, options.encoding, newline="\n")
        except OSError as exc:
            yield cannot_read(path, exc)
            return
        except DecodeProblem as exc:
            yield BadRecord(file, exc.line, str(exc))
            return
        limit = _JSON_CHARS_PER_CHAR * options.max_chars + 65_536
        lineno = 0
        seen_content = False
        with stream:
            try:
                while line := stream.readline(limit):
                    lineno += 1
                    if len(line) >= limit and not line.endswith("\n"):
                        while (rest := stream.readline(limit)) and not rest.endswith("\n"):
                            pass
                        seen_content = True
                        yield BadRecord(
                            file,
                            lineno,
                            f"line is over {limit:,} characters, too long for an article "
                            f"of at most {options.max_chars:,} characters (--max-chars)",
                            stream.buffer.tell(),
                        )
                        continue
                    if not line.strip():
                        continue
                    pos = stream.buffer.tell()
                    if not seen_content:
                        seen_content = True
                        problem = _not_json_lines(line)
                        if problem:
                            yield BadRecord(file, 0, problem, pos)
                            return
                    yield self._parse(line, path, lineno, encoding, pos, options)
            except (OSError, UnicodeDecodeError) as exc:
                message = (
                    f"undecodable bytes: not valid {encoding} ({exc.reason}); "
                    "convert the file to UTF-8 or pass --encoding"
                    if isinstance(exc, UnicodeDecodeError)
                    else f"cannot read file: {exc.strerror or exc}"
                )
                yield BadRecord(file, lineno + 1, message, stream.buffer.tell())
                return
        if not seen_content:
            yield BadRecord(file, 0, EMPTY_FILE)

    @staticmethod
    def _parse(
        line: str, path: Path, lineno: int, encoding: str, pos: int, options: ImportOptions
    ) -> Record | BadRecord:
        file = str(path)
        bad_byte = find_undecodable(line)
        if bad_byte is not None:
            return BadRecord(file, lineno, undecodable_message(line, bad_byte, encoding), pos)
        try:
            value = json.loads(line, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            return BadRecord(file, lineno, f"malformed JSON: {exc.msg} (column {exc.colno})", pos)
        except ValueError as exc:
            return BadRecord(file, lineno, f"malformed JSON: {exc}", pos)
        except RecursionError:
            return BadRecord(file, lineno, "malformed JSON: nested too deeply", pos)
        if not isinstance(value, dict):
            return BadRecord(
                file, lineno, f"JSON line is not an object (got {json_type(value)})", pos
            )
        if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(value):
            return BadRecord(
                file,
                lineno,
                "a JSON string has an unpaired surrogate escape (\\ud800-\\udfff), "
                "not valid Unicode",
                pos,
            )
        return record_from_mapping(value, path, lineno, encoding, pos, options)


def _not_json_lines(first_line: str) -> str | None:
    """Why a file whose first non-blank line is ``first_line`` is not JSON Lines at all
    (a JSON array, or one pretty-printed document), else None."""
    stripped = first_line.strip()
    if stripped.startswith("["):
        return (
            "a JSON array, not JSON Lines (one object per line); convert it, e.g. jq -c '.[]' FILE"
        )
    if stripped == "{":
        return "a pretty-printed JSON document, not JSON Lines (one object per line)"
    return None
