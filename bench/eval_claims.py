"""Evaluate the speakers and claims engines on the gold passages and on the seeds.

    python bench/eval_claims.py            # print a Markdown table
    python bench/eval_claims.py --write    # also replace the section in bench/RESULTS.md
    python bench/eval_claims.py --gold bench/gold/blind_claims.jsonl
        --registry bench/gold/blind_registry.json [--write]
                                           # score another gold file only; --write then
                                           # replaces the claims part of "### Suggestions:
                                           # blind evaluation"

Gold files (offsets in code points): ``bench/gold/claims_gold.jsonl`` (passages written
for the purpose) and ``bench/gold/seeds_claims.jsonl`` (the five seed articles, which the
rules were written while reading: scored separately), with the speaker registry
``bench/gold/registry.json``. Metrics per language:

* speakers: precision/recall of SPEAKER suggestions, exact span;
* claims: precision/recall, exact span and overlap (intersection >= 50% of both the gold
  and the suggested span), one-to-one;
* attribution: among gold claims with a speaker that an overlapping suggestion found,
  the share whose first said_by link is exactly the gold speaker span.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results_md import replace_section, write_blind  # noqa: E402

from annotator.core.model import Document, Entity  # noqa: E402
from annotator.services.registry_io import read_registry  # noqa: E402
from annotator.suggest import SuggestContext, get_engine  # noqa: E402

GOLD = ROOT / "bench" / "gold"
HEADING = "### Suggestions: speakers and claims"
RESULTS = ROOT / "bench" / "RESULTS.md"


def load_registry(
    path: Path = GOLD / "registry.json",
) -> tuple[tuple[Entity, ...], dict[str, int]]:
    ents = read_registry(path)
    out = tuple(Entity(i, e.name, e.kind, e.wikidata, e.aliases) for i, e in enumerate(ents, 1))
    return out, {e.name: e.id for e in out}


def run(text: str, entities: tuple[Entity, ...]):
    doc = Document(1, "gold", "", text)
    speakers = tuple(get_engine("speakers").suggest(doc, SuggestContext(entities=entities)))
    ctx = SuggestContext(entities=entities, earlier=speakers)
    claims = tuple(get_engine("claims").suggest(doc, ctx))
    return speakers, claims


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def _match(gold: list, pred: list, same) -> dict[int, int]:
    """Greedy one-to-one matching: gold index -> pred index."""
    used: set[int] = set()
    out: dict[int, int] = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                out[gi] = pi
                break
    return out


class Tally:
    def __init__(self) -> None:
        self.c = dict.fromkeys(
            ("sp_g", "sp_p", "sp_ok", "cl_g", "cl_p", "ex_ok", "ov_ok", "at_n", "at_ok"), 0
        )

    def add(self, row: dict, entities, ids) -> None:
        c = self.c
        speakers, claims = run(row["text"], entities)
        gold_sp = {(s["start"], s["end"]) for s in row["speakers"]}
        pred_sp = {(s.start, s.end) for s in speakers}
        c["sp_g"] += len(gold_sp)
        c["sp_p"] += len(pred_sp)
        c["sp_ok"] += len(gold_sp & pred_sp)
        gold_cl = [(g["start"], g["end"]) for g in row["claims"]]
        pred_cl = [(p.start, p.end) for p in claims]
        c["cl_g"] += len(gold_cl)
        c["cl_p"] += len(pred_cl)
        c["ex_ok"] += len(_match(gold_cl, pred_cl, lambda g, p: g == p))
        ov = _match(gold_cl, pred_cl, _overlaps)
        c["ov_ok"] += len(ov)
        for gi, pi in ov.items():
            want = row["claims"][gi]["speaker"]
            if not want:
                continue
            c["at_n"] += 1
            said = [lk for lk in claims[pi].links if lk.type == "said_by"]
            if said and [said[0].tail_start, said[0].tail_end] == want:
                c["at_ok"] += 1

    def cells(self) -> list[str]:
        c = self.c

        def pr(ok: int, p: int, g: int) -> str:
            prec = f"{ok / p:.2f}" if p else "-"
            rec = f"{ok / g:.2f}" if g else "-"
            return f"{prec} / {rec}"

        at = f"{c['at_ok'] / c['at_n']:.2f} ({c['at_ok']}/{c['at_n']})" if c["at_n"] else "-"
        return [
            f"{pr(c['sp_ok'], c['sp_p'], c['sp_g'])} ({c['sp_g']})",
            f"{pr(c['ex_ok'], c['cl_p'], c['cl_g'])}",
            f"{pr(c['ov_ok'], c['cl_p'], c['cl_g'])} ({c['cl_g']})",
            at,
        ]


def evaluate(sets=None, registry: Path | None = None) -> str:
    entities, ids = load_registry(registry) if registry else load_registry()
    lines = [
        "| set | lang | docs | speakers P / R (gold) | claims exact P / R "
        "| claims overlap P / R (gold) | said_by accuracy |",
        "|---|---|---|---|---|---|---|",
    ]
    if sets is None:
        sets = (("written", GOLD / "claims_gold.jsonl"), ("seeds", GOLD / "seeds_claims.jsonl"))
    for label, path in sets:
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        for lang in ("ar", "fa"):
            mine = [r for r in rows if r["lang"] == lang]
            t = Tally()
            for r in mine:
                t.add(r, entities, ids)
            lines.append(f"| {label} | {lang} | {len(mine)} | " + " | ".join(t.cells()) + " |")
    return "\n".join(lines)


def write_section(table: str) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    today = datetime.date.today().isoformat()
    section = (
        f"{HEADING}\n\n"
        f"`python bench/eval_claims.py --write` ({today}). Written set: "
        "15 Arabic + 15 Persian short passages written for the purpose "
        "(`bench/gold/claims_gold.jsonl`); seeds: the five sample articles, read while "
        "writing the rules, so optimistic. Registry: `bench/gold/registry.json`. "
        "Overlap: intersection >= 50% of both spans; said_by accuracy over gold claims "
        "with a speaker matched by overlap.\n\n"
        f"{table}\n\n"
    )
    replace_section(HEADING, section, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--gold", type=Path, help="score this gold file instead of the sets")
    parser.add_argument(
        "--registry", type=Path, help="speaker registry (default: gold/registry.json)"
    )
    args = parser.parse_args()
    if args.gold is None:
        table = evaluate(registry=args.registry)
        print(table)
        if args.write:
            write_section(table)
        return
    table = evaluate(((args.gold.stem, args.gold),), args.registry)
    print(table)
    if args.write:
        cmd = f"`python bench/eval_claims.py --gold {_rel(args.gold)}"
        if args.registry:
            cmd += f" --registry {_rel(args.registry)}"
        write_blind("claims", cmd + " --write`", table)


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    main()
