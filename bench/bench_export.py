"""Export rate of every format at N articles (docs/architecture.md, "Budgets", issue 5).

    python bench/bench_export.py               # N = 100,000, every format
    python bench/bench_export.py -n 2000 --formats jsonl,conll --no-write

Builds a project from the synthetic corpus of bench_store.py with 10 spans per
article (SPEAKER, CLAIM and DATE in turn) and a said_by link per article, then
times ``export_dataset`` for each format (the datasheet and chart included).
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import make_corpus  # noqa: E402
from results_md import replace_section  # noqa: E402

from annotator.core.model import Relation, Span  # noqa: E402
from annotator.io.exporters import export_formats  # noqa: E402
from annotator.services.exporting import export_dataset  # noqa: E402
from annotator.services.importing import import_paths  # noqa: E402
from annotator.services.project import init_project, store_of  # noqa: E402

LABELS = ("SPEAKER", "CLAIM", "DATE")


def build(n: int, tmp: Path):
    store = store_of(init_project(tmp / "export.db"))
    corpus = tmp / "c.jsonl"
    make_corpus(n, corpus)
    import_paths(store, [corpus])
    with store.atomic():
        batch = []
        for doc in store.documents.iter_all():
            for i, m in enumerate(list(re.finditer(r"\w{4,}", doc.text))[:10]):
                batch.append(
                    Span(None, doc.id, "bench", LABELS[i % 3], m.start(), m.end(), m.group())
                )
            if len(batch) > 20_000:
                store.annotations.add_bulk(batch)
                batch = []
        store.annotations.add_bulk(batch)
    with store.atomic():
        rows = store.conn.execute(
            "SELECT document_id, min(CASE WHEN label='CLAIM' THEN id END), "
            "min(CASE WHEN label='SPEAKER' THEN id END) FROM spans GROUP BY document_id"
        ).fetchall()
        for doc_id, claim, speaker in rows:
            if claim and speaker:
                store.annotations.add_relation(
                    Relation(None, doc_id, "bench", "said_by", claim, speaker), log=False
                )
    return store


def run(n: int, formats: list[str]) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        store = build(n, tmp)
        for fmt in formats:
            out = tmp / "out" / f"export.{fmt}"
            t0 = time.perf_counter()
            try:
                report = export_dataset(store, fmt, out)
            except Exception as exc:  # a missing extra: record it, go on
                results.append({"format": fmt, "error": str(exc)})
                print(results[-1], flush=True)
                continue
            elapsed = time.perf_counter() - t0
            results.append(
                {
                    "format": fmt,
                    "records": report.total,
                    "s": round(elapsed, 1),
                    "rate": round(report.total / elapsed),
                }
            )
            print(results[-1], flush=True)
        store.close()
    return results


def write_results(n: int, results: list[dict]) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    marker = "### Export formats"
    lines = [
        f"{marker} ({date.today().isoformat()})",
        "",
        f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, Python "
        f"{platform.python_version()}, 2 cores. Command: `python bench/bench_export.py`. "
        f"{n:,} synthetic articles, 10 spans and one said_by link each; time includes the "
        "datasheet and its chart. A record is a document and layer; for claims tables, a row.",
        "",
        "| format | records | time | rate | budget |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        budget = "< 15 s" if r["format"] == "jsonl" else ""
        if "error" in r:
            lines.append(f"| {r['format']} | - | not run: {r['error']} | | |")
        else:
            lines.append(
                f"| {r['format']} | {r['records']:,} | {r['s']} s | "
                f"{r['rate']:,} records/s | {budget} |"
            )
    section = "\n".join(lines) + "\n"
    replace_section(marker, section, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000)
    ap.add_argument("--formats", default="", help="comma-separated (default: all)")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    formats = [f for f in args.formats.split(",") if f] or export_formats()
    results = run(args.n, formats)
    if not args.no_write:
        write_results(args.n, results)


if __name__ == "__main__":
    main()
