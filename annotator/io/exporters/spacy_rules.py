"""spaCy's tokenizer rules for annotator.io.exporters.spacy_tokens, read from the
installed spaCy once and stored in ``spacy_rules.json`` with the spaCy version they
came from. :func:`load_rules` gives them only when that version is the one installed,
so a newer spaCy never meets old rules (the exporter then uses spaCy itself).

Regenerate after upgrading spaCy: ``python -m annotator.io.exporters.spacy_rules``.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

RULES_FILE = Path(__file__).with_name("spacy_rules.json")
LANGS = ("ar", "fa", "xx")


def build_rules() -> dict[str, Any]:
    """The tokenizer rules of the installed spaCy (needs spaCy), as stored in
    ``spacy_rules.json``. Fails loudly when a pipeline uses something this module
    does not follow (a ``token_match``, a lookup table, attributes beyond ORTH/NORM)."""
    import spacy
    from spacy.attrs import NORM, ORTH, intify_attr
    from spacy.lang.norm_exceptions import BASE_NORMS
    from spacy.symbols import IDS
    from spacy.tokens.doc import DOCBIN_ALL_ATTRS

    attrs = sorted(intify_attr(a) for a in DOCBIN_ALL_ATTRS)
    attrs.remove(ORTH)
    names = {intify_attr(a): a for a in DOCBIN_ALL_ATTRS}
    out: dict[str, Any] = {
        "spacy": spacy.__version__,
        "attrs": [[names[a], a] for a in [ORTH, *attrs]],
        "base_norms": dict(BASE_NORMS),
        # StringStore ids of these strings are their symbol numbers, not hashes
        "symbols": dict(IDS),
        "langs": {},
    }
    for lang in LANGS:
        nlp = spacy.blank(lang)
        tok = nlp.tokenizer
        getter = nlp.vocab.lex_attr_getters[NORM]
        if tok.token_match is not None or len(nlp.vocab.lookups.tables):
            raise SystemExit(f"{lang}: token_match or lookups; not followed here")
        lower, lookups = getter.args
        if lookups != (BASE_NORMS,) or lower("ÀB") != "àb" or lower.__name__ != "lower":
            raise SystemExit(f"{lang}: an unexpected NORM getter {getter!r}")
        rules = {}
        for chunk, subs in tok.rules.items():
            if any(set(d) - {ORTH, NORM} for d in subs):
                raise SystemExit(f"{lang}: special case {chunk!r} sets more than ORTH/NORM")
            rules[chunk] = [[d[ORTH], d.get(NORM)] for d in subs]
        out["langs"][lang] = {
            "prefix": tok.prefix_search.__self__.pattern,
            "suffix": tok.suffix_search.__self__.pattern,
            "infix": tok.infix_finditer.__self__.pattern,
            "url": tok.url_match.__self__.pattern,
            "flags": tok.prefix_search.__self__.flags,
            "rules": rules,
            # the special cases spaCy also looks for across tokens (faster_heuristics)
            "matcher": sorted(
                s
                for s in rules
                if not tok.faster_heuristics
                or tok.find_prefix(s)
                or tok.find_infix(s)
                or tok.find_suffix(s)
                or " " in s
            ),
        }
    return out


@cache
def load_rules() -> dict[str, Any] | None:
    """The stored rules, or None when the installed spaCy is not the version they were
    read from (or spaCy is not installed)."""
    try:
        installed = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return None
    with RULES_FILE.open(encoding="utf-8") as fh:
        rules = json.load(fh)
    return rules if rules["spacy"] == installed else None


def main() -> None:
    """Write ``spacy_rules.json`` from the installed spaCy."""
    rules = build_rules()
    RULES_FILE.write_text(json.dumps(rules, ensure_ascii=False, indent=0) + "\n", "utf-8")
    log.info("wrote %s (spaCy %s)", RULES_FILE, rules["spacy"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
