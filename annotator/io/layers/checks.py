"""What every annotation import is checked for, whatever the format (built in or a
plugin): the importer's ``read`` wrapped so that nothing a file holds reaches the user
as a traceback, and each document checked before it is stored.

- a document over ``options.max_chars`` characters (a 50 MB line in a doccano or CoNLL
  file), an unpaired surrogate in any string (a JSON ``\\ud800`` escape, which SQLite
  and UTF-8 cannot hold), attributes or metadata nested deeper than MAX_DEPTH or
  holding values JSON has no type for: a BadRecord naming file and document;
- a span whose offsets or text do not fit its document's text (unless the importer
  says it checked them itself, ``checks_offsets``): a BadRecord naming file and
  document; each offset is checked once on the way in;
- the same document id twice in one file with two different texts: a BadRecord
  naming both;
- a RecursionError or any other exception raised by the importer (a bug, or a plugin's
  bug): one BadRecord naming the file and the record reached, logged with its
  traceback, and the file is not read further.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotatedDocument
from annotator.core.validate import OffsetError, check_span_offsets
from annotator.io.importers.base import BadRecord, too_long_message
from annotator.io.layers.base import LayerImporter, LayerOptions

log = logging.getLogger(__name__)

#: Deepest nesting of lists and objects allowed in attributes and metadata.
MAX_DEPTH = 32

_SURROGATE = re.compile("[\ud800-\udfff]")


def checked_read(
    importer: LayerImporter, path: Path, options: LayerOptions
) -> Iterator[AnnotatedDocument | BadRecord]:
    """``importer.read(path, options)`` with the checks of this module applied."""
    file = str(path)
    seen: dict[str, tuple[str, int]] = {}  # ext_id -> (text hash, record number)
    number = 0
    items = iter(importer.read(path, options))
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except UnicodeEncodeError as exc:  # a str with an unpaired surrogate was hashed
            yield BadRecord(file, 0, f"record {number + 1}: {_surrogate_message(exc)}")
            return
        except RecursionError:
            yield BadRecord(file, 0, f"record {number + 1}: nested too deeply to read")
            return
        except MemoryError:
            yield BadRecord(file, 0, f"record {number + 1}: too large to read into memory")
            return
        except Exception as exc:  # an importer's bug must not reach the user as a traceback
            log.warning("%s: the %s importer failed", file, importer.name, exc_info=True)
            what = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
            yield BadRecord(
                file, 0, f"record {number + 1}: the {importer.name} importer failed ({what})"
            )
            return
        number += 1
        if isinstance(item, BadRecord):
            yield item
            continue
        problem = document_problem(item, options, offsets=not importer.checks_offsets)
        doc = item.document
        if problem is None:
            first = seen.setdefault(doc.ext_id, (doc.text_sha256, number))
            if first[0] != doc.text_sha256:
                problem = (
                    f"document id {doc.ext_id!r} is used by records {first[1]} and {number} "
                    "with different texts"
                )
        if problem is not None:
            yield BadRecord(file, 0, f"record {number} (document {_quoted(doc.ext_id)}): {problem}")
            continue
        yield item


def document_problem(
    item: AnnotatedDocument, options: LayerOptions, offsets: bool = True
) -> str | None:
    """Why ``item`` cannot be stored as it is (or None when it can). ``offsets``: check
    every span's offsets and text against the document's text (the one check of them
    on the way in; False when the importer has checked them as it read)."""
    doc = item.document
    if len(doc.text) > options.max_chars:
        return too_long_message(doc.text, options.max_chars)
    if offsets:
        for span in item.spans:
            try:
                check_span_offsets(doc.text, span)
            except OffsetError as exc:
                return str(exc)
    strings: list[tuple[str, Any]] = [
        ("the text", doc.text),
        ("the document id", doc.ext_id),
        ("the title", doc.title),
        ("the layer name", item.layer),
        ("the status", item.status),
        ("the metadata", doc.meta),
    ]
    labels: set[str] = set()  # a label checked once (it repeats on every span)
    for span in item.spans:
        if span.label not in labels:
            labels.add(span.label)
            strings.append((f"span {span.id}'s label", span.label))
        if span.attrs:  # an empty mapping has nothing to check
            strings.append((f"span {span.id}", span.attrs))
    strings += [(f"relation {r.id}'s type", r.type) for r in item.relations]
    for what, value in strings:
        problem = value_problem(value)
        if problem:
            return f"{what}: {problem}"
    return None


def value_problem(value: Any) -> str | None:
    """Why ``value`` (a string, or a JSON-like structure) cannot be stored: an unpaired
    surrogate, nesting deeper than MAX_DEPTH, a value JSON has no type for."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            found = _SURROGATE.search(item)
            if found:
                return (
                    f"unpaired surrogate \\u{ord(found.group()):04x} at character "
                    f"{found.start()} (a broken \\ud800-\\udfff escape?); UTF-8 cannot hold it"
                )
        elif isinstance(item, Mapping | list | tuple):
            if depth >= MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep"
            if isinstance(item, Mapping):
                for k, v in item.items():
                    if not isinstance(k, str):
                        return f"a key {k!r} that is not a string"
                    stack += [(k, depth + 1), (v, depth + 1)]
            else:
                stack += [(v, depth + 1) for v in item]
        elif not (item is None or isinstance(item, bool | int | float)):
            return f"a value of type {type(item).__name__}, which JSON cannot hold"
    return None


def _surrogate_message(exc: UnicodeEncodeError) -> str:
    bad = exc.object[exc.start : exc.end] if isinstance(exc.object, str) else ""
    code = f"\\u{ord(bad[0]):04x} " if bad else ""
    return f"unpaired surrogate {code}(a broken \\ud800-\\udfff escape?); UTF-8 cannot hold it"


def _quoted(ext_id: str) -> str:
    return repr(_SURROGATE.sub("\ufffd", ext_id))
