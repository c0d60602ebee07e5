"""Every command of the window, declared as data: menus, toolbar, shortcuts and the
F1 help are all built from this table. ``name`` is the handler method's name."""

from __future__ import annotations

from dataclasses import dataclass


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

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_project", "&New project…", ("Ctrl+N",), "Create an empty project file", "File"),
    ActionSpec("open_project", "&Open project…", ("Ctrl+O",), "Open a project file", "File"),
    ActionSpec(
        "import_files", "&Import articles…", ("Ctrl+I",), "Import text, JSONL or CSV files", "File"
    ),
    ActionSpec("import_folder", "Import f&older…", (), "Import every article in a folder", "File"),
    ActionSpec(
        "import_annotations",
        "Import &annotations…",
        ("Ctrl+Shift+I",),
        "Import spans made with brat, doccano, Label Studio, INCEpTION, spaCy, CoNLL…",
        "File",
    ),
    ActionSpec(
        "export",
        "&Export…",
        ("Ctrl+E",),
        "Export in any format (JSONL, brat, CoNLL, spaCy, Parquet, XMI, doccano, "
        "Label Studio, claims table), with a datasheet",
        "File",
    ),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close the window (everything is saved)", "File"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Undo the last edit (survives a restart)", "Edit"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the last undone edit", "Edit"),
    ActionSpec("find", "&Find in article…", ("Ctrl+F",), "Find with folding", "Edit"),
    ActionSpec(
        "search_project", "Search &project…", ("Ctrl+Shift+F",), "Search all articles", "Edit"
    ),
    ActionSpec(
        "delete_span", "&Delete span", ("Del", "Backspace"), "Delete the selected span", "Span"
    ),
    ActionSpec(
        "link_speaker", "Link &speaker…", ("S",), "Link the selected claim to a speaker", "Span"
    ),
    ActionSpec("link_date", "Link &date…", ("D",), "Link the selected claim to a date", "Span"),
    ActionSpec(
        "toggle_clitic",
        "Toggle &clitic prefix",
        ("C",),
        "Leave a leading و، ب، ل، ال، ف out of the selected span, or take it back in",
        "Span",
    ),
    ActionSpec("next_span", "Next span", ("N",), "Select the next span in reading order", "Span"),
    ActionSpec("previous_span", "Previous span", ("P",), "Select the previous span", "Span"),
    ActionSpec(
        "edge_left_out",
        "Left edge one word left",
        ("Alt+Left",),
        "Move the span's left edge",
        "Span",
    ),
    ActionSpec(
        "edge_left_in",
        "Left edge one word right",
        ("Alt+Right",),
        "Move the span's left edge",
        "Span",
    ),
    ActionSpec(
        "edge_right_in",
        "Right edge one word left",
        ("Alt+Shift+Left",),
        "Move the span's right edge",
        "Span",
    ),
    ActionSpec(
        "edge_right_out",
        "Right edge one word right",
        ("Alt+Shift+Right",),
        "Move the span's right edge",
        "Span",
    ),
    ActionSpec(
        "snap_words",
        "Snap to &words",
        ("W",),
        "Tag whole words without spaces and punctuation; off: the exact characters "
        "(Alt+label key does the same once)",
        "Span",
        checkable=True,
        checked=True,
        toolbar=True,
    ),
    ActionSpec("next_suggestion", "Next suggestion", ("]",), "Select the next suggestion", "Span"),
    ActionSpec(
        "previous_suggestion", "Previous suggestion", ("[",), "Select the previous one", "Span"
    ),
    ActionSpec(
        "accept_suggestion", "&Accept suggestion", ("A",), "Make the suggestion a span", "Span"
    ),
    ActionSpec(
        "reject_suggestion", "Re&ject suggestion", ("X",), "It will not be suggested again", "Span"
    ),
    ActionSpec(
        "accept_all_suggestions",
        "Accept all of this label",
        ("Shift+A",),
        "Accept every suggestion with the selected suggestion's label",
        "Span",
    ),
    ActionSpec(
        "train_model",
        "&Train the suggestion model",
        (),
        "Learn speakers from the done articles, in the background (engine 'learned')",
        "Span",
    ),
    ActionSpec(
        "retrain_every",
        "Retrain the model after…",
        (),
        "After how many newly done articles the model retrains by itself (default 10)",
        "Span",
    ),
    ActionSpec(
        "show_suggestions",
        "Show su&ggestions",
        ("Ctrl+G",),
        "Show pre-annotations (dashed underline) and compute them when an article opens",
        "View",
        checkable=True,
        checked=True,
        toolbar=True,
    ),
    ActionSpec(
        "done_next",
        "Mark &done, next",
        ("Ctrl+Return",),
        "Mark this article done and open the next one to do",
        "Article",
        toolbar=True,
    ),
    ActionSpec("skip_next", "S&kip, next", ("Ctrl+K",), "Skip this article", "Article"),
    ActionSpec("reopen", "&Reopen", ("Ctrl+R",), "Mark this article in progress again", "Article"),
    ActionSpec("next_document", "Next article", ("Ctrl+PgDown",), "", "Article"),
    ActionSpec("previous_document", "Previous article", ("Ctrl+PgUp",), "", "Article"),
    ActionSpec(
        "toggle_direction",
        "Right-to-&left",
        ("Ctrl+Shift+R",),
        "Lay this article out right-to-left (remembered per article)",
        "Article",
        checkable=True,
        toolbar=True,
    ),
    ActionSpec(
        "assign",
        "&Assign articles to analysts…",
        (),
        "One project file per analyst, some articles shared, to annotate offline",
        "Team",
    ),
    ActionSpec(
        "merge",
        "&Merge analysts' packages…",
        (),
        "Bring the analysts' layers back into this project",
        "Team",
    ),
    ActionSpec(
        "agreement",
        "A&greement…",
        (),
        "How far the analysts agree: span F1, kappa, alpha, alpha-U, attributes, links",
        "Team",
    ),
    ActionSpec(
        "curation_mode",
        "&Curation mode",
        ("Ctrl+Shift+G",),
        "Adjudicate the analysts' layers into the gold layer (reopens the window)",
        "Team",
        checkable=True,
    ),
    ActionSpec(
        "curate_auto",
        "Curate &automatically",
        (),
        "Copy into gold every span, attribute and link all analysts agree on",
        "Team",
    ),
    ActionSpec("next_disagreement", "&Next disagreement", ("F8",), "", "Team"),
    ActionSpec("previous_disagreement", "&Previous disagreement", ("Shift+F8",), "", "Team"),
    *(
        ActionSpec(f"take_version_{n}", f"Take version {n}", (f"Ctrl+{n}",), "", "Team")
        for n in range(1, 10)
    ),
    ActionSpec(
        "reject_versions", "&Reject every version", ("Ctrl+Del",), "Gold stays empty here", "Team"
    ),
    ActionSpec(
        "settle_unit",
        "&Settle as edited",
        ("Ctrl+Shift+S",),
        "Keep the gold spans of this disagreement as you edited them",
        "Team",
    ),
    ActionSpec("zoom_in", "Zoom &in", ("Ctrl+=", "Ctrl++"), "Larger text", "View", toolbar=True),
    ActionSpec("zoom_out", "Zoom &out", ("Ctrl+-",), "Smaller text", "View", toolbar=True),
    ActionSpec("zoom_reset", "&Reset zoom", ("Ctrl+0",), "", "View"),
    ActionSpec("choose_font", "Article &font…", (), "Choose the article font", "View"),
    ActionSpec("shortcuts_help", "&Keyboard shortcuts", ("F1",), "List every shortcut", "Help"),
)


def help_text(label_keys: list[tuple[str, str]]) -> str:
    """Plain-text list of every shortcut, for the F1 dialog."""
    lines = ["Tagging:"]
    lines += [
        f"  {key:<18} tag the selection as {name} (Alt+{key}: exact characters)"
        for name, key in label_keys
    ]
    menu = ""
    for spec in ACTIONS:
        if spec.menu != menu:
            menu = spec.menu
            lines.append(f"\n{menu}:")
        keys = ", ".join(spec.shortcuts) or "-"
        lines.append(f"  {keys:<18} {spec.text.replace('&', '').rstrip('…')}")
    lines.append(
        "\nCaret: arrows move by character, Ctrl+arrows by word, in the direction they "
        "point on screen; Shift extends the selection."
    )
    return "\n".join(lines)
