"""Suggestions: stored, shown, accepted as spans with links, rejected for good."""

from __future__ import annotations

import re

import pytest

from annotator.core.model import Document
from annotator.services import suggesting
from annotator.services.annotate import AnnotationSession
from annotator.suggest import Engine, SuggestedLink, Suggestion, engines

TEXT = "👍🏽 قال بوتين\r\nفي 10 أكتوبر 2020: «الوضع خطير»"


class FakeEngine(Engine):
    """DATE on every 2020, SPEAKER on بوتين, a CLAIM on «...» linked to both."""

    name = "fake-test"
    description = "for tests"
    labels = ("DATE", "SPEAKER", "CLAIM")

    def suggest(self, doc, context):
        out = []
        for m in re.finditer("2020", doc.text):
            out.append(
                Suggestion(
                    m.start(),
                    m.end(),
                    "DATE",
                    m.group(),
                    self.name,
                    "year",
                    {"value": "2020", "calendar": "gregorian"},
                )
            )
        for m in re.finditer("بوتين", doc.text):
            out.append(Suggestion(m.start(), m.end(), "SPEAKER", m.group(), self.name, "alias"))
        for m in re.finditer("«([^»]+)»", doc.text):
            links = tuple(
                SuggestedLink(
                    "said_by" if s.label == "SPEAKER" else "dated", s.start, s.end, s.label
                )
                for s in out
            )
            out.append(
                Suggestion(
                    m.start(1),
                    m.end(1),
                    "CLAIM",
                    m.group(1),
                    self.name,
                    "quote",
                    {"kind": "direct"},
                    links,
                )
            )
        return out


@pytest.fixture(autouse=True)
def _fake_engine():
    engines.register(FakeEngine.name, FakeEngine)
    yield
    engines.unregister(FakeEngine.name)


@pytest.fixture
def doc(store):
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "x", "t", TEXT, "ar", "rtl")])
    return store.documents.get(doc_id)


def test_suggest_store_and_show(store, doc):
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert [(s.label, s.text) for s in shown] == [
        ("SPEAKER", "بوتين"),
        ("DATE", "2020"),
        ("CLAIM", "الوضع خطير"),
    ]
    again = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert len(again) == 3  # nothing stored twice


def test_accept_claim_brings_its_speaker_and_date(store, doc):
    session = AnnotationSession(store, "amina")
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    claim = next(s for s in shown if s.label == "CLAIM")
    accepted = suggesting.accept(session, claim)
    span = accepted.span
    assert (span.label, span.text, span.origin) == ("CLAIM", "الوضع خطير", "suggested:fake-test")
    assert [s.label for s in accepted.added] == ["CLAIM", "SPEAKER", "DATE"]
    assert accepted.summary().startswith("added CLAIM «الوضع خطير» with SPEAKER, DATE and 2 links")
    assert span.attrs["kind"] == "direct"
    spans = {s.label: s for s in store.annotations.spans(doc.id, "amina")}
    assert set(spans) == {"CLAIM", "SPEAKER", "DATE"}
    rels = {(r.type, r.tail) for r in store.annotations.relations(doc.id, "amina")}
    assert rels == {("said_by", spans["SPEAKER"].id), ("dated", spans["DATE"].id)}
    assert store.suggestions.visible(doc.id, "amina") == []


def test_undo_accept_shows_the_suggestion_again(store, doc):
    session = AnnotationSession(store, "amina")
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    date = next(s for s in shown if s.label == "DATE")
    suggesting.accept(session, date)
    assert "DATE" not in {s.label for s in store.suggestions.visible(doc.id, "amina")}
    session.undo()
    assert "DATE" in {s.label for s in store.suggestions.visible(doc.id, "amina")}


def test_rejected_never_comes_back(store, doc):
    session = AnnotationSession(store, "amina")
    shown = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    suggesting.reject(session, next(s for s in shown if s.label == "SPEAKER"))
    again = suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert "SPEAKER" not in {s.label for s in again}
    assert store.events.list("amina")[0].action == "suggestion.reject"


def test_accept_all_of_a_label(store, doc):
    session = AnnotationSession(store, "amina")
    suggesting.suggest_document(store, doc.id, "amina", ["fake-test"])
    assert suggesting.accept_all(session, doc.id, "DATE") == 1
    assert [s.label for s in store.annotations.spans(doc.id, "amina")] == ["DATE"]


