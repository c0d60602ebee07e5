"""The per-article work of an import (issue 13): the dateline reads only the header,
language detection decides from counts, and a forked reader gives the same records."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.services import importing, readahead
from annotator.services.importing import ImportFailed, import_paths
from annotator.services.project import init_project, store_of
from annotator.text import lang
from annotator.text.dates import dateline
from annotator.text.dates.dateline import find_dateline

PROSE_AR = (
    "قال مسؤول أمني لبناني إن قصفا إسرائيليا استهدف أمس أطراف بلدة عيتا الشعب الحدودية "
    "وأضاف أن الأضرار كبيرة في المنازل والطرق وأن فرق الإسعاف وصلت إلى المكان بعد ساعة "
    "من القصف الذي وقع في 10 أكتوبر 2020 حسب ما قاله شهود عيان للصحافيين في البلدة "
)


def test_the_header_ends_with_the_first_line_of_prose():
    assert find_dateline("عنوان الخبر\n16-11-2020 | 09:06\n" + PROSE_AR).value == (
        "2020-11-16T09:06"
    )
    # a timestamp after a paragraph of prose is the body's, not the header's
    assert find_dateline("عنوان الخبر\n" + PROSE_AR + "\n16-11-2020 | 09:06") is None


def test_the_grammar_never_runs_on_prose_without_a_label_or_lead(monkeypatch):
    ran: list[str] = []
    real = dateline.find_dates

    def counted(line, lang_=""):
        ran.append(line)
        return real(line, lang_)

    monkeypatch.setattr(dateline, "find_dates", counted)
    assert find_dateline(PROSE_AR + "\n\n" + PROSE_AR) is None
    assert ran == []  # about 1 ms a line saved on every article imported
    found = find_dateline("بيروت، 14 تشرين الثاني/نوفمبر 2023 (رويترز) - " + PROSE_AR)
    assert found is not None and found.value == "2023-11-14" and len(ran) == 1


def _reference_header_lines(text: str) -> list[tuple[int, int]]:
    """The header lines as str.splitlines gives them (the definition _header_lines
    follows without splitting the text)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return out[: dateline.HEADER_LINES]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                *("بيروت،", " ", "\u00a0", "\r", "\n", "\r\n", "\v", "\f", "\x1c"),
                *("\x85", "\u2028", "\u2029", "\t", "\u200c", "۱۴۰۱", "👍🏽", "x" * 40),
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_header_lines_are_the_lines_splitlines_cuts(text):
    assert list(dateline._header_lines(text)) == _reference_header_lines(text)


def _reference_language(text: str, sample: int = 4_000) -> str:
    """detect_language as it was: every Arabic-script letter counted."""
    head = text[:sample]
    arabic = sum(map(len, lang._ARABIC_RUN.findall(head)))
    if arabic == 0:
        return "other"
    persian = sum(head.count(ch) for ch in lang.PERSIAN_ONLY)
    digits = any(d in head for d in lang.PERSIAN_DIGITS)
    if persian / arabic >= lang.PERSIAN_SHARE or (digits and persian):
        return "fa"
    return "ar"


@pytest.mark.parametrize(
    "text",
    [
        PROSE_AR,
        "رئیس‌جمهور روز ۲۵ آبان ۱۳۹۹ گفت که مذاکرات ادامه دارد 👍",
        PROSE_AR * 3 + "ی",  # an Arabic text with one Persian yeh: too few to decide
        PROSE_AR * 3 + "ی ۱",  # ... and a Persian digit: Persian
        "ی" + "ب" * 49,  # exactly the share
        "ی" + "ب" * 50,  # just under it
        "Breaking news 🎉\r\n",
        "",
        "\u200c\u00a0 ٠١٢",
    ],
)
def test_language_detection_decides_as_before(text):
    assert lang.detect_language(text) == _reference_language(text)


def _numbers(n: int):
    yield from range(n)


def test_read_ahead_gives_the_same_items_and_stops_its_child():
    assert list(readahead.read_ahead(_numbers, 250)) == list(range(250))
    items = readahead.read_ahead(_numbers, 10_000_000)
    assert next(items) == 0
    items.close()  # the consumer stops early: the child is ended, not left running
    import multiprocessing

    assert multiprocessing.active_children() == []


def _feed(path, texts, prefix="a"):
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            record = {"id": f"{prefix}{i}", "text": text}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _stored(store):
    return [(d.ext_id, d.text, d.lang, d.published) for d in store.documents.iter_all()]


