"""Start-up stays light: no command pays for a library it does not use (issue 13).

Each check runs in a fresh interpreter, since this test process has imported
everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.util import find_spec

import pytest

from conftest import ROOT, SEEDS

#: Libraries that cost tenths of a second and tens of MiB each when imported.
HEAVY = ("pandas", "numpy", "matplotlib", "spacy", "pyarrow", "PySide6", "cassis")


def python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def imported_by_importtime(stderr: str) -> set[str]:
    """Top-level package names from ``python -X importtime`` output."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            module = line.rsplit("|", 1)[1].strip()
            names.add(module.split(".")[0])
    return names


def test_cli_imports_no_heavy_library_at_start():
    result = python("-X", "importtime", "-c", "import annotator.cli.main")
    assert result.returncode == 0, result.stderr
    names = imported_by_importtime(result.stderr)
    assert "annotator" in names and "click" in names  # the parse saw the imports
    assert not names & set(HEAVY), sorted(names & set(HEAVY))


#: What ``annotator --help``, ``--version`` and the parse of any command may load of
#: ours: the command line's own modules and annotator.io (a constant). The services, the
#: store (sqlite_utils: ~30 ms), the format registries (importlib.metadata) and the date
#: grammar are imported by the command that uses them.
START_UP = {
    "annotator",
    "annotator.cli",
    "annotator.cli.annotations",
    "annotator.cli.common",
    "annotator.cli.errors",
    "annotator.cli.learning",
    "annotator.cli.main",
    "annotator.cli.team",
    "annotator.io",
}
NOT_AT_START_UP = {"sqlite_utils", "importlib.metadata", "platformdirs", "tqdm", *HEAVY}
#: Not loaded by a command that opens an up-to-date project, unless it uses them.
LAZY = (*HEAVY, "sqlite_utils", "tqdm")


def loaded_after(args: list[str]) -> set[str]:
    """The modules loaded in a fresh interpreter by running ``annotator ARGS`` (no
    arguments: by importing the command line only)."""
    run = f"cli({args!r}, standalone_mode=False)\n" if args else ""
    code = (
        "import json, sys\n"
        "from annotator.cli.main import cli\n"
        f"{run}"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [[], ["--help"], ["--version"], ["init", "--help"]])
def test_start_up_loads_the_command_line_only(args):
    """No service, store, registry or date grammar before a command needs it."""
    loaded = loaded_after(args)
    ours = {m for m in loaded if m.split(".")[0] == "annotator"}
    assert "annotator.cli.main" in ours and "click" in loaded  # the parse saw the imports
    assert ours <= START_UP, sorted(ours - START_UP)
    assert not loaded & NOT_AT_START_UP, sorted(loaded & NOT_AT_START_UP)


def test_help_listing_the_formats_loads_no_project_code():
    """export --help lists every export format (so loads them), and no store."""
    loaded = loaded_after(["export", "--help"])
    assert {"annotator.io.exporters.jsonl", "annotator.io.exporters.conll"} <= loaded
    unwanted = {"sqlite_utils", "annotator.store", "annotator.services.exporting"}
    unwanted |= {"annotator.text.dates.grammar", "annotator.suggest.dates"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_export_loads_its_own_format_only(tmp_path):
    """-f jsonl is checked and run by looking up that name alone: the other exporters'
    modules (CoNLL's tokenizer, spaCy's, XMI's, Parquet's, the XLSX writer) stay unloaded,
    and the export is whole."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project

    db = tmp_path / "p.db"
    store = init_project(db)
    import_paths(store, SEEDS)
    store.close()
    out = tmp_path / "out.jsonl"
    loaded = loaded_after(["export", str(db), "-f", "jsonl", "-o", str(out)])
    exporters = {m for m in loaded if m.startswith("annotator.io.exporters.")}
    assert "annotator.io.exporters.jsonl" in exporters
    others = {"conll", "brat", "doccano", "labelstudio", "spacy", "parquet", "xmi", "claims"}
    assert not {m.rsplit(".", 1)[1] for m in exporters} & others, sorted(exporters)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(seed.stem for seed in SEEDS)


@pytest.mark.parametrize(
    ("command", "allowed"),
    [
        (["stats", "{db}"], set()),
        (["check", "{db}"], set()),
        (["search", "{db}", "الرئيس"], set()),
        # the datasheet and its chart (an SVG written as text) need no plotting library
        (["export", "{db}", "-f", "conll", "-o", "{tmp}/out.conll"], set()),
        # Parquet needs pyarrow (which loads numpy), never pandas
        pytest.param(
            ["export", "{db}", "-f", "parquet", "-o", "{tmp}/out.parquet"],
            {"pyarrow", "numpy"},
            marks=pytest.mark.skipif(find_spec("pyarrow") is None, reason="no pyarrow"),
        ),
    ],
)
def test_commands_load_only_what_they_use(tmp_path, command, allowed):
    """A whole command run leaves none of the heavy libraries it does not need loaded;
    nor sqlite_utils (an up-to-date project opens with sqlite3 alone) nor tqdm (no bar
    is drawn when stderr is not a terminal)."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project

    db = tmp_path / "p.db"
    store = init_project(db)
    import_paths(store, SEEDS)
    store.close()
    args = [a.format(db=db, tmp=tmp_path) for a in command]
    code = (
        "import json, sys\n"
        "from annotator.cli.main import cli\n"
        f"cli({args!r}, standalone_mode=False)\n"
        f"print(json.dumps(sorted(m for m in {LAZY!r} if m in sys.modules)))\n"
    )
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert loaded <= allowed, sorted(loaded - allowed)


def test_pandas_still_imports_after_the_store():
    """Hiding pandas from sqlite_utils' own import must not hide it from anyone else."""
    code = (
        "import annotator.store, sys\n"
        "assert 'pandas' not in sys.modules\n"
        "import pandas, numpy\n"
        "print(pandas.Series([1, 2]).sum())"
    )
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3"
