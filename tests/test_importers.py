"""Importers: exact text, detected language, and one clear BadRecord per problem."""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.io.importers import (
    BadRecord,
    Importer,
    ImportOptions,
    Record,
    detect_format,
    get_importer,
    importers,
    iter_input_files,
)
from annotator.io.importers.csvfile import CsvImporter
from annotator.io.importers.jsonl import JsonLinesImporter
from annotator.io.importers.plaintext import PlainTextImporter

DATA = Path(__file__).resolve().parents[1] / "data"
SEEDS = sorted(DATA.glob("*.txt"))
SEED_LANGS = {"000": "fa", "001": "fa", "002": "ar", "003": "ar", "004": "ar"}
XSS = "<img src=x onerror=alert(1)>"


def read(fmt: str, path: Path, **options: object) -> list[Record | BadRecord]:
    return list(get_importer(fmt).read(path, ImportOptions(**options)))  # type: ignore[arg-type]


def only(results: list[Record | BadRecord]) -> Record | BadRecord:
    assert len(results) == 1, results
    return results[0]


def bad(results: list[Record | BadRecord]) -> list[str]:
    return [str(result) for result in results if isinstance(result, BadRecord)]


def good(results: list[Record | BadRecord]) -> list[Record]:
    return [result for result in results if isinstance(result, Record)]


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def arabic_seed() -> str:
    return SEEDS[3].read_bytes().decode("utf-8")


# ---------------------------------------------------------------- plain text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_articles_import_exactly(path: Path) -> None:
    record = only(read("text", path))
    assert isinstance(record, Record)
    doc = record.document
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.lang == SEED_LANGS[path.name[:3]]
    assert doc.direction == "rtl"
    assert doc.id is None
    assert doc.ext_id == path.stem
    assert doc.source == ""
    assert doc.meta == {"source_file": path.name}
    assert (record.file, record.line, record.encoding) == (str(path), 0, "utf-8")
    assert record.pos == path.stat().st_size


def test_plain_text_titles() -> None:
    titles = [only(read("text", path)).document.title for path in SEEDS]  # type: ignore[union-attr]
    assert titles[1] == "## گفت و گوی پوتین و اردوغان با محور توافق قرهباغ و کرونا"
    assert (
        titles[3] == "بوتين وماكرون يؤكدان أهمية امتثال الأطراف في قره باغ لاتفاقات وقف إطلاق النار"
    )
    assert titles[4] == "Advertisement"


def test_plain_text_title_is_cut_at_200_and_id_prefix_applies(tmp_path: Path) -> None:
    path = write(tmp_path / "long.txt", "\n  \n  " + "ب" * 300 + "  \nsecond line")
    record = only(read("text", path, id_prefix="batch1/", source="agency"))
    assert isinstance(record, Record)
    assert record.document.title == "ب" * 200
    assert record.document.ext_id == "batch1/long"
    assert record.document.source == "agency"


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
        (lambda t: t.encode("cp1256"), "cp1256"),
        (lambda t: t.encode("iso8859-6"), "iso8859-6"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be", "cp1256", "iso8859-6"],
)
def test_plain_text_encodings(tmp_path: Path, encode, encoding: str) -> None:  # type: ignore[no-untyped-def]
    text = arabic_seed()
    path = write(tmp_path / "article.txt", encode(text))
    record = only(read("text", path))
    assert isinstance(record, Record)
    assert record.encoding == encoding
    assert record.document.text == text
    assert record.document.lang == "ar"


def test_exact_characters_and_html_are_kept(tmp_path: Path) -> None:
    text = f"سطر\r\nدوم\rسوم\u00a0نیم\u200cفاصله 😀 {XSS} <b>x</b>\n"
    record = only(read("text", write(tmp_path / "a.txt", text)))
    assert isinstance(record, Record)
    assert record.document.text == text
    assert record.document.lang == "fa"


