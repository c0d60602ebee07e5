"""Article imports read only regular files, never past --max-chars, and never outside
the folder being imported unless --follow-links."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.io.importers import ImportOptions, get_importer, input_problem
from annotator.io.importers.base import BadRecord
from annotator.services.importing import ImportFailed, import_paths

from conftest import ROOT, SEEDS

ARTICLE = "قال وزير الخارجية اليوم إن المحادثات ستستأنف.\r\nگفت‌وگو ادامه دارد 🙂\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "001.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "private" / "notes.txt"
    outside.parent.mkdir()
    outside.write_text("یادداشت خصوصی: رمز عبور", encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside)
    (folder / "inside.txt").symlink_to(folder / "001.txt")
    return folder


def test_a_link_out_of_the_folder_is_refused(store, corpus):
    with pytest.raises(ImportFailed, match=r"leak.txt: a link to .*notes.txt, outside the folder"):
        import_paths(store, [corpus])
    assert store.documents.count() == 0


def test_a_named_link_out_of_its_folder_is_refused_too(store, corpus):
    with pytest.raises(ImportFailed, match="--follow-links"):
        import_paths(store, [corpus / "leak.txt"])


def test_skip_bad_lists_the_link_and_imports_the_rest(store, corpus):
    report = import_paths(store, [corpus], skip_bad=True)
    assert report.added == 1  # inside.txt is 001.txt itself: read once
    assert [line.split(": ")[0] for line in report.bad] == [str(corpus / "leak.txt")]
    texts = [store.documents.get(i).text for i in store.documents.ids()]
    assert texts == [ARTICLE]


def test_follow_links_imports_it(tmp_path, corpus):
    db = tmp_path / "news.db"
    CliRunner().invoke(cli, ["init", str(db)])
    result = CliRunner().invoke(cli, ["import", str(db), str(corpus), "--follow-links"])
    assert result.exit_code == 0, result.output
    assert "imported 2 documents" in result.output


def test_input_problem_names_the_kind_of_file(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    assert "not a regular file (a FIFO)" in input_problem(fifo, tmp_path)
    assert "(a character device)" in input_problem(Path("/dev/zero"), Path("/dev"))
    assert input_problem(tmp_path / "missing.txt", tmp_path) is None


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv"])
def test_every_reader_refuses_a_fifo_without_blocking(tmp_path, fmt):
    fifo = tmp_path / "feed.fifo"
    os.mkfifo(fifo)  # nobody writes: opening it for reading would block forever
    (item,) = list(get_importer(fmt).read(fifo))
    assert isinstance(item, BadRecord)
    assert "not a regular file (a FIFO)" in str(item)


def run_cli(args, tmp_path, timeout=60):
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from annotator.cli.main import main\n"
        "sys.argv = ['annotator', *sys.argv[1:]]\n"
        "main()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
    )


@pytest.mark.parametrize("name", ["feed.txt", "feed.jsonl", "feed.csv", "feed"])
def test_the_cli_refuses_a_fifo_and_dev_zero(tmp_path, name):
    db = tmp_path / "news.db"
    CliRunner().invoke(cli, ["init", str(db)])
    fifo = tmp_path / name
    os.mkfifo(fifo)
    for source in (fifo, "/dev/zero"):
        result = run_cli(["import", str(db), str(source)], tmp_path)
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "not a regular file" in result.stderr


def test_plain_text_reads_no_further_than_max_chars(tmp_path, monkeypatch):
    path = tmp_path / "long.txt"
    path.write_text("خبر " * 10_000, encoding="utf-8")
    reads = []
    import annotator.io.importers.plaintext as plaintext

    real = plaintext.open_regular

    def spy(p):
        stream = real(p)
        original = stream.read

        def read(n=-1):
            reads.append(n)
            return original(n)

        stream.read = read
        return stream

    monkeypatch.setattr(plaintext, "open_regular", spy)
    (item,) = list(get_importer("text").read(path, ImportOptions(max_chars=100)))
    assert "over the limit of 100 characters" in str(item)
    assert reads and all(0 < n <= 4 * 101 + 1 for n in reads)


def test_a_csv_without_line_breaks_stops_at_the_line_limit(tmp_path):
    path = tmp_path / "one_line.csv"
    path.write_text("text,id" + ",خبر" * 400_000, encoding="utf-8")  # 1.6 M chars, no newline
    items = list(get_importer("csv").read(path, ImportOptions(max_chars=100)))
    assert len(items) == 1
    assert "a line is over 1,048,776 characters" in str(items[0])
    assert "--max-chars" in str(items[0])


def test_a_long_jsonl_line_is_refused_while_reading(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "'
        + "ی" * 50_000
        + '"}\n{"text": "'
        + ARTICLE.replace("\r\n", "\\r\\n").replace("\n", "\\n")
        + '"}\n',
        encoding="utf-8",
    )
    items = list(get_importer("jsonl").read(path, ImportOptions(max_chars=1000)))
    assert isinstance(items[0], BadRecord) and "--max-chars" in str(items[0])
    assert items[1].document.text == ARTICLE


def test_seeds_still_import(store):
    assert import_paths(store, SEEDS).added == 5
