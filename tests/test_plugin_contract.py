"""The plugin contract, run over EVERYTHING registered (built-ins and the test plugin
in tests/plugin_pkg alike): facts present and well typed; every exporter writes a tiny
two-article project (Arabic and Persian, emoji, CRLF, NBSP, ZWNJ) and what it wrote
reads back, through the importer it names, with every span's text equal to its slice;
every layer importer turns rubbish into BadRecords, never an exception; every engine's
suggestions have offsets that match the text and labels it declares."""

from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import replace

import pytest
from interop_helpers import build_two_documents
from plugin_helpers import plugin_installed

from annotator.core.model import Alias, AnnotatedDocument, Document, Entity
from annotator.io.exporters import ExportError, exporters
from annotator.io.exporters.base import check_exporter
from annotator.io.importers import BadRecord, importers
from annotator.io.importers.base import ImportOptions, check_importer
from annotator.io.layers import LayerOptions, layer_importers
from annotator.io.layers.base import check_layer_importer
from annotator.services.exporting import annotated_documents
from annotator.services.project import open_project, store_of
from annotator.suggest import SuggestContext, engines
from annotator.suggest.base import check_engine

with plugin_installed():
    EXPORTERS = exporters.names()
    LAYER_IMPORTERS = layer_importers.names()
    IMPORTERS = importers.names()
    ENGINES = engines.names()


@pytest.fixture(autouse=True)
def _plugin():
    with plugin_installed():
        yield


@pytest.fixture
def two_documents():
    store = store_of(open_project(":memory:", create=True))
    build_two_documents(store)
    yield store
    store.close()


def _need(cls) -> None:
    if cls.library and importlib.util.find_spec(cls.library) is None:
        pytest.skip(f"{cls.name} needs {cls.library}")


def _one_line(text: str) -> bool:
    return bool(text) and "\n" not in text and "\r" not in text and text == text.strip()


def _skeleton(text: str) -> str:
    """The letters, digits and punctuation of ``text``: no spaces, controls or format
    characters (formats that rebuild the text, CoNLL, keep exactly these)."""
    return "".join(c for c in text if unicodedata.category(c)[0] not in "ZC")


def test_the_plugin_is_among_what_is_registered():
    assert "tsv-spans" in EXPORTERS and "test-quotes" in ENGINES
    assert {"jsonl", "brat", "xmi"} <= set(EXPORTERS) and {"dates", "claims"} <= set(ENGINES)


# ---------------------------------------------------------------- facts


@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_facts(name):
    cls = exporters.get(name)
    assert check_exporter(name, cls) == ""
    assert _one_line(cls.description) and _one_line(cls.offset_unit)
    assert all(_one_line(line) for line in cls.loses)
    assert not cls.read_back or cls.read_back in layer_importers


@pytest.mark.parametrize("name", LAYER_IMPORTERS)
def test_layer_importer_facts(name):
    cls = layer_importers.get(name)
    assert check_layer_importer(name, cls) == ""
    assert _one_line(cls.description) and _one_line(cls.offset_unit)
    assert all(_one_line(line) for line in cls.loses)


@pytest.mark.parametrize("name", IMPORTERS)
def test_article_importer_facts(name):
    assert check_importer(name, importers.get(name)) == ""
    assert _one_line(importers.get(name).description)


@pytest.mark.parametrize("name", ENGINES)
def test_engine_facts(name):
    cls = engines.get(name)
    assert check_engine(name, cls) == ""
    assert _one_line(cls.description) and all(label.isupper() for label in cls.labels)


# ---------------------------------------------------------------- behaviour


@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_writes_spans_that_equal_their_slices(name, two_documents, tmp_path):
    cls = exporters.get(name)
    _need(cls)
    out = tmp_path / ("out" if cls.writes_folder else f"out{cls.suffix}")
    if cls.writes_folder:
        out.mkdir()
    items = list(annotated_documents(two_documents))
    assert cls().write(iter(items), out) >= 1
    assert out.is_dir() if cls.writes_folder else out.stat().st_size > 0
    if not cls.read_back:
        return
    _need(layer_importers.get(cls.read_back))
    read = list(layer_importers.get(cls.read_back)().read(out, LayerOptions()))
    bad = [str(r) for r in read if isinstance(r, BadRecord)]
    assert not bad
    written = {(s.label, _skeleton(s.text)) for it in items for s in it.spans}
    back = set()
    for item in read:
        for span in item.spans:
            assert item.document.text[span.start : span.end] == span.text, span
            back.add((span.label, _skeleton(span.text)))
    assert back and back <= written


