"""Agreement measures (annotator.core.agreement, coefficients, unitizing, matching).

The numbers are proved against independent implementations (scikit-learn's
``cohen_kappa_score``, the ``krippendorff`` package, statsmodels' ``fleiss_kappa``, a
naive alpha-U written here from the definitions) and against worked examples with
published values (Fleiss 1971 via Wikipedia; Krippendorff 2011; Krippendorff 1995
and 2004 via DKPro Agreement's tests)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.agreement import (
    ALL,
    NONE,
    DocLayers,
    group_layers,
    measure_agreement,
    token_categories,
)
from annotator.core.coefficients import cohen_kappa, fleiss_kappa, krippendorff_alpha_nominal
from annotator.core.matching import match_any_label, match_overlap
from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.core.unitizing import alpha_u, clean_units, observed_sum
from annotator.text.tokens import tokenize

DATA = Path(__file__).resolve().parent.parent / "data"
LABELS = ("SPEAKER", "CLAIM", "DATE")
# Emoji with a skin tone, ZWNJ inside words, NBSP, CRLF, Persian and Arabic digits.
TRICKY = (
    "وزیر خارجه گفت: «می‌خواهیم\u00a0مذاکره کنیم» 👍🏽 روز ۱۲ آبان ۱۳۹۹.\r\n"
    "وقال الرئيس الروسي فلاديمير بوتين، يوم 7 نوفمبر/تشرين الثاني 2020، إن 🇮🇷 «الحل سلمي».\r\n"
)


def _span(sid, layer, label, s, e, text="", doc=1, **attrs):
    return Span(sid, doc, layer, label, s, e, text[s:e], attrs)


def _texts() -> list[str]:
    seeds = sorted(DATA.glob("*.txt"))
    return [TRICKY + seeds[0].read_text("utf-8")[:3000], seeds[2].read_text("utf-8")[:3000]]


def _random_layers(text: str, rng: random.Random, layers=("amina", "reza", "sara"), n=25):
    """Spans for several layers: a base set perturbed per layer (shifted edges, dropped,
    relabelled, extra spans, some mid-token offsets)."""
    toks = tokenize(text)
    base = []
    for _ in range(n):
        i = rng.randrange(len(toks))
        j = min(len(toks) - 1, i + rng.randrange(6))
        base.append((rng.choice(LABELS), toks[i][0], toks[j][1]))
    out = {}
    sid = 1
    for layer in layers:
        spans = []
        for label, s, e in base:
            roll = rng.random()
            if roll < 0.15:
                continue
            if roll < 0.3:
                label = rng.choice(LABELS)
            elif roll < 0.45:
                s = max(0, s + rng.randint(-4, 4))
                e = max(s + 1, min(len(text), e + rng.randint(-4, 4)))
            spans.append(_span(sid, layer, label, s, e, text))
            sid += 1
        for _ in range(rng.randrange(4)):
            s = rng.randrange(len(text) - 10)
            spans.append(_span(sid, layer, rng.choice(LABELS), s, s + rng.randint(1, 9), text))
            sid += 1
        out[layer] = spans
    return out


def _coef(report, measure, layers, label):
    [row] = [
        c
        for c in report.coefficients
        if c.measure == measure and c.layers == tuple(layers) and c.label == label
    ]
    return row


def _spanrow(report, layers, label, match):
    [row] = [
        r
        for r in report.spans
        if r.layers == tuple(layers) and r.label == label and r.match == match
    ]
    return row


def _sequences(text, spans_by_layer, layer_names):
    """Token categories computed the slow way: every token against every span."""
    order = ["SPEAKER", "DATE", "CLAIM"]
    seqs = {}
    for layer in layer_names:
        per_label = {lab: [] for lab in LABELS}
        overall = []
        for ts, te in tokenize(text):
            hits = {sp.label for sp in spans_by_layer[layer] if sp.start < te and ts < sp.end}
            for lab in LABELS:
                per_label[lab].append(lab in hits)
            overall.append(next((lab for lab in order if lab in hits), NONE))
        seqs[layer] = (per_label, overall)
    return seqs


@pytest.fixture(scope="module")
def corpus():
    rng = random.Random(9)
    docs = []
    for k, text in enumerate(_texts(), 1):
        docs.append(DocLayers(k, text, _random_layers(text, rng)))
    # A third document only two of the three analysts annotated.
    text = TRICKY * 3
    spans = _random_layers(text, rng, layers=("amina", "reza"))
    docs.append(DocLayers(3, text, spans))
    return docs


# --- scikit-learn, krippendorff, statsmodels on real texts -----------------------------


def test_texts_have_the_hard_characters():
    text = _texts()[0]
    for ch in ("\u200c", "\u00a0", "\r\n", "👍🏽", "۱۲"):
        assert ch in text


def test_cohen_kappa_matches_scikit_learn(corpus):
    from sklearn.metrics import cohen_kappa_score

    report = measure_agreement(corpus, LABELS)
    for x, y in (("amina", "reza"), ("amina", "sara"), ("reza", "sara")):
        per_label = {lab: ([], []) for lab in LABELS}
        overall = ([], [])
        for doc in corpus:
            if x not in doc.spans or y not in doc.spans:
                continue
            seqs = _sequences(doc.text, doc.spans, (x, y))
            for lab in LABELS:
                per_label[lab][0].extend(seqs[x][0][lab])
                per_label[lab][1].extend(seqs[y][0][lab])
            overall[0].extend(seqs[x][1])
            overall[1].extend(seqs[y][1])
        for lab in LABELS:
            row = _coef(report, "cohen_kappa", (x, y), lab)
            assert row.items == len(per_label[lab][0])
            assert row.value == pytest.approx(cohen_kappa_score(*per_label[lab]), abs=1e-12)
        row = _coef(report, "cohen_kappa", (x, y), ALL)
        assert row.value == pytest.approx(cohen_kappa_score(*overall), abs=1e-12)
        assert -1 < row.value < 1  # the random layers disagree somewhat
    assert cohen_kappa(overall[0], overall[1]) == pytest.approx(cohen_kappa_score(*overall))


def _reliability(corpus, label):
    """Layers x tokens matrix of category codes, NaN where a layer did not annotate."""
    layers = ("amina", "reza", "sara")
    codes = {NONE: 0, False: 0, True: 1, "SPEAKER": 1, "CLAIM": 2, "DATE": 3}
    rows = {layer: [] for layer in layers}
    for doc in corpus:
        present = [z for z in layers if z in doc.spans]
        seqs = _sequences(doc.text, doc.spans, present)
        n = len(tokenize(doc.text))
        for z in layers:
            if z in seqs:
                values = seqs[z][1] if label == ALL else seqs[z][0][label]
                rows[z].extend(codes[v] for v in values)
            else:
                rows[z].extend([np.nan] * n)
    return np.array([rows[z] for z in layers], dtype=float)


@pytest.mark.parametrize("label", [*LABELS, ALL])
def test_krippendorff_alpha_matches_the_krippendorff_package(corpus, label):
    krippendorff = pytest.importorskip("krippendorff")
    report = measure_agreement(corpus, LABELS)
    data = _reliability(corpus, label)
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    row = _coef(report, "krippendorff_alpha", ("amina", "reza", "sara"), label)
    assert row.value == pytest.approx(expected, abs=1e-9)
    assert row.documents == 3


@pytest.mark.parametrize("label", [*LABELS, ALL])
def test_fleiss_kappa_matches_statsmodels(corpus, label):
    inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
    report = measure_agreement(corpus, LABELS)
    data = _reliability(corpus[:2], label)  # the documents all three annotated
    table, _ = inter_rater.aggregate_raters(data.T.astype(int))
    row = _coef(report, "fleiss_kappa", ("amina", "reza", "sara"), label)
    assert row.items == data.shape[1]
    assert row.documents == 2
    assert row.value == pytest.approx(inter_rater.fleiss_kappa(table), abs=1e-9)


# --- published worked examples ----------------------------------------------------------

# Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters,
# 5 categories; P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
FLEISS_1971 = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_published_example():
    kappa = fleiss_kappa(FLEISS_1971)
    assert round(kappa, 3) == 0.210
    inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
    assert kappa == pytest.approx(inter_rater.fleiss_kappa(np.array(FLEISS_1971)), abs=1e-12)


def test_krippendorff_alpha_published_example():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
    4 observers, 12 units, nominal values with missing data: alpha = 0.743."""
    n = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    alpha = krippendorff_alpha_nominal(zip(*coders, strict=True))
    assert round(alpha, 3) == 0.743
    krippendorff = pytest.importorskip("krippendorff")
    data = np.array([[np.nan if v is None else v for v in row] for row in coders])
    assert alpha == pytest.approx(krippendorff.alpha(data, level_of_measurement="nominal"))


