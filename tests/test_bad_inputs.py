"""The bad-input corpus: every ``tests/bad_inputs/**/cases.toml``, each case run through
the ``annotator`` command.

A folder under ``tests/bad_inputs/`` holds input files and one ``cases.toml``:

    [[case]]
    name = "empty file"                      # unique within the cases.toml
    args = ["import", "{project}", "{input}"]
    input = "empty.txt"                      # a file or folder of this folder, copied in
    # make = "fifo"                          # or an input made at run time (MAKERS below)
    project = "seeded"                       # the project {project} names (PROJECTS below)
    expect = "empty file"                    # substring of the one line on stderr
    exit = 1                                 # expected exit code (default 1)

Folders so far: ``articles/<format>/`` (article importers), ``projects/`` (project files
that are not right, under every command), ``exports/`` (hostile data). Annotation-layer
importers go in ``layers/<format>/``, with ``args = ["import-annotations", "{project}",
"{input}", "-f", "<format>"]``.

Optional keys: ``project_changes = true`` (a case that succeeds may change the project),

``subprocess = true`` (run in a child process even when in-process would do),
``timeout`` (seconds, default 60), ``memory_mb`` (default 1024: the child's address
space; in process, the run may raise the process's peak resident memory by at most a
quarter of it), ``skip`` (a reason: the case is listed but not run).

Placeholders in ``args``: ``{project}`` the project file, ``{input}`` the input (copied
or made under ``{dir}/in/``), ``{out}`` an empty folder for outputs (``{dir}/out``),
``{dir}`` the case's own temporary folder, ``{here}`` the folder of the cases.toml.

MAKERS: ``fifo`` (a FIFO named ``feed.txt`` nobody writes to), ``devzero``
(``/dev/zero``), ``symlink-outside`` (a folder with one good article and a ``.txt``
link to a private file outside it), ``symlink-file-outside`` (that link alone),
``deep-jsonl`` (a JSON line nested 100,000 levels deep), ``long-line-jsonl`` (a
50 MB line), ``long-line-csv`` (a 2 MB CSV without line breaks), ``many-articles``
(4 MB of JSON Lines articles, to fill a small disk). FIFO and
``/dev/zero`` cases always run in a child process.

PROJECTS: ``seeded`` (the five sample articles; the default), ``fresh`` (no articles),
``none`` (no file), ``empty-file`` (0 bytes), ``not-sqlite`` (a text file),
``foreign-sqlite`` (another program's SQLite file), ``newer`` (made by a newer
annotator), ``damaged`` (a corrupt page),
``hostile`` (seeded, plus a TeX label, HTML in a source and a formula-like claim),
``locked`` (another connection holds the write lock; in process, with a 200 ms busy
timeout), ``read-only`` and ``small-disk`` (on a read-only or a 1 MB tmpfs: skipped
where this process cannot mount one).

For every case the runner checks: the exit code; on failure exactly one line on
stderr, holding ``expect``; no traceback anywhere; the project byte-identical after
the run (unless ``project_changes``); no file written, changed or removed outside
``{out}``; the time and memory bounds.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli

from conftest import ROOT, SEEDS
from fs_helpers import damage_documents_page, foreign_sqlite, mark_newer, remount_read_only, tmpfs

CORPUS = ROOT / "tests" / "bad_inputs"
KEYS = {
    "name",
    "args",
    "input",
    "make",
    "project",
    "expect",
    "exit",
    "project_changes",
    "subprocess",
    "timeout",
    "memory_mb",
    "skip",
}
CHILD_MAKERS = {"fifo", "devzero"}
MOUNTED_PROJECTS = {"read-only": "1m", "small-disk": "1m"}


@dataclass
class Case:
    folder: Path
    name: str
    args: list[str]
    input: str = ""
    make: str = ""
    project: str = "seeded"
    expect: str = ""
    exit: int = 1
    project_changes: bool = False
    subprocess: bool = False
    timeout: float = 60.0
    memory_mb: int = 1024
    skip: str = ""

    @property
    def id(self) -> str:
        return f"{self.folder.relative_to(CORPUS).as_posix()}: {self.name}"


def load_cases() -> list[Case]:
    cases = []
    for toml in sorted(CORPUS.rglob("cases.toml")):
        data = tomllib.loads(toml.read_text(encoding="utf-8"))
        names = set()
        for raw in data.get("case", []):
            unknown = set(raw) - KEYS
            assert not unknown, f"{toml}: case {raw.get('name')!r}: unknown keys {unknown}"
            assert raw["name"] not in names, f"{toml}: two cases named {raw['name']!r}"
            names.add(raw["name"])
            if "{input}" in " ".join(raw["args"]):
                assert bool(raw.get("input")) != bool(raw.get("make")), (
                    f"{toml}: case {raw['name']!r}: give one of input and make"
                )
            cases.append(Case(folder=toml.parent, **raw))
    return cases


CASES = load_cases()


# ---------------------------------------------------------------- inputs and projects


def make_input(case: Case, where: Path) -> str:
    where.mkdir(parents=True, exist_ok=True)
    if case.input:
        source = case.folder / case.input
        target = where / source.name
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
        return str(target)
    make = case.make
    if make == "fifo":
        os.mkfifo(where / "feed.txt")
        return str(where / "feed.txt")
    if make == "devzero":
        return "/dev/zero"
    if make in ("symlink-outside", "symlink-file-outside"):
        private = where.parent / "private" / "passwords.txt"
        private.parent.mkdir()
        private.write_text("رمز عبور بانک: ۱۲۳۴\n", encoding="utf-8")
        corpus = where / "corpus"
        corpus.mkdir()
        (corpus / "001.txt").write_text(
            "قال الوزير إن المحادثات ستستأنف غداً.\r\nگفت‌وگو ادامه دارد 🙂\n", encoding="utf-8"
        )
        (corpus / "002.txt").symlink_to(private)
        return str(corpus if make == "symlink-outside" else corpus / "002.txt")
    if make == "deep-jsonl":
        path = where / "deep.jsonl"
        path.write_text('{"text": "خبر", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
        return str(path)
    if make == "long-line-jsonl":
        path = where / "long.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            fh.write('{"text": "')
            chunk = "درگیری‌ها ادامه دارد " * 1000
            while fh.tell() < 50_000_000:
                fh.write(chunk)
            fh.write('"}\n')
        return str(path)
    if make == "many-articles":
        path = where / "many.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(1500):
                body = f"خبر {i}: درگیری‌ها ادامه دارد و گفت‌وگو متوقف شد. " * 40
                fh.write(json.dumps({"id": f"n{i}", "text": body}, ensure_ascii=False) + "\n")
        return str(path)
    if make == "long-line-csv":
        path = where / "long.csv"
        path.write_text("text,id" + ",خبر" * 700_000, encoding="utf-8")
        return str(path)
    raise AssertionError(f"{case.id}: unknown maker {make!r}")


def seed_project(path: Path, hostile: bool = False) -> None:
    """Write the seeded (or hostile) project to ``path``: built once, then copied."""
    path.write_bytes(_seeded_bytes(hostile))


@functools.cache
def _seeded_bytes(hostile: bool) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "project.db"
        _build_project(path, hostile)
        return path.read_bytes()


def _build_project(path: Path, hostile: bool) -> None:
    from annotator.core.model import Document, Span
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, store_of

    store = store_of(init_project(path))
    import_paths(store, SEEDS)
    if hostile:
        text = '=HYPERLINK("http://evil.example") قال الوزير'
        with store.atomic():
            (doc_id,) = store.documents.insert_many(
                [Document(None, "h1", "<script>x</script>", text, source="<img src=x onerror=y>")]
            )
            store.annotations.add_span(Span(None, doc_id, "amina", "CLAIM", 0, len(text), text))
            store.annotations.add_span(
                Span(None, doc_id, "amina", r"$\undefinedmacro{x}$", 0, 1, "=")
            )
    store.close()


@contextlib.contextmanager
def make_project(kind: str, folder: Path):
    path = folder / "project.db"
    if kind in MOUNTED_PROJECTS:
        with tmpfs(folder / "disk", MOUNTED_PROJECTS[kind]) as disk:
            if disk is None:
                pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
            path = disk / "project.db"
            seed_project(path)
            if kind == "read-only":
                remount_read_only(disk)
            yield path
        return
    if kind in ("seeded", "locked", "newer", "damaged"):
        seed_project(path)
    elif kind == "hostile":
        seed_project(path, hostile=True)
    elif kind == "fresh":
        from annotator.services.project import init_project

        init_project(path).close()
    elif kind == "empty-file":
        path.write_bytes(b"")
    elif kind == "not-sqlite":
        path.write_text("یادداشت‌های جلسه، نه یک پروژه\n", encoding="utf-8")
    elif kind == "foreign-sqlite":
        foreign_sqlite(path)
    elif kind != "none":
        raise AssertionError(f"unknown project kind {kind!r}")
    if kind == "newer":
        mark_newer(path)
    if kind == "damaged":
        damage_documents_page(path)
    yield path


def snapshot(folder: Path, skip: tuple[Path, ...]) -> dict[str, str]:
    """Every entry under ``folder`` (but ``skip``): regular files by content hash, other
    kinds by type; FIFOs are never opened."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if any(path == s or s in path.parents for s in skip):
                continue
            mode = path.lstat().st_mode
            if stat.S_ISREG(mode):
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(mode):
                found[str(path)] = "link:" + os.readlink(path)
            else:
                found[str(path)] = "dir" if stat.S_ISDIR(mode) else f"mode:{stat.S_IFMT(mode)}"
    return found


