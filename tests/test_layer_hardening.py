"""Annotation imports that used to crash or accept silently (issue 12): same-named
files, INCEpTION custom layers, brat normalisations as Wikidata entity links, a
50 MB line, a 2 GB ZIP entry, a broken importer."""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from annotator.core.model import Alias, Document, Entity
from annotator.io.layers import LayerOptions, layer_importers
from annotator.io.layers.base import LayerImporter
from annotator.services.exporting import export_project
from annotator.services.interchange import LayerImportFailed, import_layers

from conftest import INTEROP

BAD = Path(__file__).resolve().parent / "bad_inputs" / "layers"
DOCCANO = INTEROP / "doccano" / "doccano-examples"
TEXT = "🙂 قال الرئيس فلاديمير بوتين: «الحوار هو الطريق»\r\nو رئیس‌جمهور گفت"


def test_same_file_name_in_two_folders(store):
    """The repository's two doccano samples share a base name, so their derived ids
    collide (sqlite3.IntegrityError before); re-importing them changes nothing."""
    paths = [DOCCANO / "export" / "sequence_labeling.example.jsonl",
             DOCCANO / "import" / "sequence_labeling.example.jsonl"]  # fmt: skip
    report = import_layers(store, paths, "doccano", skip_bad=True)
    assert report.documents_created == 5 and len(report.bad) == 1  # a record with no text
    ids = sorted(d.ext_id for d in store.documents.iter_all())
    assert ids[:2] == ["sequence_labeling.example:1", "sequence_labeling.example:1~854e0bdc6679"]
    counts = store.documents.count(), len(store.annotations.spans(None))
    again = import_layers(store, paths, "doccano", skip_bad=True)
    assert (again.documents_created, again.spans) == (0, 0)
    assert (store.documents.count(), len(store.annotations.spans(None))) == counts


# ---------------------------------------------------------------- INCEpTION custom layers

TYPESYSTEM = """<?xml version="1.0" encoding="UTF-8"?>
<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types>
<typeDescription><name>custom.Span</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>label</name><rangeTypeName>uima.cas.String</rangeTypeName>
</featureDescription></features></typeDescription>
<typeDescription><name>custom.Stance</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>stance</name><rangeTypeName>uima.cas.String</rangeTypeName>
</featureDescription><featureDescription><name>confidence</name>
<rangeTypeName>uima.cas.Integer</rangeTypeName></featureDescription></features></typeDescription>
<typeDescription><name>custom.Relation</name><supertypeName>uima.tcas.Annotation</supertypeName>
<features><featureDescription><name>Governor</name><rangeTypeName>custom.Span</rangeTypeName>
</featureDescription><featureDescription><name>Dependent</name><rangeTypeName>custom.Span</rangeTypeName>
</featureDescription><featureDescription><name>role</name><rangeTypeName>uima.cas.String</rangeTypeName>
</featureDescription></features></typeDescription>
</types></typeSystemDescription>"""


