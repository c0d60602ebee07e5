"""Benchmark import rate, folded search latency and JSONL export rate.

Generates a synthetic Arabic/Persian corpus of N articles (words drawn from the
seed articles, with Persian/Arabic digits, ZWNJ and Latin names mixed in), imports
it into a fresh project from one JSON Lines file, searches it with folding, adds
10 spans per article and exports JSON Lines. Each N runs in its own process so
peak memory (RSS) is comparable between sizes.

    python bench/bench_store.py                 # N = 10,000 and 100,000
    python bench/bench_store.py -n 2000 --no-write
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results_md import replace_section  # noqa: E402

QUERIES = ["درگیری‌های", "پوتین", "بوتين الروسي", "2020", "كرملين", "قره باغ", "ماكرون"]


def words_from_seeds() -> tuple[list[str], list[str]]:
    fa, ar = [], []
    for path in sorted((ROOT / "data").glob("*.txt")):
        words = re.findall(r"[\w\u200c]+", path.read_text(encoding="utf-8"))
        (fa if path.name < "002" else ar).extend(words)
    return fa, ar


def make_corpus(n: int, out: Path, seed: int = 7) -> int:
    rnd = random.Random(seed)
    fa, ar = words_from_seeds()
    size = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            words = fa if i % 2 else ar
            paras = []
            for _ in range(rnd.randint(4, 8)):
                sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(40, 70)))
                paras.append(
                    sent + f" {rnd.randint(1, 28)} {rnd.choice(['۲۰۲۰', '2020', '٢٠٢٠'])}."
                )
            text = "\n\n".join(paras)
            rec = {
                "id": f"a{i:07d}",
                "title": " ".join(words[j] for j in range(i % 50, i % 50 + 6)),
                "text": text,
                "source": rnd.choice(["tass", "sputnik", "lebanon24"]),
            }
            line = json.dumps(rec, ensure_ascii=False)
            size += len(line.encode("utf-8")) + 1
            fh.write(line + "\n")
    return size


def run_one(n: int) -> dict:
    from annotator.core.model import Span
    from annotator.services.exporting import export_project
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, store_of

    result: dict = {"n": n}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        result["corpus_mb"] = round(make_corpus(n, corpus) / 1e6, 1)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        store = store_of(init_project(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        report = import_paths(store, [corpus])
        elapsed = time.perf_counter() - t0
        assert report.added == n, report.added
        result["import_s"] = round(elapsed, 2)
        result["import_rate"] = round(n / elapsed)
        result["import_rss_growth_mb"] = round(
            (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024, 1
        )

        times = []
        for q in QUERIES * 3:
            t0 = time.perf_counter()
            store.documents.search(q, limit=50)
            times.append((time.perf_counter() - t0) * 1000)
        result["search_ms_median"] = round(statistics.median(times), 1)
        result["search_ms_max"] = round(max(times), 1)

        t0 = time.perf_counter()
        with store.atomic():
            batch = []
            for doc in store.documents.iter_all():
                for m in list(re.finditer(r"\w{4,}", doc.text))[:10]:
                    batch.append(
                        Span(None, doc.id, "bench", "CLAIM", m.start(), m.end(), m.group())
                    )
                if len(batch) > 20_000:
                    store.annotations.add_bulk(batch)
                    batch = []
            store.annotations.add_bulk(batch)
        result["spans"] = store.annotations.count_spans()
        result["span_load_s"] = round(time.perf_counter() - t0, 1)

        out = Path(tmp) / "out.jsonl"
        t0 = time.perf_counter()
        written = export_project(store, "jsonl", out)
        elapsed = time.perf_counter() - t0
        result["export_s"] = round(elapsed, 2)
        result["export_rate"] = round(written / elapsed)
        result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        store.close()
    return result


def write_results(results: list[dict]) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    cpu = platform.processor() or platform.machine()
    lines = [
        f"### Store: import, search, export ({date.today().isoformat()})",
        "",
        f"Machine: {platform.system()} {platform.release()}, {cpu}, Python "
        f"{platform.python_version()}, 2 cores. Command: `python bench/bench_store.py`.",
        "Synthetic news-length articles (4-8 paragraphs, 160-560 words, ~360 on average), "
        "half Arabic half Persian, imported from one JSON Lines file; 10 spans per article "
        "for the export.",
        "",
        "| N | corpus | import | import rate (budget > 5,000/s) | RSS growth during import "
        "| search median / max (budget < 100 ms) | spans | export JSONL (budget < 15 s at 100k) "
        "| peak RSS |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['corpus_mb']} MB | {r['import_s']} s | {r['import_rate']:,}/s "
            f"| {r['import_rss_growth_mb']} MB | {r['search_ms_median']} / {r['search_ms_max']} ms "
            f"| {r['spans']:,} | {r['export_s']} s ({r['export_rate']:,} docs/s) "
            f"| {r['peak_rss_mb']} MB |"
        )
    section = "\n".join(lines) + "\n"
    replace_section("### Store: import, search, export", section, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, action="append", help="corpus size (repeatable)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--no-write", action="store_true", help="print only; keep RESULTS.md")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    results = []
    for n in args.n or [10_000, 100_000]:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    if not args.no_write:
        write_results(results)


if __name__ == "__main__":
    main()
