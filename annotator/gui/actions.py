"""Every command of the window, declared as data: menus, toolbar, shortcuts and the
F1 help are all built from this table. ``name`` is the handler method's name.

Texts and tips are English source strings marked for lupdate (context "Actions");
the window shows ``translate("Actions", text)``. Menu ids stay English; their
titles are translated in context "Menus".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from annotator.gui.i18n import translate
from annotator.gui.plain import ltr


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    menu: str = ""
    checkable: bool = False
    checked: bool = False
    toolbar: bool = False


MENUS = ("File", "Edit", "Span", "Article", "Team", "View", "Help")
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Menus", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "Span": QT_TRANSLATE_NOOP("Menus", "&Span"),
    "Article": QT_TRANSLATE_NOOP("Menus", "&Article"),
    "Team": QT_TRANSLATE_NOOP("Menus", "&Team"),
    "View": QT_TRANSLATE_NOOP("Menus", "&View"),
    "Help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}

TAKE_VERSION = QT_TRANSLATE_NOOP("Actions", "Take version {n}")  # n from the action's name

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_project",
        QT_TRANSLATE_NOOP("Actions", "&New project…"),
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("Actions", "Create an empty project file"),
        "File",
    ),
    ActionSpec(
        "open_project",
        QT_TRANSLATE_NOOP("Actions", "&Open project…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Actions", "Open a project file"),
        "File",
    ),
    ActionSpec(
        "switch_annotator",
        QT_TRANSLATE_NOOP("Actions", "S&witch annotator…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Go on as another annotator on this project; each one's work stays theirs"
        ),
        "File",
    ),
    ActionSpec(
        "import_files",
        QT_TRANSLATE_NOOP("Actions", "&Import articles…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP("Actions", "Import text, JSONL or CSV files"),
        "File",
    ),
    ActionSpec(
        "import_folder",
        QT_TRANSLATE_NOOP("Actions", "Import f&older…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Import every article in a folder"),
        "File",
    ),
    ActionSpec(
        "import_annotations",
        QT_TRANSLATE_NOOP("Actions", "Import &annotations…"),
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Import spans made with brat, doccano, Label Studio, INCEpTION, spaCy, CoNLL…",
        ),
        "File",
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Export in any format (JSONL, brat, CoNLL, spaCy, Parquet, XMI, doccano, "
            "Label Studio, claims table), with a datasheet",
        ),
        "File",
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Actions", "Close the window (everything is saved)"),
        "File",
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Actions", "Undo the last edit (survives a restart)"),
        "Edit",
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("Actions", "Redo the last undone edit"),
        "Edit",
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find in article…"),
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Actions", "Find with folding"),
        "Edit",
    ),
    ActionSpec(
        "search_project",
        QT_TRANSLATE_NOOP("Actions", "Search &project…"),
        ("Ctrl+Shift+F",),
        QT_TRANSLATE_NOOP("Actions", "Search all articles"),
        "Edit",
    ),
    ActionSpec(
        "delete_span",
        QT_TRANSLATE_NOOP("Actions", "&Delete span"),
        ("Del", "Backspace"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected span"),
        "Span",
    ),
    ActionSpec(
        "link_speaker",
        QT_TRANSLATE_NOOP("Actions", "Link &speaker…"),
        ("S",),
        QT_TRANSLATE_NOOP("Actions", "Link the selected claim to a speaker"),
        "Span",
    ),
    ActionSpec(
        "link_date",
        QT_TRANSLATE_NOOP("Actions", "Link &date…"),
        ("D",),
        QT_TRANSLATE_NOOP("Actions", "Link the selected claim to a date"),
        "Span",
    ),
    ActionSpec(
        "focus_editor",
        QT_TRANSLATE_NOOP("Actions", "&Edit value, speaker or kind"),
        ("F2",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Type the selected span's DATE value, find its speaker or choose its kind; "
            "Enter or Esc returns to the article",
        ),
        "Span",
    ),
    ActionSpec(
        "focus_label",
        QT_TRANSLATE_NOOP("Actions", "Change &label…"),
        ("Shift+F2",),
        QT_TRANSLATE_NOOP(
            "Actions", "Choose another label with the arrows; Enter confirms, Esc cancels"
        ),
        "Span",
    ),
    ActionSpec(
        "toggle_clitic",
        QT_TRANSLATE_NOOP("Actions", "Toggle &clitic prefix"),
        ("C",),
        QT_TRANSLATE_NOOP(
            "Actions", "Leave a leading و، ب، ل، ال، ف out of the selected span, or take it back in"
        ),
        "Span",
    ),
    ActionSpec(
        "next_span",
        QT_TRANSLATE_NOOP("Actions", "Next span"),
        ("N",),
        QT_TRANSLATE_NOOP("Actions", "Select the next span in reading order"),
        "Span",
    ),
    ActionSpec(
        "previous_span",
        QT_TRANSLATE_NOOP("Actions", "Previous span"),
        ("P",),
        QT_TRANSLATE_NOOP("Actions", "Select the previous span"),
        "Span",
    ),
    ActionSpec(
        "edge_left_out",
        QT_TRANSLATE_NOOP("Actions", "Left edge one word left"),
        ("Alt+Left",),
        QT_TRANSLATE_NOOP("Actions", "Move the span's left edge"),
        "Span",
    ),
    ActionSpec(
        "edge_left_in",
        QT_TRANSLATE_NOOP("Actions", "Left edge one word right"),
        ("Alt+Right",),
        QT_TRANSLATE_NOOP("Actions", "Move the span's left edge"),
        "Span",
    ),
    ActionSpec(
        "edge_right_in",
        QT_TRANSLATE_NOOP("Actions", "Right edge one word left"),
        ("Alt+Shift+Left",),
        QT_TRANSLATE_NOOP("Actions", "Move the span's right edge"),
        "Span",
    ),
    ActionSpec(
        "edge_right_out",
        QT_TRANSLATE_NOOP("Actions", "Right edge one word right"),
        ("Alt+Shift+Right",),
        QT_TRANSLATE_NOOP("Actions", "Move the span's right edge"),
        "Span",
    ),
    ActionSpec(
        "snap_words",
        QT_TRANSLATE_NOOP("Actions", "Snap to &words"),
        ("W",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Tag whole words without spaces and punctuation; off: the exact characters "
            "(Alt+label key does the same once)",
        ),
        "Span",
        checkable=True,
        checked=True,
        toolbar=True,
    ),
    ActionSpec(
        "next_suggestion",
        QT_TRANSLATE_NOOP("Actions", "Next suggestion"),
        ("]",),
        QT_TRANSLATE_NOOP("Actions", "Select the next suggestion"),
        "Span",
    ),
    ActionSpec(
        "previous_suggestion",
        QT_TRANSLATE_NOOP("Actions", "Previous suggestion"),
        ("[",),
        QT_TRANSLATE_NOOP("Actions", "Select the previous one"),
        "Span",
    ),
    ActionSpec(
        "accept_suggestion",
        QT_TRANSLATE_NOOP("Actions", "&Accept suggestion"),
        ("A",),
        QT_TRANSLATE_NOOP("Actions", "Make the suggestion a span"),
        "Span",
    ),
    ActionSpec(
        "reject_suggestion",
        QT_TRANSLATE_NOOP("Actions", "Re&ject suggestion"),
        ("X",),
        QT_TRANSLATE_NOOP("Actions", "It will not be suggested again"),
        "Span",
    ),
    ActionSpec(
        "accept_all_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Accept all of this label"),
        ("Shift+A",),
        QT_TRANSLATE_NOOP(
            "Actions", "Accept every suggestion with the selected suggestion's label"
        ),
        "Span",
    ),
    ActionSpec(
        "train_model",
        QT_TRANSLATE_NOOP("Actions", "&Train the suggestion model"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Learn speakers from the done articles, in the background (engine 'learned')",
        ),
        "Span",
    ),
    ActionSpec(
        "retrain_every",
        QT_TRANSLATE_NOOP("Actions", "Retrain the model after…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "After how many newly done articles the model retrains by itself (default 10)",
        ),
        "Span",
    ),
    ActionSpec(
        "show_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Show su&ggestions"),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show pre-annotations (dashed underline) and compute them when an article opens",
        ),
        "View",
        checkable=True,
        checked=True,
        toolbar=True,
    ),
    ActionSpec(
        "done_next",
        QT_TRANSLATE_NOOP("Actions", "Mark &done, next"),
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP("Actions", "Mark this article done and open the next one to do"),
        "Article",
        toolbar=True,
    ),
    ActionSpec(
        "skip_next",
        QT_TRANSLATE_NOOP("Actions", "S&kip, next"),
        ("Ctrl+K",),
        QT_TRANSLATE_NOOP("Actions", "Skip this article"),
        "Article",
    ),
    ActionSpec(
        "reopen",
        QT_TRANSLATE_NOOP("Actions", "&Reopen"),
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Actions", "Mark this article in progress again"),
        "Article",
    ),
    ActionSpec(
        "next_document",
        QT_TRANSLATE_NOOP("Actions", "Next article"),
        ("Ctrl+PgDown",),
        "",
        "Article",
    ),
    ActionSpec(
        "previous_document",
        QT_TRANSLATE_NOOP("Actions", "Previous article"),
        ("Ctrl+PgUp",),
        "",
        "Article",
    ),
    ActionSpec(
        "toggle_direction",
        QT_TRANSLATE_NOOP("Actions", "Right-to-&left"),
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Actions", "Lay this article out right-to-left (remembered per article)"),
        "Article",
        checkable=True,
        toolbar=True,
    ),
    ActionSpec(
        "assign",
        QT_TRANSLATE_NOOP("Actions", "&Assign articles to analysts…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "One project file per analyst, some articles shared, to annotate offline"
        ),
        "Team",
    ),
    ActionSpec(
        "merge",
        QT_TRANSLATE_NOOP("Actions", "&Merge analysts' packages…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Bring the analysts' layers back into this project"),
        "Team",
    ),
    ActionSpec(
        "agreement",
        QT_TRANSLATE_NOOP("Actions", "A&greement…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions",
            "How far the analysts agree: span F1, kappa, alpha, alpha-U, attributes, links",
        ),
        "Team",
    ),
    ActionSpec(
        "curation_mode",
        QT_TRANSLATE_NOOP("Actions", "&Curation mode"),
        ("Ctrl+Shift+G",),
        QT_TRANSLATE_NOOP(
            "Actions", "Adjudicate the analysts' layers into the gold layer (reopens the window)"
        ),
        "Team",
        checkable=True,
    ),
    ActionSpec(
        "curate_auto",
        QT_TRANSLATE_NOOP("Actions", "Curate &automatically"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Copy into gold every span, attribute and link all analysts agree on"
        ),
        "Team",
    ),
    ActionSpec(
        "next_disagreement", QT_TRANSLATE_NOOP("Actions", "&Next disagreement"), ("F8",), "", "Team"
    ),
    ActionSpec(
        "previous_disagreement",
        QT_TRANSLATE_NOOP("Actions", "&Previous disagreement"),
        ("Shift+F8",),
        "",
        "Team",
    ),
    *(
        ActionSpec(f"take_version_{n}", TAKE_VERSION, (f"Ctrl+{n}",), "", "Team")
        for n in range(1, 10)
    ),
    ActionSpec(
        "reject_versions",
        QT_TRANSLATE_NOOP("Actions", "&Reject every version"),
        ("Ctrl+Del",),
        QT_TRANSLATE_NOOP("Actions", "Gold stays empty here"),
        "Team",
    ),
    ActionSpec(
        "settle_unit",
        QT_TRANSLATE_NOOP("Actions", "&Settle as edited"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Actions", "Keep the gold spans of this disagreement as you edited them"),
        "Team",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("Actions", "Larger text"),
        "View",
        toolbar=True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("Actions", "Smaller text"),
        "View",
        toolbar=True,
    ),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), ("Ctrl+0",), "", "View"),
    ActionSpec(
        "choose_font",
        QT_TRANSLATE_NOOP("Actions", "Article &font…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Choose the article font"),
        "View",
    ),
    ActionSpec(
        "change_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "Change keyboard &shortcuts…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Give any command another key; kept for the next time the window opens"
        ),
        "View",
    ),
    ActionSpec(
        "guidelines",
        QT_TRANSLATE_NOOP("Actions", "Annotation &guidelines"),
        ("Shift+F1",),
        QT_TRANSLATE_NOOP("Actions", "What to mark as SPEAKER, CLAIM and DATE, and how far"),
        "Help",
    ),
    ActionSpec(
        "evaluate_suggestions",
        QT_TRANSLATE_NOOP("Actions", "&Evaluate the suggestions…"),
        (),
        QT_TRANSLATE_NOOP(
            "Actions", "Score the suggestion engines against the gold layer of this project"
        ),
        "Team",
    ),
    ActionSpec(
        "shortcuts_help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "List every shortcut"),
        "Help",
    ),
)


def action_text(spec: ActionSpec) -> str:
    """The action's menu text in the interface language."""
    text = translate("Actions", spec.text)
    if "{n}" in spec.text:  # take_version_3: "Take version 3"
        text = text.format(n=spec.name.rsplit("_", 1)[1])
    return text


