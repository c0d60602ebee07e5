"""Deterministic, stratified train/dev/test splits (annotator.core.split)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.split import SplitError, allocate, assign_splits, parse_split

RATIOS = {"train": 0.8, "dev": 0.1, "test": 0.1}

docs_strategy = st.lists(
    st.tuples(st.sampled_from(["ar", "fa", "other"]), st.sampled_from(["tass", "bbc", ""])),
    max_size=300,
).map(lambda pairs: [(i, lang, src) for i, (lang, src) in enumerate(pairs)])

ratios_strategy = st.lists(st.integers(1, 20), min_size=1, max_size=4).map(
    lambda ws: {f"s{i}": w / sum(ws) for i, w in enumerate(ws)}
)


@given(docs_strategy, ratios_strategy, st.integers(0, 2**32))
@settings(max_examples=200, deadline=None)
def test_every_doc_in_exactly_one_split_and_deterministic(docs, ratios, seed):
    result = assign_splits(docs, ratios, seed)
    assert set(result) == {key for key, _, _ in docs}
    assert set(result.values()) <= set(ratios)
    assert assign_splits(docs, ratios, seed) == result
    shuffled = list(docs)
    random.Random(seed).shuffle(shuffled)
    assert assign_splits(shuffled, ratios, seed) == result  # input order does not matter


@given(docs_strategy, ratios_strategy, st.integers(0, 1000))
@settings(max_examples=200, deadline=None)
def test_ratios_kept_per_language_and_overall(docs, ratios, seed):
    result = assign_splits(docs, ratios, seed)
    strata = Counter((lang, src) for _, lang, src in docs)
    for lang in {lang for _, lang, _ in docs}:
        keys = [k for k, lg, _ in docs if lg == lang]
        got = Counter(result[k] for k in keys)
        n_strata = sum(1 for lg, _ in strata if lg == lang)
        for name, ratio in ratios.items():
            # each (lang, source) stratum is within one document of its quota
            assert abs(got[name] - len(keys) * ratio) <= n_strata
    got = Counter(result.values())
    for name, ratio in ratios.items():
        assert abs(got[name] - len(docs) * ratio) < 2


def test_each_stratum_within_one_of_its_quota():
    docs = [(i, "ar" if i % 3 else "fa", f"src{i % 4}") for i in range(1000)]
    result = assign_splits(docs, RATIOS, 7)
    strata = Counter((lg, s) for _, lg, s in docs)
    for (lang, src), n in strata.items():
        got = Counter(result[k] for k, lg, s in docs if (lg, s) == (lang, src))
        for name, ratio in RATIOS.items():
            assert abs(got[name] - n * ratio) < 1


def test_different_seeds_differ_same_seed_same():
    docs = [(f"doc{i}", "ar" if i % 2 else "fa", "x") for i in range(200)]
    a, b = assign_splits(docs, RATIOS, 0), assign_splits(docs, RATIOS, 1)
    assert a != b
    assert Counter(a.values()) == Counter(b.values())  # same sizes, other members
    assert assign_splits(docs, RATIOS, 0) == a


def test_singletons_still_fill_small_splits():
    """Many one-document strata: remainders carried over, so dev and test are not empty."""
    docs = [(i, "ar", f"source{i}") for i in range(20)]
    got = Counter(assign_splits(docs, RATIOS, 3).values())
    assert got == {"train": 16, "dev": 2, "test": 2}


def test_allocate_largest_remainder():
    carry = dict.fromkeys(RATIOS, 0.0)
    assert allocate(10, RATIOS, carry) == {"train": 8, "dev": 1, "test": 1}
    assert allocate(7, {"a": 0.5, "b": 0.5}, {"a": 0.0, "b": 0.0}) == {"a": 4, "b": 3}


def test_duplicate_key_refused():
    with pytest.raises(SplitError, match="twice"):
        assign_splits([(1, "ar", ""), (1, "fa", "")], RATIOS, 0)


def test_parse_split():
    assert parse_split("train=0.8,dev=0.1,test=0.1") == RATIOS
    assert list(parse_split(" test = 0.2 , train=0.8 ")) == ["test", "train"]
    assert parse_split("train=0.8,dev=0.1,test=0.1005") == {**RATIOS, "test": 0.1005}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "empty"),
        ("train=0.8,dev=0.1", "sum to 0.9"),
        ("train=0.5,train=0.5", "twice"),
        ("train=0.8,dev", "NAME=RATIO"),
        ("train=abc,dev=0.2", "not a number"),
        ("train=1.2,dev=-0.2", "above 0"),
        ("train=0.9,dev=0.1,test=0", "above 0"),
        ("../x=1", "letters, digits"),
        ("train=nan", "above 0"),
    ],
)
def test_parse_split_errors(spec, message):
    with pytest.raises(SplitError, match=message):
        parse_split(spec)
