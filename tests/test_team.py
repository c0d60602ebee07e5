"""Team work without a server: assign packages, merge them back."""

from __future__ import annotations

import hashlib
import json
from collections import Counter

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli.main import cli
from annotator.core.assign import AssignError, assign_documents, parse_analysts
from annotator.core.model import Alias, Entity
from annotator.services.annotate import AnnotationSession
from annotator.services.project import open_project, store_of
from annotator.services.team import TeamError, assign_packages, guidelines, merge_packages

from conftest import SEEDS


@given(
    n=st.integers(1, 60),
    analysts=st.integers(2, 5),
    overlap=st.sampled_from([0.0, 0.2, 0.5, 1.0]),
    seed=st.integers(0, 5),
)
@settings(max_examples=60, deadline=None)
def test_assignment_is_complete_balanced_and_deterministic(n, analysts, overlap, seed):
    names = [f"a{i}" for i in range(analysts)]
    docs = [(f"d{i}", "ar" if i % 3 else "fa", f"s{i % 2}") for i in range(n)]
    result = assign_documents(docs, names, overlap, 2, seed)
    assert set(result) == {d[0] for d in docs}
    assert all(len(set(v)) == len(v) for v in result.values())
    shared = sum(1 for v in result.values() if len(v) == 2)
    assert abs(shared - overlap * n) <= 2  # within one document per stratum pair
    load = Counter(a for v in result.values() for a in v)
    assert max(load.values()) - min(load.get(a, 0) for a in names) <= 2
    assert assign_documents(list(reversed(docs)), names, overlap, 2, seed) == result


def test_bad_assignments_are_one_line():
    with pytest.raises(AssignError, match="named twice"):
        parse_analysts("amina,reza,amina")
    with pytest.raises(AssignError, match="use letters"):
        parse_analysts("amina,../x")
    with pytest.raises(AssignError, match="only 2 analysts"):
        assign_documents([("d", "ar", "")], ["a", "b"], 0.5, per_doc=3)


@pytest.fixture
def curation(seeded):
    seeded.entities.add(Entity(None, "Vladimir Putin", wikidata="Q7747", aliases=(Alias("بوتين"),)))
    return seeded


def annotate(path, name, word):
    project = open_project(path)
    store = store_of(project)
    session = AnnotationSession(project, name)
    doc = next(
        store.documents.get(i) for i in store.documents.ids() if word in store.documents.get(i).text
    )
    i = doc.text.index(word)
    speaker = session.create_span(doc, i, i + len(word), "SPEAKER")
    session.set_attr(speaker, "entity", store.entities.all()[0].id)
    session.set_status(doc.id, "done")
    session.add_time(doc.id, 30)
    store.entities.add(Entity(None, f"{name}'s source", aliases=(Alias("مصدر"),)))
    project.close()
    return doc.ext_id


def test_assign_then_merge_round_trip(curation, tmp_path):
    report = assign_packages(curation, ["amina", "reza"], tmp_path / "pk", overlap=1.0, seed=7)
    assert report.documents == {"amina": 5, "reza": 5} and report.shared == 5
    manifest_path = tmp_path / "pk" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    import os
    import stat

    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(manifest_path.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    assert manifest["documents"] and all(len(v) == 2 for v in manifest["documents"].values())
    pkg = store_of(open_project(tmp_path / "pk" / "amina.db"))
    assert pkg.schema.current() == curation.schema.current()
    assert [e.wikidata for e in pkg.entities.all()] == ["Q7747"]
    assert "SPEAKER" in guidelines(pkg)
    pkg.close()
    ext_a = annotate(tmp_path / "pk" / "amina.db", "amina", "بوتين")
    annotate(tmp_path / "pk" / "reza.db", "reza", "پوتین")
    paths = [tmp_path / "pk" / "amina.db", tmp_path / "pk" / "reza.db"]
    merged = merge_packages(curation, paths, author="sara")
    assert (merged.layers_added, merged.spans) == (2, 2)
    assert merged.registry.created == 2  # each analyst's new source; Putin matched by Q7747
    doc = curation.documents.by_ext_id(ext_a)
    (span,) = curation.annotations.spans(doc.id, "amina")
    assert (span.author, span.origin, span.text) == ("amina", "manual", "بوتين")
    putin = next(e for e in curation.entities.all() if e.wikidata == "Q7747")
    assert span.attrs["entity"] == putin.id
    assert curation.status.get(doc.id, "amina").seconds == 30
    kinds = {layer.name: (layer.kind, layer.source) for layer in curation.layers()}
    assert kinds["amina"] == ("analyst", "amina.db")
    # idempotent: the same files again change nothing
    before = hashlib.sha256(repr(list(curation.annotations.all_spans())).encode()).hexdigest()
    again = merge_packages(curation, paths)
    assert (again.layers_added, again.layers_unchanged) == (0, 2)
    after = hashlib.sha256(repr(list(curation.annotations.all_spans())).encode()).hexdigest()
    assert before == after
    # the whole merge is one undo step for the curator
    session = AnnotationSession(curation, "sara", layer="gold")
    assert session.undo_label() == "merge 2 packages"


def test_merge_refuses_a_different_text_and_changes_nothing(curation, tmp_path):
    assign_packages(curation, ["amina"], tmp_path / "pk")
    pkg = store_of(open_project(tmp_path / "pk" / "amina.db"))
    pkg.conn.execute("UPDATE documents SET text = text || ' ', text_sha256 = 'x' WHERE id = 1")
    ext_id = pkg.documents.get(1).ext_id
    pkg.close()
    events = curation.events.count()
    with pytest.raises(TeamError, match=f"amina.db: article {ext_id} has a different text"):
        merge_packages(curation, [tmp_path / "pk" / "amina.db"])
    assert curation.events.count() == events


def test_assign_never_overwrites_a_package(curation, tmp_path):
    assign_packages(curation, ["amina"], tmp_path / "pk")
    with pytest.raises(TeamError, match="already exists"):
        assign_packages(curation, ["amina"], tmp_path / "pk")


def test_cli_assign_and_merge(tmp_path):
    runner = CliRunner()
    db = tmp_path / "news.db"
    assert runner.invoke(cli, ["init", str(db)]).exit_code == 0
    assert runner.invoke(cli, ["import", str(db), *map(str, SEEDS)]).exit_code == 0
    out = tmp_path / "packages"
    result = runner.invoke(
        cli,
        [
            "assign",
            str(db),
            "--to",
            "amina,reza,sara",
            "--overlap",
            "0.4",
            "--seed",
            "7",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "5 articles, 2 shared" in result.output
    result = runner.invoke(cli, ["merge", str(db), *map(str, sorted(out.glob("*.db")))])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("merged 3 files")
    result = runner.invoke(cli, ["merge", str(db), str(tmp_path / "nothing.db")])
    assert result.exit_code == 1 and "nothing.db: no such file" in result.output
