"""The learned suggestion model (issue 10): trained on the project's own done articles,
kept in the project file, suggesting through the ``learned`` engine."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from learning_fixture import ARABIC, PERSIAN, annotate

from annotator.cli.main import cli
from annotator.core.model import Document
from annotator.services import learning, suggesting
from annotator.services.project import init_project, open_project, store_of
from annotator.suggest.learned import load_pipeline, model_tokens, predict

from conftest import ROOT

pytest.importorskip("spacy")

NEW = "وقال المتحدث باسم وزارة النقل إن الطرق ستفتح غدا.\r\nوزار الوزير المطار."
NEW_SPEAKER = "المتحدث باسم وزارة النقل"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A project file with 8 Arabic and 2 Persian done articles, trained once."""
    path = tmp_path_factory.mktemp("learn") / "p.db"
    project = init_project(path)
    annotate(project, "amina", ARABIC, "ar")
    annotate(project, "reza", PERSIAN, "fa")
    report = learning.train(project, epochs=40)
    project.close()
    return path, report


def test_training_learns_a_speaker_pattern_it_was_taught(trained):
    path, report = trained
    project = open_project(path)
    (ar,) = [r for r in report.results if r.lang == "ar"]
    assert (ar.trained, ar.held_out) == (6, 2)
    assert set(ar.figures) == {"SPEAKER"} and ar.figures["SPEAKER"]["gold"] == 4
    store = store_of(project)
    with store.atomic():
        (doc_id,) = store.documents.insert_many([Document(None, "new", "new", NEW, "ar", "rtl")])
    shown = suggesting.suggest_document(project, doc_id, "amina", ["learned"])
    assert [(s.engine, s.label) for s in shown] == [("learned", "SPEAKER")]
    got = shown[0]
    assert got.text == NEW[got.start : got.end]
    assert NEW_SPEAKER in got.text or got.text in NEW_SPEAKER  # overlaps the new speaker
    assert "الوزير" not in got.text and "الطرق" not in got.text
    doc = store.documents.get(doc_id)
    (found,) = suggesting.compute(doc, (), (), ["learned"], suggesting.models_of(project))
    assert found.confidence == ar.figures["SPEAKER"]["exact"]["p"]  # measured, not 1.0
    project.close()


def test_a_language_with_too_few_articles_is_skipped_and_said_so(trained):
    _, report = trained
    (fa,) = [r for r in report.results if r.lang == "fa"]
    assert fa.skipped and "2 done articles" in fa.line() and "need at least 5" in fa.line()


def test_the_model_round_trips_through_the_project_file(trained):
    path, _ = trained
    project = open_project(path)
    (described,) = learning.describe(project)
    assert (described.lang, described.labels, described.articles) == ("ar", ("SPEAKER",), 8)
    assert described.data == b"" and described.size > 100_000
    model = suggesting.models_of(project)["ar"]
    assert len(model.data) == described.size
    assert model.figures["SPEAKER"]["gold"] == 4
    nlp = load_pipeline(model.data)
    again = load_pipeline(nlp.to_bytes())
    assert predict(nlp, NEW, "ar") == predict(again, NEW, "ar") != []
    project.close()


