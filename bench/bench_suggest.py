"""Speed of the suggestion engines: articles per second on the five sample articles
repeated (each copy gets a distinct id, so nothing is cached between copies).

    python bench/bench_suggest.py                 # 200 repetitions (1,000 articles)
    python bench/bench_suggest.py --repeat 50

Prints one Markdown row per engine and one for the three together (the issue's budget:
200 articles/s or more for all three), with an empty speaker registry.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

from annotator.core.model import Document
from annotator.suggest import SuggestContext, engine_names, get_engine
from annotator.text.lang import detect_language

DATA = Path(__file__).resolve().parent.parent / "data"


def corpus(repeat: int) -> list[Document]:
    """The sample articles, ``repeat`` times over."""
    docs = []
    for path in sorted(DATA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = detect_language(text)
        docs.extend(Document(None, f"{path.stem}-{i}", "", text, lang=lang) for i in range(repeat))
    return docs


def rate(names: list[str], docs: list[Document]) -> tuple[float, int]:
    """(articles per second, suggestions) for the engines ``names`` run in turn."""
    engines = [get_engine(n) for n in names]
    count = 0
    start = time.perf_counter()
    for doc in docs:
        earlier: tuple = ()
        for engine in engines:
            out = tuple(engine.suggest(doc, SuggestContext(earlier=earlier)))
            earlier += out
            count += len(out)
    return len(docs) / (time.perf_counter() - start), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="copies of each sample")
    args = parser.parse_args(argv)
    docs = corpus(args.repeat)
    print(f"Python {platform.python_version()}, {len(docs)} articles\n")
    print("| engines | articles/s | suggestions |")
    print("|---|---|---|")
    names = engine_names()
    for group in [[n] for n in names] + [names]:
        per_second, count = rate(group, docs)
        print(f"| {' + '.join(group)} | {per_second:,.0f} | {count:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
