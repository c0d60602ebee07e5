"""``annotator train``: the project's suggestion model, learned from its done articles."""

from __future__ import annotations

import click

from annotator.cli.common import fail, open_existing, progress_bar


@click.command("train")
@click.argument("project_path", metavar="PROJECT")
@click.option(
    "--layer",
    default=None,
    metavar="NAME",
    help="Learn from this layer's done articles only (default: each done article once, "
    "from the gold layer if it is done there, else from an analyst's layer).",
)
@click.option(
    "--labels",
    default="SPEAKER",
    show_default=True,
    metavar="LABELS",
    help="Comma-separated labels to learn (e.g. SPEAKER,DATE).",
)
@click.option(
    "--epochs", default=0, type=click.IntRange(0), help="Passes over the data (0: by data size)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def train_cmd(
    project_path: str, layer: str | None, labels: str, epochs: int, as_json: bool
) -> None:
    """Train the suggestion model on the project's done articles, one per language
    (a blank spaCy pipeline; needs the spacy extra), and store it in the project
    file. The "learned" suggestion engine then suggests with it. Every fifth article
    is held out and scored (exact and overlap precision / recall / F1 per label)
    before the stored model learns from all of them.

    \b
    Examples:
      annotator train news.db
      annotator train news.db --layer gold --labels SPEAKER,DATE
    """
    import importlib.util
    import json

    from annotator.services import learning

    if importlib.util.find_spec("spacy") is None:  # one line, not a traceback
        fail("training needs spaCy: pip install 'annotator[spacy]'")
    project = open_existing(project_path)
    wanted = [x.strip() for x in labels.split(",") if x.strip()]
    try:
        with progress_bar("training", "step") as bar:
            report = learning.train(project, layer, wanted, bar, epochs)
    except learning.TrainingError as exc:
        fail(str(exc))
    finally:
        project.close()
    if as_json:
        rows = [
            {
                "lang": r.lang,
                "trained": r.trained,
                "held_out": r.held_out,
                "figures": r.figures,
                "skipped": r.skipped,
            }
            for r in report.results
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for result in report.results:
        click.echo(result.line())
    click.echo(f"model stored in {project_path}")
