"""The window's shortcuts as the analyst set them: each action's default keys
(``actions.ACTIONS``) unless View > Change keyboard shortcuts… gave it others, kept
in the settings under the action's name (a stable id, never its translated text).

Keys are written in Qt's portable form (``Ctrl+Shift+Z``), Latin letters only: Qt
matches a Latin shortcut on the same physical key when an Arabic or Persian layout is
active, so a key recorded as ``Ctrl+س`` is turned back into ``Ctrl+S`` (see
:func:`latin_key`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from annotator.gui.actions import ACTIONS, ActionSpec, action_text, menu_title
from annotator.gui.i18n import translate
from annotator.gui.plain import ltr

DEFAULTS: dict[str, tuple[str, ...]] = {spec.name: spec.shortcuts for spec in ACTIONS}
SPECS: dict[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}

# Keys the keyboard flow itself relies on (tests/test_keyboard_flow.py): never given
# to an action, whatever the analyst asks.
_CARET = QT_TRANSLATE_NOOP("Shortcuts", "moving the caret or extending the selection")
RESERVED: dict[str, str] = {
    "Esc": QT_TRANSLATE_NOOP("Shortcuts", "going back to the article"),
    "Return": QT_TRANSLATE_NOOP("Shortcuts", "confirming a value, speaker or label"),
    "Enter": QT_TRANSLATE_NOOP("Shortcuts", "confirming a value, speaker or label"),
    "Tab": QT_TRANSLATE_NOOP("Shortcuts", "moving between fields"),
    "Shift+Tab": QT_TRANSLATE_NOOP("Shortcuts", "moving between fields"),
    "Ctrl+A": QT_TRANSLATE_NOOP("Shortcuts", "selecting the whole article"),
    "Ctrl+C": QT_TRANSLATE_NOOP("Shortcuts", "copying the selection"),
    **{
        f"{mods}{key}": _CARET
        for key in ("Left", "Right", "Up", "Down", "Home", "End", "PgUp", "PgDown")
        for mods in ("", "Shift+", "Ctrl+", "Ctrl+Shift+")
        if not (mods.startswith("Ctrl") and key.startswith("Pg"))  # Ctrl+PgDown: next article
    },
}

# The Latin key on the same physical key, in the Arabic (101) and Persian (standard)
# layouts: what a key recorded while such a layout was active stands for.
_ARABIC_101 = dict(
    zip(
        "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذ",
        "QWERTYUIOP[]ASDFGHJKL;'ZXCVNM,./`",
        strict=True,
    )
)
_PERSIAN = dict(
    zip(
        "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو",
        "QWERTYUIOP[]ASDFGHJKL;'ZXCVBNM,",
        strict=True,
    )
)

_DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2, strict=True))


def latin_key(sequence: str, language: str = "") -> str:
    """``sequence`` (portable text) with an Arabic-script last key replaced by the Latin
    key on the same physical key: ``Ctrl+س`` -> ``Ctrl+S``. ``language`` ("fa", "ar")
    says which layout to read first where the two differ (``ز`` is ``.`` in Arabic,
    ``C`` in Persian); a sequence without such a key comes back unchanged."""
    head, plus, last = sequence.rpartition("+")
    if len(last) != 1:
        return sequence
    tables = (_PERSIAN, _ARABIC_101) if language == "fa" else (_ARABIC_101, _PERSIAN)
    for table in (_DIGITS, *tables):
        if last in table:
            return head + plus + table[last]
    return sequence


def normal(sequence: str) -> str:
    """One spelling per key (``ctrl+shift+z`` and ``Shift+Ctrl+Z`` -> ``Ctrl+Shift+Z``)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.PortableText)


def label_keys(labels: Iterable) -> dict[str, str]:
    """key -> label name for each label's tag keys (``1`` and ``Alt+1``)."""
    out: dict[str, str] = {}
    for label in labels:
        if label.key:
            out[normal(label.key)] = label.name
            out[normal("Alt+" + label.key)] = label.name
    return out


def action_name(name: str) -> str:
    """An action's name as its menu shows it, without the accelerator mark."""
    return action_text(SPECS[name]).replace("&", "").rstrip("…")


@dataclass(frozen=True, slots=True)
class Conflict:
    """Why a key cannot simply be given to an action: ``owner`` is the other action's
    name when it can be taken from it, "" for a label key or a reserved key."""

    key: str
    owner: str
    message: str


class ShortcutMap:
    """Every action's current keys: the defaults with the analyst's changes over them."""

    def __init__(self, changed: Mapping[str, tuple[str, ...]], labels: Iterable = ()) -> None:
        self.changed = {
            name: tuple(normal(k) for k in keys if k)
            for name, keys in changed.items()
            if name in DEFAULTS  # an action since removed is forgotten
        }
        self.labels = label_keys(labels)

    def copy(self) -> ShortcutMap:
        """An independent copy (a dialog edits one and keeps it only on OK)."""
        twin = ShortcutMap(self.changed)
        twin.labels = dict(self.labels)
        return twin

    def keys(self, name: str) -> tuple[str, ...]:
        """The keys that trigger action ``name`` now."""
        return self.changed.get(name, DEFAULTS[name])

    def all(self) -> dict[str, tuple[str, ...]]:
        """name -> keys for every action."""
        return {name: self.keys(name) for name in DEFAULTS}

    def is_default(self, name: str) -> bool:
        return self.keys(name) == DEFAULTS[name]

    def owner(self, key: str, besides: str = "") -> str:
        """The action (other than ``besides``) that ``key`` triggers now, or ""."""
        key = normal(key)
        for name in DEFAULTS:
            if name != besides and key in self.keys(name):
                return name
        return ""

    def conflict(self, name: str, key: str) -> Conflict | None:
        """Why ``key`` cannot simply become action ``name``'s key (None: it can)."""
        key = normal(key)
        if key in self.labels:
            text = translate("Shortcuts", "{key} tags the selection as {label}.")
            return Conflict(key, "", text.format(key=ltr(key), label=self.labels[key]))
        if key in RESERVED:
            text = translate("Shortcuts", "{key} is kept for {what}.")
            return Conflict(
                key, "", text.format(key=ltr(key), what=translate("Shortcuts", RESERVED[key]))
            )
        other = self.owner(key, besides=name)
        if other:
            text = translate("Shortcuts", "{key} is already the shortcut of “{action}” ({menu}).")
            where = menu_title(SPECS[other].menu).replace("&", "")
            return Conflict(
                key, other, text.format(key=ltr(key), action=action_name(other), menu=where)
            )
        return None

    def set(self, name: str, keys: Iterable[str]) -> None:
        """Give ``name`` these keys (an empty list: no shortcut); the default is not
        stored as a change."""
        keys = tuple(normal(k) for k in keys if k)
        if keys == DEFAULTS[name]:
            self.changed.pop(name, None)
        else:
            self.changed[name] = keys

    def take(self, name: str, key: str) -> None:
        """Give ``key`` to ``name`` alone, taking it from whichever action had it."""
        other = self.owner(key, besides=name)
        if other:
            self.set(other, [k for k in self.keys(other) if k != normal(key)])
        self.set(name, [key])

    def reset(self, name: str | None = None) -> list[str]:
        """Back to the default keys: of ``name`` (taken from any action that was given
        one of them since), or of every action. Returns the actions that lost a key."""
        if name is None:
            self.changed.clear()
            return []
        self.changed.pop(name, None)
        losers = []
        for key in DEFAULTS[name]:
            other = self.owner(key, besides=name)
            if other:
                self.set(other, [k for k in self.keys(other) if k != normal(key)])
                losers.append(other)
        return losers