@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_refuses_a_span_whose_text_is_not_its_slice(name, two_documents, tmp_path):
    cls = exporters.get(name)
    _need(cls)
    item = next(i for i in annotated_documents(two_documents) if i.spans)
    claim = next(s for s in item.spans if s.label == "CLAIM")
    wrong = replace(claim, text=claim.text + "x")
    bad = AnnotatedDocument(item.document, item.layer, item.status, (wrong,), ())
    out = tmp_path / ("out" if cls.writes_folder else f"out{cls.suffix}")
    if cls.writes_folder:
        out.mkdir()
    with pytest.raises(ExportError):
        cls().write(iter([bad]), out)


RUBBISH = b'\x00\x01{"text": [\xff\xfe'


@pytest.mark.parametrize("name", LAYER_IMPORTERS)
def test_layer_importer_turns_rubbish_into_bad_records(name, tmp_path):
    cls = layer_importers.get(name)
    path = tmp_path / f"rubbish{cls.suffixes[0]}"
    path.write_bytes(RUBBISH)
    read = list(cls().read(path, LayerOptions()))
    assert read and all(isinstance(r, BadRecord) for r in read)
    assert all(str(tmp_path) in str(r) for r in read)  # each names the file at fault


@pytest.mark.parametrize("name", IMPORTERS)
def test_article_importer_turns_rubbish_into_bad_records(name, tmp_path):
    cls = importers.get(name)
    path = tmp_path / f"rubbish{cls.extensions[0]}"
    path.write_bytes(RUBBISH)
    read = list(cls().read(path, ImportOptions()))
    assert read and all(isinstance(r, BadRecord) for r in read)


REGISTRY = (
    Entity(1, "Vladimir Putin", wikidata="Q7747", aliases=(Alias("فلاديمير بوتين", "ar"),)),
    Entity(2, "President of Iran", aliases=(Alias("رئیس‌جمهور", "fa"),)),
)


def learned_model(store, doc: Document):
    """For the ``learned`` engine, which suggests only with a trained model: one trained
    on the document's own SPEAKER and CLAIM spans (its speakers overlap the registry's,
    which it does not repeat; its claims come first)."""
    from annotator.core.learned import TrainedModel
    from annotator.services.learning import Article, fit

    labels = ("SPEAKER", "CLAIM")
    spans = [(s.start, s.end, s.label) for s in store.annotations.spans(doc.id)]
    article = Article(doc.ext_id, doc.lang, doc.text, tuple(x for x in spans if x[2] in labels))
    nlp = fit(doc.lang, labels, [article] * 4, epochs=20)
    return TrainedModel(doc.lang, labels, "2024-05-01T00:00:00", 1, nlp.to_bytes())


@pytest.mark.parametrize("name", ENGINES)
def test_engine_offsets_match_the_text(name, two_documents):
    cls = engines.get(name)
    docs: list[Document] = list(two_documents.documents.iter_all())
    found = 0
    for doc in docs:
        doc = replace(doc, published="2024-05-01")
        model = learned_model(two_documents, doc) if name == "learned" else None
        earlier = []
        for other in engines.names()[: engines.names().index(name)]:
            context = SuggestContext(doc.published, REGISTRY, earlier=tuple(earlier))
            earlier += list(engines.get(other)().suggest(doc, context))
        context = SuggestContext(doc.published, REGISTRY, earlier=tuple(earlier), model=model)
        for s in cls().suggest(doc, context):
            assert doc.text[s.start : s.end] == s.text and 0 <= s.start < s.end
            assert s.label in cls.labels and s.engine == name
            found += 1
    assert found, f"{name} suggested nothing in two articles written for it"