def test_plain_text_bad_inputs(tmp_path: Path) -> None:
    cases = {
        "empty.txt": b"",
        "blank.txt": b"  \r\n\n\t",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin.txt": "Grüße aus München, schöne Straße".encode("latin-1"),
    }
    messages = {
        name: str(only(read("text", write(tmp_path / name, data)))) for name, data in cases.items()
    }
    assert messages == {
        "empty.txt": f"{tmp_path / 'empty.txt'}: empty file",
        "blank.txt": f"{tmp_path / 'blank.txt'}: empty file",
        "image.txt": f"{tmp_path / 'image.txt'}: binary file, not text",
        "latin.txt": f"{tmp_path / 'latin.txt'}: not valid UTF-8 and no Arabic encoding "
        "(Windows-1256, ISO-8859-6) explains it; convert it to UTF-8 or pass --encoding",
    }
    missing = only(read("text", tmp_path / "missing.txt"))
    assert (
        str(missing) == f"{tmp_path / 'missing.txt'}: cannot read file: No such file or directory"
    )


def test_plain_text_forced_encoding_that_does_not_fit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "one\ntwo\nسلام".encode("cp1256"))
    result = only(read("text", path, encoding="utf-8"))
    assert isinstance(result, BadRecord)
    assert result.line == 3
    assert str(result).startswith(f"{path}:3: undecodable bytes: d3 at byte 8 is not valid utf-8")


def test_plain_text_over_max_chars(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "ب" * 120)
    assert str(only(read("text", path, max_chars=100))) == (
        f"{path}: article is 240 bytes (120 characters), over the limit of 100 characters "
        "(--max-chars)"
    )
    huge = write(tmp_path / "huge.txt", b"x" * 5000)  # too big to be read at all
    assert str(only(read("text", huge, max_chars=1000))) == (
        f"{huge}: article is 5.0 kB, over the limit of 1,000 characters (--max-chars)"
    )
    assert isinstance(only(read("text", path, max_chars=120)), Record)


def test_bad_record_is_one_line() -> None:
    record = BadRecord("a.jsonl", 7, "first\nsecond\r\nthird\u2028fourth")
    assert str(record) == "a.jsonl:7: first\\nsecond\\r\\nthird\\u2028fourth"
    assert str(BadRecord("a.txt", 0, "empty file")) == "a.txt: empty file"


# ---------------------------------------------------------------- JSON Lines


def test_jsonl_records(tmp_path: Path) -> None:
    lines = [
        {"text": "سلام\r\nدنیا", "id": 17, "title": " عنوان ", "url": "http://x/1", "tags": ["a"]},
        {"text": f"first line\n{XSS}", "published": " 2020-12-01 ", "lang": "AR", "n": 1.5},
        {"text": "بوتين وماكرون", "source": "RT", "meta": {"k": None}},
    ]
    path = write(
        tmp_path / "news.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)
    )
    records = read("jsonl", path, id_prefix="p:")
    assert all(isinstance(r, Record) for r in records)
    docs = [r.document for r in records]  # type: ignore[union-attr]
    assert [d.text for d in docs] == [o["text"] for o in lines]
    assert [d.ext_id for d in docs] == ["p:17", "p:news:2", "p:news:3"]
    assert [d.title for d in docs] == ["عنوان", "first line", "بوتين وماكرون"]
    assert [(d.lang, d.direction) for d in docs] == [("fa", "rtl"), ("ar", "rtl"), ("ar", "rtl")]
    assert [d.url for d in docs] == ["http://x/1", "", ""]
    assert [d.published for d in docs] == ["", "2020-12-01", ""]
    assert [d.source for d in docs] == ["", "", "RT"]
    assert [d.meta for d in docs] == [
        {"tags": ["a"], "source_file": "news.jsonl"},
        {"n": 1.5, "source_file": "news.jsonl"},
        {"meta": {"k": None}, "source_file": "news.jsonl"},
    ]
    assert [r.line for r in records] == [1, 2, 3]
    assert {r.encoding for r in records} == {"utf-8"}  # type: ignore[union-attr]
    assert records[-1].pos == path.stat().st_size


