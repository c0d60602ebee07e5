"""Article import before and after staged imports (issue 12), interleaved in one run.

    python bench/bench_import_staging.py --articles 100000 --old /path/to/python-of-old-code

``--old`` is a Python whose ``annotator`` is the code before imports were written in
short transactions (for instance a virtualenv with a checkout of that commit installed
in editable mode); this checkout's own Python runs the new code. Each run imports the
same JSONL corpus into a fresh project with ``python -m annotator import``, a whole
process; runs alternate old/new; medians are reported.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_store import make_corpus  # noqa: E402
from results_md import replace_section  # noqa: E402


def one(python: str, feed: Path, tmp: Path, tag: str) -> float:
    db = tmp / f"{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    subprocess.run([python, "-m", "annotator", "init", str(db)], check=True, capture_output=True)
    t0 = time.perf_counter()
    subprocess.run(
        [python, "-m", "annotator", "import", str(db), str(feed)], check=True, capture_output=True
    )
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--old", required=True, help="a Python running the code before staging")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        feed = tmp / "feed.jsonl"
        make_corpus(args.articles, feed)
        old, new = [], []
        for _ in range(args.runs):
            old.append(one(args.old, feed, tmp, "old"))
            new.append(one(sys.executable, feed, tmp, "new"))
    o, n = statistics.median(old), statistics.median(new)
    line = (
        f"| {args.articles:,} | {o:.1f} s ({args.articles / o:,.0f}/s) | "
        f"{n:.1f} s ({args.articles / n:,.0f}/s) | {n / o:.2f}x |"
    )
    print(line)
    if args.write:
        replace_section(
            "### Import before and after staging",
            f"### Import before and after staging ({date.today().isoformat()})\n\n"
            f"Machine: {platform.platform()}, Python {platform.python_version()}, 2 cores "
            f"(shared). Command: `python bench/bench_import_staging.py --articles "
            f"{args.articles} --old OLD_PYTHON --write`; {args.runs} runs each, "
            "alternating, medians. Before: one transaction for the whole import. After: "
            "transactions of 100 articles (folding done outside them), published at the "
            "end in one short transaction, stepping aside between two transactions while "
            "a window asks for the write lock.\n\n"
            "| articles | before | after | after / before |\n|---|---|---|---|\n" + line + "\n",
        )


if __name__ == "__main__":
    main()
