"""The window beside a long import in another process (issue 12).

    QT_QPA_PLATFORM=offscreen python bench/bench_contention.py --articles 20000 --write

A real window tags 100 words by key while ``annotator import`` writes a corpus of
300-600-word articles into the same project in another process. Reported: how long
each key press kept the window busy (its longest stall), how many edits met the
import's write lock and waited, the longest such wait, and whether every edit was kept.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import make_corpus  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from results_md import replace_section  # noqa: E402

from annotator.gui.main_window import MainWindow  # noqa: E402
from annotator.gui.settings import Settings  # noqa: E402
from annotator.services.annotate import AnnotationSession  # noqa: E402
from annotator.services.importing import import_paths  # noqa: E402
from annotator.services.project import init_project, sample_articles, store_of  # noqa: E402

EDITS = 100


def run(articles: int) -> dict:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ.setdefault("XDG_CONFIG_HOME", str(tmp / "config"))
        db = tmp / "p.db"
        project = init_project(db)
        import_paths(project, sample_articles())
        store = store_of(project)
        feed = tmp / "feed.jsonl"
        make_corpus(articles, feed)
        window = MainWindow(AnnotationSession(project, "bench"), Settings())
        failed: list[str] = []
        window.controller.pending.failed.connect(failed.append)
        window.show()
        window.activateWindow()
        app.processEvents()
        doc = max(store.documents.iter_all(), key=lambda d: len(d.text))
        window.controller.open_document(doc.id)
        words = [m.span() for m in re.finditer(r"[^\W\d_]{3,}", doc.text)][:EDITS]
        t_import = time.perf_counter()
        importer = subprocess.Popen(
            [sys.executable, "-m", "annotator", "import", str(db), str(feed)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        stalls, waited = [], 0
        for start, end in words:
            window.view.select(start, end)
            t0 = time.perf_counter()
            QTest.keyClick(window.view, Qt.Key.Key_1)
            stalls.append(time.perf_counter() - t0)
            waited += len(window.controller.pending) > 0
            deadline = time.perf_counter() + 0.05
            while time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.005)
        while importer.poll() is None:  # the window's event loop keeps running
            app.processEvents()
            time.sleep(0.005)
        code = importer.returncode
        import_s = time.perf_counter() - t_import
        pending = window.controller.pending
        while len(pending):
            app.processEvents()
            time.sleep(0.01)
        kept = len(store.annotations.spans(doc.id, "bench"))
        waits = sorted(pending.waits) or [0.0]
        window.close()
        project.close()
    return {
        "articles": articles,
        "import_s": import_s,
        "code": code,
        "median_ms": statistics.median(stalls) * 1000,
        "max_ms": max(stalls) * 1000,
        "waited": waited,
        "wait_p50_ms": waits[len(waits) // 2] * 1000,
        "wait_p95_ms": waits[int(len(waits) * 0.95)] * 1000,
        "longest_wait_ms": waits[-1] * 1000,
        "failed": failed,
        "kept": kept,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    r = run(args.articles)
    line = (
        f"| {r['articles']:,} | {r['import_s']:.1f} s (exit {r['code']}) | "
        f"median {r['median_ms']:.1f} ms, max {r['max_ms']:.1f} ms | {r['waited']} of {EDITS} | "
        f"median {r['wait_p50_ms']:.0f} ms, p95 {r['wait_p95_ms']:.0f} ms, max "
        f"{r['longest_wait_ms']:.0f} ms | {r['kept']} of {EDITS} |"
    )
    for line_ in r["failed"]:
        print("failed:", line_)
    print(line)
    if args.write:
        replace_section(
            "### Window beside an import in another process",
            "### Window beside an import in another process "
            f"({date.today().isoformat()})\n\n"
            f"Machine: {platform.platform()}, Python {platform.python_version()}, 2 cores, Qt "
            "offscreen. Command: `QT_QPA_PLATFORM=offscreen python bench/bench_contention.py "
            f"--articles {args.articles} --write`. A window tags {EDITS} words by key, one "
            "every ~50 ms, while `annotator import` writes the corpus into the same project "
            "from another process (in transactions of 200 articles, published at the end). "
            "Stall: how long one key press kept the window busy. An edit that meets the "
            "import's lock waits at most 40 ms, then waits in the window and is written as "
            "soon as the lock is free; the import steps aside between two transactions while "
            "a window asks for a turn.\n\n"
            "| articles imported | import | key press stall | edits that waited | wait of "
            "those edits | edits kept |\n|---|---|---|---|---|---|\n" + line + "\n",
        )


if __name__ == "__main__":
    main()
