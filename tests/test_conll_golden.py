"""The fast CoNLL exporter (issue 13) writes what the exporter before it wrote, byte
for byte: a golden file of the seed articles (written by the old exporter) and a
property test against the old per-document code (tests/reference_conll.py)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reference_conll import assert_same_as_old, old_choose_spans, old_document_text

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.io.exporters.conll import ConllExporter, choose_spans, text_tokens
from annotator.text.tokens import tokenize

from conftest import ROOT, SEEDS

GOLDEN = ROOT / "tests" / "golden" / "seeds.conll"
LABELS = ("SPEAKER", "CLAIM", "DATE", "ORG")


def _hostile(text: str, rnd: random.Random) -> str:
    """The seed text with CRLF line ends, emoji (with skin tone and ZWJ), NBSP, ZWNJ
    between words, RLM/LRM, a decimal and a time, a ZWNJ and a mark at word edges."""
    words = text.replace("\n", "\r\n").split(" ")
    extras = ["👍🏽", "👨\u200d👩", "\xa0", "\u200c", "\u200f", "\u200e", "2.5", "19:31", "،", "«"]
    for _ in range(len(words) // 8):
        words.insert(rnd.randrange(len(words)), rnd.choice(extras))
    return " ".join(words) + " \u200cَ."


def _spans(text: str, doc_id: int, rnd: random.Random) -> list[Span]:
    """Word spans, spans inside words (clitics), long overlapping claims, spans on
    whitespace or invisible marks only: every case the exporter must decide."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    picks: list[tuple[int, int]] = []
    for _ in range(25):
        i = rnd.randrange(len(words))
        a, b = words[i]
        kind = rnd.randrange(5)
        if kind == 0 and b - a > 2:
            a += 1  # inside the word: بوتين in وبوتين
        elif kind == 1:
            b = words[min(i + rnd.randint(1, 12), len(words) - 1)][1]  # a claim
        elif kind == 2 and a > 0:
            a, b = a - 1, a  # the whitespace before a word: no token
        picks.append((a, b))
    return [
        Span(n + 1, doc_id, "amina", rnd.choice(LABELS), a, b, text[a:b])
        for n, (a, b) in enumerate(picks)
    ]


def seed_items() -> list[AnnotatedDocument]:
    """The five seed articles as they are and made hostile, with spans (seeded)."""
    rnd = random.Random(13)
    items = []
    for n, path in enumerate(SEEDS):
        text = path.read_text(encoding="utf-8")
        for k, body in enumerate((text, _hostile(text, rnd))):
            doc_id = 2 * n + k + 1
            doc = Document(doc_id, f"{path.stem}-{k}", path.stem, body, lang="fa")
            spans = tuple(_spans(body, doc_id, rnd))
            items.append(AnnotatedDocument(doc, "amina", "done", spans, ()))
    return items


def write_golden(path: Path) -> None:
    """Regenerate the golden file (only ever with the exporter before issue 13)."""
    ConllExporter().write(seed_items(), path)


def test_seed_articles_give_the_golden_file(tmp_path):
    out = tmp_path / "seeds.conll"
    exporter = ConllExporter()
    assert exporter.write(seed_items(), out) == 10
    assert out.read_bytes() == GOLDEN.read_bytes()
    assert exporter.dropped > 0  # overlapping and token-less spans were exercised
    old = "".join(old_document_text(it.document.text, it.spans)[0] for it in seed_items())
    assert out.read_text(encoding="utf-8") == old


ALPHABET = st.sampled_from(
    [
        *"ولادیمیر پوتین بوتين،؛؟!.:«»()-/0123456789٢٠٢١۱۴۰۰",
        *("\u200c", "\u200d", "\xa0", "\r\n", "\n", "\u200f", "\u064e", "👍", "🏽", "_", "a"),
    ]
)


@st.composite
def documents(draw):
    text = "".join(draw(st.lists(ALPHABET, max_size=80)))
    n = len(text)
    spans = []
    for i in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, max(n - 1, 0)))
        b = draw(st.integers(a + 1, n)) if n else 0
        if a < b:
            spans.append(Span(i + 1, 1, "x", draw(st.sampled_from(LABELS)), a, b, text[a:b]))
    return text, spans


@settings(max_examples=400, deadline=None)
@given(documents())
def test_document_block_is_the_old_output(case):
    text, spans = case
    assert_same_as_old(text, spans)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60))
def test_text_tokens_are_tokenize_on_any_text(pieces):
    """Tokens built from cached pieces between single spaces are tokenize's tokens."""
    text = " ".join(pieces[: len(pieces) // 2]) + "".join(pieces[len(pieces) // 2 :])
    starts, ends, words = text_tokens(text)
    spans = tokenize(text)
    assert list(zip(starts, ends, strict=True)) == spans
    assert words == [text[a:b] for a, b in spans]


#: Characters around sentence ends: terminators, closing quotes, a mark after a
#: terminator (one token across the end), line breaks, blanks that no token holds.
SENTENCE_END = st.sampled_from(
    [
        *"بوتين قال. ؟!»)\"'۔2.5",
        *("\u064e", "\u200c", "\u200d", "\u200f", "\u200b", "\xa0", "\r\n", "\n", "\u2029"),
        *("  ", "👍🏽", "_", "\u0301", " \u200c"),
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(SENTENCE_END, max_size=50), st.data())
def test_sentence_ends_are_the_old_ones(chars, data):
    """Sentence breaks from the raw break offsets give the old blank lines, with spans
    that continue across a sentence end or cut a token there."""
    text = "".join(chars)
    spans = []
    for i in range(data.draw(st.integers(0, 4))):
        if len(text) < 2:
            break
        a = data.draw(st.integers(0, len(text) - 2))
        b = data.draw(st.integers(a + 1, len(text)))
        spans.append(Span(i + 1, 1, "x", data.draw(st.sampled_from(LABELS)), a, b, text[a:b]))
    assert_same_as_old(text, spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(LABELS))))
def test_choose_spans_is_the_old_choice(triples):
    """The shortcut for spans that do not overlap keeps what the old loop kept."""
    spans = [Span(i + 1, 1, "x", lab, a, a + k, "") for i, (a, k, lab) in enumerate(triples)]
    assert choose_spans(spans) == old_choose_spans(spans)