def test_the_engine_suggests_nothing_without_a_model_and_loads_no_spacy():
    """In a fresh interpreter: every engine registered, a project without a model, the
    learned engine asked: nothing suggested, spaCy never imported."""
    code = (
        "import sys\n"
        "from annotator.core.model import Document\n"
        "from annotator.services.suggesting import compute, models_of\n"
        "from annotator.services.project import open_project\n"
        "from annotator.suggest import engine_names\n"
        "assert 'learned' in engine_names()\n"
        "p = open_project(':memory:', create=True)\n"
        f"doc = Document(1, 'x', 'x', {NEW!r}, 'ar', 'rtl')\n"
        "assert models_of(p) == {}\n"
        "assert compute(doc, (), (), ['learned'], models_of(p)) == []\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_arabic_proclitics_split_where_safe_persian_words_never(tmp_path):
    text = "والرئيس قال وبوتين وبوتين بوتين وزير"
    words = [text[s:e] for s, e in model_tokens(text, "ar")]
    assert words == ["و", "الرئيس", "قال", "و", "بوتين", "و", "بوتين", "بوتين", "وزير"]
    fa = "رئیس‌جمهور گفت وبا بوتین"
    assert [fa[s:e] for s, e in model_tokens(fa, "fa")] == ["رئیس‌جمهور", "گفت", "وبا", "بوتین"]


def test_cli_train_reports_figures_and_stores_the_model(tmp_path):
    path = tmp_path / "p.db"
    project = init_project(path)
    annotate(project, "amina", ARABIC, "ar")
    project.close()
    result = CliRunner().invoke(cli, ["train", str(path), "--epochs", "5", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["lang"], r["trained"], r["held_out"]) for r in rows] == [("ar", 6, 2)]
    assert set(rows[0]["figures"]["SPEAKER"]) >= {"exact", "overlap"}
    assert [m.lang for m in learning.describe(open_project(path))] == ["ar"]


def test_cli_train_with_too_few_articles_is_one_line_and_changes_nothing(tmp_path):
    path = tmp_path / "p.db"
    project = init_project(path)
    annotate(project, "reza", PERSIAN, "fa")
    annotate(project, "amina", ARABIC[:3], "ar", done=False)
    project.close()
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["train", str(path)])
    assert result.exit_code != 0
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert "too few annotated articles" in result.output and "fa: " in result.output
    assert learning.describe(open_project(path)) == []
    assert path.read_bytes() == before
    unknown = CliRunner().invoke(cli, ["train", str(path), "--labels", "SPEKAER"])
    assert unknown.exit_code != 0 and "unknown label 'SPEKAER'" in unknown.output
    layer = CliRunner().invoke(cli, ["train", str(path), "--layer", "nobody"])
    assert layer.exit_code != 0 and "no layer 'nobody'" in layer.output


def test_imported_gold_counts_as_done_and_analysts_only_when_done(tmp_path):
    project = init_project(tmp_path / "p.db")
    annotate(project, "amina", ARABIC[:2], "ar")
    annotate(project, "sara", ARABIC[2:4], "ar", done=False)
    texts = [a.text for a in learning.collect(project)]
    assert len(texts) == 2 and all("[[" not in t for t in texts)
    assert len(learning.collect(project, "sara")) == 0


def test_retraining_is_due_after_every_n_done_articles(tmp_path):
    project = init_project(tmp_path / "p.db")
    assert learning.retrain_every(project) == learning.DEFAULT_RETRAIN_EVERY == 10
    learning.set_retrain_every(project, 3)
    annotate(project, "amina", ARABIC[:2], "ar")
    assert not learning.retrain_due(project)
    annotate(project, "amina", ARABIC[2:3], "ar")
    assert learning.retrain_due(project)
    learning.set_retrain_every(project, 0)
    assert not learning.retrain_due(project)
    with pytest.raises(learning.TrainingError):
        learning.set_retrain_every(project, -1)


def test_a_model_opened_where_spacy_is_missing_costs_no_other_suggestion(trained):
    """A project trained elsewhere, opened without spaCy: the learned engine is quiet,
    the other engines still suggest (the DATE in the text), nothing raises."""
    path, _ = trained
    code = (
        "import sys\n"
        "sys.modules['spacy'] = None\n"
        "from annotator.core.model import Document\n"
        "from annotator.services.suggesting import compute, models_of\n"
        "from annotator.services.project import open_project\n"
        f"p = open_project({str(path)!r})\n"
        "models = models_of(p)\n"
        "assert models['ar'].data\n"
        f"doc = Document(1, 'x', 'x', {NEW!r}, 'ar', 'rtl', published='2024-03-01')\n"
        "found = compute(doc, (), (), None, models)\n"
        "assert not [s for s in found if s.engine == 'learned'], found\n"
        "assert [s.text for s in found if s.label == 'DATE'] == ['غدا'], found\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "spaCy is not installed" in result.stderr