def test_engine_with_bad_offsets_is_refused(store, doc):
    @engines.register("broken-test")
    class Broken(Engine):
        name = "broken-test"
        description = "for tests"
        labels = ("DATE",)

        def suggest(self, doc, context):
            return [Suggestion(0, 3, "DATE", "xyz", self.name, "bad")]

    try:
        with pytest.raises(suggesting.SuggestFailed, match="do not match"):
            suggesting.suggest_document(store, doc.id, "amina", ["broken-test"])
        assert store.suggestions.visible(doc.id, "amina") == []
    finally:
        engines.unregister("broken-test")


def test_suggest_project_counts(seeded):
    report = suggesting.suggest_project(seeded, "amina", ["fake-test"])
    assert report.documents == 5
    with pytest.raises(suggesting.SuggestFailed, match="unknown engine"):
        suggesting.suggest_project(seeded, "amina", ["nope"])


def test_evaluate_scores_engines_against_a_layer(store, doc):
    from annotator.services.evaluation import evaluate, table_lines

    gold = AnnotationSession(store, "sara", layer="gold")
    i = TEXT.index("بوتين")
    speaker = gold.create_span(doc, i, i + 5, "SPEAKER")
    j = TEXT.index("الوضع خطير")
    claim = gold.create_span(doc, j, j + 10, "CLAIM")
    gold.link(claim, "said_by", speaker)
    d = gold.create_span(doc, TEXT.index("10 أكتوبر"), TEXT.index("2020") + 4, "DATE", snap=False)
    gold.set_attr(d, "value", "2020-10-10")
    report = evaluate(store, "gold", ["fake-test"])
    rows = {(r.label, r.lang): r.to_dict() for r in report.rows.values()}
    assert rows[("SPEAKER", "ar")]["exact"]["f1"] == 1.0
    assert rows[("CLAIM", "ar")]["said_by_accuracy"] == 1.0
    date = rows[("DATE", "ar")]
    # the fake engine suggests "2020" alone: overlapping, not exact, and a wrong value
    assert (date["exact"]["tp"], date["overlap"]["tp"], date["value_accuracy"]) == (0, 1, 0.0)
    assert report.missed == {}
    assert table_lines(report)[0].startswith("| label | lang |")


def test_cli_suggest_export_writes_canonical_jsonl(tmp_path):
    """`annotator suggest --export`: one object per document, engine, rule and confidence
    on every span, said_by links as relations; the file imports back as a layer."""
    import orjson
    from click.testing import CliRunner

    from annotator.cli.main import cli
    from annotator.io.layers import LayerOptions
    from annotator.services.interchange import import_layers
    from annotator.services.project import open_project

    src = tmp_path / "news.jsonl"
    text = (
        "وقال وزير الخارجية الإيراني في مؤتمر صحفي يوم الأحد 10 أكتوبر 2020 إن طهران "
        "لا تسعى إلى التصعيد 👍.\r\nوأضاف أن المفاوضات مستمرة."
    )
    src.write_bytes(orjson.dumps({"id": "a1", "text": text, "published": "2020-10-11"}) + b"\n")
    db, out = tmp_path / "news.db", tmp_path / "out" / "suggestions.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["import", str(db), str(src)]).exit_code == 0
    bad = runner.invoke(cli, ["suggest", str(db), "--layer", "amina", "--export", str(out)])
    assert bad.exit_code != 0 and str(out) in bad.output and "Traceback" not in bad.output
    out.parent.mkdir()
    result = runner.invoke(cli, ["suggest", str(db), "--layer", "amina", "--export", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert record["id"] == "a1" and record["offset_unit"] == "codepoint"
    assert (record["layer"], record["meta"]["suggested_for"]) == ("suggestions", "amina")
    spans = {s["id"]: s for s in record["spans"]}
    assert all(s["text"] == text[s["start"] : s["end"]] for s in spans.values())
    assert all(s["engine"] and s["rule"] and 0 < s["confidence"] <= 1 for s in spans.values())
    by_label = {}
    for s in spans.values():
        by_label.setdefault(s["label"], []).append(s["text"])
    assert by_label["SPEAKER"] == ["وزير الخارجية الإيراني"]
    assert by_label["CLAIM"] == ["طهران لا تسعى إلى التصعيد", "المفاوضات مستمرة"]
    said_by = [r for r in record["relations"] if r["type"] == "said_by"]
    assert len(said_by) == 2
    assert {spans[r["tail"]]["text"] for r in said_by} == {"وزير الخارجية الإيراني"}
    assert any(r["type"] == "dated" for r in record["relations"])
    project = open_project(tmp_path / "back.db", create=True)
    report = import_layers(project, [out], "jsonl", LayerOptions("back"))
    project.close()
    assert (report.spans, report.relations) == (len(spans), len(record["relations"]))
    assert not report.bad
