"""One million articles in one project: import, search, open an article, export.

    python bench/bench_million.py                  # N = 1,000,000, with the floors
    python bench/bench_million.py -n 20000 --no-write

Builds N synthetic news articles (300-600 words, half Arabic half Persian, drawn
from a pool of paragraphs made of the sample articles' words, with ZWNJ, NBSP and
digits of three scripts), then runs, each as a whole process with its peak RSS:

- ``annotator import`` of the texts into a fresh project, and bench/floor.py's
  ``import`` (plain sqlite3, the same FTS5 index) into another;
- ``annotator search`` for a few words (folded, cross-script), start-up included;
- the window (Qt offscreen) opening on the project until the first article is
  painted, then asked for an article in the middle of the list until it is painted;
- ``annotator export -f jsonl`` (datasheet included) and the floor's export;
- ``annotator check`` and the floor's check.

Writes one section of bench/RESULTS.md through bench/results_md.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_floor import FLOOR, app_command, measure  # noqa: E402
from bench_store import words_from_seeds  # noqa: E402
from results_md import replace_section  # noqa: E402

QUERIES = ("پوتین", "بوتين الروسي", "درگیری‌های", "2020")
POOL = 4000  # paragraphs per language


def make_texts(n: int, out: Path, seed: int = 17) -> int:
    """N articles as id/title/text/source JSON Lines, fast: paragraphs are drawn from
    a pool of 4,000 per language (word choice per article would take an hour at 1M)."""
    rnd = random.Random(seed)
    fa, ar = words_from_seeds()
    fa = [*fa, "\u200cها", "1399", "۱۴۰۰", "\u00a0"]
    ar = [*ar, "٢٠٢١", "2020", "\u00a0"]
    pools = {
        lang: [
            " ".join(rnd.choice(words).strip() or "و" for _ in range(rnd.randint(40, 90)))
            for _ in range(POOL)
        ]
        for lang, words in (("fa", fa), ("ar", ar))
    }
    size = 0
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            pool = pools["fa" if i % 2 else "ar"]
            text = "\n\n".join(rnd.choices(pool, k=rnd.randint(5, 8)))
            rec = {
                "id": f"m{i:07d}",
                "title": " ".join(text.split()[:6]),
                "text": text,
                "source": ("tass", "sputnik", "lebanon24")[i % 3],
            }
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            fh.write(line)
    return size


OPEN_SCRIPT = r"""
import os, sys, time, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from annotator.gui.app import make_window
from annotator.services.project import open_project
app = QApplication([])
project = open_project(sys.argv[1])
window = make_window(project, "bench")
window.resize(1400, 900)
window.show()
app.processEvents()
window.view.viewport().repaint()
first = time.perf_counter() - t0
ids = json.loads(sys.argv[2])
times = []
for doc_id in ids:
    t1 = time.perf_counter()
    window.controller.open_document(doc_id)
    app.processEvents()
    window.view.viewport().repaint()
    times.append((time.perf_counter() - t1) * 1000)
print(json.dumps({"first_s": first, "open_ms": times,
                  "rows": window.documents.model.rowCount()}))
