"""Score the DATE suggestion engine against the gold sets in bench/gold/.

``dates_gold.jsonl`` holds short passages written for the purpose; ``seeds_dates.jsonl``
the five sample articles (whose text was read while writing the rules, so they are
scored apart). Each line: ``{"id", "lang", "anchor", "text", "dates": [{"start", "end",
"value", "calendar"}]}`` with code-point offsets; ``value`` null means "no single
Gregorian value".

Precision and recall count exact span matches; value accuracy is the share of matched
spans whose predicted value (or its absence) equals the gold one.

    python bench/eval_dates.py            # print the Markdown table
    python bench/eval_dates.py --write    # also replace "### Suggestions: dates"
                                          # in bench/RESULTS.md
    python bench/eval_dates.py --gold bench/gold/blind_dates.jsonl [--write]
                                          # score another gold file only; --write
                                          # then replace "### Suggestions: blind
                                          # evaluation" (dates part)
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from datetime import date
from pathlib import Path

from results_md import replace_section, write_blind

from annotator.core.model import Document
from annotator.suggest import SuggestContext, get_engine

HERE = Path(__file__).resolve().parent
SETS = (
    ("written", HERE / "gold" / "dates_gold.jsonl"),
    ("seeds", HERE / "gold" / "seeds_dates.jsonl"),
)
HEADING = "### Suggestions: dates"
RESULTS = HERE / "RESULTS.md"


def load(path: Path) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for r in records:
        for d in r["dates"]:
            if not r["text"][d["start"] : d["end"]].strip():
                raise SystemExit(f"{path}: {r['id']}: empty gold span {d}")
    return records


def score(records: list[dict]) -> dict[str, dict[str, int]]:
    """Counts per language: gold, predicted, matched spans, matched with the right value."""
    engine = get_engine("dates")
    counts: dict[str, dict[str, int]] = {}
    for r in records:
        doc = Document(None, r["id"], "", r["text"], lang=r["lang"])
        preds = {
            (s.start, s.end): s.attrs.get("value")
            for s in engine.suggest(doc, SuggestContext(anchor=r["anchor"]))
        }
        gold = {(d["start"], d["end"]): d["value"] for d in r["dates"]}
        c = counts.setdefault(r["lang"], dict.fromkeys(("gold", "pred", "match", "value"), 0))
        c["gold"] += len(gold)
        c["pred"] += len(preds)
        for key, value in gold.items():
            if key in preds:
                c["match"] += 1
                c["value"] += preds[key] == value
    return counts


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:.1f}%" if den else "n/a"


def table(sets=SETS) -> str:
    rows = [
        "| set | lang | passages | gold | predicted | precision | recall | value accuracy |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, path in sets:
        records = load(path)
        for lang, c in sorted(score(records).items()):
            n = sum(r["lang"] == lang for r in records)
            rows.append(
                f"| {name} | {lang} | {n} | {c['gold']} | {c['pred']} | "
                f"{_pct(c['match'], c['pred'])} | {_pct(c['match'], c['gold'])} | "
                f"{_pct(c['value'], c['match'])} ({c['value']}/{c['match']}) |"
            )
    return "\n".join(rows)


def section(body: str) -> str:
    return (
        f"{HEADING} ({date.today().isoformat()})\n\n"
        f"Python {platform.python_version()}. Command: `python bench/eval_dates.py --write`.\n"
        "Exact span match; value accuracy over matched spans. The written set "
        "(`bench/gold/dates_gold.jsonl`) was written for the purpose; the seeds were read "
        "while writing the rules.\n\n"
        f"{body}\n"
    )


def write_results(body: str, path: Path = HERE / "RESULTS.md") -> None:
    """Replace the dates section of RESULTS.md (or append it)."""
    replace_section(HEADING, section(body), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--gold", type=Path, help="score this gold file instead of the sets")
    args = parser.parse_args(argv)
    if args.gold is None:
        body = table()
        print(body)
        if args.write:
            write_results(body)
        return 0
    body = table(((args.gold.stem, args.gold),))
    print(body)
    if args.write:
        write_blind("dates", f"`python bench/eval_dates.py --gold {_rel(args.gold)} --write`", body)
    return 0


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(HERE.parent))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