def test_jsonl_custom_field_names(tmp_path: Path) -> None:
    obj = {"body": "متن خبر", "headline": "تیتر", "doc_id": "a-1", "link": "u", "date": "2020",
           "language": "fa-IR", "outlet": "ISNA", "text": "not the text"}  # fmt: skip
    path = write(tmp_path / "c.jsonl", json.dumps(obj, ensure_ascii=False) + "\n")
    fields = {"text": "body", "title": "headline", "id": "doc_id", "url": "link",
              "published": "date", "lang": "language", "source": "outlet"}  # fmt: skip
    record = only(read("jsonl", path, fields=fields))
    assert isinstance(record, Record)
    doc = record.document
    assert (doc.text, doc.title, doc.ext_id, doc.url, doc.published, doc.lang, doc.source) == (
        "متن خبر", "تیتر", "a-1", "u", "2020", "fa", "ISNA",
    )  # fmt: skip
    assert doc.meta == {"text": "not the text", "source_file": "c.jsonl"}
    missing = only(read("jsonl", path, fields={"text": "content"}))
    assert str(missing) == f"{path}:1: no 'content' field; use --field text=COLUMN"


def test_jsonl_bad_lines(tmp_path: Path) -> None:
    content = "\n".join(
        [
            '{"text": "good one"}',
            "",
            '{"text": "x", "id" 1}',
            "[1, 2]",
            '{"title": "no text"}',
            '{"text": "   "}',
            '{"text": 5}',
            '{"text": NaN}',
            '{"text": "\\ud800 lone"}',
            '{"text": "' + "x" * 101 + '"}',
            '{"text": "good two"}',
            '{"text": "cut in the mid',
        ]
    )
    path = write(tmp_path / "bad.jsonl", content)
    results = read("jsonl", path, max_chars=100)
    assert [r.document.text for r in good(results)] == ["good one", "good two"]
    assert [r.line for r in good(results)] == [1, 11]
    assert bad(results) == [
        f"{path}:3: malformed JSON: Expecting ':' delimiter (column 20)",
        f"{path}:4: JSON line is not an object (got an array)",
        f"{path}:5: no 'text' field; use --field text=COLUMN",
        f"{path}:6: 'text' field is empty",
        f"{path}:7: 'text' field is a number, not a string",
        f"{path}:8: malformed JSON: NaN is not valid JSON",
        f"{path}:9: a JSON string has an unpaired surrogate escape (\\ud800-\\udfff), "
        "not valid Unicode",
        f"{path}:10: article is 101 bytes (101 characters), over the limit of 100 characters "
        "(--max-chars)",
        f"{path}:12: malformed JSON: Unterminated string starting at (column 10)",
    ]


def test_jsonl_malformed_message_format(tmp_path: Path) -> None:
    path = write(tmp_path / "m.jsonl", '{"text": "a"}\n' * 6 + '{"text": "ab" "id": 1}\n')
    assert bad(read("jsonl", path)) == [
        f"{path}:7: malformed JSON: Expecting ',' delimiter (column 15)"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"\n \n\r\n", "empty file"),
        (b"\x00\x01\x02\x03", "binary file, not text"),
        (b'[{"text": "a"}]\n', "a JSON array, not JSON Lines (one object per line); "
         "convert it, e.g. jq -c '.[]' FILE"),
        (b'{\n  "text": "a"\n}\n', "a pretty-printed JSON document, not JSON Lines "
         "(one object per line)"),
    ],
)  # fmt: skip
def test_jsonl_file_level_problems(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path / "f.json", data)
    result = only(read("jsonl", path))
    assert isinstance(result, BadRecord)
    assert str(result) == f"{path}: {message}"


def test_jsonl_in_other_encodings(tmp_path: Path) -> None:
    text = arabic_seed()
    line = json.dumps({"text": text}, ensure_ascii=False) + "\r\n"
    for data, encoding in [
        (line.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF8 + line.encode("utf-8"), "utf-8-sig"),
        (line.encode("cp1256") * 2, "cp1256"),
        (line.encode("iso8859-6"), "iso8859-6"),
    ]:
        results = read("jsonl", write(tmp_path / "e.jsonl", data))
        assert [(r.document.text, r.encoding) for r in good(results)] == [(text, encoding)] * len(
            results
        )


