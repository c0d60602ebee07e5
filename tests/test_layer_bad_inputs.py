"""Every case of tests/bad_inputs/layers/<format>/cases.toml through the command line:
the exit code, exactly one line on stderr containing ``expect`` and naming the file, no
traceback, and the project file byte-identical afterwards. The cases use the keys of
the runner over all of tests/bad_inputs/ (tests/test_bad_inputs.py, on branch h1 at the
time of writing), which checks more (files outside the output, time and memory); this
one runs the annotation-layer cases on their own, in process."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.services.project import init_project

ROOT = Path(__file__).resolve().parent / "bad_inputs" / "layers"
CASES = [
    pytest.param(folder, case, id=f"{folder.name}/{case['name']}")
    for path in sorted(ROOT.glob("*/cases.toml"))
    for folder in [path.parent]
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def test_every_format_has_cases():
    from annotator.io.layers import layer_formats

    have = {p.values[0].name for p in CASES}
    assert set(layer_formats()) - {"jsonl"} <= have  # jsonl: tests/test_importers.py


@pytest.mark.parametrize(("folder", "case"), CASES)
def test_bad_layer_file_is_one_line(folder, case, tmp_path):
    project = tmp_path / "p.db"
    init_project(project).close()
    before = project.read_bytes()
    source = folder / case["input"]
    args = [a.format(project=project, input=source) for a in case["args"]]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == case.get("exit", 1), result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert case["expect"] in lines[0] and str(source) in lines[0], lines[0]
    assert "Traceback" not in result.output
    assert project.read_bytes() == before
