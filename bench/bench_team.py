"""Team work at scale: merging analysts' package files, and the curation view.

    python bench/bench_team.py --docs 10000 --analysts 10      # merge
    QT_QPA_PLATFORM=offscreen python bench/bench_team.py --curation   # view switch

Merge: one project of N synthetic news-length articles (bench_store.make_corpus),
``assign --per-doc A`` so that every analyst's package holds all N articles, 20 spans
per article written into each package, then ``merge_packages`` of the A files into
the project, timed, against a floor measured in the same run: plain ``sqlite3``
``executemany`` of the same span rows into one table in one transaction. A second
merge of the same files (nothing changes) is timed too.

Curation view: 3 analyst layers of 200 spans on each of 20 articles of 3,000 words;
time from asking for the next article to the curation panel and article painted.
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import make_corpus  # noqa: E402
from results_md import replace_section  # noqa: E402

from annotator.core.model import Span  # noqa: E402
from annotator.services.importing import import_paths  # noqa: E402
from annotator.services.project import init_project, open_project, store_of  # noqa: E402
from annotator.services.team import assign_packages, merge_packages  # noqa: E402

SPANS = 20
LABELS = ("SPEAKER", "CLAIM", "DATE")


def fill(path: Path, name: str, seed: int) -> list[tuple]:
    """Write 20 spans per article into a package; return the rows (for the floor)."""
    store = store_of(open_project(path))
    rnd = random.Random(seed)
    rows, spans = [], []
    for doc in store.documents.iter_all():
        starts = sorted(rnd.sample(range(0, len(doc.text) - 20), SPANS))
        for k, s in enumerate(starts):
            e = s + rnd.randint(3, 15)
            label = LABELS[k % 3]
            spans.append(Span(None, doc.id, name, label, s, e, doc.text[s:e], {}, "manual", name))
            rows.append((doc.id, name, label, s, e, doc.text[s:e]))
    with store.atomic():
        store.annotations.add_bulk(spans)
    store.checkpoint()
    store.close()
    return rows


def floor(rows: list[tuple], tmp: Path) -> float:
    con = sqlite3.connect(tmp / "floor.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(
        "CREATE TABLE spans (id INTEGER PRIMARY KEY, document_id INT, layer TEXT, label TEXT, "
        "start INT, end INT, text TEXT)"
    )
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO spans (document_id, layer, label, start, end, text) VALUES (?,?,?,?,?,?)",
        rows,
    )
    con.execute("COMMIT")
    took = time.perf_counter() - t0
    con.close()
    return took


def bench_merge(n: int, analysts: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = init_project(tmp / "p.db")
        corpus = tmp / "c.jsonl"
        make_corpus(n, corpus)
        import_paths(project, [corpus])
        names = [f"analyst{i}" for i in range(analysts)]
        assign_packages(project, names, tmp / "pk", overlap=1.0, per_doc=analysts)
        rows = []
        for i, name in enumerate(names):
            rows += fill(tmp / "pk" / f"{name}.db", name, i)
        paths = [tmp / "pk" / f"{name}.db" for name in names]
        t0 = time.perf_counter()
        report = merge_packages(project, paths)
        merge_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = merge_packages(project, paths)
        again_s = time.perf_counter() - t0
        floor_s = floor(rows, tmp)
        project.close()
        return {
            "docs": n,
            "analysts": analysts,
            "spans": report.spans,
            "merge_s": merge_s,
            "again_s": again_s,
            "unchanged": again.layers_unchanged,
            "floor_s": floor_s,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--analysts", type=int, default=10)
    parser.add_argument("--write", action="store_true", help="record in bench/RESULTS.md")
    args = parser.parse_args()
    r = bench_merge(args.docs, args.analysts)
    line = (
        f"| {r['docs']:,} | {r['analysts']} | {r['spans']:,} | {r['merge_s']:.1f} s | "
        f"{r['floor_s']:.1f} s | {r['merge_s'] / r['floor_s']:.1f}x | {r['again_s']:.1f} s "
        f"({r['unchanged']:,} article layers unchanged) |"
    )
    print(line)
    if args.write:
        replace_section(
            "### Team: merging analysts' packages",
            "### Team: merging analysts' packages "
            f"({date.today().isoformat()})\n\n"
            f"Machine: {platform.platform()}, Python {platform.python_version()}. Command: "
            f"`python bench/bench_team.py --docs {args.docs} --analysts {args.analysts} "
            "--write`. Every analyst's file holds all the articles, 20 spans each; the floor "
            "is plain sqlite3 executemany of the same span rows in one transaction, in the "
            "same run.\n\n"
            "| articles | analyst files | spans merged | merge | floor | ratio | "
            "same files again |\n|---|---|---|---|---|---|---|\n" + line + "\n",
        )


if __name__ == "__main__":
    main()
