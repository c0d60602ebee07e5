"""The spaCy export without spaCy (issue 13) against spaCy itself: the same tokens,
norms and whitespace as spaCy's tokenizer on any text; the same ``.spacy`` files
(every msgpack field) as the spaCy-based path on real Arabic/Persian articles with
emoji, ZWNJ, NBSP and CRLF; and Docs read back by spaCy's own DocBin equal."""

from __future__ import annotations

import random
import re
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.io.exporters import spacy as spacy_exporter
from annotator.io.exporters.docbin import DOCBIN_ATTRS, packb, string_hash
from annotator.io.exporters.spacy_chunks import ChunkTable
from annotator.io.exporters.spacy_rules import LANGS, load_rules
from annotator.io.exporters.spacy_tokens import SpacyTokenizer

from conftest import SEEDS

spacy = pytest.importorskip("spacy")
srsly = pytest.importorskip("srsly")

RULES = load_rules()
pytestmark = pytest.mark.skipif(RULES is None, reason="spacy_rules.json is for another spaCy")
NLP = {lang: spacy.blank(lang) for lang in LANGS}
OURS = {lang: SpacyTokenizer(lang, RULES) for lang in LANGS} if RULES else {}
TABLE = ChunkTable(DOCBIN_ATTRS)  # one for every pipeline, as the exporter's
ATTRS = [dict(RULES["attrs"])[name] for name in DOCBIN_ATTRS] if RULES else []

PIECES = [
    *"ولادیمیر پوتین بوتين وبوتين «تاس»، ؟!.:;()[]'\"-/\\0123456789٢٠٢١۱۴۰۰abcU.S",
    *("\u200c", "\u200d", "\xa0", "\r\n", "\n", "\t", "  ", "\u200f", "\u064e", "\u3000"),
    *("👍🏽", "🇮🇷", ":)", "(:", ":-)", "<3", "a.m.", "http://x.ir/a?b=1", "آبرویت", "ق.م"),
    *("...", "--", "’s", "«", "—", "DATE", "ORG", "n't", "e.g.", "10:30", "2.5", "$5"),
]


def spacy_tokens(lang: str, text: str):
    doc = NLP[lang].make_doc(text)
    doc.ents = []
    return doc, [t.text for t in doc], [t.norm_ for t in doc], [bool(t.whitespace_) for t in doc]


def assert_same_tokens(lang: str, text: str) -> None:
    doc, orths, norms, spaces = spacy_tokens(lang, text)
    assert OURS[lang](text) == (orths, norms, spaces)
    TABLE.used_strings()  # from here on: this text's
    enc = TABLE.encode(text, OURS[lang])
    rows = doc.to_array(ATTRS).astype("uint64")
    if len(doc):
        rows[0, ATTRS.index(spacy.attrs.SENT_START)] = 0  # set by the exporter, not here
    assert enc.rows.tobytes() == rows.tobytes()
    assert enc.spaces.tobytes() == bytes(spaces)
    assert enc.starts.tolist() == [t.idx for t in doc]
    assert TABLE.used_strings() == {*orths, *norms}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(LANGS))
def test_tokens_are_spacys_on_any_text(pieces, lang):
    assert_same_tokens(lang, "".join(pieces))


@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_spacys_on_the_seed_articles(lang):
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        assert_same_tokens(lang, text)
        assert_same_tokens(lang, hostile(text, random.Random(path.name)))


