"""The app against the physical floor, side by side (issue 13).

    python bench/bench_floor.py --sizes 10000,100000 --runs 3
    python bench/bench_floor.py --sizes 2000 --runs 1 --items check,export-jsonl --no-write

Builds a synthetic corpus of N news articles (300-600 words, half Arabic half
Persian, words drawn from the sample articles, with ZWNJ, NBSP and digits of three
scripts) with 20 spans each, as our canonical JSON Lines. For each work item it runs
the app's command as a whole process (``annotator ...``) and bench/floor.py doing the
same physical work with plain sqlite3/json as a whole process, interleaved, ``--runs``
times; it reports medians, ratios and peak RSS (wait4 of each child) and writes one
section per N to bench/RESULTS.md through bench/results_md.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import words_from_seeds  # noqa: E402
from results_md import replace_section  # noqa: E402

FLOOR = [sys.executable, str(ROOT / "bench" / "floor.py")]
LABELS = ("SPEAKER", "CLAIM", "DATE")
SPANS_PER_DOC = 20
# work item -> (app arguments, floor arguments, goal as a ratio to the floor, floor item)
EXPORTS = ("jsonl", "parquet", "conll", "spacy")
ITEMS = (
    "import",
    "import-annotations",
    *(f"export-{f}" for f in EXPORTS),
    "check",
    "startup-help",
    "startup-stats",
    "startup-export",
)
GOALS = {
    "import": "1.5x",
    "import-annotations": "2x",
    "export-jsonl": "2x (1.5x at 100k)",
    "export-parquet": "2x (1.5x at 100k)",
    "export-conll": "3x",
    "export-spacy": "3x, memory flat in N",
    "check": "2x",
}
STARTUP_GOAL = (0.3, 60.0)  # seconds, MiB


def app_command() -> list[str]:
    script = Path(sys.executable).parent / "annotator"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from annotator.cli.main import main; main()"]


def make_corpus(n: int, texts: Path, annotated: Path, seed: int = 13) -> None:
    """``texts``: id/title/text/source per line (for ``import``); ``annotated``: the
    same articles as canonical JSON Lines with 20 spans each."""
    rnd = random.Random(seed)
    fa, ar = words_from_seeds()
    fa = [*fa, "\u200cها", "1399", "۱۴۰۰", "\u00a0"]
    ar = [*ar, "٢٠٢١", "2020", "\u00a0"]
    with texts.open("w", encoding="utf-8") as ft, annotated.open("w", encoding="utf-8") as fa_:
        for i in range(n):
            lang, words = ("fa", fa) if i % 2 else ("ar", ar)
            total = rnd.randint(300, 600)
            paras, offsets, pos, left = [], [], 0, total
            while left > 0:
                k = min(left, rnd.randint(40, 90))
                para_words = [rnd.choice(words).strip() or "و" for _ in range(k)]
                for w in para_words:
                    offsets.append((pos, pos + len(w)))
                    pos += len(w) + 1
                paras.append(" ".join(para_words))
                pos += 1  # "\n\n" minus the space counted after the last word
                left -= k
            text = "\n\n".join(paras)
            picks = sorted(rnd.sample(range(len(offsets)), SPANS_PER_DOC))
            spans = []
            for j, w in enumerate(picks):
                start, end = offsets[w]
                spans.append(
                    {
                        "id": j + 1,
                        "start": start,
                        "end": end,
                        "label": LABELS[j % 3],
                        "text": text[start:end],
                        "attrs": {},
                    }
                )
            ext_id = f"a{i:07d}"
            title = " ".join(text.split()[:6])
            source = rnd.choice(["tass", "sputnik", "lebanon24"])
            ft.write(
                json.dumps(
                    {"id": ext_id, "title": title, "text": text, "source": source},
                    ensure_ascii=False,
                )
                + "\n"
            )
            record = {
                "id": ext_id,
                "text": text,
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "lang": lang,
                "meta": {"title": title, "source": source},
                "offset_unit": "codepoint",
                "annotator": "bench",
                "status": "in_progress",
                "spans": spans,
                "relations": [],
            }
            fa_.write(json.dumps(record, ensure_ascii=False) + "\n")


def measure(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd`` as a whole process: (wall seconds, peak RSS in MiB). Fails loudly."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


class Bench:
    """The commands of every work item at one N, in a scratch folder."""

    def __init__(self, n: int, work: Path) -> None:
        self.n, self.work = n, work
        self.app = app_command()
        self.texts, self.corpus = work / "texts.jsonl", work / "corpus.jsonl"
        self.empty = work / "empty.db"
        self.project = work / "project.db"  # the annotated project exports read

    def prepare(self) -> None:
        make_corpus(self.n, self.texts, self.corpus)
        measure([*self.app, "init", str(self.empty)])
        if not self.project.exists():
            fresh = self.fresh("project-build")
            measure([*self.app, "import-annotations", str(fresh), str(self.corpus), "-f", "jsonl"])
            os.replace(fresh, self.project)

    def fresh(self, name: str) -> Path:
        """A copy of the empty project (made by ``annotator init``) to write into."""
        path = self.work / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.empty, path)
        return path

    def commands(self, item: str) -> tuple[list[str], list[str]]:
        """(app command, floor command) for one work item; fresh databases for writes."""
        app, db, out = self.app, str(self.project), self.work / "out"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        if item == "import":
            return (
                [*app, "import", str(self.fresh("app")), str(self.texts)],
                [*FLOOR, "import", str(self.fresh("floor")), str(self.texts)],
            )
        if item == "import-annotations":
            return (
                [
                    *app,
                    "import-annotations",
                    str(self.fresh("app")),
                    str(self.corpus),
                    "-f",
                    "jsonl",
                ],
                [*FLOOR, "import-annotations", str(self.fresh("floor")), str(self.corpus)],
            )
        if item.startswith("export-"):
            fmt = item.removeprefix("export-")
            return (
                [*app, "export", db, "-f", fmt, "-o", str(out / f"app.{fmt}")],
                [*FLOOR, "export", db, str(out / "floor.jsonl")],
            )
        if item == "check":
            return [*app, "check", db], [*FLOOR, "check", db]
        empty = str(self.empty)
        floor = [*FLOOR, "startup", empty]
        if item == "startup-help":
            return [*app, "--help"], floor
        if item == "startup-stats":
            return [*app, "stats", empty], floor
        if item == "startup-export":  # an empty project: start-up plus the datasheet
            return [*app, "export", empty, "-f", "jsonl", "-o", str(out / "e.jsonl")], floor
        raise SystemExit(f"unknown work item {item!r}; known: {', '.join(ITEMS)}")


def run_size(n: int, items: list[str], runs: int, keep: Path | None) -> list[dict]:
    work = Path(tempfile.mkdtemp(prefix=f"bench_floor_{n}_", dir=keep))
    bench = Bench(n, work)
    try:
        t0 = time.perf_counter()
        bench.prepare()
        print(f"N={n:,}: corpus and project ready in {time.perf_counter() - t0:.0f} s", flush=True)
        samples: dict[str, dict[str, list[float]]] = {
            i: {"app": [], "floor": [], "app_rss": [], "floor_rss": []} for i in items
        }
        for r in range(runs):
            for item in items:
                app, floor = bench.commands(item)
                order = [("app", app), ("floor", floor)]
                for side, cmd in order if r % 2 == 0 else order[::-1]:
                    secs, rss = measure(cmd)
                    samples[item][side].append(secs)
                    samples[item][f"{side}_rss"].append(rss)
                s = samples[item]
                print(
                    f"N={n:,} run {r + 1} {item}: app {s['app'][-1]:.2f} s "
                    f"{s['app_rss'][-1]:.0f} MiB, floor {s['floor'][-1]:.2f} s "
                    f"{s['floor_rss'][-1]:.0f} MiB",
                    flush=True,
                )
        return [summarise(n, item, samples[item]) for item in items]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def summarise(n: int, item: str, s: dict[str, list[float]]) -> dict:
    app, floor = statistics.median(s["app"]), statistics.median(s["floor"])
    result = {
        "n": n,
        "item": item,
        "app_s": app,
        "floor_s": floor,
        "ratio": app / floor,
        "app_rss": max(s["app_rss"]),
        "floor_rss": max(s["floor_rss"]),
        "runs": len(s["app"]),
    }
    if item.startswith("startup"):
        result["met"] = app <= STARTUP_GOAL[0] and result["app_rss"] <= STARTUP_GOAL[1]
    else:
        goal = GOALS[item]
        limit = float(goal.split("x")[0])
        if "1.5x at 100k" in goal and n >= 100_000:
            limit = 1.5
        result["met"] = result["ratio"] <= limit
    return result


def write_results(n: int, results: list[dict], command: str) -> None:
    heading = f"### Side by side with the floor: {n:,} articles"
    lines = [
        f"{heading} ({date.today().isoformat()})",
        "",
        f"Machine: {platform.system()} {platform.release()}, {platform.machine()}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores (shared). Command: `{command}`.",
        f"{n:,} synthetic articles of 300-600 words (half Arabic, half Persian) with "
        f"{SPANS_PER_DOC} spans each. Every figure is a whole process, start-up included on "
        "both sides; the app's command and the floor (bench/floor.py: plain sqlite3 and "
        "json) ran interleaved; medians of the runs; peak RSS is the largest of the runs. "
        "Export floor: SELECT + json.dumps (the same floor for every format). Start-up "
        "rows: an empty project; their floor opens it and counts documents.",
        "",
        "| work | app | floor | ratio | goal | met | app peak RSS | floor peak RSS |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        item = r["item"]
        goal = "< 0.3 s and < 60 MiB" if item.startswith("startup") else GOALS[item]
        lines.append(
            f"| {label(item)} | {r['app_s']:.2f} s | {r['floor_s']:.2f} s | "
            f"{r['ratio']:.1f}x | {goal} | {'yes' if r['met'] else '**no**'} | "
            f"{r['app_rss']:.0f} MiB | {r['floor_rss']:.0f} MiB |"
        )
    replace_section(heading, "\n".join(lines) + "\n")


def label(item: str) -> str:
    return {
        "import": "`import` (texts only)",
        "import-annotations": "`import-annotations -f jsonl` (texts + 20 spans)",
        "check": "`check`",
        "startup-help": "start-up: `annotator --help`",
        "startup-stats": "start-up: `annotator stats` (empty project)",
        "startup-export": "start-up: `annotator export -f jsonl` (empty project, datasheet)",
    }.get(item, f"`export -f {item.removeprefix('export-')}`")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000", help="comma-separated N (default 10000)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--items", default="", help=f"comma-separated of: {', '.join(ITEMS)}")
    ap.add_argument("--tmp", type=Path, default=None, help="scratch folder (default: system)")
    ap.add_argument("--no-write", action="store_true", help="print only; keep RESULTS.md")
    args = ap.parse_args()
    items = [i for i in args.items.split(",") if i] or list(ITEMS)
    for item in items:
        if item not in ITEMS:
            raise SystemExit(f"unknown work item {item!r}; known: {', '.join(ITEMS)}")
    for n in (int(s) for s in args.sizes.split(",")):
        results = run_size(n, items, args.runs, args.tmp)
        for r in results:
            print(json.dumps(r), flush=True)
        if not args.no_write:
            command = f"python bench/bench_floor.py --sizes {n} --runs {args.runs}"
            if args.items:
                command += f" --items {args.items}"
            write_results(n, results, command)


if __name__ == "__main__":
    main()
