"""Score the speakers and claims engines on the authors' own whole-article dev set.

    python bench/eval_dev.py [--gold FILE] [--write]

bench/gold/dev_articles.jsonl: Arabic and Persian whole news articles written and
annotated by the guidelines by the engines' authors while writing the rules (figures
are therefore optimistic; the blind whole-article set is bench/gold/blind2). The
articles are imported into a fresh project (empty speaker registry) with their
publication dates, and ``annotator evaluate`` scores the engines against them; only the
SPEAKER and CLAIM rows are printed (the set has no DATE spans).
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

GOLD = ROOT / "bench" / "gold" / "dev_articles.jsonl"
HEADING = "### Suggestions: speakers and claims on the authors' whole articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="canonical JSONL gold layer")
    parser.add_argument("--write", action="store_true", help="record in bench/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = init_project(Path(tmp) / "dev.db")
        import_layers(project, [args.gold], "jsonl", LayerOptions("gold"))
        report = evaluate(project, "gold")
        project.close()
    lines = table_lines(report)
    table = "\n".join(lines[:2] + [ln for ln in lines[2:] if not ln.startswith("| DATE")])
    print(table)
    print("misses:", *report.misses, sep="\n  ")
    if args.write:
        replace_section(
            HEADING,
            f"{HEADING} ({date.today().isoformat()})\n\n"
            "Command: `python bench/eval_dev.py --write`. Set: `bench/gold/dev_articles.jsonl`, "
            "3 Arabic + 3 Persian short whole articles written and annotated by the "
            "guidelines by the engines' authors (optimistic: the rules were tuned while "
            "reading them). Empty registry; same metrics as the blind whole articles.\n\n"
            f"{table}\n",
        )


if __name__ == "__main__":
    main()
