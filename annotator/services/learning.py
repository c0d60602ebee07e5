"""Train the project's suggestion model on its own annotations (issue 10, "learn from
the analyst").

Per language, a blank spaCy pipeline (``spacy.blank("ar")`` / ``"fa"``) with a named
entity recognizer is trained on the articles marked done: each article once, from the
gold (curation) layer when it is done there, else from the first analyst layer (by
name) that marked it done; ``layer=`` takes one chosen layer instead. Spans imported
from a file into an article nobody has opened here (status still todo) count as done:
they were finished elsewhere. A done article
without any span of the labels still teaches (that nothing there is a SPEAKER). A
held-out part of the articles (every fifth one, in a fixed shuffled order; at least
one) is kept out of training and scored: exact and overlap precision, recall and F1
per label, of a pipeline trained on the rest. Then a pipeline is trained on every
article and stored IN the project file (table ``models``), so the ``learned`` engine
suggests with it wherever the file goes.

spaCy is imported inside the functions that use it, never at start-up.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

from annotator.core.learned import TrainedModel
from annotator.core.matching import exact_matches, match_overlap
from annotator.core.model import GOLD_LAYER, Document, Span
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore
from annotator.suggest.learned import LearnedEngine

DEFAULT_LABELS = ("SPEAKER",)
MIN_ARTICLES = 5  # per language: at least 4 to train on and 1 to score
HOLDOUT_EVERY = 5  # every fifth article is held out
BATCH = 16  # sentences per update
RETRAIN_SETTING = "learning.retrain_every"
DONE_AT_TRAINING = "learning.done_at_training"
DEFAULT_RETRAIN_EVERY = 10

Progress = Callable[[int, int], None]


class TrainingError(Exception):
    """One line: why no model could be trained (too few articles, unknown layer...)."""


@dataclass(frozen=True)
class Article:
    """One training article: its text, language and the spans of the chosen labels."""

    ext_id: str
    lang: str
    text: str
    spans: tuple[tuple[int, int, str], ...]


@dataclass
class LangResult:
    """What training did for one language."""

    lang: str
    trained: int = 0  # articles the scored model was trained on
    held_out: int = 0  # articles it was scored on (the stored model learned them too)
    figures: dict = field(default_factory=dict)  # label -> {"exact": {...}, "overlap": {...}}
    skipped: str = ""  # why no model was trained for this language

    def line(self) -> str:
        """One line for the terminal and the status bar."""
        if self.skipped:
            return f"{self.lang}: not trained: {self.skipped}"
        parts = []
        for label, fig in sorted(self.figures.items()):
            e, o = fig["exact"], fig["overlap"]
            parts.append(
                f"{label} exact P/R/F1 {e['p']:.2f}/{e['r']:.2f}/{e['f1']:.2f}, "
                f"overlap {o['p']:.2f}/{o['r']:.2f}/{o['f1']:.2f}"
            )
        return (
            f"{self.lang}: model trained on {self.trained + self.held_out} articles; "
            f"trained on {self.trained}, scored on the {self.held_out} held out: "
            + "; ".join(parts)
        )


@dataclass
class TrainReport:
    results: list[LangResult] = field(default_factory=list)


def collect(
    project: Project | ProjectStore,
    layer: str | None = None,
    labels: Sequence[str] = DEFAULT_LABELS,
    doc_ids: Sequence[int] | None = None,
) -> list[Article]:
    """The done articles to learn from (module docstring), in document id order."""
    store = store_of(project)
    if layer is not None and layer not in store.layer_names():
        known = ", ".join(store.layer_names()) or "none"
        raise TrainingError(f"no layer {layer!r} to train on (layers: {known})")
    kinds = {ly.name: ly.kind for ly in store.layers()}
    wanted = set(doc_ids) if doc_ids is not None else None
    chosen: dict[int, tuple[int, str, list[Span]]] = {}
    for doc_id, name, status, spans, _ in store.annotations.iter_layers():
        if wanted is not None and doc_id not in wanted:
            continue
        # spans imported into an article nobody opened here were finished elsewhere
        imported = status == "todo" and spans and all(x.origin.startswith("import:") for x in spans)
        finished = status == "done" or imported
        if not finished:
            continue
        if layer is not None:
            rank = 0 if name == layer else None
        elif name == GOLD_LAYER:
            rank = 0
        else:
            rank = 1 if kinds.get(name) == "analyst" else None
        if rank is None:
            continue
        best = chosen.get(doc_id)
        if best is None or (rank, name) < best[:2]:
            chosen[doc_id] = (rank, name, spans)
    out = []
    for doc_id in sorted(chosen):
        doc: Document = store.documents.get(doc_id)
        picked = [(s.start, s.end, s.label) for s in chosen[doc_id][2] if s.label in labels]
        out.append(Article(doc.ext_id, doc.lang, doc.text, _non_overlapping(picked)))
    return out


def _non_overlapping(spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """A tagger has one label per token: keep the longest of overlapping spans."""
    kept: list[tuple[int, int, str]] = []
    for s in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return tuple(sorted(kept))


def split(articles: Sequence[Article], seed: int = 0) -> tuple[list[Article], list[Article]]:
    """``(train, held_out)``: every HOLDOUT_EVERY-th article of a seeded shuffle is held out."""
    order = list(articles)
    random.Random(seed).shuffle(order)
    held = order[::HOLDOUT_EVERY] if len(order) >= 2 else []
    ids = {id(a) for a in held}
    return [a for a in order if id(a) not in ids], held


def fit(
    lang: str,
    labels: Sequence[str],
    articles: Sequence[Article],
    epochs: int = 0,
    seed: int = 0,
    progress: Progress | None = None,
):
    """A spaCy pipeline trained on ``articles`` (all of one language). ``epochs`` 0: as
    many as fit the data size (more for fewer articles). Returns the ``Language``."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from annotator.suggest.learned import sentence_docs

    fix_random_seed(seed)
    nlp = spacy.blank(lang)
    ner = nlp.add_pipe("ner")
    for label in labels:
        ner.add_label(label)
    examples = []
    for article in articles:
        for reference, offsets in sentence_docs(nlp, article.text, lang):
            reference.ents = _aligned(reference, offsets, article.spans)
            words = [t.text for t in reference]
            spaces = [bool(t.whitespace_) for t in reference]
            examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), reference))
    epochs = epochs or max(8, min(30, 3000 // max(1, len(examples))))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    batches_per_epoch = -(-len(examples) // BATCH)
    total, step = epochs * batches_per_epoch, 0
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=0.2)
            step += 1
            if progress:
                progress(step, total)
    return nlp


def _aligned(doc, offsets: list[tuple[int, int]], spans) -> list:
    """spaCy spans over the tokens that cover each ``(start, end, label)``."""
    from spacy.tokens import Span as SpacySpan

    out = []
    for start, end, label in spans:
        toks = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
        if toks:
            out.append(SpacySpan(doc, toks[0], toks[-1] + 1, label=label))
    kept: list = []  # expanding to tokens can make two spans touch the same token
    for span in out:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return kept


def score(nlp, articles: Sequence[Article], labels: Sequence[str]) -> dict:
    """Exact and overlap P/R/F1 per label of ``nlp`` on ``articles``."""
    from annotator.suggest.learned import predict

    counts = {label: [0, 0, 0, 0] for label in labels}  # gold, predicted, exact, overlap
    for article in articles:
        found = predict(nlp, article.text, article.lang)
        for label in labels:
            gold = [_span(a, label, article.text) for a in article.spans if a[2] == label]
            pred = [_span(a, label, article.text) for a in found if a[2] == label]
            c = counts[label]
            c[0] += len(gold)
            c[1] += len(pred)
            c[2] += exact_matches(gold, pred)
            c[3] += len(match_overlap(gold, pred))
    return {label: figures(*c) for label, c in counts.items()}


def _span(t: tuple[int, int, str], label: str, text: str) -> Span:
    return Span(None, 0, "", label, t[0], t[1], text[t[0] : t[1]])


def figures(gold: int, predicted: int, exact: int, overlap: int) -> dict:
    """``{"gold", "predicted", "exact": {tp, p, r, f1}, "overlap": {tp, p, r, f1}}``."""

    def prf(tp: int) -> dict:
        return {
            "tp": tp,
            "p": tp / predicted if predicted else 0.0,
            "r": tp / gold if gold else 0.0,
            "f1": 2 * tp / (gold + predicted) if gold + predicted else 0.0,
        }

    return {"gold": gold, "predicted": predicted, "exact": prf(exact), "overlap": prf(overlap)}


def train(
    project: Project | ProjectStore,
    layer: str | None = None,
    labels: Sequence[str] = DEFAULT_LABELS,
    progress: Progress | None = None,
    epochs: int = 0,
    seed: int = 0,
) -> TrainReport:
    """Train and store one model per language with enough done articles; a language
    with fewer than MIN_ARTICLES is skipped (said in the report). Raises
    TrainingError when no language could be trained."""
    store = store_of(project)
    labels = tuple(dict.fromkeys(labels))
    if not labels:
        raise TrainingError("no labels to train: give at least one, e.g. --labels SPEAKER")
    schema = store.schema.current()
    known = {label.name for label in schema.labels} if schema else set()
    unknown = [x for x in labels if x not in known]
    if unknown:
        have = ", ".join(sorted(known))
        raise TrainingError(f"unknown label {unknown[0]!r}; the schema has {have}")
    unlearnable = [x for x in labels if x not in LearnedEngine.labels]
    if unlearnable:
        can = ", ".join(LearnedEngine.labels)
        raise TrainingError(f"label {unlearnable[0]!r} cannot be learned; the model learns {can}")
    articles = collect(store, layer, labels)
    by_lang: dict[str, list[Article]] = {}
    for a in articles:
        by_lang.setdefault(a.lang, []).append(a)
    report = TrainReport()
    plan = []
    for lang in sorted(by_lang):
        items = by_lang[lang]
        tagged = sum(1 for a in items if a.spans)
        if len(items) < MIN_ARTICLES or tagged < 2:
            report.results.append(
                LangResult(
                    lang,
                    skipped=f"{len(items)} done articles ({tagged} with {'/'.join(labels)} "
                    f"spans); need at least {MIN_ARTICLES}, 2 of them with spans",
                )
            )
        else:
            plan.append((lang, *split(items, seed)))
    if not plan:
        where = f"layer {layer!r}" if layer else "the gold and analysts' layers"
        detail = "; ".join(r.line() for r in report.results) or "no done articles"
        raise TrainingError(f"too few annotated articles in {where} to train: {detail}")
    for n, (lang, train_part, held) in enumerate(plan):

        def step(done: int, total: int, phase: int = 2 * n) -> None:
            if progress:
                progress(phase * 1000 + int(1000 * done / max(1, total)), 2000 * len(plan))

        nlp = fit(lang, labels, train_part, epochs, seed, step)
        result = LangResult(lang, len(train_part), len(held), score(nlp, held, labels))
        everything = train_part + held  # measured: now learn from every article
        nlp = fit(lang, labels, everything, epochs, seed, partial(step, phase=2 * n + 1))
        save_model(store, lang, labels, nlp, len(everything), result.figures)
        report.results.append(result)
    report.results.sort(key=lambda r: r.lang)
    store.set_setting(DONE_AT_TRAINING, str(store.models.done_articles()))
    return report


def save_model(
    project: Project | ProjectStore,
    lang: str,
    labels: Sequence[str],
    nlp,
    articles: int,
    figures: dict | None = None,
) -> TrainedModel:
    """Store the pipeline ``nlp`` as the project's model for ``lang`` (replacing the
    one before); the ``learned`` engine suggests with it from now on."""
    model = TrainedModel(
        lang,
        tuple(labels),
        datetime.now(UTC).isoformat(timespec="milliseconds"),
        articles,
        nlp.to_bytes(),
        figures or {},
    )
    store_of(project).models.save(model)
    return model


def describe(project: Project | ProjectStore) -> list[TrainedModel]:
    """The project's models (without their bytes), one per language."""
    return store_of(project).models.describe()


def retrain_every(project: Project | ProjectStore) -> int:
    """After how many newly done articles the window retrains (0: never by itself)."""
    value = store_of(project).get_setting(RETRAIN_SETTING, str(DEFAULT_RETRAIN_EVERY))
    return int(value) if value.isdigit() else DEFAULT_RETRAIN_EVERY


def set_retrain_every(project: Project | ProjectStore, every: int) -> None:
    """Set the retraining interval in done articles (0 turns it off)."""
    if every < 0:
        raise TrainingError(f"the retraining interval must be 0 or more, not {every}")
    store_of(project).set_setting(RETRAIN_SETTING, str(every))


def retrain_due(project: Project | ProjectStore) -> bool:
    """True when RETRAIN_SETTING articles (or more) were marked done since the last
    training, or since the start when the project was never trained."""
    store = store_of(project)
    every = retrain_every(store)
    if every == 0:
        return False
    before = store.get_setting(DONE_AT_TRAINING, "0")
    return store.models.done_articles() - (int(before) if before.isdigit() else 0) >= every


def train_in_background(path: str, layer: str | None, labels: Sequence[str], queue) -> None:
    """Train the project at ``path`` in a process of its own (the window starts it, so
    that training never holds the window's interpreter), reporting on ``queue``:
    ``("progress", done, total)``, then ``("done", [one line per language])`` or
    ``("error", one line)``. The process opens its own connection to the file."""
    from annotator.services.project import ProjectError, open_project

    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if percent != last[0]:
            last[0] = percent
            queue.put(("progress", done, total))

    try:
        project = open_project(path)
    except ProjectError as exc:
        queue.put(("error", str(exc)))
        return
    try:
        report = train(project, layer, labels, progress)
    except TrainingError as exc:
        queue.put(("error", str(exc)))
    except Exception as exc:  # one line for the status bar, never a traceback
        queue.put(("error", f"training failed: {exc or type(exc).__name__}"))
    else:
        queue.put(("done", [r.line() for r in report.results]))
    finally:
        project.close()