# ---------------------------------------------------------------- running


@dataclass
class Outcome:
    exit: int
    stdout: str
    stderr: str
    seconds: float
    grown_mb: float = 0.0
    error: str = ""


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_in_process(args: list[str], case: Case, monkeypatch) -> Outcome:
    peak_before = _peak_rss_mb()
    start = time.perf_counter()
    result = CliRunner().invoke(cli, args)
    seconds = time.perf_counter() - start
    grown = _peak_rss_mb() - peak_before  # how far the run pushed the peak up
    error = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        error = f"{type(result.exception).__name__}: {result.exception}"
    return Outcome(result.exit_code, result.stdout, result.stderr, seconds, grown, error)


CHILD = (
    "import resource, sys\n"
    "limit = int(sys.argv[1]) * 2**20\n"
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit))\n"
    "from annotator.cli.main import main\n"
    "sys.argv = ['annotator', *sys.argv[2:]]\n"
    "main()\n"
)


def run_in_child(args: list[str], case: Case, workdir: Path) -> Outcome:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTATOR_HOME": str(workdir / "home"),
        "XDG_STATE_HOME": str(workdir / "state"),
        "XDG_CONFIG_HOME": str(workdir / "config"),
    }
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(case.memory_mb), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=case.timeout,
            cwd=workdir,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case.id}: still running after {case.timeout} s")
    return Outcome(done.returncode, done.stdout, done.stderr, time.perf_counter() - start)


