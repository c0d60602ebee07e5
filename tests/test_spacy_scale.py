"""A spaCy export too big for one DocBin: a folder of .spacy files that spaCy's own
Corpus reads, and peak memory that does not grow with the number of articles."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys

import pytest

from annotator.core.model import Span
from annotator.io.exporters import spacy as spacy_exporter
from annotator.services.exporting import export_project
from annotator.services.importing import import_paths
from annotator.services.interchange import import_layers
from annotator.services.project import init_project, store_of

from conftest import ROOT, SEEDS

spacy = pytest.importorskip("spacy")

LABELS = ("SPEAKER", "CLAIM", "DATE")


def build_project(path, n, words_per_doc=120, seed=3):
    """A project of ``n`` Arabic/Persian articles (words of the seed articles, with
    ZWNJ, NBSP and CRLF), five spans each."""
    rnd = random.Random(seed)
    words = re.findall(r"[\w\u200c]+", " ".join(p.read_text(encoding="utf-8") for p in SEEDS))
    corpus = path.with_suffix(".jsonl")
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(rnd.choice(words) for _ in range(words_per_doc))
            text = f"{body[:60]}\xa0👍\r\n{body[60:]} {i}."
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
    store = store_of(init_project(path))
    import_paths(store, [corpus])
    with store.atomic():
        batch = []
        for doc in store.documents.iter_all():
            for k, m in enumerate(list(re.finditer(r"\w{4,}", doc.text))[:5]):
                batch.append(Span(None, doc.id, "amina", LABELS[k % 3], m.start(), m.end(), m[0]))
        store.annotations.add_bulk(batch, log=False)
    return store


def test_large_export_is_a_folder_spacy_corpus_reads(tmp_path, monkeypatch, fresh_store):
    from spacy.training import Corpus

    monkeypatch.setattr(spacy_exporter, "DOCS_PER_FILE", 10)
    store = build_project(tmp_path / "p.db", 25, words_per_doc=30)
    out = tmp_path / "gold.spacy"
    out.write_bytes(b"an older export")
    assert export_project(store, "spacy", out, layer="amina") == 25
    assert out.is_dir()
    assert sorted(p.name for p in out.iterdir()) == ["00000.spacy", "00001.spacy", "00002.spacy"]
    nlp = spacy.blank("xx")
    texts = [example.reference.text for example in Corpus(out)(nlp)]
    assert texts == [d.text for d in store.documents.iter_all()]
    assert "\xa0👍\r\n" in texts[0]

    report = import_layers(fresh_store, [out], "spacy")  # our importer takes the folder too
    assert (report.documents_created, report.spans) == (25, 125)

    monkeypatch.setattr(spacy_exporter, "DOCS_PER_FILE", 1000)
    export_project(store, "spacy", out, layer="amina")  # small again: one file
    assert out.is_file()
    assert len(list(Corpus(out)(nlp))) == 25


def peak_rss_of_export(db, out) -> float:
    """Peak RSS (MiB) of ``annotator export -f spacy`` run as its own process."""
    code = "from annotator.cli.main import main; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "export", str(db), "-f", "spacy", "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, proc.stderr.read() if proc.stderr else ""
    return usage.ru_maxrss / 1024


def test_spacy_export_memory_does_not_grow_with_n(tmp_path):
    """Not a timing: the peak memory of exporting 5,000 articles stays within a small
    margin of exporting 1,000 (one DocBin for everything grew ~45 MiB per 1,000)."""
    small = build_project(tmp_path / "small.db", 1000)
    large = build_project(tmp_path / "large.db", 5000)
    small.close()
    large.close()
    peak_small = peak_rss_of_export(tmp_path / "small.db", tmp_path / "small.spacy")
    peak_large = peak_rss_of_export(tmp_path / "large.db", tmp_path / "large.spacy")
    assert peak_large <= peak_small * 1.1 + 15, (peak_small, peak_large)
    assert (tmp_path / "large.spacy").is_dir() and (tmp_path / "small.spacy").is_file()