def test_jsonl_undecodable_line_beyond_the_head(tmp_path: Path) -> None:
    # The first 64 KiB are valid UTF-8, so the file is UTF-8; the bad line is reported
    # alone and the lines around it still import.
    good_line = json.dumps({"text": "سلام " * 20}, ensure_ascii=False).encode() + b"\n"
    head = good_line * (70_000 // len(good_line))
    data = head + b'{"text": "caf\xe9"}\n' + good_line
    path = write(tmp_path / "u.jsonl", data)
    results = read("jsonl", path)
    bad_line = head.count(b"\n") + 1
    assert bad(results) == [
        f"{path}:{bad_line}: undecodable bytes: 0xe9 at column 14 is not valid utf-8; "
        "convert the file to UTF-8 or pass --encoding"
    ]
    assert len(good(results)) == bad_line


def test_jsonl_character_cut_at_the_64k_boundary(tmp_path: Path) -> None:
    prefix = b'{"text": "' + b"a" * (64 * 1024 - 11)
    data = prefix + "بوتين".encode() + b'"}\n'
    assert data[64 * 1024 - 1] == "ب".encode()[0]  # the head ends inside "ب"
    record = only(read("jsonl", write(tmp_path / "cut.jsonl", data)))
    assert isinstance(record, Record)
    assert record.encoding == "utf-8"
    assert record.document.text.endswith("aبوتين")


def test_jsonl_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for i in range(100_000):
            stream.write(json.dumps({"id": i, "text": f"خبر شماره {i}"}, ensure_ascii=False) + "\n")
    results = get_importer("jsonl").read(path, ImportOptions())
    first = next(results)
    assert isinstance(first, Record)
    assert first.pos < path.stat().st_size // 10  # not read whole before the first record
    rest = list(results)
    assert len(rest) == 99_999
    last = rest[-1]
    assert isinstance(last, Record)
    assert last.document.ext_id == "99999"
    assert last.pos == path.stat().st_size


# ---------------------------------------------------------------- CSV


def test_csv_records(tmp_path: Path) -> None:
    data = (
        "id,title,text,extra\r\n"
        '1,,"سطر یک\r\nسطر دو",x\r\n'
        "\r\n"
        f'2,عنوان,"{XSS} ""quoted""",\r\n'
        ',,"بوتين",z\r\n'
    )
    path = write(tmp_path / "n.csv", data)
    records = read("csv", path)
    assert all(isinstance(r, Record) for r in records)
    docs = [r.document for r in records]  # type: ignore[union-attr]
    assert [d.text for d in docs] == ["سطر یک\r\nسطر دو", f'{XSS} "quoted"', "بوتين"]
    assert [d.title for d in docs] == ["سطر یک", "عنوان", "بوتين"]
    assert [d.ext_id for d in docs] == ["1", "2", "n:6"]
    assert [d.lang for d in docs] == ["fa", "other", "ar"]
    assert [d.meta for d in docs] == [{"extra": v, "source_file": "n.csv"} for v in ("x", "", "z")]
    assert [r.line for r in records] == [2, 5, 6]


def test_csv_delimiters(tmp_path: Path) -> None:
    semicolon = write(tmp_path / "s.csv", 'text;id\n"a, b; c";1\n')
    tab = write(tmp_path / "t.tsv", "text\tid\na, b; c\t1\n")
    for path in (semicolon, tab):
        record = only(read("csv", path))
        assert isinstance(record, Record)
        assert (record.document.text, record.document.ext_id) == ("a, b; c", "1")


def test_csv_bad_rows(tmp_path: Path) -> None:
    data = (
        "id,text,title,source\n"
        "1,good,t,s\n"
        "2,short,t\n"
        '3,"multi\nline",t,s,extra\n'
        "4,  ,t,s\n"
        "5," + "x" * 11 + ",t,s\n"
        ",,,\n"
        '6,"x"y,t,s\n'
        '7,"never closed,t,s\n'
        "8,more,t,s\n"
    )
    path = write(tmp_path / "bad.csv", data)
    results = read("csv", path, max_chars=10)
    assert [r.document.ext_id for r in good(results)] == ["1"]
    assert bad(results) == [
        f"{path}:3: row has 3 fields, header has 4",
        f"{path}:4: row has 5 fields, header has 4",
        f"{path}:6: 'text' field is empty",
        f"{path}:7: article is 11 bytes (11 characters), over the limit of 10 characters "
        "(--max-chars)",
        f"{path}:9: malformed CSV: ',' expected after '\"'",
        f"{path}:10: unterminated quoted field",
    ]


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"", 0, "empty file"),
        (b"\r\n\r\n", 0, "empty file"),
        (b"\x00\x00\x00", 0, "binary file, not text"),
        (b"id,body\n1,x\n", 1, "no 'text' field; use --field text=COLUMN (header: 'id', 'body')"),
        (b"\nid,text,id\n1,x,2\n", 2, "duplicate column 'id' in the header"),
        (b"id,text\n", 0, "no rows after the header"),
    ],
)
def test_csv_file_level_problems(tmp_path: Path, data: bytes, line: int, message: str) -> None:
    path = write(tmp_path / "f.csv", data)
    result = only(read("csv", path))
    assert isinstance(result, BadRecord)
    assert (result.line, result.message) == (line, message)
    assert str(result) == (f"{path}:{line}: {message}" if line else f"{path}: {message}")


