"""Score the suggestion engines on the blind set of whole articles (issue 10).

    python bench/eval_blind2.py [--write]

bench/gold/blind2/blind_articles.jsonl: 10 Arabic and 10 Persian whole news articles
written and annotated by the guidelines by an evaluator who had not seen the engines'
rules (bench/gold/blind2/NOTES.md lists their judgement calls). The articles are
imported into a fresh project (empty speaker registry) with their publication dates,
and ``annotator evaluate`` scores every engine against them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results_md import replace_section  # noqa: E402

from annotator.io.layers import LayerOptions  # noqa: E402
from annotator.services.evaluation import evaluate, table_lines  # noqa: E402
from annotator.services.interchange import import_layers  # noqa: E402
from annotator.services.project import init_project  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "blind2" / "blind_articles.jsonl"
HEADING = "### Suggestions: blind whole articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="record in bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = init_project(Path(tmp) / "blind.db")
        import_layers(project, [GOLD], "jsonl", LayerOptions("gold"))
        report = evaluate(project, "gold")
        project.close()
    table = "\n".join(table_lines(report))
    misses = report.missed
    print(table)
    print("missed gold spans by language and label:", dict(misses))
    if args.write:
        replace_section(
            HEADING,
            f"{HEADING} ({date.today().isoformat()})\n\n"
            "Command: `python bench/eval_blind2.py --write` (= `annotator evaluate` on a "
            "fresh project, empty registry, articles imported with their publication "
            "dates). Set: `bench/gold/blind2/`, 10 Arabic + 10 Persian whole news articles "
            "written and annotated by the guidelines by an evaluator who had not seen the "
            "rules; their judgement calls are in `bench/gold/blind2/NOTES.md`. Overlap = "
            "one-to-one overlap matching of same-label spans; DATE value accuracy over "
            "matched dates with a gold value; said_by over matched claims whose gold claim "
            "has a speaker.\n\n"
            f"{table}\n\n"
            "Missed gold spans (no overlapping suggestion), by language and label: "
            + ", ".join(f"{k} {v}" for k, v in sorted(misses.items()))
            + ".\n",
        )


if __name__ == "__main__":
    main()
