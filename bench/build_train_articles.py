"""Build bench/gold/train_articles.jsonl from the authors' marked-up sources.

    python bench/build_train_articles.py

Sources: bench/gold/train_src/*.txt, written by this project's authors for training
the learned suggestion model (bench/gold/train_articles.md says how). Each article
starts with a header line ``=== ID | PUBLISHED | TITLE``; the lines after it, up to the
next header, are its text. A SPEAKER is written ``[[...]]`` in the text; the markers
are removed and the span's code-point offsets computed, and every span is checked:
``text[start:end] == span text``. The output is our canonical JSON Lines (one article
per line, layer "authors", status "done"), read by ``annotator import-annotations -f
jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "bench" / "gold" / "train_src"
OUT = ROOT / "bench" / "gold" / "train_articles.jsonl"
MARK = re.compile(r"\[\[(.+?)\]\]")
SPAN_KEYS = ("id", "label", "start", "end", "text")
HEADER = re.compile(r"^=== (\S+) \| (\d{4}-\d{2}-\d{2}) \| (.+)$")


def parse(path: Path) -> list[dict]:
    """The articles of one source file, with SPEAKER offsets into the clean text."""
    records: list[dict] = []
    head, lines = None, []

    def flush() -> None:
        if head is None:
            return
        marked = "\n".join(lines).strip("\n")
        text, spans, pos = "", [], 0
        for m in MARK.finditer(marked):
            text += marked[pos : m.start()]
            start = len(text)
            text += m.group(1)
            spans.append({"start": start, "end": len(text), "label": "SPEAKER", "text": m.group(1)})
            pos = m.end()
        text += marked[pos:]
        if "[[" in text or "]]" in text:
            sys.exit(f"{path}: {head[0]}: unbalanced [[ ]]")
        for k, s in enumerate(spans, 1):
            assert text[s["start"] : s["end"]] == s["text"], (head[0], s)
            assert s["text"] == s["text"].strip(), (head[0], s)
            s["id"] = k
        ident, published, title = head
        records.append(
            {
                "id": ident,
                "text": text,
                "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "lang": ident.split("-")[0],
                "meta": {"title": title, "published": published, "source": "authors"},
                "offset_unit": "codepoint",
                "layer": "authors",
                "status": "done",
                "spans": [
                    {k: s[k] for k in ("id", "label", "start", "end", "text")} for s in spans
                ],
                "relations": [],
            }
        )

    for line in path.read_text(encoding="utf-8").splitlines():
        m = HEADER.match(line)
        if m:
            flush()
            head, lines = m.groups(), []
        elif head is not None:
            lines.append(line)
    flush()
    return records


def main() -> None:
    records = [r for p in sorted(SRC.glob("*.txt")) for r in parse(p)]
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate article ids")
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for lang in sorted({r["lang"] for r in records}):
        mine = [r for r in records if r["lang"] == lang]
        words = sum(len(r["text"].split()) for r in mine)
        spans = sum(len(r["spans"]) for r in mine)
        print(f"{lang}: {len(mine)} articles, {words} words, {spans} SPEAKER spans")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