def test_an_import_read_ahead_stores_what_an_import_in_process_stores(tmp_path, monkeypatch):
    kinds = [
        "19:31 GMT01 ديسمبر/ كانون الأول 2020\nمباشر\n" + PROSE_AR,
        "تاریخ انتشار: ۱۴۰۱/۰۸/۱۷ - ۱۲:۳۰\r\nمتن خبر با نیم‌فاصله 👍",
        PROSE_AR + "\u00a0",
    ]
    texts = [f"{kinds[i % 3]} ({i})" for i in range(210)]
    feed = tmp_path / "feed.jsonl"
    _feed(feed, texts)
    inline = store_of(init_project(tmp_path / "inline.db"))
    import_paths(inline, [feed])
    monkeypatch.setattr(importing, "READ_AHEAD_BYTES", 0)
    monkeypatch.setattr(importing, "can_read_ahead", lambda: True)
    ahead = store_of(init_project(tmp_path / "ahead.db"))
    assert import_paths(ahead, [feed]).added == len(texts)
    assert _stored(ahead) == _stored(inline)
    assert _stored(ahead)[0][3] == "2020-12-01T19:31Z"
    # a bad record half-way: one line naming file and line, the project unchanged
    bad = tmp_path / "bad.jsonl"
    _feed(bad, [f"خبر شماره {i}" for i in range(150)], prefix="b")
    with bad.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "text": 7}\n')
    with pytest.raises(ImportFailed, match=re.escape(f"{bad}:151:")):
        import_paths(ahead, [bad])
    assert ahead.documents.count() == len(texts)
    inline.close()
    ahead.close()


def test_a_skipped_record_never_lends_its_title_to_the_index(tmp_path):
    """Two records of one text: the first is skipped (its id is taken by another
    text), the second is stored; the index holds the stored record's own title."""
    from annotator.services.browse import search
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, store_of

    store = store_of(init_project(tmp_path / "p.db"))
    first = tmp_path / "first.jsonl"
    first.write_text('{"id": "a", "text": "متن نخست\u200cای 🙂"}\n', encoding="utf-8")
    import_paths(store, [first])
    feed = tmp_path / "feed.jsonl"
    text = "قال الرئيس\u00a0إن «الوضع خطير»\r\nوأضاف أن"
    feed.write_text(
        "".join(
            json.dumps({"id": ext, "title": title, "text": text}, ensure_ascii=False) + "\n"
            for ext, title in (("a", "عنوانالأول"), ("b", "عنوانالثاني"))
        ),
        encoding="utf-8",
    )
    report = import_paths(store, [feed], skip_bad=True)
    assert report.added == 1
    assert [h.title for h in search(store, "عنوانالثاني")] == ["عنوانالثاني"]
    assert search(store, "عنوانالأول") == []
    store.close()


def test_the_reading_child_ends_when_the_importer_dies(tmp_path):
    """An import killed mid-way (SIGKILL, out of memory) leaves no reading child
    blocked on a full pipe: the child holds no read end of its own pipe."""
    import os
    import subprocess
    import sys
    import time

    script = (
        "import multiprocessing, os, sys\n"
        "from annotator.services.readahead import read_ahead\n"
        "def produce():\n"
        "    for i in range(10**7):\n"
        "        yield 'قال الرئيس ' * 50 + str(i)\n"
        "items = read_ahead(produce)\n"
        "next(items)\n"
        "print(multiprocessing.active_children()[0].pid, flush=True)\n"
        "os._exit(0)\n"  # no clean-up: as if killed
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    child = int(out.stdout.split()[0])
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, 9)
    raise AssertionError("the reading child outlived its importer")


@pytest.mark.parametrize(
    ("line", "others", "ahead"),
    [
        ("1.40 1.00 1.11 1/111 12249\n", 0, True),  # the last minute busy, the cores free now
        ("0.10 0.20 0.30 2/111 12249\n", 1, False),  # another task running now
        ("3.80 3.10 2.00 5/300 12249\n", 4, False),
    ],
)
def test_read_ahead_when_a_core_is_free_now(tmp_path, monkeypatch, line, others, ahead):
    loadavg = tmp_path / "loadavg"
    loadavg.write_text(line, encoding="ascii")
    real = readahead.others_running
    monkeypatch.setattr(readahead, "others_running", lambda: real(str(loadavg), samples=1))
    monkeypatch.setattr(readahead.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(readahead.threading, "active_count", lambda: 1)  # (other tests' threads)
    assert readahead.others_running() == others
    assert readahead.can_read_ahead() is ahead


def test_without_a_runnable_count_the_load_average_decides(tmp_path, monkeypatch):
    monkeypatch.setattr(readahead.os, "getloadavg", lambda: (2.5, 1.0, 1.0))
    assert readahead.others_running(str(tmp_path / "absent")) == 1.5
    (tmp_path / "odd").write_text("1.0 1.0 1.0\n", encoding="ascii")
    assert readahead.others_running(str(tmp_path / "odd")) == 1.5
