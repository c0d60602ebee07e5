"""The spaCy export's second process (issue 13): the same files as one process builds,
the same spans reported, a failure on either side as one line, and no process left
behind."""

from __future__ import annotations

import multiprocessing

import pytest

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.io.exporters import ExportError
from annotator.io.exporters import spacy as spacy_exporter
from annotator.io.exporters.spacy_fast import FastDocBin
from annotator.io.exporters.spacy_rules import load_rules

pytest.importorskip("spacy")
pytestmark = pytest.mark.skipif(load_rules() is None, reason="rules are for another spaCy")

from test_spacy_fast import messages, seed_items  # noqa: E402  (after the skips)


def export(items, out, workers, monkeypatch):
    monkeypatch.setattr(spacy_exporter, "DOCS_PER_FILE", 3)
    exporter = spacy_exporter.SpacyExporter()
    exporter.workers = workers
    assert exporter.write(items, out) == len(items)
    return exporter


def reported(pairs):
    return [(ext_id, s.id, s.start, s.end, s.label, s.text) for ext_id, s in pairs]


def test_two_processes_write_the_same_files_and_report_the_same_spans(tmp_path, monkeypatch):
    items = seed_items(per_file=2)  # Arabic, Persian and other, hostile, empty, leading space
    one = export(items, tmp_path / "one.spacy", 1, monkeypatch)
    two = export(items, tmp_path / "two.spacy", 2, monkeypatch)
    files = sorted(p.name for p in (tmp_path / "two.spacy").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "one.spacy").iterdir())
    assert len(files) == -(-len(items) // 3) >= 4
    for name in files:
        assert (tmp_path / "two.spacy" / name).read_bytes() == (
            tmp_path / "one.spacy" / name
        ).read_bytes()
    assert one.misaligned and reported(two.misaligned) == reported(one.misaligned)
    assert reported(two.unaligned) == reported(one.unaligned)
    assert messages(tmp_path / "two.spacy") == messages(tmp_path / "one.spacy")
    assert multiprocessing.active_children() == []


def test_a_small_export_stays_one_file(tmp_path, monkeypatch):
    items = seed_items(per_file=1)[:3]
    export(items, tmp_path / "one.spacy", 1, monkeypatch)
    export(items, tmp_path / "two.spacy", 2, monkeypatch)
    assert (tmp_path / "two.spacy").read_bytes() == (tmp_path / "one.spacy").read_bytes()
    assert multiprocessing.active_children() == []


def test_a_failure_in_the_second_process_is_one_line(tmp_path, monkeypatch):
    real = FastDocBin.sealed

    def failing(self, path):
        if path.name == "00001.spacy":  # the second process's first file
            raise OSError(28, "No space left on device")
        return real(self, path)

    monkeypatch.setattr(FastDocBin, "sealed", failing)  # (the child is forked: it has it)
    with pytest.raises(ExportError) as caught:
        export(seed_items(per_file=2), tmp_path / "out.spacy", 2, monkeypatch)
    message = str(caught.value)
    assert "No space left on device" in message and "\n" not in message
    assert multiprocessing.active_children() == []


def test_a_failure_in_the_first_process_ends_the_second(tmp_path, monkeypatch):
    items = seed_items(per_file=2)
    doc = Document(7, "bad", "", "قال الرئيس", lang="ar")
    wrong = Span(1, 7, "amina", "CLAIM", 0, 3, "xyz")  # not the text at 0-3
    items.insert(8, AnnotatedDocument(doc, "amina", "done", (wrong,), ()))
    with pytest.raises(ExportError, match="bad"):
        export(items, tmp_path / "out.spacy", 2, monkeypatch)
    assert multiprocessing.active_children() == []


def test_the_service_uses_a_second_process_only_where_it_pays(seeded, monkeypatch):
    from annotator.services import exporting, readahead
    from annotator.services.project import store_of

    store = store_of(seeded)
    exporter = spacy_exporter.SpacyExporter()
    monkeypatch.setattr(readahead, "can_read_ahead", lambda: True)
    monkeypatch.setattr(spacy_exporter.SpacyExporter, "parallel_from", 2)
    assert exporting._second_process_pays(store, exporter, None)
    assert not exporting._second_process_pays(store, exporter, {"train": 0.5, "test": 0.5})
    monkeypatch.setattr(spacy_exporter.SpacyExporter, "parallel_from", 10**6)
    assert not exporting._second_process_pays(store, exporter, None)
    monkeypatch.setattr(spacy_exporter.SpacyExporter, "parallel_from", 2)
    monkeypatch.setattr(readahead, "can_read_ahead", lambda: False)  # busy, or threads
    assert not exporting._second_process_pays(store, exporter, None)
