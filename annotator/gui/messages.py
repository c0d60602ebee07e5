"""Messages from the layers below the window, in the interface language.

The services, store, core and io speak English (the CLI shows their messages as
they are, and they must not import Qt). The window shows every message that comes
from them through :func:`shown`, which recognises the English text by the templates
of gui/message_texts.py and fills the translated template with the same pieces,
the way gui/step_names.py does for undo steps. Invariants:

- in English the message is shown exactly as it was raised;
- a message no template knows is shown as it is (a plugin's own, a newer version's,
  the operating system's): never empty, never an exception;
- data (file names, labels, ids, values typed, quoted article text) is kept as it
  is, wrapped in Unicode isolates (FSI ... PDI) so it keeps its own direction;
  counts are shown in the language's digits;
- a message that carries another (``cannot undo: ...``, ``document 7: ...``) has
  the inner one translated in turn; so has a location prefix ``file:line: ...``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from annotator.gui.i18n import current_language, num, translate
from annotator.gui.message_texts import BYTES, CONTEXT, MERGE_SUMMARY, TEMPLATES, WORDS

if TYPE_CHECKING:
    from annotator.services.team import MergeReport

__all__ = ["merge_summary", "shown", "template_pattern"]

FSI, PDI = "\u2068", "\u2069"
COUNT_FIELDS = ("n", "m", "total")
NESTED_FIELDS = ("error", "where", "desc", "until")
#: Fields of a DATE value's description that read only their own shape, so that a
#: template such as "{desc}, {clock}" cannot read any text with a comma in it.
SHAPES = {
    "clock": r"\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?",
    "utc": r"[+-]\d\d(?::?\d\d)?",
    "year": r"\d{1,4}",
    "day": r"\d{1,2}",
    "week": r"\d{1,2}",
    "quarter": r"[1-4]",
    "decade": r"\d{3}0",
    "date": r"\d{4}/\d\d/\d\d",
    # offsets and a span's label read as one piece each (an offset from a bad file may
    # be None or a quoted string): with them lazy, "span {id} {label} [{start}, ..."
    # backtracked for a minute on a crafted 2,000-character message
    "start": r"[^\s,()\[\]]+",
    "end": r"[^\s,()\[\]]+",
    "label": r"\S+",
}
MAX_CHARS = 2000  # the longest message below is ~300 characters besides its pieces
MAX_DEPTH = 6  # messages inside messages: "file:3: record 2 (document 'x'): span 4: ..."
CODE_FIELDS = ("key",)  # a JSON key after "data.": shown as it is, not isolated


def _iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


def template_pattern(template: str) -> re.Pattern[str]:
    """The regular expression reading the English messages ``template`` stands for."""
    out = []
    for i, piece in enumerate(re.split(r"\{([a-z_]+)\}", template)):
        if i % 2 == 0:
            out.append(re.escape(piece))
        elif piece in COUNT_FIELDS:
            out.append(rf"(?P<{piece}>\d+)")
        elif piece in WORDS:
            out.append(rf"(?P<{piece}>{'|'.join(map(re.escape, WORDS[piece]))})")
        elif piece in SHAPES:
            out.append(rf"(?P<{piece}>{SHAPES[piece]})")
        elif piece == "error":
            out.append(rf"(?P<{piece}>.+)")
        else:
            out.append(rf"(?P<{piece}>.+?)")
    return re.compile("".join(out) + r"\Z", re.DOTALL)


def _specificity(template: str) -> int:
    """How much fixed text a template has: the more, the sooner it is tried."""
    return len(re.sub(r"\{[a-z_]+\}", "", template))


def _fixed(template: str) -> tuple[str, ...]:
    """The template's fixed pieces: a text lacking one of them cannot be its message
    (checked before the pattern, which is slow on long texts)."""
    return tuple(p for p in re.split(r"\{[a-z_]+\}", template) if p.strip())


_COMPILED: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (template_pattern(t), t, _fixed(t)) for t in sorted(TEMPLATES, key=_specificity, reverse=True)
)


Reading = tuple[int, str]  # (characters kept as they are, the text shown)


def _size(text: str) -> Reading:
    """A file size as io.importers.base.human_size writes it (``999 bytes``, ``52.4 MB``)."""
    m = re.fullmatch(r"(\d+) bytes", text)
    if m is None:
        return len(text), _iso(text)
    return 0, translate(CONTEXT, BYTES).format(n=num(int(m[1])))


def _piece(name: str, value: str, depth: int) -> Reading:
    """One field of a template, as shown."""
    if name in NESTED_FIELDS:
        found = _read(value, depth + 1)
        if found is not None:
            return found
        return len(value), (value if name == "error" else _iso(value))
    if name in COUNT_FIELDS:
        return 0, num(int(value))
    if name in WORDS:
        return 0, translate(CONTEXT, value)
    if name == "size":
        return _size(value)
    return len(value), (value if name in CODE_FIELDS else _iso(value))


def _read(text: str, depth: int = 0) -> Reading | None:
    """The best reading of ``text``: the one leaving the least of it untranslated
    (the more specific template when two leave as much); None when none reads it,
    and for a text too long or nested too deep to be one of the messages."""
    if depth > MAX_DEPTH or len(text) > MAX_CHARS:
        return None
    return _read_in(text, current_language(), depth)


@lru_cache(maxsize=1024)
def _read_in(text: str, lang: str, depth: int) -> Reading | None:
    best: Reading | None = None
    for pattern, template, fixed in _COMPILED:
        if not all(piece in text for piece in fixed):
            continue
        m = pattern.match(text)
        if m is None:
            continue
        pieces = {k: _piece(k, v, depth) for k, v in m.groupdict().items()}
        left = sum(kept for kept, _ in pieces.values())
        if best is None or left < best[0]:
            shown_pieces = {k: piece for k, (_, piece) in pieces.items()}
            best = left, translate(CONTEXT, template).format(**shown_pieces)
        if left == 0:
            return best
    head, sep, tail = text.partition(": ")  # "file:12: <message>", "<value>: <message>"
    inner = _read(tail, depth + 1) if sep and tail else None
    if inner is not None:
        kept, where = _piece("where", head, depth)
        if best is None or kept + inner[0] < best[0]:
            best = kept + inner[0], f"{where}: {inner[1]}"
    return best


def shown(message: BaseException | str) -> str:
    """``message`` (an exception from the services, store, core or io, or its text)
    as the window shows it: in the interface language when a template reads it,
    else as it is."""
    if isinstance(message, BaseException):
        keyed = isinstance(message, KeyError) and len(message.args) == 1  # no repr quotes
        text = (str(message.args[0]) if keyed else str(message)) or type(message).__name__
    else:
        text = message
    if current_language() == "en":
        return text
    found = _read(text)
    return found[1] if found is not None else text


def merge_summary(report: MergeReport) -> str:
    """The Team > Merge report as one paragraph (in English: ``report.summary()``)."""
    if current_language() == "en":
        return report.summary()
    reg = report.registry
    return translate(CONTEXT, MERGE_SUMMARY).format(
        n=num(report.files),
        layers=num(report.layers_added),
        spans=num(report.spans),
        links=num(report.relations),
        unchanged=num(report.layers_unchanged),
        articles=num(report.documents_added),
        created=num(reg.created),
        merged=num(reg.merged),
        aliases=num(reg.aliases_added),
    )