def _inception_zip(path: Path) -> None:
    cassis = pytest.importorskip("cassis")
    ts = cassis.load_typesystem(io.BytesIO(TYPESYSTEM.encode()))
    cas = cassis.Cas(typesystem=ts)
    cas.sofa_string = TEXT
    # cassis keeps code points in memory and writes UTF-16 offsets (emoji: 2) to the XMI
    span, stance, rel = (
        ts.get_type(n) for n in ("custom.Span", "custom.Stance", "custom.Relation")
    )
    a, b = TEXT.index("فلاديمير بوتين"), TEXT.index("«")
    speaker = span(begin=(a), end=(a + 14), label="SPEAKER")
    claim = span(begin=(b + 1), end=(b + 17), label="CLAIM")
    cas.add_all([speaker, claim, stance(begin=(b + 1), end=(b + 17), stance="pro", confidence=3)])
    cas.add(
        rel(begin=claim.begin, end=claim.end, Governor=claim, Dependent=speaker, role="said_by")
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("doc.xmi", cas.to_xmi())
        zf.writestr("TypeSystem.xml", ts.to_xml())


def test_inception_custom_layers_map_to_labels(store, tmp_path):
    _inception_zip(tmp_path / "inception.zip")
    report = import_layers(store, [tmp_path / "inception.zip"], "xmi")
    assert (report.spans, report.relations) == (3, 1)
    (doc,) = store.documents.iter_all()
    got = {(s.label, s.text, tuple(s.attrs.items())) for s in store.annotations.spans(doc.id)}
    assert got == {
        ("SPEAKER", "فلاديمير بوتين", ()),
        ("CLAIM", "الحوار هو الطريق", ()),
        ("pro", "الحوار هو الطريق", (("confidence", 3),)),  # its one string feature
    }
    (rel,) = store.annotations.relations(doc.id)
    assert rel.type == "said_by"


def test_type_and_feature_choose_what_is_imported(store, tmp_path):
    _inception_zip(tmp_path / "inception.zip")
    options = LayerOptions(types=("custom.Stance",), feature="stance")
    report = import_layers(store, [tmp_path / "inception.zip"], "xmi", options)
    assert report.spans == 1
    with pytest.raises(LayerImportFailed, match=r"type custom\.Tagged has no feature 'nope'"):
        import_layers(store, [BAD / "xmi" / "custom-ambiguous.zip"], "xmi",
                      LayerOptions(types=("Tagged",), feature="nope"))  # fmt: skip


# ---------------------------------------------------------------- brat normalisations


def _brat(folder: Path, name: str, ann: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8", newline="")
    (folder / f"{name}.ann").write_text(ann, encoding="utf-8")


def test_brat_normalisations_become_registry_links_and_go_back_out(store, fresh_store, tmp_path):
    a = TEXT.index("فلاديمير بوتين")
    r = TEXT.index("رئیس‌جمهور")
    store.entities.add(Entity(None, "President of Iran", wikidata="Q1153236"))
    _brat(tmp_path / "in", "one", f"T1\tSPEAKER {a} {a + 14}\tفلاديمير بوتين\n"
          f"T2\tSPEAKER {r} {r + 10}\tرئیس‌جمهور\n"
          "N1\tReference T1 Wikidata:Q7747\tVladimir Putin\n"
          "N2\tReference T2 Wikidata:Q1153236\tPresident of Iran\n")  # fmt: skip
    report = import_layers(store, [tmp_path / "in"], "brat", LayerOptions(layer="amina"))
    assert (report.entities_linked, report.entities_created) == (2, 1)
    by_q = {e.wikidata: e for e in store.entities.all()}
    putin = by_q["Q7747"]
    assert putin.name == "Vladimir Putin" and "فلاديمير بوتين" in {x.text for x in putin.aliases}
    (doc,) = store.documents.iter_all()
    entity = {s.text: s.attrs.get("entity") for s in store.annotations.spans(doc.id)}
    assert entity == {"فلاديمير بوتين": putin.id, "رئیس‌جمهور": by_q["Q1153236"].id}
    export_project(store, "brat", tmp_path / "out", layer="amina")
    (ann,) = (tmp_path / "out").glob("*.ann")
    norms = [line for line in ann.read_text(encoding="utf-8").splitlines() if line[0] == "N"]
    assert sorted(n.split("\t", 1)[1] for n in norms) == [
        "Reference T1 Wikidata:Q7747\tVladimir Putin",
        "Reference T2 Wikidata:Q1153236\tPresident of Iran",
    ]
    fresh_store.entities.add(Entity(None, "بوتين", wikidata="Q7747", aliases=(Alias("بوتين"),)))
    again = import_layers(fresh_store, [tmp_path / "out"], "brat")
    assert (again.entities_linked, again.entities_created) == (2, 1)  # Q7747 matched
    assert len(fresh_store.entities.all()) == 2


# ---------------------------------------------------------------- sizes


def test_a_50_mb_line_is_refused_in_bounded_time_and_memory(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"text": "' + "خبر " * (50 * 2**20 // 7) + '", "label": []}\n')
    project = tmp_path / "p.db"
    code = (
        "import resource, sys, time\n"
        "from annotator.cli.main import main\n"
        "start = time.perf_counter()\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024\n"
        "    print(f'{exc.code} {time.perf_counter() - start:.1f} {rss}', file=sys.stderr)\n"
    )
    subprocess.run([sys.executable, "-c", "from annotator.cli.main import main; main()",
                    "init", str(project)], check=True, capture_output=True)  # fmt: skip
    before = project.read_bytes()
    args = ["import-annotations", str(project), str(path), "-f", "doccano"]
    run = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    *lines, figures = run.stderr.strip().splitlines()
    code_, seconds, rss_mb = figures.split()
    assert code_ == "1" and len(lines) == 1 and "over the limit of 5,000,000 characters" in lines[0]
    assert float(seconds) < 30 and int(rss_mb) < 800, figures
    assert project.read_bytes() == before


def test_a_zip_claiming_2_gb_is_refused_without_inflating(tmp_path):
    start = time.perf_counter()
    used = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    read = list(layer_importers.get("xmi")().read(BAD / "xmi" / "forged-size.zip", LayerOptions()))
    assert [str(r).split(": ", 1)[1] for r in read] == [
        "cannot read: entry big.xmi inflates to 2,147,483,648 bytes, over the limit of 268,435,456"
    ]
    assert time.perf_counter() - start < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - used < 100_000  # KB


# ---------------------------------------------------------------- a broken importer


class _Broken(LayerImporter):
    name = "broken-test"
    description = "raises half way (a plugin's bug)"
    suffixes = (".x",)
    offset_unit = "codepoint"

    def read(self, path, options):
        yield from layer_importers.get("doccano")().read(path, options)
        raise KeyError("boom")


def test_an_importer_that_raises_is_one_line(store, tmp_path, request):
    layer_importers.register("broken-test", _Broken)
    request.addfinalizer(lambda: layer_importers.unregister("broken-test"))
    path = tmp_path / "a.x"
    path.write_text('{"text": "سلام 🙂", "label": [[0, 4, "SPEAKER"]]}\n', encoding="utf-8")
    with pytest.raises(LayerImportFailed) as err:
        import_layers(store, [path], "broken-test")
    assert str(err.value) == (
        f"{path}: record 2: the broken-test importer failed (KeyError: 'boom') "
        "(nothing was imported)"
    )
    assert store.documents.count() == 0


def test_max_chars_applies_to_every_format(store, tmp_path):
    (tmp_path / "d.conll").write_text("بوتين\tB-SPEAKER\nقال\tO\n", encoding="utf-8")
    with pytest.raises(LayerImportFailed, match=r"\(--max-chars\)"):
        import_layers(store, [tmp_path / "d.conll"], "conll", LayerOptions(max_chars=5))
    assert (
        import_layers(store, [tmp_path / "d.conll"], "conll", LayerOptions(max_chars=9)).spans == 1
    )
    assert Document  # the model is what the importers build


def test_a_label_with_a_tab_is_refused_so_no_conll_column_is_injected(store, tmp_path):
    import json

    from annotator.io.layers import LayerOptions
    from annotator.services.interchange import LayerImportFailed, import_layers

    f = tmp_path / "tab.jsonl"
    text = "قال بوتين إن الوضع خطير"
    rec = {"text": text, "label": [[4, 9, "SPEAKER\tB-CLAIM"]]}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    events = store.events.count()
    with pytest.raises(LayerImportFailed, match=r"label 'SPEAKER\\tB-CLAIM': holds the control"):
        import_layers(store, [f], "doccano", LayerOptions(unit="codepoint"))
    assert store.events.count() == events and store.documents.count() == 0
