"""Commands for suggestions, the speaker registry and other tools' annotations."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.common import FormatChoice, FormatsListed, fail, open_existing, progress_bar
from annotator.io import MAX_ARTICLE_CHARS


@click.command("import-annotations", cls=FormatsListed, formats_kind="layers")
@click.argument("project_path", metavar="PROJECT")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    required=True,
    type=FormatChoice("layers"),
    help="Format of the files (listed below).",
)
@click.option(
    "--layer",
    "--annotator",
    "layer",
    default="",
    metavar="NAME",
    help="Layer for the imported spans (default: from the file, else import:FORMAT). "
    "--annotator is the 0.1.0 name of this option.",
)
@click.option(
    "--unit",
    type=click.Choice(["utf16", "codepoint", "grapheme"]),
    default=None,
    help="Offset unit, for a format whose unit varies (doccano; default: its own).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=MAX_ARTICLE_CHARS,
    show_default=True,
    help="Refuse a document longer than this many characters.",
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="UIMA_TYPE",
    help="Formats with typed layers (xmi): import this span or relation type (full or "
    "short name). Repeatable.",
)
@click.option(
    "--feature",
    default="",
    metavar="NAME",
    help="Formats with typed layers (xmi): the feature of the --type types holding the label.",
)
@click.option("--skip-bad", is_flag=True, help="Import the good records and list the bad ones.")
def import_annotations_cmd(
    project_path: str,
    paths: tuple[Path, ...],
    fmt: str,
    layer: str,
    unit: str | None,
    max_chars: int,
    types: tuple[str, ...],
    feature: str,
    skip_bad: bool,
) -> None:
    """Import annotations made with another tool as one layer (kind "imported").

    Documents are matched by their text (created when missing). Offsets that do
    not match the text are reported with file and record, never shifted; without
    --skip-bad the first such record stops the import and nothing changes. Every
    span records the file it came from; the import is one undo step.

    \b
    Examples:
      annotator import-annotations news.db brat_folder/ -f brat --layer brat-team
      annotator import-annotations news.db export.jsonl -f doccano --unit utf16
      annotator import-annotations news.db inception.zip -f xmi --type custom.Span --feature label
    """
    from annotator.io.layers import LayerOptions
    from annotator.services import formats, interchange, project

    if (types or feature) and not formats.layer_selects_types(fmt):
        fail(f"--type and --feature: the {fmt} format has no typed layers to choose from")
    if unit and unit not in formats.layer_units(fmt):
        fixed = formats.layer_info(fmt).offset_unit
        fail(f"--unit: the {fmt} format has a fixed offset unit ({fixed})")
    store = open_existing(project_path, writing=True)
    try:
        with progress_bar("importing", "file") as bar:
            report = interchange.import_layers(
                store,
                paths,
                fmt,
                LayerOptions(layer, unit or "", max_chars, types, feature),
                skip_bad,
                bar,
                author=project.current_user(),
            )
    except interchange.LayerImportFailed as exc:
        fail(str(exc))
    for line in report.bad:
        click.echo(f"skipped: {line}", err=True)
    click.echo(
        f"{report.spans} spans and {report.relations} relations imported "
        f"({report.documents_matched} documents matched, {report.documents_created} created, "
        f"{report.skipped_existing} spans already there, {len(report.bad)} bad records)"
    )
    if report.entities_linked:
        click.echo(
            f"{report.entities_linked} spans linked to the speaker registry by Wikidata id "
            f"({report.entities_created} new speakers)"
        )


@click.command("formats")
@click.option("--markdown", is_flag=True, help="Print the README's table of formats.")
def formats_cmd(markdown: bool) -> None:
    """List the export and annotation-import formats, and the suggestion engines,
    with what each declares (offset unit, what a round trip loses, the extra it
    needs). Formats and engines added by installed plugins are listed too.

    \b
    Example:
      annotator formats --markdown
    """
    from annotator.services import formats

    if markdown:
        click.echo(formats.markdown_table())
        return
    click.echo("export formats:")
    click.echo("\n".join(formats.help_lines("export")))
    click.echo("annotation import formats:")
    click.echo("\n".join(formats.help_lines("layers")))
    click.echo("article import formats:")
    click.echo("\n".join(formats.help_lines("import")))
    click.echo("suggestion engines:")
    click.echo("\n".join(formats.help_lines("engines")))


@click.group("registry")
def registry_group() -> None:
    """Share the speaker registry between projects (CSV or JSON).

    \b
    Example:
      annotator registry export news.db speakers.csv
      annotator registry import other.db speakers.csv
    """


@registry_group.command("export")
@click.argument("project_path", metavar="PROJECT")
@click.argument("out", type=click.Path(path_type=Path))
def registry_export(project_path: str, out: Path) -> None:
    """Write the registry to OUT (.csv: one row per alias; .json).

    \b
    Example:
      annotator registry export news.db speakers.json
    """
    from annotator.services import registry_io

    store = open_existing(project_path)
    try:
        n = registry_io.export_registry(store, out)
    except (registry_io.RegistryFileError, OSError) as exc:
        fail(f"{out}: {exc}")
    click.echo(f"wrote {n} speakers to {out}")


@registry_group.command("import")
@click.argument("project_path", metavar="PROJECT")
@click.argument("path", type=click.Path(path_type=Path, exists=True, dir_okay=False))
def registry_import(project_path: str, path: Path) -> None:
    """Merge speakers from PATH (by Wikidata id, then by name); all or nothing.

    \b
    Example:
      annotator registry import news.db speakers.csv
    """
    from annotator.services import registry_io

    store = open_existing(project_path, writing=True)
    try:
        report = registry_io.import_registry(store, path)
    except registry_io.RegistryFileError as exc:
        fail(str(exc))
    click.echo(report.summary())


class _EnginesOption(click.Option):
    """``--engines``, whose help names the installed engines only when help is shown:
    listing them loads every engine (the date grammar's regular expressions among
    them), which every command would otherwise pay for at start-up."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from annotator.services import formats

        names = ", ".join(formats.engine_names())
        self.help = f"Comma-separated engines to run (default: all): {names}."
        return super().get_help_record(ctx)


