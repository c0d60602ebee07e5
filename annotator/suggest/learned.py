"""Suggestions from a model trained on the project's own annotations (issue 10).

The project keeps one spaCy pipeline per language (``annotator train``; the window
retrains it in the background as articles are marked done). This engine tags with
the pipeline of the document's language when the project has one, and suggests
nothing otherwise. spaCy is imported only when a model is actually used, so that
start-up never pays for it.

It runs after the dates and speakers engines and leaves out a span that overlaps one
of theirs of the same label, or a span the analyst already tagged; the claims engine
runs after it, so claims link to the speakers it finds.

The pipeline never sees raw text: it learns and tags sentence by sentence
(:func:`annotator.text.tokens.sentences`), and its tokens are the project's own
(:func:`annotator.text.tokens.tokenize`), so that offsets are exact code points of the
stored text. In Arabic a proclitic is split off its word where the split is safe: a
conjunction or preposition in front of the article (``والرئيس`` -> ``و`` ``الرئيس``),
and a bare ``و``/``ف`` in front of a word that also stands alone in the same article
(``وبوتين`` when ``بوتين`` occurs). That lets a span leave the clitic out, as the
guidelines ask. Persian words are never split.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

from annotator.core.learned import TrainedModel
from annotator.core.model import Document
from annotator.suggest.base import Engine, SuggestContext, Suggestion
from annotator.text.tokens import ARTICLE, CONJUNCTIONS, PREPOSITIONS, sentences, tokenize

__all__ = [
    "LearnedEngine",
    "load_pipeline",
    "model_tokens",
    "predict",
    "sentence_docs",
    "to_doc",
]

log = logging.getLogger(__name__)

_ARTICLE_PREFIXES = tuple(
    sorted(
        {c + p for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS)} - {""},
        key=len,
        reverse=True,
    )
)
_MIN_REST = 2  # letters after a split-off prefix


def model_tokens(text: str, lang: str) -> list[tuple[int, int]]:
    """The tokens a model is trained and run on: ``(start, end)`` code points of
    ``text`` (module docstring: Arabic proclitics split where safe)."""
    spans = tokenize(text)
    if lang != "ar":
        return spans
    alone = {text[s:e] for s, e in spans}
    out: list[tuple[int, int]] = []
    for s, e in spans:
        word = text[s:e]
        cut = 0
        for prefix in _ARTICLE_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and rest.startswith(ARTICLE) and len(rest) > _MIN_REST:
                cut = len(prefix)
                break
        if not cut and word[:1] in CONJUNCTIONS and len(word) > _MIN_REST + 1 and word[1:] in alone:
            cut = 1
        if cut:
            out += [(s, s + cut), (s + cut, e)]
        else:
            out.append((s, e))
    return out


def to_doc(nlp: Any, text: str, lang: str) -> tuple[Any, list[tuple[int, int]]]:
    """A spaCy ``Doc`` of ``text`` on :func:`model_tokens`, with those offsets."""
    from spacy.tokens import Doc

    offsets = model_tokens(text, lang)
    words = [text[s:e] for s, e in offsets]
    spaces = [i + 1 < len(offsets) and offsets[i + 1][0] > e for i, (_, e) in enumerate(offsets)]
    return Doc(nlp.vocab, words=words, spaces=spaces), offsets


def load_pipeline(data: bytes) -> Any:
    """A spaCy pipeline from the bytes of ``Language.to_bytes()`` (its config is inside)."""
    import spacy
    import srsly
    from thinc.api import Config

    config = Config().from_bytes(srsly.msgpack_loads(data)["config.cfg"])
    nlp = spacy.util.get_lang_class(config["nlp"]["lang"]).from_config(config)
    return nlp.from_bytes(data)


def sentence_docs(nlp: Any, text: str, lang: str) -> list[tuple[Any, list[tuple[int, int]]]]:
    """One spaCy ``Doc`` per sentence of ``text`` (the model learns and tags sentence
    by sentence), each with its tokens' offsets into ``text``."""
    out = []
    for a, b in sentences(text):
        doc, offsets = to_doc(nlp, text[a:b], lang)
        if offsets:
            out.append((doc, [(s + a, e + a) for s, e in offsets]))
    return out


def predict(nlp: Any, text: str, lang: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` the pipeline tags in ``text``, in code points of ``text``."""
    found = []
    for doc, offsets in sentence_docs(nlp, text, lang):
        for _, component in nlp.pipeline:
            doc = component(doc)
        found += [(offsets[e.start][0], offsets[e.end - 1][1], e.label_) for e in doc.ents]
    return found


_LOADED: OrderedDict[tuple, Any] = OrderedDict()
_LOCK = threading.Lock()  # one pipeline call at a time: engines run on worker threads
_CACHE_SIZE = 4


def _pipeline(model: TrainedModel) -> Any:
    nlp = _LOADED.get(model.key)
    if nlp is None:
        nlp = load_pipeline(model.data)
        _LOADED[model.key] = nlp
        while len(_LOADED) > _CACHE_SIZE:
            _LOADED.popitem(last=False)
    _LOADED.move_to_end(model.key)
    return nlp


def _spacy_available() -> bool:
    global _WARNED
    try:
        available = importlib.util.find_spec("spacy") is not None
    except (ImportError, ValueError):  # spacy set to None in sys.modules
        available = False
    if not available and not _WARNED:
        _WARNED = True
        log.warning(
            "the project has a trained model but spaCy is not installed: "
            "pip install 'annotator[spacy]' to get its suggestions"
        )
    return available


_WARNED = False


def _precision(model: TrainedModel, label: str) -> float:
    """The confidence of the model's spans of ``label``: its exact precision on the
    held-out articles when training measured one, else 0.5."""
    try:
        return float(model.figures[label]["exact"]["p"])
    except (KeyError, TypeError, ValueError):
        return 0.5


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


class LearnedEngine(Engine):
    """Spans tagged by the project's trained model for the document's language."""

    name = "learned"
    description = "Speakers (and other labels) learned from the project's done articles"
    labels = ("SPEAKER", "CLAIM", "DATE")  # what ``annotator train --labels`` may learn
    after = ("dates", "speakers")  # a speaker the rules already suggest is not repeated

    def suggest(self, doc: Document, context: SuggestContext) -> Iterable[Suggestion]:
        model = context.model
        if model is None or not model.data or model.lang != doc.lang:
            return []
        if not _spacy_available():
            return []  # a model trained elsewhere, opened where spaCy is not installed
        with _LOCK:
            found = predict(_pipeline(model), doc.text, doc.lang)
        out = []
        rule = f"model of {model.trained_at[:16]} ({model.articles} articles)"
        for start, end, label in found:
            if label not in self.labels:
                continue
            taken = [(s.start, s.end) for s in context.spans if s.label == label]
            taken += [(s.start, s.end) for s in context.earlier if s.label == label]
            if not _overlaps(start, end, taken):
                text = doc.text[start:end]
                confidence = _precision(model, label)
                out.append(Suggestion(start, end, label, text, self.name, rule, {}, (), confidence))
        return out
