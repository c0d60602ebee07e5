"""Write sections of bench/RESULTS.md: a section runs from its ``### `` heading to
the next one, so each script replaces only its own figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"

BLIND_HEADING = "### Suggestions: blind evaluation"
BLIND_NOTE = (
    "Gold passages written blind: by an evaluator who had not seen the engines' rules, "
    "lexicons or the authors' gold passages (only the eval scripts, the gold JSONL format "
    "and `annotator/core/timex.py`). Files: `bench/gold/blind_dates.jsonl` (20 ar + 20 fa), "
    "`bench/gold/blind_claims.jsonl` (15 ar + 15 fa), `bench/gold/blind_registry.json` "
    "(copy of `registry.json` extended with the people quoted). Same metrics as the "
    "sections above. Gold conventions chosen blind (some differ from the engines' "
    "documented ones): a range is ONE span with value null; ``عام 2019`` includes ``عام``; "
    "a title before a name is part of ONE speaker span; a claim whose speaker is a "
    "pronoun or an implicit subject (وأضاف، وی) is attributed to the named mention; "
    "anonymous sources (یک منبع آگاه) are speakers."
)


def _bounds(text: str, heading: str) -> tuple[int, int] | None:
    start = text.find(heading)
    if start < 0:
        return None
    nxt = text.find("\n### ", start + len(heading))
    return start, (nxt + 1 if nxt >= 0 else len(text))


def replace_section(heading: str, section: str, path: Path = RESULTS) -> None:
    """Put ``section`` (starting with ``heading``) in place of the old one, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    section = section.rstrip("\n") + "\n"
    bounds = _bounds(text, heading)
    if bounds is None:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        start, end = bounds
        text = text[:start] + section + ("\n" + text[end:] if end < len(text) else "")
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def write_blind(part: str, command: str, table: str, path: Path = RESULTS) -> None:
    """Replace one part ("dates" or "claims") of the blind section, keeping the other."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    parts = {}
    bounds = _bounds(text, BLIND_HEADING)
    if bounds is not None:
        old = text[bounds[0] : bounds[1]]
        for name in ("dates", "claims"):
            tag = f"#### Blind {name}"
            i = old.find(tag)
            if i >= 0:
                j = old.find("\n#### ", i + len(tag))
                parts[name] = old[i : j + 1 if j >= 0 else len(old)].rstrip("\n") + "\n"
    parts[part] = f"#### Blind {part}\n\n{command} ({date.today().isoformat()}).\n\n{table}\n"
    body = "\n".join(parts[n] for n in ("dates", "claims") if n in parts)
    replace_section(BLIND_HEADING, f"{BLIND_HEADING}\n\n{BLIND_NOTE}\n\n{body}", path)