def test_csv_long_article_reaches_max_chars(tmp_path: Path) -> None:
    text = "ب" * 300_000  # over csv's default field limit of 131,072
    path = write(tmp_path / "long.csv", f"text\n{text}\n")
    record = only(read("csv", path, max_chars=400_000))
    assert isinstance(record, Record)
    assert record.document.text == text
    assert str(only(read("csv", path, max_chars=200_000))) == (
        f"{path}:2: article is 600.0 kB (300,000 characters), over the limit of "
        "200,000 characters (--max-chars)"
    )


def test_csv_in_windows_1256(tmp_path: Path) -> None:
    text = arabic_seed()
    out = io.StringIO(newline="")
    csv.writer(out).writerows([["id", "text"], ["a", text]])
    record = only(read("csv", write(tmp_path / "w.csv", out.getvalue().encode("cp1256"))))
    assert isinstance(record, Record)
    assert (record.document.text, record.encoding) == (text, "cp1256")


# ---------------------------------------------------------------- properties

TEXTS = st.lists(
    st.text(
        alphabet=st.one_of(
            st.characters(blacklist_categories=("Cs", "Cc")), st.sampled_from("\r\n\t\"',;{}<>")
        )
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=TEXTS)
def test_jsonl_returns_exactly_the_texts_written(tmp_path: Path, texts: list[str]) -> None:
    lines = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    results = read("jsonl", write(tmp_path / "p.jsonl", lines))
    assert [r.document.text for r in good(results)] == [t for t in texts if t.strip()]
    assert len(bad(results)) == sum(1 for t in texts if not t.strip())


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=TEXTS)
def test_csv_returns_exactly_the_texts_written(tmp_path: Path, texts: list[str]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["id", "text"])
    writer.writerows([[str(i), t] for i, t in enumerate(texts)])
    results = read("csv", write(tmp_path / "p.csv", out.getvalue()))
    assert [r.document.text for r in good(results)] == [t for t in texts if t.strip()]
    assert len(bad(results)) == sum(1 for t in texts if not t.strip())


# ---------------------------------------------------------------- registry


def test_registry() -> None:
    expected = {"text": PlainTextImporter, "jsonl": JsonLinesImporter, "csv": CsvImporter}
    assert expected == importers.get_all()
    for name, cls in importers.get_all().items():
        importer = get_importer(name)
        assert isinstance(importer, cls) and isinstance(importer, Importer)
        assert importer.name == name and importer.extensions and importer.description
    with pytest.raises(KeyError) as info:
        get_importer("xml")
    assert str(info.value) == "unknown import format 'xml'; known: csv, jsonl, text"