def action_tip(spec: ActionSpec) -> str:
    """The action's tooltip in the interface language ("" when it has none)."""
    return translate("Actions", spec.tip) if spec.tip else ""


def menu_title(menu: str) -> str:
    """A menu's title in the interface language."""
    return translate("Menus", MENU_TITLES[menu])


def help_rows(
    label_keys: list[tuple[str, str]], keys: Mapping[str, tuple[str, ...]] | None = None
) -> list[tuple[str, str, str]]:
    """(section, keys, what they do) for every shortcut, grouped by menu, in the
    interface language; the keys are kept left-to-right (``Ctrl+Shift+Z, Ctrl+Y``).
    ``keys`` maps action names to the keys the analyst gave them (default: each
    action's own)."""
    keys = keys or {}
    tagging = translate("Shortcuts", "Tagging")
    rows = [
        (
            tagging,
            ltr(f"{key}, Alt+{key}"),
            translate("Shortcuts", "tag the selection as {label} (Alt: exact characters)").format(
                label=name
            ),
        )
        for name, key in label_keys
    ]
    for menu in MENUS:
        section = menu_title(menu).replace("&", "")
        for spec in ACTIONS:
            if spec.menu == menu:
                now = keys.get(spec.name, spec.shortcuts)
                shown = ltr(", ".join(now)) if now else "–"
                rows.append((section, shown, action_text(spec).replace("&", "").rstrip("…")))
    caret = translate("Shortcuts", "Caret")
    rows.append(
        (
            caret,
            ltr("←  →  Ctrl  Shift"),
            translate(
                "Shortcuts",
                "arrows move by character, Ctrl+arrows by word, in the direction they point "
                "on screen; Shift extends the selection",
            ),
        )
    )
    return rows


def help_text(
    label_keys: list[tuple[str, str]], keys: Mapping[str, tuple[str, ...]] | None = None
) -> str:
    """Plain-text list of every shortcut (the F1 sheet, as text), one heading per
    section; each line is "what it does: keys", which reads well in either direction."""
    lines: list[str] = []
    section = ""
    for where, shown, what in help_rows(label_keys, keys):
        if where != section:
            section = where
            lines.append(("\n" if lines else "") + f"{where}:")
        lines.append(f"  {what}: {shown}")
    return "\n".join(lines)