@contextlib.contextmanager
def lock_held(path: Path, monkeypatch):
    import annotator.store.project as store_project

    monkeypatch.setattr(store_project, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, tmp_path: Path, monkeypatch) -> None:
    if case.skip:
        pytest.skip(case.skip)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with make_project(case.project, tmp_path) as project:
        values = {
            "project": str(project),
            "out": str(out),
            "dir": str(tmp_path),
            "here": str(case.folder),
        }
        if "{input}" in " ".join(case.args):
            values["input"] = make_input(case, tmp_path / "in")
        args = [a.format(**values) for a in case.args]
        # {out}, and where the test environment keeps settings, logs and font caches
        skip = (out, *(tmp_path / name for name in ("state", "config", "home")))
        if case.project_changes:
            skip += (project, Path(f"{project}-wal"), Path(f"{project}-shm"))
        before = snapshot(tmp_path, skip)
        project_before = project.read_bytes() if project.is_file() else None
        child = case.subprocess or case.make in CHILD_MAKERS
        if child:
            assert case.project != "locked", f"{case.id}: 'locked' runs in process only"
            got = run_in_child(args, case, tmp_path)
        elif case.project == "locked":
            with lock_held(project, monkeypatch):
                got = run_in_process(args, case, monkeypatch)
        else:
            got = run_in_process(args, case, monkeypatch)
        after = snapshot(tmp_path, skip)
        project_after = project.read_bytes() if project.is_file() else None

    shown = f"{case.id}: exit {got.exit}\nstdout: {got.stdout}\nstderr: {got.stderr}"
    assert not got.error, f"{shown}\nan exception escaped: {got.error}"
    assert "Traceback" not in got.stdout + got.stderr, shown
    assert got.exit == case.exit, shown
    lines = got.stderr.strip().splitlines()
    if case.exit != 0:
        assert len(lines) == 1, f"{shown}\nexpected one line on stderr"
        assert case.expect in lines[0], f"{shown}\nexpected {case.expect!r} in the line"
    else:
        assert case.expect in got.stdout + got.stderr, f"{shown}\nexpected {case.expect!r}"
    if not case.project_changes:
        assert project_after == project_before, f"{shown}\nthe project changed"
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    assert not (added or removed or changed), (
        f"{shown}\nwritten outside {{out}}: added {added}, removed {removed}, changed {changed}"
    )
    assert got.seconds < case.timeout, f"{shown}\ntook {got.seconds:.1f} s"
    if not child:
        assert got.grown_mb < case.memory_mb / 4, f"{shown}\npeak memory grew {got.grown_mb:.0f} MB"
