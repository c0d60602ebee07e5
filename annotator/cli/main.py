"""The ``annotator`` command: each subcommand parses options, calls one service, prints.

Each command imports its service when it runs, not at start-up: ``annotator --help``
and every command then load only what they use (the store and sqlite_utils, the
registries of formats, the date grammar each cost tens of ms; issue 13)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotator import __version__
from annotator.cli import annotations, errors, learning, team
from annotator.cli.common import (
    FormatChoice,
    FormatsListed,
    fail,
    missing_display,
    open_existing,
    progress_bar,
)
from annotator.io import MAX_ARTICLE_CHARS

FIELDS = ("text", "id", "title", "url", "published", "lang", "source")


@click.group(
    cls=errors.Group,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
@click.option(
    "--debug",
    is_flag=True,
    help="On an unexpected error, print the traceback instead of writing it to a log file.",
)
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def cli(ctx: click.Context, verbose: int, debug: bool) -> None:
    """Label Arabic and Persian news articles: speakers, claims and dates.

    Run with no command to open the annotation window on the default project
    (created in your user data folder and seeded with the sample articles).

    \b
    Example:
      annotator init news.db
      annotator import news.db articles/
      annotator gui news.db
    """
    import logging

    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui, project_path=None, annotator_name=None)


@cli.command()
@click.argument("project_path", metavar="PROJECT", required=False)
@click.option(
    "--annotator",
    "annotator_name",
    default=None,
    help="Annotate as NAME (default: asked once, then remembered).",
)
def gui(project_path: str | None, annotator_name: str | None) -> None:
    """Open the annotation window on PROJECT (default: the default project,
    created in your user data folder and seeded with the sample articles).

    Keyboard shortcuts, the colour scheme and the interface language are settings of
    the window (View menu), kept per user; no command-line option changes them.

    \b
    Example:
      annotator gui news.db --annotator amina
    """
    no_display = missing_display()
    if no_display:
        fail(no_display)
    try:
        from annotator.gui.app import run
    except ImportError as exc:  # PySide6 missing or broken
        fail(f"the GUI cannot start: {exc}; install it with: pip install PySide6-Essentials")
    from annotator.services import project

    store = open_existing(project_path) if project_path else project.open_default_project()
    sys.exit(run(store, annotator_name))


@cli.command()
@click.argument("project_path", metavar="PROJECT")
def init(project_path: str) -> None:
    """Create a new, empty project file with the default label schema.

    \b
    Example:
      annotator init news.db
    """
    from annotator.services import project

    try:
        store = project.init_project(project_path)
    except project.ProjectError as exc:
        fail(str(exc))
    labels = ", ".join(label.name for label in store.schema().labels)
    click.echo(f"created {project_path} (labels: {labels})")


@cli.command("import")
@click.argument("project_path", metavar="PROJECT")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    default="auto",
    show_default=True,
    type=FormatChoice("import", first=("auto",)),
    help="Input format; auto goes by extension.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=COLUMN",
    help=f"Read NAME ({', '.join(FIELDS)}) from COLUMN of a JSONL/CSV file. Repeatable.",
)
@click.option(
    "--encoding", default=None, help="Force an encoding (e.g. cp1256) instead of detecting."
)
@click.option(
    "--max-chars",
    default=MAX_ARTICLE_CHARS,
    show_default=True,
    type=int,
    help="Longest article accepted, in characters.",
)
@click.option("--id-prefix", default="", help="Prefix for document ids taken from file names.")
@click.option("--skip-bad", is_flag=True, help="Import the good records and list the bad ones.")
@click.option(
    "--follow-links",
    is_flag=True,
    help="Also import files (symbolic links) that resolve outside the folder being imported.",
)
def import_cmd(
    project_path: str,
    paths: tuple[Path, ...],
    fmt: str,
    fields: tuple[str, ...],
    encoding: str | None,
    max_chars: int,
    id_prefix: str,
    skip_bad: bool,
    follow_links: bool,
) -> None:
    """Import articles from text files, folders, JSON Lines or CSV.

    Text is stored exactly as decoded (UTF-8 with or without BOM, UTF-16 with
    BOM, Windows-1256, ISO-8859-6). Articles already in the project (same text)
    are skipped. Without --skip-bad the first bad record stops the import and
    the project is left as it was. Only regular files are read (not FIFOs or
    devices), and links that lead outside the folder being imported are refused
    unless --follow-links is given.

    \b
    Examples:
      annotator import news.db articles/ more.txt
      annotator import news.db feed.jsonl --field text=body --field id=guid
      annotator import news.db old.csv --encoding cp1256 --skip-bad
    """
    mapping = {}
    for item in fields:
        name, sep, column = item.partition("=")
        if not sep or name not in FIELDS or not column:
            fail(f"--field {item!r}: expected NAME=COLUMN with NAME one of {', '.join(FIELDS)}")
        mapping[name] = column
    from annotator.io.importers import ImportOptions

    try:
        options = ImportOptions(
            fields=mapping,
            max_chars=max_chars,
            encoding=encoding,
            id_prefix=id_prefix,
            follow_links=follow_links,
        )
    except ValueError as exc:
        fail(str(exc))

    # imported here: its date-line parsing compiles the date grammar (tens of ms),
    # which no other command needs at start-up
    from annotator.services import importing

    store = open_existing(project_path, writing=True, adopt_empty=True)
    try:
        with progress_bar("importing", "B") as bar:
            report = importing.import_paths(store, paths, fmt, options, skip_bad, bar)
    except importing.ImportFailed as exc:
        fail(f"{exc} (nothing was imported)")
    for f in report.files:
        enc = f" [{f.encoding}]" if f.encoding else ""
        click.echo(f"{f.file}{enc}: {f.added} added, {f.duplicates} duplicates, {f.bad} bad")
    for line in report.bad:
        click.echo(f"skipped: {line}", err=True)
    click.echo(
        f"imported {report.added} documents; {len(report.duplicates)} duplicates skipped; "
        f"{len(report.bad)} bad records"
    )


@cli.command("stats")
@click.argument("project_path", metavar="PROJECT")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def stats_cmd(project_path: str, as_json: bool) -> None:
    """Summarise a project: documents, languages, spans per label, progress.

    \b
    Example:
      annotator stats news.db --json
    """
    import json
    from dataclasses import asdict

    from annotator.services import stats

    s = stats.project_stats(open_existing(project_path))
    if as_json:
        click.echo(json.dumps(asdict(s), ensure_ascii=False, indent=2))
        return
    click.echo(f"project: {s.path} (schema version {s.schema_version})")
    langs = ", ".join(f"{k or '?'} {v}" for k, v in s.by_lang.items())
    click.echo(f"documents: {s.documents} ({langs})")
    labels = ", ".join(f"{k} {v}" for k, v in s.by_label.items())
    click.echo(f"spans: {s.spans}" + (f" ({labels})" if labels else ""))
    click.echo(f"relations: {s.relations}; speakers in registry: {s.entities}; edits: {s.events}")
    for name, counts in s.status.items():
        kind = s.layers.get(name, "")
        click.echo(f"layer {name} ({kind}): " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@cli.command("export", cls=FormatsListed, formats_kind="export")
@click.argument("project_path", metavar="PROJECT")
@click.option(
    "-f",
    "--format",
    "fmt",
    default="jsonl",
    show_default=True,
    type=FormatChoice("export"),
    help="Output format (listed below).",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Output file (a folder for a folder format such as brat; for spacy over 1,000 "
    "documents, a folder).",
)
@click.option(
    "--layer",
    "--annotator",
    "layer",
    default=None,
    metavar="NAME",
    help="Export only this layer: an analyst's name, an imported layer, or 'gold' "
    "(the curated layer). --annotator is the 0.1.0 name of this option.",
)
@click.option("--only-done", is_flag=True, help="Export only documents marked done.")
@click.option(
    "--split",
    default=None,
    metavar="SPEC",
    help="Deterministic split, e.g. train=0.8,dev=0.1,test=0.1 (one output per split).",
)
@click.option("--seed", default=0, show_default=True, help="Seed of the split.")
def export_cmd(
    project_path: str,
    fmt: str,
    output: Path,
    layer: str | None,
    only_done: bool,
    split: str | None,
    seed: int,
) -> None:
    """Export annotations, with a datasheet (.datasheet.md, .labels.svg) next to them.

    jsonl is the canonical form (one object per document and layer, offsets in
    code points, each span's text checked against the document); every other
    format is built from the same objects. A split keeps each article in one
    part and balances languages and sources. `annotator formats` lists what
    each format keeps and loses.

    \b
    Examples:
      annotator export news.db -f jsonl -o gold.jsonl --only-done
      annotator export news.db -f spacy -o corpus.spacy --split train=0.8,dev=0.1,test=0.1
      annotator export news.db -f claims-xlsx -o claims.xlsx
    """
    from annotator.services import exporting
    from annotator.services.datasheet import loss_lines

    store = open_existing(project_path)
    try:
        with progress_bar("exporting", "doc") as bar:
            report = exporting.export_dataset(
                store, fmt, output, layer, only_done, split, seed, bar
            )
    except exporting.ExportFailed as exc:
        fail(str(exc))
    for name, path in report.outputs.items():
        label = f"{name}: " if name else ""
        click.echo(f"{label}wrote {report.records[name]} records to {path}")
        for loss in loss_lines(report.losses.get(name, [])):
            click.echo(f"  {loss}", err=True)
    if report.datasheet is not None:
        click.echo(f"datasheet: {report.datasheet.markdown}")


@cli.command("check")
@click.argument("project_path", metavar="PROJECT")
def check_cmd(project_path: str) -> None:
    """Verify a project: SQLite integrity, document hashes, every span's text.

    Exits non-zero and lists each problem when anything is wrong.

    \b
    Example:
      annotator check news.db
    """
    from annotator.services import checking

    store = open_existing(project_path)
    with progress_bar("checking", "doc") as bar:
        problems = checking.check_project(store, bar)
    if problems:
        for line in problems:
            click.echo(line, err=True)
        fail(f"{project_path}: {len(problems)} problems found")
    click.echo(f"{project_path}: ok ({store.document_count()} documents checked)")


@cli.command("search")
@click.argument("project_path", metavar="PROJECT")
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="Most documents to list.")
def search_cmd(project_path: str, query: str, limit: int) -> None:
    """Find articles containing QUERY, ignoring yeh/kaf/alef/hamza variants,
    harakat, tatweel, ZWNJ and digit scripts. Prints id, title and the
    code-point ranges of each match.

    \b
    Example:
      annotator search news.db "درگیری‌های"
    """
    from annotator.services import browse

    hits = browse.search(open_existing(project_path), query, limit)
    for hit in hits:
        ranges = " ".join(f"[{s},{e})" for s, e in hit.matches[:10])
        click.echo(f"{hit.document_id}\t{hit.title}\t{ranges}")
    click.echo(f"{len(hits)} documents", err=True)


cli.add_command(annotations.import_annotations_cmd)
cli.add_command(team.assign_cmd)
cli.add_command(team.merge_cmd)
cli.add_command(team.curate_cmd)
cli.add_command(team.agreement_cmd)
cli.add_command(annotations.registry_group)
cli.add_command(annotations.suggest_cmd)
cli.add_command(annotations.evaluate_cmd)
cli.add_command(annotations.formats_cmd)
cli.add_command(learning.train_cmd)


def main() -> None:
    cli(prog_name="annotator")
