"""Benchmark the annotation window against docs/architecture.md, "Budgets" budgets.

    QT_QPA_PLATFORM=offscreen python bench/bench_gui.py            # N = 100,000
    QT_QPA_PLATFORM=offscreen python bench/bench_gui.py -n 5000 --no-write

Measures: opening the app on an N-article project until the first article is
painted; switching to the next article (3,000 words, 200 spans) and painting it;
a label key press until the span row is committed (95th percentile); scrolling
the document list through all N rows a page at a time.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import make_corpus, words_from_seeds  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from results_md import replace_section  # noqa: E402

from annotator.core.model import Document, Span  # noqa: E402
from annotator.gui.app import freeze_startup_objects  # noqa: E402
from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.gui.settings import Settings  # noqa: E402
from annotator.services.annotate import AnnotationSession  # noqa: E402
from annotator.services.importing import import_paths  # noqa: E402
from annotator.services.project import init_project, open_project, store_of  # noqa: E402


def big_article(words: list[str], rnd: random.Random, n_words: int = 3000) -> str:
    paras, left = [], n_words
    while left > 0:
        k = min(left, rnd.randint(60, 120))
        paras.append(" ".join(rnd.choice(words) for _ in range(k)) + ".")
        left -= k
    return "\n\n".join(paras)


def paint(window: MainWindow, app: QApplication) -> None:
    app.processEvents()
    window.view.viewport().repaint()


def build_project(n: int, tmp: Path) -> Path:
    db = tmp / "gui.db"
    store = store_of(init_project(db))
    corpus = tmp / "c.jsonl"
    make_corpus(n, corpus)
    import_paths(store, [corpus])
    fa, ar = words_from_seeds()
    rnd = random.Random(3)
    big = [
        Document(
            None,
            f"big{i}",
            f"big {i}",
            big_article(ar if i % 2 else fa, rnd),
            "ar" if i % 2 else "fa",
            "rtl",
        )
        for i in range(3)
    ]
    with store.atomic():
        ids = store.documents.insert_many(big)
        spans = []
        for doc_id, doc in zip(ids, big, strict=True):
            tokens = [m for m in __import__("re").finditer(r"\S+", doc.text)]
            for m in rnd.sample(tokens, 200):
                label = rnd.choice(["SPEAKER", "CLAIM", "DATE"])
                spans.append(Span(None, doc_id, "bench", label, m.start(), m.end(), m.group()))
        store.annotations.add_bulk(spans)
    store.close()
    return db


def full_collection_ms() -> float:
    """The median of 5 full garbage collections, in ms."""
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def run(n: int) -> dict:
    result: dict = {"n": n}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        db = build_project(n, tmp)
        app = QApplication.instance() or QApplication([])

        t0 = time.perf_counter()
        store = store_of(open_project(db))
        window = MainWindow(AnnotationSession(store, "bench"), Settings())
        window.resize(1400, 900)
        window.show()
        paint(window, app)
        result["open_s"] = round(time.perf_counter() - t0, 3)
        result["gc_ms_unfrozen"] = full_collection_ms()
        freeze_startup_objects()  # as gui/app.py run() does after show()
        result["gc_ms_frozen"] = full_collection_ms()

        big_ids = [store.documents.by_ext_id(f"big{i}").id for i in range(3)]
        switches = []
        for _ in range(3):
            for doc_id in big_ids:
                t0 = time.perf_counter()
                window.controller.open_document(doc_id)
                paint(window, app)
                switches.append((time.perf_counter() - t0) * 1000)
        result["switch_ms_median"] = round(statistics.median(switches), 1)
        result["switch_ms_max"] = round(max(switches), 1)
        result["spans_in_article"] = len(window.view.spans)

        window.controller.open_document(big_ids[0])
        window.activateWindow()
        window.view.setFocus()
        text = window.controller.state.document.text
        starts = [i for i in range(1, len(text) - 8) if text[i - 1] == " "][:300:3]
        times = []
        for s in starts[:100]:
            window.view.select(s, s + 3)
            t0 = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        result["tag_ms_median"] = round(statistics.median(times), 1)
        result["tag_ms_p95"] = round(times[int(len(times) * 0.95) - 1], 1)
        result["tags_committed"] = len(store.annotations.spans(big_ids[0], "bench")) - 200

        table = window.documents.table
        rows = window.documents.model.rowCount()
        bar = table.verticalScrollBar()
        steps = []
        t_all = time.perf_counter()
        for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
            t0 = time.perf_counter()
            bar.setValue(value)
            table.viewport().repaint()
            steps.append((time.perf_counter() - t0) * 1000)
        result["list_rows"] = rows
        result["scroll_pages"] = len(steps)
        result["scroll_ms_median"] = round(statistics.median(steps), 2)
        result["scroll_ms_max"] = round(max(steps), 1)
        result["scroll_total_s"] = round(time.perf_counter() - t_all, 1)
        window.close()
        store.close()
    return result


def write_results(r: dict) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    marker = "### Annotation window"
    section = "\n".join(
        [
            f"{marker} ({date.today().isoformat()})",
            "",
            f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, Python "
            f"{platform.python_version()}, 2 cores, Qt offscreen. Command: "
            "`QT_QPA_PLATFORM=offscreen python bench/bench_gui.py`.",
            "",
            "| measure | result | budget |",
            "|---|---|---|",
            f"| open the app on {r['n']:,} articles, first article painted | {r['open_s']} s "
            "| < 2 s |",
            f"| switch to next article (3,000 words, {r['spans_in_article']} spans) and paint "
            f"| median {r['switch_ms_median']} ms, max {r['switch_ms_max']} ms | < 50 ms |",
            f"| label key press to committed span ({r['tags_committed']} spans) "
            f"| median {r['tag_ms_median']} ms, p95 {r['tag_ms_p95']} ms | p95 < 10 ms |",
            f"| document list: scroll {r['list_rows']:,} rows a page at a time "
            f"({r['scroll_pages']:,} pages) | median {r['scroll_ms_median']} ms, "
            f"max {r['scroll_ms_max']} ms per page | smooth (< 16 ms) |",
            f"| a full garbage collection after start-up (what start-up made frozen) "
            f"| {r['gc_ms_frozen']} ms ({r['gc_ms_unfrozen']} ms unfrozen) | < 16 ms |",
            "",
        ]
    )
    replace_section(marker, section, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000, help="articles in the project")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()
    r = run(args.n)
    print(r)
    if not args.no_write:
        write_results(r)


if __name__ == "__main__":
    main()
