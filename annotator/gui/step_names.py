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

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import num, schema_text, translate
from annotator.gui.messages import template_pattern

__all__ = ["accept_summary", "step_name"]

FSI, PDI = "\u2068", "\u2069"
CONTEXT = "UndoStep"


def _iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


# The stored English names as translatable templates: each is also read as the
# pattern of the names it stands for (gui/messages.template_pattern), tried in order,
# so a longer form comes before a shorter one it begins with.
STEPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("UndoStep", "accept all {label} suggestions"),
    QT_TRANSLATE_NOOP("UndoStep", "accept {label} suggestion «{text}»"),
    QT_TRANSLATE_NOOP("UndoStep", "reject {label} suggestion «{text}»"),
    QT_TRANSLATE_NOOP("UndoStep", "reject {label} suggestion"),
    QT_TRANSLATE_NOOP("UndoStep", "bring back {label} suggestion"),
    QT_TRANSLATE_NOOP("UndoStep", "relabel {label} «{text}» as {new}"),
    QT_TRANSLATE_NOOP("UndoStep", "add {n} spans"),
    QT_TRANSLATE_NOOP("UndoStep", "remove {n} spans"),
    QT_TRANSLATE_NOOP("UndoStep", "add {label} «{text}»"),
    QT_TRANSLATE_NOOP("UndoStep", "delete {label} «{text}»"),
    QT_TRANSLATE_NOOP("UndoStep", "change {label} «{text}»"),
    QT_TRANSLATE_NOOP("UndoStep", "set {attr} of {label}"),
    QT_TRANSLATE_NOOP("UndoStep", "link {rel}"),
    QT_TRANSLATE_NOOP("UndoStep", "unlink {rel}"),
    QT_TRANSLATE_NOOP("UndoStep", "speaker {text}"),
    QT_TRANSLATE_NOOP("UndoStep", "mark {status}"),
    QT_TRANSLATE_NOOP("UndoStep", "edit document details"),
    QT_TRANSLATE_NOOP("UndoStep", "take {layer}'s version"),
    QT_TRANSLATE_NOOP("UndoStep", "reject every version"),
    QT_TRANSLATE_NOOP("UndoStep", "settle a disagreement"),
    QT_TRANSLATE_NOOP("UndoStep", "dismiss a disagreement"),
    QT_TRANSLATE_NOOP("UndoStep", "bring back a disagreement"),
    QT_TRANSLATE_NOOP("UndoStep", "curate automatically"),
    QT_TRANSLATE_NOOP("UndoStep", "merge {n} packages"),
    QT_TRANSLATE_NOOP("UndoStep", "merge {n} package"),
    QT_TRANSLATE_NOOP("UndoStep", "import {fmt} ({n} files)"),
    QT_TRANSLATE_NOOP("UndoStep", "import {fmt} {text}"),
)
_COMPILED = tuple((template_pattern(t), t) for t in STEPS)

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