window.close()
project.close()
"""


def open_window(db: Path, ids: list[int], config: Path) -> dict:
    """The window opened on ``db`` in its own process: seconds to the first article,
    milliseconds to open each of ``ids``, peak RSS."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", OPEN_SCRIPT, str(db), json.dumps(ids)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the window failed: {err.strip()[-500:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["wall_s"] = time.perf_counter() - t0
    result["rss"] = usage.ru_maxrss / 1024
    return result


def run(n: int, floors: bool, keep: Path | None) -> dict:
    app = app_command()
    r: dict = {"n": n}
    with tempfile.TemporaryDirectory(prefix="bench_million_", dir=keep) as tmpdir:
        tmp = Path(tmpdir)
        texts = tmp / "texts.jsonl"
        t0 = time.perf_counter()
        r["corpus_bytes"] = make_texts(n, texts)
        print(f"corpus: {r['corpus_bytes'] / 1e9:.2f} GB in {time.perf_counter() - t0:.0f} s")
        empty, db, floor_db = tmp / "empty.db", tmp / "p.db", tmp / "floor.db"
        measure([*app, "init", str(empty)])
        for path in (db, floor_db):
            path.write_bytes(empty.read_bytes())

        r["import"] = measure([*app, "import", str(db), str(texts)])
        print("import", r["import"], flush=True)
        if floors:
            r["import_floor"] = measure([*FLOOR, "import", str(floor_db), str(texts)])
            print("import floor", r["import_floor"], flush=True)
        floor_db.unlink()
        texts.unlink()
        r["db_bytes"] = db.stat().st_size

        searches = [measure([*app, "search", str(db), q]) for q in QUERIES]
        r["search"] = searches
        print("search", searches, flush=True)

        middle = [n // 2 + k for k in (0, 1, 2, 3, 4)]
        r["window"] = open_window(db, middle, tmp / "config")
        print("window", r["window"], flush=True)

        out = tmp / "out"
        out.mkdir()
        r["export"] = measure([*app, "export", str(db), "-f", "jsonl", "-o", str(out / "a.jsonl")])
        print("export", r["export"], flush=True)
        if floors:
            r["export_floor"] = measure([*FLOOR, "export", str(db), str(out / "f.jsonl")])
            print("export floor", r["export_floor"], flush=True)
        for f in out.iterdir():
            f.unlink()
        r["check"] = measure([*app, "check", str(db)])
        print("check", r["check"], flush=True)
        if floors:
            r["check_floor"] = measure([*FLOOR, "check", str(db)])
            print("check floor", r["check_floor"], flush=True)
    return r


def fmt(pair, floor=None) -> tuple[str, str, str]:
    secs, rss = pair
    if floor is None:
        return f"{secs:.1f} s", "", f"{rss:.0f} MiB"
    return f"{secs:.1f} s", f"{floor[0]:.1f} s ({secs / floor[0]:.1f}x)", f"{rss:.0f} MiB"


def write_results(r: dict, command: str) -> None:
    n = r["n"]
    heading = f"### {n:,} articles in one project"
    search_s = [s for s, _ in r["search"]]
    w = r["window"]
    rows = [
        ("`import` (texts)", *fmt(r["import"], r.get("import_floor"))),
        (
            f"`search` ({len(QUERIES)} queries, each a whole process)",
            f"median {statistics.median(search_s):.2f} s, max {max(search_s):.2f} s",
            "",
            f"{max(rss for _, rss in r['search']):.0f} MiB",
        ),
        (
            "window: start until the first article is painted",
            f"{w['first_s']:.2f} s",
            "",
            f"{w['rss']:.0f} MiB",
        ),
        (
            "window: open an article in the middle of the list",
            f"median {statistics.median(w['open_ms']):.0f} ms, max {max(w['open_ms']):.0f} ms",
            "",
            "",
        ),
        ("`export -f jsonl` (datasheet included)", *fmt(r["export"], r.get("export_floor"))),
        ("`check`", *fmt(r["check"], r.get("check_floor"))),
    ]
    lines = [
        f"{heading} ({date.today().isoformat()})",
        "",
        f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores (shared). Command: `{command}`.",
        f"{n:,} synthetic articles of 300-600 words, half Arabic half Persian, texts only "
        f"(corpus {r['corpus_bytes'] / 1e9:.2f} GB of JSON Lines, project file "
        f"{r['db_bytes'] / 1e9:.2f} GB after the import); one run each; the floor is "
        "bench/floor.py (plain sqlite3 and json, the same FTS5 index) in the same run.",
        "",
        "| work | app | floor (ratio) | app peak RSS |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
    ]
    replace_section(heading, "\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="articles (default 1,000,000)")
    ap.add_argument("--no-floor", action="store_true", help="skip the floor's runs")
    ap.add_argument("--tmp", type=Path, default=None, help="scratch folder (default: system)")
    ap.add_argument("--no-write", action="store_true", help="print only; keep RESULTS.md")
    args = ap.parse_args()
    r = run(args.n, not args.no_floor, args.tmp)
    print(json.dumps(r))
    if not args.no_write:
        command = f"python bench/bench_million.py -n {args.n}"
        write_results(r, command + (" --no-floor" if args.no_floor else ""))


if __name__ == "__main__":
    main()
