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


def test_start_up_loads_no_suggestion_engine_and_no_date_grammar():
    """Listing the engines (suggest --help) loads them all, and the date grammar
    compiles hundreds of regular expressions: tens of ms no other command needs."""
    code = (
        "import json, sys\n"
        "import annotator.cli.main\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('annotator.'))))"
    )
    result = python("-c", code)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    assert "annotator.services.exporting" in loaded  # the parse saw the imports
    unwanted = {"annotator.text.dates.grammar", "annotator.suggest.dates"}
    unwanted |= {"annotator.suggest._speech", "annotator.services.importing"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


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
    """A whole command run leaves none of the heavy libraries it does not need loaded."""
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
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
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
