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
import statistics
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


def bench_curation(articles: int = 20, layers: int = 3, spans: int = 200) -> dict:
    """Switch articles in the curation view: 3,000-word articles, ``layers`` analyst
    layers of ``spans`` spans each (some shared, so there are agreed and open units)."""
    from bench_gui import big_article, paint
    from bench_store import words_from_seeds
    from PySide6.QtWidgets import QApplication

    from annotator.core.model import Document
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    from annotator.services.annotate import AnnotationSession
    from annotator.services.curation import auto_curate

    with tempfile.TemporaryDirectory() as tmp:
        store = store_of(init_project(Path(tmp) / "c.db"))
        fa, ar = words_from_seeds()
        rnd = random.Random(5)
        docs = [
            Document(
                None,
                f"big{i}",
                f"big {i}",
                big_article(ar if i % 2 else fa, rnd),
                "ar" if i % 2 else "fa",
                "rtl",
            )
            for i in range(articles)
        ]
        ids = store.documents.insert_many(docs)
        for layer in range(layers):
            name = f"analyst{layer}"
            store.layer_id(name)
            rows = []
            for doc_id in ids:
                text = store.documents.get(doc_id).text
                words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", text)]
                shared = random.Random(doc_id)  # the same picks in every layer: agreement
                picks = shared.sample(words, spans // 2) + rnd.sample(words, spans // 2)
                for s, e in picks:
                    rows.append(
                        Span(None, doc_id, name, LABELS[s % 3], s, e, text[s:e], {}, "manual", name)
                    )
            with store.atomic():
                store.annotations.add_bulk(rows)
        auto_curate(store, "curator")
        app = QApplication.instance() or QApplication([])
        window = MainWindow(AnnotationSession(store, "curator", "gold"), Settings(), curation=True)
        window.resize(1400, 900)
        window.show()
        paint(window, app)
        times = []
        for _ in range(3):
            for doc_id in ids:
                t0 = time.perf_counter()
                window.controller.open_document(doc_id)
                paint(window, app)
                times.append((time.perf_counter() - t0) * 1000)
        units = len(window.curation.units)
        window.close()
        store.close()
    return {
        "median": statistics.median(times),
        "max": max(times),
        "units": units,
        "switches": len(times),
        "layers": layers,
        "spans": spans,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--analysts", type=int, default=10)
    parser.add_argument("--curation", action="store_true", help="time the curation view")
    parser.add_argument("--write", action="store_true", help="record in bench/RESULTS.md")
    args = parser.parse_args()
    if args.curation:
        c = bench_curation()
        line = (
            f"| {c['layers']} layers x {c['spans']} spans, 3,000 words | median "
            f"{c['median']:.1f} ms, max {c['max']:.1f} ms ({c['switches']} switches, "
            f"{c['units']} units in the last article) | < 50 ms |"
        )
        print(line)
        if args.write:
            replace_section(
                "### Team: the curation view",
                f"### Team: the curation view ({date.today().isoformat()})\n\n"
                f"Machine: {platform.platform()}, Python {platform.python_version()}, Qt "
                "offscreen. Command: `QT_QPA_PLATFORM=offscreen python bench/bench_team.py "
                "--curation --write`. Time from asking for an article to the article, its "
                "gold spans, the analysts' dashed spans and the Curation panel painted.\n\n"
                "| article | switch | budget |\n|---|---|---|\n" + line + "\n",
            )
        return
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
