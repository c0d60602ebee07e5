"""Team commands: assign articles to analysts, merge their work back."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.cli.common import fail, open_existing, progress_bar


@click.command("assign")
@click.argument("project_path", metavar="PROJECT")
@click.option("--to", "analysts", required=True, metavar="NAMES", help="Analysts, comma-separated.")
@click.option(
    "--overlap",
    default=0.0,
    show_default=True,
    type=float,
    help="Share of articles (0-1) given to more than one analyst, to measure agreement.",
)
@click.option(
    "--per-doc",
    default=None,
    type=int,
    help="Give EVERY article to this many analysts (instead of --overlap).",
)
@click.option("--seed", default=0, show_default=True, help="Seed of the assignment.")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for the packages (one NAME.db per analyst) and manifest.json.",
)
def assign_cmd(
    project_path: str,
    analysts: str,
    overlap: float,
    per_doc: int | None,
    seed: int,
    output: Path,
) -> None:
    """Make one project file per analyst, to annotate offline: the schema, the
    guidelines, the speaker registry and their share of the articles. A share of the
    articles (--overlap) goes to two analysts (or --per-doc N for all), chosen by
    language and source alike; manifest.json records who has what.

    \b
    Examples:
      annotator assign news.db --to amina,reza,sara --overlap 0.2 --seed 7 -o packages/
      annotator assign news.db --to amina,reza --per-doc 2 -o packages/
    """
    from annotator.core.assign import AssignError, parse_analysts
    from annotator.services import team

    try:
        names = parse_analysts(analysts)
    except AssignError as exc:
        fail(str(exc))
    if per_doc is not None:
        overlap = 1.0
    store = open_existing(project_path)
    try:
        with progress_bar("packaging", "file") as bar:
            report = team.assign_packages(store, names, output, overlap, per_doc or 2, seed, bar)
    except team.TeamError as exc:
        fail(str(exc))
    for name, path in report.packages.items():
        click.echo(f"{path}: {report.documents[name]} articles for {name}")
    click.echo(
        f"{report.total} articles, {report.shared} shared; manifest: "
        f"{report.out_dir / team.MANIFEST}"
    )


@click.command("merge")
@click.argument("project_path", metavar="PROJECT")
@click.argument("packages", nargs=-1, required=True, type=click.Path(path_type=Path))
def merge_cmd(project_path: str, packages: tuple[Path, ...]) -> None:
    """Bring analysts' package files back into PROJECT (the curator's): every
    analyst layer with its authors, statuses and times, and the speaker registries
    (by Wikidata id, then name; conflicts are listed). All or nothing: an article
    whose text differs from the project's refuses the merge. Merging the same file
    again changes nothing; a layer that changed since replaces the earlier copy.

    \b
    Example:
      annotator merge curation.db packages/*.db
    """
    from annotator.services import project, team

    store = open_existing(project_path, writing=True)
    try:
        with progress_bar("merging", "file") as bar:
            report = team.merge_packages(store, packages, bar, author=project.current_user())
    except team.TeamError as exc:
        fail(str(exc))
    for line in report.registry.conflicts:
        click.echo(f"registry conflict: {line}", err=True)
    click.echo(report.summary())


@click.command("curate")
@click.argument("project_path", metavar="PROJECT")
@click.option("--auto", "auto", is_flag=True, help="Copy what every analyst agrees on into gold.")
@click.option("--layers", default="", metavar="NAMES", help="Analyst layers (default: all).")
def curate_cmd(project_path: str, auto: bool, layers: str) -> None:
    """Curate the analysts' layers into the gold layer. --auto copies every span,
    attribute and link all analysts agree on (origin merged:A+B); then the open
    disagreements are listed per article, most first, for the curation view.

    \b
    Examples:
      annotator curate news.db --auto
      annotator curate news.db --auto --layers amina,reza
    """
    from annotator.services import curation, project

    store = open_existing(project_path, writing=auto)
    names = [n.strip() for n in layers.split(",") if n.strip()] or None
    if names is not None and len(names) < 2:
        fail("curation compares two analyst layers or more: --layers amina,reza")
    if auto:
        with progress_bar("curating", "doc") as bar:
            report = curation.auto_curate(store, project.current_user(), names, progress=bar)
        click.echo(
            f"gold: {report.spans} spans and {report.relations} links added in "
            f"{report.documents} articles; {report.agreed_documents} articles fully agreed, "
            f"{report.open_units} disagreements left"
        )
    counts = curation.open_units(store)
    for doc_id, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if n:
            click.echo(f"{store.document(doc_id).ext_id}\t{n} open")


@click.command("agreement")
@click.argument("project_path", metavar="PROJECT")
@click.option(
    "--layers", default="", metavar="NAMES", help="Layers to compare (default: analysts')."
)
@click.option("--labels", default="", metavar="NAMES", help="Labels (default: the schema's).")
@click.option("--json", "as_json", is_flag=True, help="Every figure as JSON.")
@click.option(
    "--csv", "as_csv", is_flag=True, help="Every figure as CSV rows, one table after another."
)
@click.option(
    "--png",
    type=click.Path(path_type=Path),
    default=None,
    help="Also draw the confusion matrix of the first two layers to this PNG.",
)
def agreement_cmd(
    project_path: str, layers: str, labels: str, as_json: bool, as_csv: bool, png: Path | None
) -> None:
    """Measure how far the analysts agree: span F1 (exact and overlap), Cohen's and
    Fleiss' kappa and Krippendorff's alpha over tokens, alpha-U over characters,
    attribute and link agreement, the articles with most disagreement first, and a
    confusion matrix of labels. Per label and overall, per pair and for all layers.

    \b
    Examples:
      annotator agreement news.db
      annotator agreement news.db --layers amina,reza --labels DATE --json
      annotator agreement news.db --csv > agreement.csv --png confusion.png
    """
    import csv
    import json
    import sys

    from annotator.services import agreement

    store = open_existing(project_path)
    split = lambda text: [n.strip() for n in text.split(",") if n.strip()] or None  # noqa: E731
    try:
        with progress_bar("measuring", "doc") as bar:
            report = agreement.project_agreement(store, split(layers), split(labels), bar)
        if png is not None and report.confusion:
            agreement.confusion_png(report.confusion[0], png)
    except agreement.AgreementError as exc:
        fail(str(exc))
    except agreement.MissingExtra as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    elif as_csv:
        for name, rows in report.tables().items():
            if not rows:
                continue
            writer = csv.DictWriter(sys.stdout, ["table", *rows[0]], lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({"table": name, **row})
    else:
        for line in agreement.summary_lines(report):
            click.echo(line)
    if png is not None:
        click.echo(f"confusion matrix: {png}", err=True)
