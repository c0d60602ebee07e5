"""Export/import of the speaker registry (CSV and JSON), merging, all-or-nothing."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import Alias, Entity
from annotator.services.registry_io import RegistryFileError, export_registry, import_registry

PUTIN = Entity(
    None, "Vladimir Putin", "PERSON", "Q7747", (Alias("بوتين", "ar"), Alias("پوتین", "fa"))
)
KREMLIN = Entity(None, "Kremlin", "ORG", "", (Alias("الكرملين", "ar"),))


@pytest.mark.parametrize("ext", ["csv", "json"])
def test_round_trip(store, tmp_path, ext):
    from annotator.services.project import open_project, store_of

    store.entities.add(PUTIN)
    store.entities.add(KREMLIN)
    path = tmp_path / f"reg.{ext}"
    assert export_registry(store, path) == 2
    other = store_of(open_project(":memory:", create=True))
    try:
        report = import_registry(other, path)
        assert (report.created, report.merged, report.aliases_added) == (2, 0, 3)
        got = {e.name: e for e in other.entities.all()}
        assert got["Vladimir Putin"].wikidata == "Q7747"
        assert got["Vladimir Putin"].aliases == PUTIN.aliases
        assert got["Kremlin"].kind == "ORG"
        again = import_registry(other, path)
        assert (again.created, again.merged, again.aliases_added) == (0, 2, 0)
    finally:
        other.close()


def test_csv_one_row_per_alias(store, tmp_path):
    store.entities.add(PUTIN)
    path = tmp_path / "r.csv"
    export_registry(store, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "name,kind,wikidata,alias,lang",
        "Vladimir Putin,PERSON,Q7747,بوتين,ar",
        "Vladimir Putin,PERSON,Q7747,پوتین,fa",
    ]


def test_merge_by_wikidata_and_by_name(store, tmp_path):
    store.entities.add(PUTIN)
    store.entities.add(KREMLIN)
    path = tmp_path / "r.csv"
    path.write_text(
        "name,kind,wikidata,alias,lang\n"
        "Putin V.,PERSON,Q7747,Putin,en\n"  # same wikidata id, other name
        "kremlin,ORG,,کرملین,fa\n",  # same name (folded)
        encoding="utf-8",
    )
    report = import_registry(store, path)
    assert (report.created, report.merged, report.aliases_added) == (0, 2, 2)
    got = {e.name: e for e in store.entities.all()}
    assert Alias("Putin", "en") in got["Vladimir Putin"].aliases
    assert Alias("کرملین", "fa") in got["Kremlin"].aliases


def test_bad_row_names_file_and_line_and_changes_nothing(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "name,kind,wikidata,alias,lang\nA,PERSON,,a,\nB,PERSON,Q-1,b,\n", encoding="utf-8"
    )
    with pytest.raises(RegistryFileError, match=r"bad\.csv:3: wikidata"):
        import_registry(store, path)
    assert store.entities.count() == 0


def test_bad_json_record(store, tmp_path):
    path = tmp_path / "bad.json"
    data = {"entities": [{"name": "A", "aliases": ["a"]}, {"name": ""}]}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RegistryFileError, match=r"bad\.json: entity #2: empty name"):
        import_registry(store, path)
    assert store.entities.count() == 0


def test_unknown_extension(store, tmp_path):
    with pytest.raises(RegistryFileError, match="unknown registry format"):
        export_registry(store, tmp_path / "r.xml")


def test_gold_registry_imports(store):
    from tests.conftest import ROOT

    report = import_registry(store, ROOT / "bench" / "gold" / "registry.json")
    assert report.created == 9