def test_special_cases_across_tokens():
    """spaCy's second pass (emoticons cut by a suffix, Persian abbreviations)."""
    for text in ["خوب:) بود", "x:-) (: y", " (2020)", "ق.م. ب.م", ":)", "  :)  ", "a\u00a0:)"]:
        for lang in LANGS:
            assert_same_tokens(lang, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_string_ids_are_spacys(text):
    from spacy.strings import StringStore

    assert OURS["ar"].hash(text) == StringStore().add(text)
    if text:
        assert string_hash(text) == spacy.strings.hash_string(text)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_msgpack_is_srslys(value):
    assert packb(value) == srsly.msgpack_dumps(value)


# -- whole exports ------------------------------------------------------------------
def hostile(text: str, rnd: random.Random) -> str:
    """CRLF, emoji, NBSP, ZWNJ, RLM, double spaces and a tab put into a real article."""
    words = text.replace("\n", "\r\n").split(" ")
    extras = ["👍🏽", "\xa0", "\u200c", "\u200f", " ", "\t", ":)", "(2020)", "«تاس»،"]
    for _ in range(len(words) // 6):
        words.insert(rnd.randrange(len(words)), rnd.choice(extras))
    return " ".join(words)


def seed_items(per_file: int = 3) -> list[AnnotatedDocument]:
    """The seed articles (Persian and Arabic, as they are and made hostile) with
    spans on words, inside words (clitics), over whitespace, overlapping, nested."""
    rnd = random.Random(7)
    items = []
    for n, path in enumerate(SEEDS):
        text = path.read_text(encoding="utf-8")
        for k in range(per_file):
            body = text if k == 0 else hostile(text, rnd)
            words = [m.span() for m in re.finditer(r"\S+", body)]
            spans = []
            for j in range(30):
                a, b = words[rnd.randrange(len(words))]
                kind = rnd.randrange(6)
                if kind == 0 and b - a > 2:
                    a += 1  # a clitic: not a spaCy token edge
                elif kind == 1:
                    b = words[min(words.index((a, b)) + rnd.randint(1, 9), len(words) - 1)][1]
                elif kind == 2 and a > 1:
                    a, b = a - 1, a  # whitespace only
                sid = None if j == 0 else 100 * n + j
                attrs = {"value": "2020-11-07"} if j % 7 == 0 else {}
                label = rnd.choice(["SPEAKER", "CLAIM", "DATE", "ORG"])
                spans.append(Span(sid, n, "amina", label, a, b, body[a:b], attrs))
            lang = ("ar", "fa", "other")[(n + k) % 3]
            doc = Document(n * 10 + k, f"{path.stem}-{k}", path.stem, body, lang=lang)
            items.append(AnnotatedDocument(doc, "amina", "done", tuple(spans), ()))
    empty = Document(99, "empty", "", "", lang="fa")
    items.append(AnnotatedDocument(empty, "amina", "todo", (), ()))
    for k, lead in enumerate((" ", "  ", " \xa0", "\t", " \r\n")):  # leading whitespace
        body = lead + "قال الرئيس «الوضع خطير» 🙂"
        doc = Document(200 + k, f"lead-{k}", "", body, lang=("ar", "fa")[k % 2])
        a, b = len(lead) + 11, len(body) - 2
        spans = (Span(None, 200 + k, "amina", "CLAIM", a, b, body[a:b]),)
        items.append(AnnotatedDocument(doc, "amina", "done", spans, ()))
    return items


def messages(path):
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    return [srsly.msgpack_loads(zlib.decompress(f.read_bytes())) for f in files]


def export_both(tmp_path, monkeypatch, items):
    fast, slow = tmp_path / "fast.spacy", tmp_path / "slow.spacy"
    ours = spacy_exporter.SpacyExporter()
    assert ours.write(items, fast) == len(items)
    with monkeypatch.context() as m:
        m.setattr(spacy_exporter, "load_rules", lambda: None)  # spaCy builds the Docs
        theirs = spacy_exporter.SpacyExporter()
        assert theirs.write(items, slow) == len(items)
    assert ours.misaligned == theirs.misaligned and ours.unaligned == theirs.unaligned
    return fast, slow, ours


def test_same_files_as_spacy_on_real_articles(tmp_path, monkeypatch):
    items = seed_items()
    fast, slow, ours = export_both(tmp_path, monkeypatch, items)
    assert ours.misaligned  # clitic and whitespace spans were exercised
    assert messages(fast) == messages(slow)

    from spacy.tokens import DocBin

    # spaCy's own default columns (LEMMA, POS, TAG, DEP, HEAD, MORPH, ENT_KB_ID too)
    full = tmp_path / "full.spacy"
    monkeypatch.setattr(spacy_exporter, "load_rules", lambda: None)
    monkeypatch.setattr(spacy_exporter, "DOCBIN_ATTRS", spacy.tokens.doc.DOCBIN_ALL_ATTRS)
    spacy_exporter.SpacyExporter().write(items, full)

    vocab = NLP["xx"].vocab
    got = list(DocBin().from_bytes(fast.read_bytes()).get_docs(vocab))
    want = list(DocBin().from_bytes(full.read_bytes()).get_docs(vocab))
    assert [d.to_bytes() for d in got] == [d.to_bytes() for d in want]
    assert [d.text for d in got] == [it.document.text for it in items]
    for a, b in zip(got, want, strict=True):
        assert [(t.text, t.whitespace_, t.norm_) for t in a] == [
            (t.text, t.whitespace_, t.norm_) for t in b
        ]
        assert [(e.start, e.end, e.label_, e.id_) for e in a.ents] == [
            (e.start, e.end, e.label_, e.id_) for e in b.ents
        ]
        sc = [(s.start, s.end, s.start_char, s.end_char, s.label_, s.id_) for s in a.spans["sc"]]
        assert sc == [
            (s.start, s.end, s.start_char, s.end_char, s.label_, s.id_) for s in b.spans["sc"]
        ]
        assert a.user_data == b.user_data


def test_a_folder_of_files_is_the_same_too(tmp_path, monkeypatch):
    monkeypatch.setattr(spacy_exporter, "DOCS_PER_FILE", 4)
    items = seed_items(per_file=2)
    fast, slow, _ = export_both(tmp_path, monkeypatch, items)
    assert fast.is_dir() and len(list(fast.iterdir())) == -(-len(items) // 4)
    assert messages(fast) == messages(slow)
    from spacy.training import Corpus

    texts = [ex.reference.text for ex in Corpus(fast)(NLP["xx"])]
    assert texts == [it.document.text for it in items if it.document.text]


def test_rules_of_another_spacy_are_not_used(monkeypatch):
    load_rules.cache_clear()
    monkeypatch.setattr("importlib.metadata.version", lambda name: "0.0.1")
    try:
        assert load_rules() is None
    finally:
        load_rules.cache_clear()


def test_small_caches_give_the_same_tokens_and_strings(monkeypatch):
    """The caches start again when full (memory flat in N): nothing changes, and the
    strings of the chunks numbered before a restart still reach the file."""
    from annotator.io.exporters import spacy_tokens

    monkeypatch.setattr(spacy_tokens, "CACHE_MAX", 7)
    text = hostile(SEEDS[0].read_text(encoding="utf-8"), random.Random(1))
    plain = re.sub(r"[^\w\u200c]+", " ", text)  # no special case across tokens
    for lang in LANGS:
        tok = SpacyTokenizer(lang, RULES)
        table = ChunkTable(DOCBIN_ATTRS)
        first, again = table.encode(text, tok), table.encode(text, tok)
        assert all((a == b).all() for a, b in zip(first, again, strict=True))
        assert tok(text) == OURS[lang](text)
        assert table.used_strings() == {*OURS[lang](text)[0], *OURS[lang](text)[1]}
        table.encode(plain, tok)
        assert len(table.strings) > 7  # one text's chunks are all numbered
        table.encode("خبر", tok)  # a restart: the plain text's strings are kept
        assert table.used_strings() == {*OURS[lang](plain)[0], *OURS[lang](plain)[1], "خبر"}
        assert len(table.strings) == 1


def test_a_batch_of_texts_in_several_pipelines_is_gathered_as_each_alone():
    """One gather for Arabic, Persian and other texts, empty ones, and texts that take
    spaCy's second pass (made apart, put in their place): the same arrays as each
    text encoded alone."""
    texts = [SEEDS[0].read_text(encoding="utf-8"), "", "خوب:) بود", " ق.م. ب.م  "]
    texts += [hostile(t, random.Random(3)) for t in texts if t] + ["👍🏽", "\r\n"]
    table = ChunkTable(DOCBIN_ATTRS)
    plans = [table.plan(t, OURS[LANGS[i % len(LANGS)]]) for i, t in enumerate(texts)]
    got = table.gather(plans)
    alone = [TABLE.encode(t, OURS[LANGS[i % len(LANGS)]]) for i, t in enumerate(texts)]
    assert got.counts == [len(a.starts) for a in alone]
    assert got.rows.tobytes() == b"".join(a.rows.tobytes() for a in alone)
    assert got.spaces.tobytes() == b"".join(a.spaces.tobytes() for a in alone)
    assert got.starts.tolist() == [s for a in alone for s in a.starts.tolist()]


SEPARATORS = [" ", " ", " ", "\n", "\r\n", "\t", "\n\n", "\r\n\r\n", "\n\n\n", "\xa0", " \n", "  "]
WORDS = ["ولادیمیر", "پوتین", "«تاس»،", "۱۴۰۰", "٢٠٢١", "2021", "می\u200cشود", "👍🏽", ":)", "U.S"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30),
    st.sampled_from(LANGS),
)
def test_tokens_are_spacys_on_words_and_line_breaks(words, lang):
    """Texts cut at single spaces (chunks with line breaks, tabs, NBSP inside) and the
    texts that need the other way (two spaces, a space beside a line break)."""
    assert_same_tokens(lang, "".join(w + sep for w, sep in words))
    assert_same_tokens(lang, "".join(sep + w for w, sep in words))


def test_tables_grow_and_keep_only_the_strings_used():
    """Thousands of new chunks (the tables double several times): a file gets the
    strings of exactly the chunks its texts used."""
    table = ChunkTable(DOCBIN_ATTRS)
    words = [f"کلمه{n}،" for n in range(3000)]
    texts = ["سلام دنیا", " ".join(words[:2500]) + "\r\nپایان", " ".join(words[2400:]) + " 👍🏽"]
    for text in texts:  # the used marks of a text survive the next text's growth
        enc = table.encode(text, OURS["fa"])
        assert enc.starts.tolist() == [t.idx for t in NLP["fa"].make_doc(text)]
    assert table.used_strings() == {
        s for text in texts for got in OURS["fa"](text)[:2] for s in got
    }
    assert table.used_strings() == set()


@pytest.mark.parametrize("start,end,text", [(4, 9, "پوتین"), (40, 45, "پوتین"), (3, 3, "")])
def test_a_span_that_does_not_fit_is_refused_by_name(tmp_path, start, end, text):
    from annotator.io.exporters import ExportError
    from annotator.io.exporters.records import checked_spans

    body = "قال ولادیمیر پوتین"
    doc = Document(1, "d-1", "", body, lang="fa")
    good = Span(7, 1, "amina", "SPEAKER", 13, 18, "پوتین")
    bad = Span(8, 1, "amina", "SPEAKER", start, end, text)
    item = AnnotatedDocument(doc, "amina", "done", (good, bad), ())
    with pytest.raises(ExportError) as want:
        checked_spans(item)
    with pytest.raises(ExportError) as got:
        spacy_exporter.SpacyExporter().write([item], tmp_path / "out.spacy")
    assert str(got.value) == str(want.value) and "span 8" in str(got.value)
