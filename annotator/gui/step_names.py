"""Undo steps and accept summaries in the interface language.

The services name every edit group in English (``accept CLAIM suggestion «…»``,
``link said_by``, ``merge 3 packages``): that name is stored in the project's log, so
it must not depend on the language of whoever made the edit. The window shows it
through :func:`step_name`, which recognises each form the services write and fills
the translated template with the same pieces (label names, quoted article text,
counts in the language's digits). Invariants:

- a name no pattern knows is shown as stored (a plugin's own groups, a newer
  version's): never empty, never an exception;
- the quoted article text and label names are kept as they are, wrapped in Unicode
  isolates (FSI ... PDI) so a Latin label or an Arabic quote keeps its own direction
  inside the other;
- in English the result equals the stored name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import num, schema_text, translate

__all__ = ["accept_summary", "step_name"]

FSI, PDI = "\u2068", "\u2069"
CONTEXT = "UndoStep"


def _iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


# (pattern of the stored English name, translatable template). The template's
# {fields} are the pattern's named groups; "n" is a count shown in local digits.
STEPS: tuple[tuple[str, str], ...] = (
    (
        r"accept all (?P<label>\S+) suggestions",
        QT_TRANSLATE_NOOP("UndoStep", "accept all {label} suggestions"),
    ),
    (
        r"accept (?P<label>\S+) suggestion «(?P<text>.*)»",
        QT_TRANSLATE_NOOP("UndoStep", "accept {label} suggestion «{text}»"),
    ),
    (
        r"reject (?P<label>\S+) suggestion «(?P<text>.*)»",
        QT_TRANSLATE_NOOP("UndoStep", "reject {label} suggestion «{text}»"),
    ),
    (
        r"reject (?P<label>\S+) suggestion",
        QT_TRANSLATE_NOOP("UndoStep", "reject {label} suggestion"),
    ),
    (
        r"bring back (?P<label>\S+) suggestion",
        QT_TRANSLATE_NOOP("UndoStep", "bring back {label} suggestion"),
    ),
    (
        r"relabel (?P<label>\S+) «(?P<text>.*)» as (?P<new>\S+)",
        QT_TRANSLATE_NOOP("UndoStep", "relabel {label} «{text}» as {new}"),
    ),
    (r"add (?P<n>\d+) spans", QT_TRANSLATE_NOOP("UndoStep", "add {n} spans")),
    (r"remove (?P<n>\d+) spans", QT_TRANSLATE_NOOP("UndoStep", "remove {n} spans")),
    (r"add (?P<label>\S+) «(?P<text>.*)»", QT_TRANSLATE_NOOP("UndoStep", "add {label} «{text}»")),
    (
        r"delete (?P<label>\S+) «(?P<text>.*)»",
        QT_TRANSLATE_NOOP("UndoStep", "delete {label} «{text}»"),
    ),
    (
        r"change (?P<label>\S+) «(?P<text>.*)»",
        QT_TRANSLATE_NOOP("UndoStep", "change {label} «{text}»"),
    ),
    (
        r"set (?P<attr>\S+) of (?P<label>\S+)",
        QT_TRANSLATE_NOOP("UndoStep", "set {attr} of {label}"),
    ),
    (r"link (?P<rel>\S+)", QT_TRANSLATE_NOOP("UndoStep", "link {rel}")),
    (r"unlink (?P<rel>\S+)", QT_TRANSLATE_NOOP("UndoStep", "unlink {rel}")),
    (r"speaker (?P<text>.+)", QT_TRANSLATE_NOOP("UndoStep", "speaker {text}")),
    (r"mark (?P<status>\S+)", QT_TRANSLATE_NOOP("UndoStep", "mark {status}")),
    (r"edit document details", QT_TRANSLATE_NOOP("UndoStep", "edit document details")),
    (r"take (?P<layer>.+)'s version", QT_TRANSLATE_NOOP("UndoStep", "take {layer}'s version")),
    (r"reject every version", QT_TRANSLATE_NOOP("UndoStep", "reject every version")),
    (r"settle a disagreement", QT_TRANSLATE_NOOP("UndoStep", "settle a disagreement")),
    (r"dismiss a disagreement", QT_TRANSLATE_NOOP("UndoStep", "dismiss a disagreement")),
    (r"bring back a disagreement", QT_TRANSLATE_NOOP("UndoStep", "bring back a disagreement")),
    (r"curate automatically", QT_TRANSLATE_NOOP("UndoStep", "curate automatically")),
    (r"merge (?P<n>\d+) packages?", QT_TRANSLATE_NOOP("UndoStep", "merge {n} package(s)")),
    (
        r"import (?P<fmt>\S+) \((?P<n>\d+) files\)",
        QT_TRANSLATE_NOOP("UndoStep", "import {fmt} ({n} files)"),
    ),
    (r"import (?P<fmt>\S+) (?P<text>.+)", QT_TRANSLATE_NOOP("UndoStep", "import {fmt} {text}")),
)
_COMPILED = tuple((re.compile(p + r"\Z", re.DOTALL), t) for p, t in STEPS)

STATUS_WORDS = {
    "todo": QT_TRANSLATE_NOOP("UndoStep", "to do"),
    "in_progress": QT_TRANSLATE_NOOP("UndoStep", "in progress"),
    "done": QT_TRANSLATE_NOOP("UndoStep", "done"),
    "skipped": QT_TRANSLATE_NOOP("UndoStep", "skipped"),
}

_FIELDS: dict[str, Callable[[str], str]] = {
    "n": lambda v: num(int(v)),
    "rel": lambda v: _iso(schema_text(v)),
    "attr": lambda v: _iso(schema_text(v)),
    "status": lambda v: translate(CONTEXT, STATUS_WORDS[v]) if v in STATUS_WORDS else _iso(v),
}


def step_name(stored: str) -> str:
    """``stored`` (an edit group's name as the services wrote it) in the interface
    language; unchanged when no known form matches."""
    for pattern, template in _COMPILED:
        m = pattern.match(stored)
        if m is None:
            continue
        fields = {k: _FIELDS.get(k, _iso)(v) for k, v in m.groupdict().items()}
        if translate(CONTEXT, template) == template:  # English: the stored name itself
            return stored
        return translate(CONTEXT, template).format(**fields)
    return stored


def accept_summary(added: list[tuple[str, str]], links: int, overlaps: list[str]) -> str:
    """The status-bar line after a suggestion is accepted: ``added`` is (label, text)
    of every span made, the suggestion's own first; ``links`` the links made;
    ``overlaps`` the labels of other spans the new ones overlap."""
    (label, text), *rest = added
    line = translate("UndoStep", "added {label} «{text}»").format(
        label=_iso(label), text=_iso(text[:30])
    )
    if rest:
        line += translate("UndoStep", " with {labels}").format(
            labels=translate("UndoStep", ", ").join(_iso(lbl) for lbl, _ in rest)
        )
    if links:
        line += translate("UndoStep", " and {n} link(s)").format(n=num(links))
    if overlaps:
        line += translate("UndoStep", " (overlaps {labels})").format(
            labels=translate("UndoStep", ", ").join(_iso(lbl) for lbl in sorted(set(overlaps)))
        )
    return line