@click.command("suggest")
@click.argument("project_path", metavar="PROJECT")
@click.option("--engines", cls=_EnginesOption, default="", metavar="NAMES")
@click.option(
    "--docs", default="", metavar="IDS", help="Comma-separated document ids (default: all)."
)
@click.option(
    "--layer",
    "--annotator",
    "annotator_name",
    default=None,
    metavar="NAME",
    help="The layer the suggestions are for (default: your user name, i.e. your own "
    "layer). --annotator is the 0.1.0 name of this option.",
)
@click.option("--list", "list_engines", is_flag=True, help="List the engines and exit.")
@click.option(
    "--export",
    "export_path",
    default=None,
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="FILE",
    help="Also write the suggestions (all visible ones, rejected left out) to FILE as "
    "canonical JSON Lines: one object per document, each span with engine, rule and "
    "confidence, said_by/dated links as relations.",
)
def suggest_cmd(
    project_path: str,
    engines: str,
    docs: str,
    annotator_name: str | None,
    list_engines: bool,
    export_path: Path | None,
) -> None:
    """Pre-annotate: suggest DATE, SPEAKER and CLAIM spans (with said_by and dated
    links) for analysts to accept or reject in the window. Suggestions already
    rejected are not suggested again. Speakers need no registry: they are found from
    the structure of reported speech, and registry entities are attached when known.

    \b
    Examples:
      annotator suggest news.db
      annotator suggest news.db --engines dates --docs 002_8f67134d18554ca3
      annotator suggest news.db --export suggestions.jsonl
    """
    from annotator.services import formats, project, suggesting

    if list_engines:
        for name, description, labels in formats.engine_lines():
            click.echo(f"{name}\t{', '.join(labels)}\t{description}")
        return
    store = open_existing(project_path, writing=True)
    doc_ids = None
    if docs:
        doc_ids = []
        for ext_id in (d.strip() for d in docs.split(",") if d.strip()):
            doc = store.find_document(ext_id)
            if doc is None:
                fail(f"{project_path}: no document with id {ext_id!r}")
            doc_ids.append(doc.id)
    names = [e.strip() for e in engines.split(",") if e.strip()] or None
    annotator = annotator_name or project.current_user()
    try:
        with progress_bar("suggesting", "doc") as bar:
            if export_path is None:
                report = suggesting.suggest_project(store, annotator, names, doc_ids, bar)
            else:
                from annotator.services.suggestion_export import export_suggestions

                report = written = export_suggestions(
                    store, annotator, export_path, names, doc_ids, bar
                )
    except suggesting.SuggestFailed as exc:
        fail(str(exc))
    click.echo(f"{report.new} new suggestions in {report.documents} documents for {annotator}")
    if export_path is not None:
        click.echo(
            f"wrote {written.spans} suggestions and {written.relations} links in "
            f"{written.documents} documents to {export_path}"
        )


@click.command("evaluate")
@click.argument("project_path", metavar="PROJECT")
@click.option(
    "--layer", default="gold", show_default=True, help="The reference layer to score against."
)
@click.option("--engines", default="", metavar="NAMES", help="Engines (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Every figure as JSON.")
def evaluate_cmd(project_path: str, layer: str, engines: str, as_json: bool) -> None:
    """Score the suggestion engines on your own curated articles: precision, recall
    and F1 per label and language for exact and overlapping extents, DATE value
    accuracy and said_by accuracy. Each article is suggested afresh, as a new
    analyst would see it.

    \b
    Examples:
      annotator evaluate news.db --layer gold
      annotator evaluate news.db --engines dates --json
    """
    import json

    from annotator.services import evaluation, suggesting

    store = open_existing(project_path)
    names = [e.strip() for e in engines.split(",") if e.strip()] or None
    try:
        with progress_bar("evaluating", "doc") as bar:
            report = evaluation.evaluate(store, layer, names, bar)
    except (evaluation.EvaluationError, suggesting.SuggestFailed) as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(f"{report.documents} articles of layer {layer}")
    for line in evaluation.table_lines(report):
        click.echo(line)
