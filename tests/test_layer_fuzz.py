"""Hypothesis fuzzes every annotation-layer importer with structured mutations of
valid files (written by our own exporters from the two-article Arabic/Persian project):
JSON values replaced, deleted, retyped and nested; lines of brat and CoNLL dropped,
duplicated, swapped and renumbered; Parquet rows and spaCy user_data mutated as data;
XMI attributes and the ZIP's manifest mutated; bytes flipped and files truncated.

Whatever comes in, ``read`` yields only AnnotatedDocument or BadRecord values (never an
exception), and every span it yields has the text of its slice. A short run by default;
set ANNOTATOR_FUZZ_EXAMPLES (e.g. 2000) for the long run (README, Testing)."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from interop_helpers import build_two_documents

from annotator.core.model import AnnotatedDocument
from annotator.io.exporters import exporters
from annotator.io.importers import BadRecord
from annotator.io.layers import LayerOptions, layer_importers
from annotator.io.layers.checks import checked_read
from annotator.services.exporting import annotated_documents
from annotator.services.project import open_project, store_of

EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "20"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,  # Arrow refuses many mutated rows: those are skipped
    ],
)
ALPHABET = st.sampled_from([*"سلام قال پوتین 0123۴۵\t\r\n\u200c\u00a0«»:;", "🙂", "\ud800"])
TEXTS = st.text(ALPHABET, max_size=12)
LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 2**40), st.floats(allow_nan=True), TEXTS
)
ANY_JSON = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXTS, inner, max_size=3),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    """Per exporter with a read_back importer: (importer name, path of a valid file)."""
    store = store_of(open_project(":memory:", create=True))
    build_two_documents(store)
    root = tmp_path_factory.mktemp("valid")
    found = {}
    for name, cls in exporters.get_all().items():
        if not cls.read_back or name in found:
            continue
        out = root / (name if cls.writes_folder else f"{name}{cls.suffix}")
        try:
            cls().write(annotated_documents(store), out)
        except Exception:  # an optional library missing: that format is not fuzzed
            continue
        found[name] = (cls.read_back, out)
    store.close()
    return found


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


@st.composite
def mutated_json(draw, value):
    """``value`` with one to three of its nodes replaced, deleted, nested or retyped."""
    value = copy.deepcopy(value)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(value) if p]
        if not paths:
            return draw(ANY_JSON)
        path = draw(st.sampled_from(paths))
        parent = value
        for key in path[:-1]:
            parent = parent[key]
        old = parent[path[-1]]
        op = draw(st.sampled_from(["replace", "delete", "nest", "number", "text", "same-type"]))
        if op == "delete":
            del parent[path[-1]]
            continue
        if op == "nest":
            new = [old] if draw(st.booleans()) else {"x": old}
        elif op == "number":
            new = draw(st.integers(-2, 10**6))
        elif op == "text":
            new = draw(TEXTS)
        elif op == "same-type" and isinstance(old, int) and not isinstance(old, bool):
            new = old + draw(st.integers(-3, 3))
        else:
            new = draw(ANY_JSON)
        parent[path[-1]] = new
    return value


@st.composite
def mutated_lines(draw, text: str):
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        op = draw(st.sampled_from(["drop", "dup", "swap", "renumber", "field", "insert"]))
        if not lines:
            lines = [draw(TEXTS)]
        elif op == "drop":
            lines.pop(i)
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "renumber":
            m = re.search(r"\d+", lines[i])
            if m:
                number = str(max(0, int(m.group()) + draw(st.integers(-5, 5))))
                lines[i] = lines[i][: m.start()] + number + lines[i][m.end() :]
        elif op == "field":
            parts = lines[i].split("\t")
            parts[draw(st.integers(0, len(parts) - 1))] = draw(TEXTS)
            lines[i] = "\t".join(parts)
        else:
            lines.insert(i, draw(TEXTS))
    return "\n".join(lines)


def _check(importer: str, path: Path) -> None:
    cls = layer_importers.get(importer)
    for reader in (cls().read(path, LayerOptions()), checked_read(cls(), path, LayerOptions())):
        for item in reader:
            assert isinstance(item, AnnotatedDocument | BadRecord)
            if isinstance(item, AnnotatedDocument):
                text = item.document.text
                assert all(text[s.start : s.end] == s.text for s in item.spans)


def _write_text(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", "surrogatepass"))


def _json_records(path: Path) -> tuple[list, bool]:
    raw = path.read_text(encoding="utf-8")
    try:
        return [json.loads(raw)], False
    except ValueError:
        return [json.loads(line) for line in raw.splitlines() if line.strip()], True


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "doccano-rel", "labelstudio"])
@FUZZ
@given(data=st.data())
def test_json_formats(fmt, valid, tmp_path, data):
    importer, path = valid[fmt]
    records, lines = _json_records(path)
    records = data.draw(mutated_json(records))
    out = tmp_path / path.name
    if lines and isinstance(records, list):
        _write_text(out, "\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    else:
        whole = records[0] if isinstance(records, list) and records and not lines else records
        _write_text(out, json.dumps(whole))
    _check(importer, out)


@pytest.mark.parametrize("fmt", ["brat", "conll"])
@FUZZ
@given(data=st.data())
def test_line_formats(fmt, valid, tmp_path, data):
    importer, path = valid[fmt]
    target = next(path.glob("*.ann")) if path.is_dir() else path
    out_dir = tmp_path / "in"
    if path.is_dir():
        out_dir.mkdir(exist_ok=True)
        for f in path.iterdir():
            (out_dir / f.name).write_bytes(f.read_bytes())
        out = out_dir / target.name
    else:
        out = tmp_path / target.name
    _write_text(out, data.draw(mutated_lines(target.read_text(encoding="utf-8"))))
    _check(importer, out_dir if path.is_dir() else out)


@FUZZ
@given(data=st.data())
def test_parquet_rows(valid, tmp_path, data):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    importer, path = valid["parquet"]
    rows = data.draw(mutated_json(pq.read_table(path).to_pylist()))
    assume(isinstance(rows, list) and all(isinstance(r, dict) for r in rows) and rows)
    try:
        table = pa.Table.from_pylist(rows)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        assume(False)
    try:
        pq.write_table(table, tmp_path / "m.parquet")
    except (pa.ArrowException, TypeError, ValueError):  # e.g. an empty struct column
        assume(False)
    _check(importer, tmp_path / "m.parquet")


@FUZZ
@given(data=st.data())
def test_spacy_user_data(valid, tmp_path, data):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    importer, path = valid["spacy"]
    nlp = spacy.blank("xx")
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    payloads = data.draw(mutated_json([dict(d.user_data).get("annotator") for d in docs]))
    out = DocBin(store_user_data=True)
    try:
        for doc, payload in zip(docs, payloads if isinstance(payloads, list) else [], strict=False):
            doc.user_data["annotator"] = payload
            out.add(doc)
        out.to_disk(tmp_path / "m.spacy")
    except (TypeError, ValueError, UnicodeEncodeError):  # msgpack cannot hold it
        assume(False)
    _check(importer, tmp_path / "m.spacy")


@FUZZ
@given(data=st.data())
def test_xmi_zip(valid, tmp_path, data):
    pytest.importorskip("cassis")
    importer, path = valid["xmi"]
    with zipfile.ZipFile(path) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    name = data.draw(st.sampled_from(sorted(files)))
    if name == "manifest.json":
        files[name] = json.dumps(data.draw(mutated_json(json.loads(files[name])))).encode()
    else:
        text = files[name].decode("utf-8")
        values = list(re.finditer(r'="([^"]*)"', text))
        for _ in range(data.draw(st.integers(1, 3))):
            m = data.draw(st.sampled_from(values))
            new = data.draw(st.one_of(st.integers(-3, 500).map(str), TEXTS.map(json.dumps)))
            text = text[: m.start(1)] + new.replace('"', "&quot;") + text[m.end(1) :]
            values = list(re.finditer(r'="([^"]*)"', text))
        files[name] = text.encode("utf-8", "surrogatepass")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, b in files.items():
            zf.writestr(n, b)
    (tmp_path / "m.zip").write_bytes(buf.getvalue())
    _check(importer, tmp_path / "m.zip")


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "labelstudio", "parquet", "spacy", "xmi"])
@FUZZ
@given(data=st.data())
def test_damaged_bytes(fmt, valid, tmp_path, data):
    importer, path = valid[fmt]
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    out = tmp_path / path.name
    out.write_bytes(bytes(raw))
    _check(importer, out)
