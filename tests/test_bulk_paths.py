"""Regression tests for the bulk write paths (issue 13): counted statements and
transactions, not timings."""

from __future__ import annotations

import json

from annotator.io.layers import LayerOptions
from annotator.services.interchange import import_layers

TEXT = "قال الرئيس بوتين إن الوضع خطير في قره باغ يوم 10 أكتوبر 2020 وأضاف أن الحل سياسي"


def test_a_layer_import_is_one_transaction_with_bulk_inserts(store, tmp_path):
    docs, spans_per_doc = 30, 20
    f = tmp_path / "layer.jsonl"
    words = [(i, i + 1) for i in range(spans_per_doc)]
    with f.open("w", encoding="utf-8") as fh:
        for d in range(docs):
            text = f"{d} {TEXT}"
            spans = [
                {"id": k, "start": s, "end": e, "label": "CLAIM", "text": text[s:e]}
                for k, (s, e) in enumerate(words)
            ]
            rels = [{"id": 1, "type": "said_by", "head": 0, "tail": 1}]
            rec = {"id": f"d{d}", "text": text, "spans": spans, "relations": rels}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        report = import_layers(store, [f], "jsonl", LayerOptions("import:test"))
    finally:
        store.conn.set_trace_callback(None)
    assert (report.spans, report.relations) == (docs * spans_per_doc, docs)
    begins = [s for s in statements if s.startswith("BEGIN")]
    savepoints = [s for s in statements if s.upper().startswith("SAVEPOINT")]
    assert len(begins) == 1  # one transaction, one edit group
    assert len(savepoints) <= 3 * docs  # not one per span (the single-edit path)
    # each span's offsets are checked once, against the text in hand: never re-read
    assert not [s for s in statements if s.startswith("SELECT text FROM documents")]
    # one event per document and layer (listing the new ids), not one per span
    events = [s for s in statements if s.startswith("INSERT INTO events")]
    assert len(events) == docs