def test_alpha_u_krippendorff_2004_example():
    """Krippendorff (2004), Content Analysis, 2nd ed., p. 254, as DKPro Agreement's
    Krippendorff2004Test encodes it: continuum [150, 450), two observers, categories
    c and k. Published: alpha_c = 0.7286 (D_O 0.0144, D_E 0.0532), alpha_k = 1
    (D_E 0.0490), overall 0.8591 (DKPro's tolerance 0.0005)."""

    def unit(start, length, cat):
        return (start - 150, start - 150 + length, cat)

    i = [unit(225, 70, "c"), unit(370, 30, "c"), unit(180, 60, "k"), unit(300, 50, "k")]
    j = [unit(220, 80, "c"), unit(355, 20, "c"), unit(400, 20, "c")]
    j += [unit(180, 60, "k"), unit(300, 50, "k")]
    per, overall = alpha_u(300, [i, j])
    assert per["c"].observed == pytest.approx(0.0144, abs=1e-4)
    assert per["c"].expected == pytest.approx(0.0532, abs=1e-4)
    assert per["c"].alpha == pytest.approx(0.7286, abs=1e-4)
    assert per["k"].observed == 0.0
    assert per["k"].expected == pytest.approx(0.0490, abs=1e-4)
    assert per["k"].alpha == 1.0
    assert overall.alpha == pytest.approx(0.8591, abs=5e-4)
    # The book's distances: 50 for (225, 70) against (220, 80), 850 for (370, 30)
    # against (355, 20), 400 for a unit of 20 alone in the other's gap.
    assert observed_sum([(225, 295)], [(220, 300)]) == 50
    assert observed_sum([(370, 400)], [(355, 375)]) == 850
    assert observed_sum([], [(400, 420)]) == 400


