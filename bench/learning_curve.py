"""The learned SPEAKER model's learning curve (issue 10): F1 after 10, 20 and 50 articles.

    python bench/learning_curve.py [--sizes 10,20,50] [--seeds 3] [--write]

Per language, the authors' training articles (bench/gold/train_articles.jsonl, 60 ar +
60 fa, bench/gold/train_articles.md) are shuffled with a seed; the first 10 are held
out and the model is trained (``annotator.services.learning.fit``, as ``annotator
train`` does) on the first 10, 20 and 50 of the rest. Each model is scored
(a) on those 10 held-out articles and (b) on the blind whole-article set
(bench/gold/blind2, imported into a fresh project as bench/eval_blind2.py does, the
model stored in it and ``annotator evaluate --engines learned`` run). Only aggregate
SPEAKER precision / recall / F1, exact and overlap, are printed; with several seeds
the counts are pooled over the seeds (each seed: another held-out part, another
training order).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results_md import replace_section  # noqa: E402

from annotator.core.learned import TrainedModel  # noqa: E402
from annotator.core.matching import exact_matches, match_overlap  # noqa: E402
from annotator.core.model import Document, Span  # noqa: E402
from annotator.io.layers import LayerOptions  # noqa: E402
from annotator.services import learning  # noqa: E402
from annotator.services.evaluation import evaluate, table_lines  # noqa: E402
from annotator.services.interchange import import_layers  # noqa: E402
from annotator.services.project import init_project  # noqa: E402
from annotator.services.suggesting import compute  # noqa: E402

TRAIN = ROOT / "bench" / "gold" / "train_articles.jsonl"
BLIND = ROOT / "bench" / "gold" / "blind2" / "blind_articles.jsonl"
HEADING = "### Learned SPEAKER model: learning curve"
HELD_OUT = 10
LABELS = ("SPEAKER",)


def articles() -> dict[str, list[learning.Article]]:
    by_lang: dict[str, list[learning.Article]] = {}
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        spans = tuple((s["start"], s["end"], s["label"]) for s in r["spans"])
        by_lang.setdefault(r["lang"], []).append(
            learning.Article(r["id"], r["lang"], r["text"], spans)
        )
    return by_lang


def blind_counts(models: dict[str, object]) -> dict[str, list[int]]:
    """SPEAKER gold / predicted / exact / overlap per language of the learned engine on
    the blind set, the given pipelines stored in a fresh project."""
    with tempfile.TemporaryDirectory() as tmp:
        project = init_project(Path(tmp) / "blind.db")
        import_layers(project, [BLIND], "jsonl", LayerOptions("gold"))
        for lang, nlp in models.items():
            learning.save_model(project, lang, LABELS, nlp, 0)
        report = evaluate(project, "gold", ["learned"])
        project.close()
    out = {}
    for (label, lang), row in report.rows.items():
        if label == "SPEAKER" and lang != "all":
            out[lang] = [row.gold, row.predicted, row.exact, row.overlap]
    return out


def with_and_without(models: dict[str, object]) -> list[str]:
    """Every engine on the blind set, without and then with the given models: the
    SPEAKER and CLAIM rows (CLAIM said_by shows what the claims engine gains by
    linking to the learned speakers)."""
    out = []
    for label, given in (("no model", {}), ("model of all 60 articles", models)):
        with tempfile.TemporaryDirectory() as tmp:
            project = init_project(Path(tmp) / "blind.db")
            import_layers(project, [BLIND], "jsonl", LayerOptions("gold"))
            for lang, nlp in given.items():
                learning.save_model(project, lang, LABELS, nlp, 60)
            report = evaluate(project, "gold")
            project.close()
        rows = [line for line in table_lines(report) if line.startswith(("| SPEAKER", "| CLAIM"))]
        out += [line.replace("| ", f"| {label} | ", 1) for line in rows]
    return out


def beside_rules(lang: str, nlp, test: list[learning.Article]) -> dict[str, list[int]]:
    """SPEAKER counts on the held-out articles of the rule-based speakers engine alone,
    the learned engine alone, and both as the window runs them (learned after rules,
    leaving out what overlaps theirs)."""
    model = TrainedModel(lang, LABELS, "held-out", 0, nlp.to_bytes())
    out: dict[str, list[int]] = {}
    for article in test:
        doc = Document(1, article.ext_id, "", article.text, lang, "rtl")
        gold = [Span(None, 1, "", "SPEAKER", s, e, article.text[s:e]) for s, e, _ in article.spans]
        runs = {
            "rules": compute(doc, (), (), ["dates", "speakers"]),
            "learned": compute(doc, (), (), ["learned"], {lang: model}),
            "both": compute(doc, (), (), None, {lang: model}),
        }
        for name, found in runs.items():
            pred = [
                Span(None, 1, "", "SPEAKER", s.start, s.end, s.text)
                for s in found
                if s.label == "SPEAKER"
            ]
            c = out.setdefault(name, [0, 0, 0, 0])
            c[0] += len(gold)
            c[1] += len(pred)
            c[2] += exact_matches(gold, pred)
            c[3] += len(match_overlap(gold, pred))
    return out


def fmt(c: list[int]) -> str:
    f = learning.figures(*c)
    e, o = f["exact"], f["overlap"]
    return (
        f"{e['p']:.2f} / {e['r']:.2f} / **{e['f1']:.2f}** | "
        f"{o['p']:.2f} / {o['r']:.2f} / **{o['f1']:.2f}** | {c[0]} / {c[1]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,20,50")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--no-blind", action="store_true", help="skip the blind set")
    parser.add_argument("--write", action="store_true", help="record in bench/RESULTS.md")
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    data = articles()
    held: dict[tuple[str, int], list[int]] = {}
    blind: dict[tuple[str, int], list[int]] = {}
    seconds: dict[tuple[str, int], float] = {}
    rules: dict[tuple[str, str], list[int]] = {}
    for seed in range(args.seeds):
        for n in sizes:
            models = {}
            for lang, items in sorted(data.items()):
                order = list(items)
                random.Random(seed).shuffle(order)
                test, pool = order[:HELD_OUT], order[HELD_OUT:]
                t = time.perf_counter()
                nlp = learning.fit(lang, LABELS, pool[:n], seed=seed)
                seconds[(lang, n)] = seconds.get((lang, n), 0) + time.perf_counter() - t
                f = learning.score(nlp, test, LABELS)["SPEAKER"]
                c = [f["gold"], f["predicted"], f["exact"]["tp"], f["overlap"]["tp"]]
                acc = held.setdefault((lang, n), [0, 0, 0, 0])
                for i in range(4):
                    acc[i] += c[i]
                models[lang] = nlp
                print(f"seed {seed} {lang} n={n}: held-out {fmt(c)}", flush=True)
                if n == max(sizes):
                    for name, counts in beside_rules(lang, nlp, test).items():
                        acc = rules.setdefault((lang, name), [0, 0, 0, 0])
                        for i in range(4):
                            acc[i] += counts[i]
            if not args.no_blind and BLIND.exists():
                for lang, c in blind_counts(models).items():
                    acc = blind.setdefault((lang, n), [0, 0, 0, 0])
                    for i in range(4):
                        acc[i] += c[i]
                    print(f"seed {seed} {lang} n={n}: blind {fmt(c)}", flush=True)
    lines = [
        "| lang | trained on | set | exact P / R / **F1** | overlap P / R / **F1** | "
        "gold / predicted | training s |",
        "|---|---|---|---|---|---|---|",
    ]
    for lang in sorted(data):
        for n in sizes:
            secs = seconds[(lang, n)] / args.seeds
            lines.append(
                f"| {lang} | {n} | held-out ({HELD_OUT} articles) | {fmt(held[(lang, n)])} "
                f"| {secs:.0f} |"
            )
            if (lang, n) in blind:
                lines.append(f"| {lang} | {n} | blind2 (10 articles) | {fmt(blind[(lang, n)])} | |")
    table = "\n".join(lines)
    print(table)
    top = max(sizes)
    names = {
        "rules": "rule-based speakers engine",
        "learned": f"learned model ({top} articles)",
        "both": "both, as the window runs them",
    }
    rules_lines = [
        "| lang | SPEAKER from | exact P / R / **F1** | overlap P / R / **F1** | gold / pred. |",
        "|---|---|---|---|---|",
    ]
    for lang in sorted(data):
        for name, shown in names.items():
            if (lang, name) in rules:
                rules_lines.append(f"| {lang} | {shown} | {fmt(rules[(lang, name)])} |")
    rules_table = "\n".join(rules_lines)
    print(rules_table)
    engines_table = ""
    if not args.no_blind and BLIND.exists():
        full = {lang: learning.fit(lang, LABELS, items) for lang, items in sorted(data.items())}
        engines_table = "\n".join(
            [
                "| project | label | lang | gold | predicted | exact P / R / F1 | "
                "overlap P / R / F1 | DATE value | said_by |",
                "|---|---|---|---|---|---|---|---|---|",
                *with_and_without(full),
            ]
        )
        print(engines_table)
    if args.write:
        replace_section(
            HEADING,
            f"{HEADING} ({date.today().isoformat()})\n\n"
            f"Command: `python bench/learning_curve.py --seeds {args.seeds} --write`. The "
            "`learned` engine's model (blank spaCy `ar`/`fa` pipeline, NER, trained per "
            "sentence on the project's own tokens, CPU) trained on the first 10, 20, 50 of the "
            "authors' training articles (`bench/gold/train_articles.jsonl`, 60 ar + 60 fa, "
            "~100 words each, written for training) after holding 10 out; scored on those "
            "10 held-out articles and on the blind whole articles (`bench/gold/blind2`, "
            "10 ar + 10 fa, scored through `annotator evaluate --engines learned` on a fresh "
            "project). Counts pooled over "
            f"{args.seeds} seeds (each seed: another held-out part and training order); "
            "training seconds per model on a 2-core machine shared with other jobs.\n\n"
            f"{table}\n\n"
            f"On the same held-out articles (in the authors' conventions), the learned model "
            f"({top} articles) beside the rule-based speakers engine:\n\n"
            f"{rules_table}\n\n"
            "Every engine on the blind set (`annotator evaluate`), on a fresh project without a "
            "model and with the models trained on all 60 articles of each language. The "
            "learned engine runs after the rule-based speakers engine and adds only spans "
            "that do not overlap its suggestions; the claims engine runs after both.\n\n"
            f"{engines_table}\n",
        )


if __name__ == "__main__":
    main()
