"""The character-walking tokenizer and sentence splitter that annotator.text.tokens
and annotator.io.exporters.conll used before issue 13 (compiled regexes since).

Kept as the reference the property tests in tests/test_tokens_regex.py compare the
compiled versions with: same tokens, same sentence ends, on any text.
"""

from __future__ import annotations

from annotator.text.tokens import (
    _CTRL,
    _DIGIT_INNER,
    _PUNCT,
    _SYMBOL,
    _WORD,
    _cluster_end,
    _kind,
    _token_kind,
    sentence_bounds,
)


def old_tokens(text: str, a: int, b: int) -> list[tuple[int, int, bool]]:
    """Tokens of ``text[a:b]`` as (start, end, is_word); ``a``, ``b`` cluster boundaries."""
    out: list[tuple[int, int, bool]] = []
    run = -1
    run_end = a
    i = a
    while i < b:
        j = min(_cluster_end(text, i), b)
        k = _token_kind(_kind(text[i]))
        if k == _WORD:
            if run < 0:
                run = i
            run_end = j
        elif (
            run >= 0
            and run_end == i
            and j == i + 1
            and text[i] in _DIGIT_INNER
            and text[i - 1].isdecimal()
            and j < b
            and text[j].isdecimal()
        ):
            run_end = j
        else:
            if run >= 0:
                out.append((run, run_end, True))
                run = -1
            if k in (_PUNCT, _SYMBOL):
                out.append((i, j, False))
        i = j
    if run >= 0:
        out.append((run, run_end, True))
    return out


def old_tokenize(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in old_tokens(text, 0, len(text))]


def old_sentences(text: str) -> list[tuple[int, int]]:
    """The CoNLL exporter's sentence ranges, one sentence_bounds() call at a time."""
    out: list[tuple[int, int]] = []
    n, pos = len(text), 0
    while pos < n:
        if text[pos].isspace():
            pos += 1
            continue
        s, e = sentence_bounds(text, pos)
        if e <= pos:
            pos += 1
            continue
        out.append((min(s, pos), e))
        pos = e
    return out


__all__ = ["_CTRL", "old_sentences", "old_tokenize", "old_tokens"]