def _krippendorff_1995(stretch: float):
    """Krippendorff (1995: p. 57) four pairs of observers, as in DKPro's Krippendorff1995Test."""
    table = [
        (2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
        (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"),
        (4, 1, 1, "B"), (5, 1, 1, "B"), (6, 3, 1, "B"), (9, 1, 1, "B"),
        (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"),
        (0, 2, 1, "C"), (4, 4, 1, "C"), (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
        (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"),
        (0, 4, 1, "D"), (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D"),
    ]  # fmt: skip
    raters = [[], []]
    for offset, length, rater, cat in table:
        start = int(offset * stretch)
        raters[rater].append((start, start + int(length * stretch), cat))
    return alpha_u(int(24 * stretch), raters)


def test_alpha_u_krippendorff_1995_example():
    """Krippendorff (1995), p. 57: D_O exactly as published (DKPro asserts 1e-5), and
    alpha_U of the four pairs in a long continuum (published 0.553, -0.926, 0.679, 0.066)
    within DKPro's tolerance of 0.02 (its comment: the 1995 D_E has a small error that
    Krippendorff 2004 corrects)."""
    per, _ = _krippendorff_1995(1)
    observed = {"A": 0.03125, "B": 2.26736, "C": 0.02777, "D": 0.38715}
    for cat, value in observed.items():
        assert per[cat].observed == pytest.approx(value, abs=1e-5)
    per, _ = _krippendorff_1995(12 / 24)  # DKPro: D_E of C = 0.05494 at this length
    assert per["C"].expected == pytest.approx(0.05494, abs=1e-5)
    assert per["C"].alpha == pytest.approx(0.494, abs=0.02)
    per, _ = _krippendorff_1995(1_200_000 / 24)
    published = {"A": 0.553, "B": -0.926, "C": 0.679, "D": 0.066}
    for cat, value in published.items():
        assert per[cat].alpha == pytest.approx(value, abs=0.02)


def test_alpha_u_dkpro_examples():
    """DKPro Agreement's UnitizingAgreementTest: one long unit against three short ones
    (D_O 0.9100, D_E 0.5351, alpha -0.7003); one unit by one rater of three gives 0.0;
    no unit at all is undefined."""
    per, _ = alpha_u(10, [[(1, 9, "A")], [(2, 3, "A"), (4, 5, "A"), (6, 7, "A")]])
    assert per["A"].observed == pytest.approx(0.9100, abs=1e-4)
    assert per["A"].expected == pytest.approx(0.5351, abs=1e-4)
    assert per["A"].alpha == pytest.approx(-0.7003, abs=1e-4)
    per, overall = alpha_u(20, [[(0, 1, "X")], [], []])
    assert per["X"].alpha == 0.0 and overall.alpha == 0.0
    per, overall = alpha_u(20, [[], [], []])
    assert per == {} and overall.alpha is None


# --- alpha-U against a naive implementation of the definitions --------------------------


def _naive_alpha_u(length, raters):
    """alpha-U of one category straight from the definitions: segments, every pair."""
    segs = []
    for units in raters:
        out, pos = [], 0
        for s, e in units:
            if s > pos:
                out.append((pos, s, False))
            out.append((s, e, True))
            pos = e
        if pos < length:
            out.append((pos, length, False))
        segs.append(out)
    total = 0
    for a in range(len(segs)):
        for b in range(a + 1, len(segs)):
            for s1, e1, u1 in segs[a]:
                for s2, e2, u2 in segs[b]:
                    if min(e1, e2) <= max(s1, s2):
                        continue
                    if u1 and u2:
                        total += (s1 - s2) ** 2 + (e1 - e2) ** 2
                    elif u1 and not u2 and s2 <= s1 and e1 <= e2:
                        total += (e1 - s1) ** 2
                    elif u2 and not u1 and s1 <= s2 and e2 <= e1:
                        total += (e2 - s2) ** 2
    r = len(raters)
    d_o = 2 * total / (r * (r - 1) * length**2)
    lens = [e - s for units in raters for s, e in units]
    gaps = [e - s for out in segs for s, e, u in out if not u]
    n = len(lens)
    num = 0
    for ell in lens:
        num += (n - 1) * (2 * ell**3 - 3 * ell**2 + ell) / 3
        num += ell**2 * sum(g - ell + 1 for g in gaps if g >= ell)
    d_e = 2 / length * num / (r * length * (r * length - 1) - sum(x * (x - 1) for x in lens))
    return d_o, d_e


unit_lists = st.lists(st.tuples(st.integers(0, 59), st.integers(1, 15)), max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(unit_lists, min_size=2, max_size=4))
def test_alpha_u_equals_naive_definition(raw):
    length = 80
    raters = [clean_units((s, min(length, s + n)) for s, n in units) for units in raw]
    if not any(raters):
        return
    per, _ = alpha_u(length, [[(s, e, "X") for s, e in units] for units in raters])
    d_o, d_e = _naive_alpha_u(length, raters)
    assert per["X"].observed == pytest.approx(d_o, rel=1e-9, abs=1e-12)
    assert per["X"].expected == pytest.approx(d_e, rel=1e-9, abs=1e-12)


def test_alpha_u_over_documents_is_one_continuum(corpus):
    """Documents laid end to end: the report's alpha-U equals alpha_u on the
    concatenated continuum, with offsets shifted."""
    report = measure_agreement(corpus, LABELS)
    pair = ("amina", "reza")
    shift, raters = 0, [[], []]
    for doc in corpus:
        for k, z in enumerate(pair):
            raters[k] += [(s.start + shift, s.end + shift, s.label) for s in doc.spans[z]]
        shift += len(doc.text)
    per, overall = alpha_u(shift, raters)
    for lab in LABELS:
        row = _coef(report, "alpha_u", pair, lab)
        assert row.items == shift and row.documents == 3
        assert row.value == pytest.approx(per[lab].alpha, abs=1e-12)
    assert _coef(report, "alpha_u", pair, ALL).value == pytest.approx(overall.alpha, abs=1e-12)


def test_clean_units_keeps_the_first_of_overlapping_units():
    assert clean_units([(5, 9), (0, 4), (2, 3), (0, 6), (9, 9), (8, 12), (12, 14)]) == [
        (0, 6),
        (8, 12),
        (12, 14),
    ]


# --- span F1, matching -------------------------------------------------------------------

TEXT = "قال وزير الخارجية الإيراني محمد جواد ظريف يوم الأحد إن «الاتفاق» ما زال ممكناً 👍🏽"


def test_span_f1_exact_and_overlap_counts():
    a = [
        _span(1, "a", "SPEAKER", 4, 26, TEXT),
        _span(2, "a", "SPEAKER", 27, 41, TEXT),
        _span(3, "a", "DATE", 42, 53, TEXT),
    ]
    b = [
        _span(11, "b", "SPEAKER", 27, 41, TEXT),  # exact
        _span(12, "b", "SPEAKER", 9, 26, TEXT),  # overlaps a's first
        _span(13, "b", "DATE", 46, 53, TEXT),  # overlaps a's date
        _span(14, "b", "CLAIM", 57, 79, TEXT),  # a has none
    ]
    report = measure_agreement([DocLayers(1, TEXT, {"a": a, "b": b})], LABELS)
    exact = _spanrow(report, ("a", "b"), ALL, "exact")
    assert (exact.tp, exact.fp, exact.fn) == (1, 3, 2)
    assert exact.precision == 0.25 and exact.recall == pytest.approx(1 / 3)
    assert exact.f1 == pytest.approx(2 / 7)
    overlap = _spanrow(report, ("a", "b"), ALL, "overlap")
    assert (overlap.tp, overlap.fp, overlap.fn) == (3, 1, 0)
    assert overlap.f1 == pytest.approx(6 / 7)
    speaker = _spanrow(report, ("a", "b"), "SPEAKER", "overlap")
    assert (speaker.tp, speaker.fp, speaker.fn, speaker.f1) == (2, 0, 0, 1.0)
    claim = _spanrow(report, ("a", "b"), "CLAIM", "exact")
    assert (claim.tp, claim.fp, claim.fn, claim.precision, claim.recall) == (0, 1, 0, 0.0, None)
    # Two layers: no separate all-layers rows repeating the one pair.
    assert len(report.spans) == 2 * (len(LABELS) + 1)


def test_overlap_matching_prefers_more_pairs_then_more_overlap():
    a = [_span(1, "a", "CLAIM", 0, 10), _span(2, "a", "CLAIM", 12, 20)]
    b = [_span(3, "b", "CLAIM", 5, 15), _span(4, "b", "CLAIM", 0, 3)]
    # Greedy by overlap would pair a1-b3 (5 characters) and leave two spans alone.
    pairs = {(x.id, y.id) for x, y in match_overlap(a, b)}
    assert pairs == {(1, 4), (2, 3)}
    a = [_span(1, "a", "DATE", 0, 10)]
    b = [_span(2, "b", "DATE", 0, 4), _span(3, "b", "DATE", 5, 10), _span(4, "b", "DATE", 2, 9)]
    assert [(x.id, y.id) for x, y in match_overlap(a, b)] == [(1, 4)]
    # Regardless of label: overlap first, equal labels break ties.
    a = [_span(1, "a", "SPEAKER", 0, 10)]
    b = [_span(2, "b", "CLAIM", 0, 10), _span(3, "b", "SPEAKER", 0, 10)]
    assert [(x.id, y.id) for x, y in match_any_label(a, b)] == [(1, 3)]
    b = [_span(2, "b", "CLAIM", 0, 10), _span(3, "b", "SPEAKER", 2, 10)]
    assert [(x.id, y.id) for x, y in match_any_label(a, b)] == [(1, 2)]
    # Touching is not overlapping; labels must agree for match_overlap.
    assert match_overlap([_span(1, "a", "DATE", 0, 5)], [_span(2, "b", "DATE", 5, 9)]) == []
    assert match_overlap([_span(1, "a", "DATE", 0, 5)], [_span(2, "b", "CLAIM", 0, 5)]) == []


def test_overlap_matching_is_optimal_on_a_large_group():
    """A chain of 40 overlapping spans each side: every span finds a partner."""
    a = [_span(i, "a", "CLAIM", 10 * i, 10 * i + 12) for i in range(40)]
    b = [_span(100 + i, "b", "CLAIM", 10 * i + 6, 10 * i + 16) for i in range(40)]
    pairs = match_overlap(a, b)
    assert len(pairs) == 40
    assert all(y.id == x.id + 100 for x, y in pairs)


def test_token_categories_priority_and_partial_cover():
    text = "گفت وزیر می‌خواهیم ۱۲ آبان"
    spans = [
        _span(1, "a", "CLAIM", 0, 26, text),
        _span(2, "a", "DATE", 19, 26, text),
        _span(3, "a", "SPEAKER", 5, 7, text),  # part of وزیر covers the token
    ]
    covered, category = token_categories(text, spans, LABELS)
    toks = tokenize(text)
    assert [text[s:e] for s, e in toks] == ["گفت", "وزیر", "می‌خواهیم", "۱۲", "آبان"]
    assert covered["SPEAKER"] == {1} and covered["DATE"] == {3, 4}
    assert category == {0: "CLAIM", 1: "SPEAKER", 2: "CLAIM", 3: "DATE", 4: "DATE"}
    _, category = token_categories(text, spans, LABELS, priority=("CLAIM",))
    assert set(category.values()) == {"CLAIM"}


# --- attributes, links, ranking, confusion ------------------------------------------------


def _linked_doc():
    text = TEXT
    a = [
        _span(1, "a", "SPEAKER", 27, 41, text, entity=7),
        _span(2, "a", "DATE", 42, 53, text, value="2020-11-08"),
        _span(3, "a", "CLAIM", 57, 79, text, kind="direct"),
        _span(4, "a", "CLAIM", 4, 26, text, kind="indirect"),
    ]
    b = [
        _span(11, "b", "SPEAKER", 32, 41, text, entity="7"),
        _span(12, "b", "DATE", 46, 53, text, value="2020-11-01"),
        _span(13, "b", "CLAIM", 57, 80, text, kind="direct"),
        _span(14, "b", "CLAIM", 4, 20, text),
    ]
    rel_a = [
        Relation(None, 1, "a", "said_by", 3, 1),
        Relation(None, 1, "a", "dated", 3, 2),
        Relation(None, 1, "a", "said_by", 4, None, tail_entity=9),
    ]
    rel_b = [
        Relation(None, 1, "b", "said_by", 13, 11),
        Relation(None, 1, "b", "said_by", 14, None, tail_entity=9),
    ]
    return DocLayers(1, text, {"a": a, "b": b}, {"a": rel_a, "b": rel_b}, "ظريف")


def test_attribute_and_link_agreement():
    report = measure_agreement([_linked_doc()], LABELS)
    attrs = {(r.label, r.attribute): r for r in report.attributes}
    assert (attrs[("SPEAKER", "entity")].pairs, attrs[("SPEAKER", "entity")].agree) == (1, 1)
    assert (attrs[("DATE", "value")].pairs, attrs[("DATE", "value")].agree) == (1, 0)
    kind = attrs[("CLAIM", "kind")]
    assert (kind.pairs, kind.agree, kind.share) == (2, 1, 0.5)
    links = {r.relation: r for r in report.links}
    # Claim 3/13: speakers matched to each other; claim 4/14: the same registry entity.
    assert (links["said_by"].pairs, links["said_by"].agree, links["said_by"].both_none) == (2, 2, 0)
    # Claim 3 is dated, 13 is not; claims 4/14 both have no date.
    assert (links["dated"].pairs, links["dated"].agree, links["dated"].both_none) == (2, 1, 1)


def test_ranking_worst_first_and_empty_last():
    good = DocLayers(
        2, TEXT, {"a": [_span(1, "a", "DATE", 42, 53)], "b": [_span(2, "b", "DATE", 42, 53)]}
    )
    empty = DocLayers(3, TEXT, {"a": [], "b": []})
    alone = DocLayers(4, TEXT, {"a": [_span(5, "a", "DATE", 42, 53)]})
    report = measure_agreement([empty, good, _linked_doc(), alone], LABELS)
    order = [r.document_id for r in report.ranking]
    assert order[:2] == [1, 2]
    assert set(order[2:]) == {3, 4}
    worst = report.ranking[0]
    assert worst.title == "ظريف"
    assert worst.disagreement == pytest.approx(1 - worst.pair_f1[0][2])
    assert report.ranking[1].disagreement == 0.0
    assert report.ranking[2].disagreement is None and report.ranking[3].disagreement is None


def test_confusion_matrix():
    a = [
        _span(1, "a", "SPEAKER", 27, 41),
        _span(2, "a", "DATE", 42, 53),
        _span(3, "a", "CLAIM", 57, 79),
    ]
    b = [
        _span(11, "b", "SPEAKER", 27, 41),
        _span(12, "b", "CLAIM", 42, 53),  # DATE in a
        _span(13, "b", "SPEAKER", 4, 20),  # nothing in a
    ]
    report = measure_agreement([DocLayers(1, TEXT, {"a": a, "b": b})], LABELS)
    [m] = report.confusion
    assert m.labels == (*LABELS, NONE)
    assert m.count("SPEAKER", "SPEAKER") == 1
    assert m.count("DATE", "CLAIM") == 1
    assert m.count("CLAIM", NONE) == 1
    assert m.count(NONE, "SPEAKER") == 1
    assert sum(map(sum, m.counts)) == 4


def test_group_layers_and_serialisation():
    doc = Document(5, "x1", "عنوان", TRICKY)
    spans = _random_layers(TRICKY, random.Random(3), layers=("amina", "reza"), n=6)
    annotated = [AnnotatedDocument(doc, z, "done", tuple(v), ()) for z, v in spans.items()]
    [grouped] = group_layers(annotated)
    assert grouped.document_id == 5 and grouped.title == "عنوان"
    assert set(grouped.spans) == {"amina", "reza"}
    report = measure_agreement([grouped], LABELS)
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["layers"] == ["amina", "reza"] and data["documents"] == 1
    for name, rows in report.tables().items():
        assert rows, name
        for row in rows:
            assert all(v is None or isinstance(v, str | int | float) for v in row.values())
    with pytest.raises(ValueError):
        measure_agreement([grouped], LABELS, layers=["amina"])


# --- properties ----------------------------------------------------------------------------

HYPO_TEXT = TRICKY + "پوتین با روسای جمهور ترکیه و فرانسه گفت‌وگو کرد."
span_tuples = st.lists(
    st.tuples(
        st.sampled_from(LABELS),
        st.integers(0, len(HYPO_TEXT) - 1),
        st.integers(1, 30),
    ),
    max_size=12,
)


def _layer(name, raw):
    return [
        _span(k, name, lab, s, min(len(HYPO_TEXT), s + n), HYPO_TEXT)
        for k, (lab, s, n) in enumerate(raw)
    ]


def _in_range(report):
    for row in report.spans:
        for v in (row.precision, row.recall, row.f1):
            assert v is None or 0.0 <= v <= 1.0
    for c in report.coefficients:
        assert c.value is None or c.value <= 1.0 + 1e-12
        if c.measure == "cohen_kappa" and c.value is not None:
            assert c.value >= -1.0 - 1e-12
    for r in report.attributes + report.links:
        assert r.share is None or 0.0 <= r.share <= 1.0
    for r in report.ranking:
        assert r.disagreement is None or 0.0 <= r.disagreement <= 1.0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_tuples, span_tuples)
def test_f1_is_symmetric_and_figures_in_range(raw_a, raw_b):
    a, b = _layer("a", raw_a), _layer("b", raw_b)
    one = measure_agreement([DocLayers(1, HYPO_TEXT, {"a": a, "b": b})], LABELS)
    two = measure_agreement([DocLayers(1, HYPO_TEXT, {"b": b, "a": a})], LABELS, layers=["b", "a"])
    for r1 in one.spans:
        [r2] = [r for r in two.spans if r.label == r1.label and r.match == r1.match]
        assert r1.f1 == r2.f1
        assert (r1.precision, r1.recall) == (r2.recall, r2.precision)
        assert (r1.tp, r1.fp, r1.fn) == (r2.tp, r2.fn, r2.fp)
    for c1 in one.coefficients:
        [c2] = [c for c in two.coefficients if (c.measure, c.label) == (c1.measure, c1.label)]
        assert c1.value == pytest.approx(c2.value, abs=1e-12) or c1.value is c2.value is None
    _in_range(one)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_tuples)
def test_a_layer_agrees_perfectly_with_itself(raw):
    a = _layer("a", raw)
    b = [Span(s.id, s.document_id, "b", s.label, s.start, s.end, s.text) for s in a]
    c = [Span(s.id, s.document_id, "c", s.label, s.start, s.end, s.text) for s in a]
    report = measure_agreement([DocLayers(1, HYPO_TEXT, {"a": a, "b": b, "c": c})], LABELS)
    _in_range(report)
    for row in report.spans:
        assert row.f1 is None or row.f1 == 1.0
        assert row.fp == row.fn == 0
    for coef in report.coefficients:
        if coef.value is not None:
            assert coef.value == pytest.approx(1.0)
    if a:
        assert _coef(report, "alpha_u", ("a", "b", "c"), ALL).value == pytest.approx(1.0)
        assert _spanrow(report, ("a", "b"), ALL, "overlap").f1 == 1.0
    assert report.ranking[0].disagreement in ((0.0,) if a else (None,))


def test_memory_stays_flat_in_the_number_of_documents():
    """group_layers and measure_agreement hold one document at a time: agreement over
    300 articles peaks about where 50 do (each article is ~10 KB with its layers;
    holding them all would add ~3 MB)."""
    import tracemalloc

    base = (TRICKY + "\n") * 2

    def stream(n):
        rng = random.Random(5)
        for i in range(n):
            doc = Document(i + 1, f"x{i}", "عنوان", base + f" {i}")
            for z, v in _random_layers(doc.text, rng).items():
                yield AnnotatedDocument(doc, z, "done", tuple(v), ())

    peaks = []
    for n in (50, 300):
        tracemalloc.start()
        report = measure_agreement(
            group_layers(stream(n)), LABELS, layers=("amina", "reza", "sara")
        )
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert report.documents == n
    assert peaks[1] - peaks[0] < 1_000_000, peaks