def test_import_options_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown field 'body' \\(--field\\); known: text, id"):
        ImportOptions(fields={"body": "x"})
    with pytest.raises(ValueError, match="--max-chars"):
        ImportOptions(max_chars=0)
    assert ImportOptions(fields={"text": "body"}).column("text") == "body"
    assert ImportOptions().column("title") == "title"


def test_unknown_encoding_is_reported_per_file(tmp_path: Path) -> None:
    for fmt, name in [("text", "a.txt"), ("jsonl", "a.jsonl"), ("csv", "a.csv")]:
        path = write(tmp_path / name, "text\nx\n")
        assert str(only(read(fmt, path, encoding="nope"))) == (
            f"{path}: unknown encoding 'nope' (--encoding)"
        )


def test_detect_format(tmp_path: Path) -> None:
    names = {
        "a.txt": "x", "a.TEXT": "x", "a.jsonl": "x", "a.ndjson": "x", "a.json": "{}",
        "a.csv": "x", "a.tsv": "x", "noext": "متن", "objects": '  \n{"text": "x"}\n',
        "a.md": "# title", "bom.dat": codecs.BOM_UTF8 + b'{"text": 1}',
    }  # fmt: skip
    detected = {name: detect_format(write(tmp_path / name, data)) for name, data in names.items()}
    assert detected == {
        "a.txt": "text", "a.TEXT": "text", "a.jsonl": "jsonl", "a.ndjson": "jsonl",
        "a.json": "jsonl", "a.csv": "csv", "a.tsv": "csv", "noext": "text",
        "objects": "jsonl", "a.md": "text", "bom.dat": "jsonl",
    }  # fmt: skip
    assert detect_format(tmp_path / "missing") == "text"


def test_iter_input_files(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.jsonl", "sub/c.csv", "sub/deep/d.tsv", "sub/LICENSE", "x.pdf",
                ".hidden.txt", ".git/e.txt", "sub/f.ndjson", "g.json"]:  # fmt: skip
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    explicit = tmp_path / "sub" / "LICENSE"
    found = list(iter_input_files([tmp_path, explicit, tmp_path / "b.txt"]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.jsonl", "b.txt", "g.json", "sub/c.csv", "sub/deep/d.tsv", "sub/f.ndjson", "sub/LICENSE",
    ]  # fmt: skip
    assert list(iter_input_files([tmp_path / "nope.txt"])) == [tmp_path / "nope.txt"]


def test_jsonl_line_too_long_to_hold_is_skipped(tmp_path: Path) -> None:
    # max_chars=10 lets a line hold at most 12 * 10 + 65,536 characters.
    long_line = json.dumps({"text": "x" * 70_000}) + "\n"
    path = write(tmp_path / "l.jsonl", long_line + '{"text": "short"}\n')
    results = read("jsonl", path, max_chars=10)
    assert bad(results) == [
        f"{path}:1: line is over 65,656 characters, too long for an article of at most "
        "10 characters (--max-chars)"
    ]
    assert [(r.line, r.document.text) for r in good(results)] == [(2, "short")]


def test_csv_undecodable_row_beyond_the_head(tmp_path: Path) -> None:
    row = ("1," + "سلام " * 20 + "\r\n").encode()
    body = row * (70_000 // len(row))
    data = b"id,text\r\n" + body + b'2,"caf\xe9\r\nau lait"\r\n' + row
    path = write(tmp_path / "u.csv", data)
    results = read("csv", path)
    bad_line = body.count(b"\n") + 2
    assert bad(results) == [
        f"{path}:{bad_line}: undecodable bytes: 0xe9 at column 4 is not valid utf-8; "
        "convert the file to UTF-8 or pass --encoding"
    ]
    assert len(good(results)) == bad_line - 1
    assert good(results)[-1].line == bad_line + 2


def test_csv_in_utf16_keeps_quoted_newlines(tmp_path: Path) -> None:
    text = "خبر\r\nدوم\rسوم\n"
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";").writerows([["text", "id"], [text, "k"]])
    record = only(read("csv", write(tmp_path / "w.csv", out.getvalue().encode("utf-16"))))
    assert isinstance(record, Record)
    assert (record.document.text, record.document.ext_id, record.encoding) == (text, "k", "utf-16")
