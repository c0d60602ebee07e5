"""Agreement over N synthetic articles x 3 layers (issue 9, "Done when").

    python bench/bench_agreement.py              # N = 10,000
    python bench/bench_agreement.py -n 1000 --no-write

Articles of 300-600 words (Arabic and Persian words from the seed articles, with
digits, ZWNJ and an emoji now and then), 20 spans each on word boundaries (SPEAKER,
CLAIM, DATE with their attributes, said_by and dated links), copied into three
analyst layers that each drop, relabel or move some spans and add a few of their own.
Times ``measure_agreement`` on the whole set (every figure of the report); the
articles are built beforehand and not timed. The floor measured in the same run is
tokenizing every article once (annotator.text.tokens), which any token-level measure
must pay; "rest" is everything else.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import words_from_seeds  # noqa: E402
from results_md import replace_section  # noqa: E402

from annotator.core.agreement import ALL, DocLayers, measure_agreement  # noqa: E402
from annotator.core.model import Relation, Span  # noqa: E402
from annotator.text.tokens import tokenize  # noqa: E402

LABELS = ("SPEAKER", "CLAIM", "DATE")
LAYERS = ("amina", "reza", "sara")
HEADING = "### Agreement"


def make_docs(n: int, seed: int = 9) -> list[DocLayers]:
    rng = random.Random(seed)
    fa, ar = words_from_seeds()
    extras = ["۱۴۰۲", "٢٠٢٠", "2020", "می‌گوید", "👍🏽", "«گفت»"]
    docs = []
    for i in range(n):
        words = fa if i % 2 else ar
        text = " ".join(
            rng.choice(extras) if rng.random() < 0.03 else rng.choice(words)
            for _ in range(rng.randint(300, 600))
        )
        bounds = [m.span() for m in re.finditer(r"\S+", text)]
        starts = sorted(rng.sample(range(len(bounds) - 8), 20))
        base = []
        for k, w in enumerate(starts):
            label = LABELS[k % 3]
            end = bounds[min(len(bounds) - 1, w + rng.randint(0, 6 if label == "CLAIM" else 2))][1]
            base.append((label, bounds[w][0], end))
        spans, rels = {}, {}
        sid = 1
        for layer in LAYERS:
            out, ids = [], {}
            for k, (label, s, e) in enumerate(base):
                roll = rng.random()
                if roll < 0.08:
                    continue
                if roll < 0.14:
                    label = rng.choice(LABELS)
                elif roll < 0.3:
                    s, e = s + rng.randint(0, 3), e - rng.randint(0, 3)
                    if e <= s:
                        continue
                attrs = {
                    "SPEAKER": {"entity": rng.choice((1, 2, 3))},
                    "CLAIM": {"kind": rng.choice(("direct", "indirect"))},
                    "DATE": {"value": rng.choice(("2020-11-07", "2020-11"))},
                }[label]
                out.append(Span(sid, i, layer, label, s, e, text[s:e], attrs))
                ids[k] = (sid, label)
                sid += 1
            for _ in range(rng.randint(0, 3)):
                s, e = bounds[rng.randrange(len(bounds))]
                out.append(Span(sid, i, layer, rng.choice(LABELS), s, e, text[s:e]))
                sid += 1
            links = []
            for k in range(0, 18, 3):  # SPEAKER k, CLAIM k+1, DATE k+2
                head, speaker, when = ids.get(k + 1), ids.get(k), ids.get(k + 2)
                if head and head[1] == "CLAIM":
                    if speaker and speaker[1] == "SPEAKER":
                        links.append(Relation(None, i, layer, "said_by", head[0], speaker[0]))
                    if when and when[1] == "DATE" and rng.random() < 0.8:
                        links.append(Relation(None, i, layer, "dated", head[0], when[0]))
            spans[layer], rels[layer] = out, links
        docs.append(DocLayers(i, text, spans, rels, f"a{i:07d}"))
    return docs


def run(n: int) -> dict:
    docs = make_docs(n)
    words = sum(len(d.text.split()) for d in docs)
    spans = sum(len(v) for d in docs for v in d.spans.values())
    t0 = time.perf_counter()
    for d in docs:
        tokenize(d.text)
    floor = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = measure_agreement(docs, LABELS)
    elapsed = time.perf_counter() - t0
    figures = {
        (c.measure, ",".join(c.layers), c.label): c.value
        for c in report.coefficients
        if c.label == ALL
    }
    f1 = {(",".join(r.layers), r.match): r.f1 for r in report.spans if r.label == ALL}
    result = {
        "n": n,
        "words": words,
        "spans": spans,
        "s": elapsed,
        "floor_s": floor,
        "rate": n / elapsed,
        "rest_rate": n / (elapsed - floor),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "overlap_f1": f1[(",".join(LAYERS), "overlap")],
        "exact_f1": f1[(",".join(LAYERS), "exact")],
        "fleiss": figures[("fleiss_kappa", ",".join(LAYERS), ALL)],
        "alpha": figures[("krippendorff_alpha", ",".join(LAYERS), ALL)],
        "alpha_u": figures[("alpha_u", ",".join(LAYERS), ALL)],
    }
    print({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}, flush=True)
    return result


def write(r: dict) -> None:
    lines = [
        f"{HEADING} ({date.today().isoformat()})",
        "",
        f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, Python "
        f"{platform.python_version()}, 2 cores. Command: `python bench/bench_agreement.py`. "
        f"{r['n']:,} synthetic articles ({r['words']:,} words) x 3 layers, "
        f"{r['spans']:,} spans with attributes and links; one `measure_agreement` call "
        "computes every figure of the report (span F1 exact and overlap, Cohen, Fleiss, "
        "Krippendorff's alpha over tokens, alpha-U, attributes, links, ranking, confusion). "
        "Floor: tokenizing every article once, measured in the same run. No budget is set.",
        "",
        "| articles x layers | time | rate | floor (tokenizing) | rate without the floor "
        "| peak RSS | overlap F1 / exact F1 | Fleiss / alpha / alpha-U (all labels) |",
        "|---|---|---|---|---|---|---|---|",
        f"| {r['n']:,} x 3 | {r['s']:.1f} s | {r['rate']:,.0f} articles/s | "
        f"{r['floor_s']:.1f} s | {r['rest_rate']:,.0f} articles/s | {r['rss_mb']:.0f} MB | "
        f"{r['overlap_f1']:.3f} / {r['exact_f1']:.3f} | "
        f"{r['fleiss']:.3f} / {r['alpha']:.3f} / {r['alpha_u']:.3f} |",
    ]
    replace_section(HEADING, "\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    result = run(args.n)
    if not args.no_write:
        write(result)


if __name__ == "__main__":
    main()
