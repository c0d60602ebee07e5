"""Layering (import-linter contracts in pyproject.toml), ruff, and the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from conftest import ROOT


def run(cmd, **kw):
    return subprocess.run(cmd, cwd=kw.pop("cwd", ROOT), capture_output=True, text=True, **kw)


def test_import_contracts_hold():
    result = run([sys.executable, "-m", "importlinter.cli", "--config", "pyproject.toml"])
    if result.returncode == 127 or "No module named" in result.stderr:
        result = run(["lint-imports", "--config", "pyproject.toml"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_ruff_clean():
    result = run([sys.executable, "-m", "ruff", "check", "annotator", "tests", "bench"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_subpackage_is_packaged():
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "annotator").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_core_and_services_import_without_qt():
    """The Qt-free layers load in a process where PySide6 cannot be imported."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import annotator.services.importing, annotator.services.exporting, "
        "annotator.cli.main\n"
        "print('ok')"
    )
    result = run([sys.executable, "-c", code])
    assert result.stdout.strip() == "ok", result.stderr


def test_resources_load_from_installed_wheel(tmp_path):
    """Build the wheel, install it into a fresh venv and load schema + samples from it."""
    dist = tmp_path / "dist"
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "*.egg-info", "__pycache__", ".pytest_cache", "bench_out"
        ),
    )
    built = run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(dist)], cwd=src
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = dist.glob("annotator-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
        meta = zf.read(metadata).decode("utf-8")
    assert "License-Expression: MIT" in meta.splitlines()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names
    assert "annotator/__main__.py" in names
    env_dir = tmp_path / "venv"
    # An isolated venv that sees this interpreter's dependencies, wherever they live (a
    # virtualenv's site-packages, the system's, the user's): system_site_packages would
    # see only the base interpreter's, which lacks them when the tests run in a venv.
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    purelib = run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"])
    # Lines of a .pth file are added after the venv's own site-packages and their own .pth
    # files are not run, so an editable install of the checkout stays invisible.
    deps = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (Path(purelib.stdout.strip()) / "_test_deps.pth").write_text("\n".join(deps) + "\n")
    inst = run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], cwd=tmp_path
    )
    assert inst.returncode == 0, inst.stderr
    code = (
        "import annotator, sys\n"
        "from annotator.services.project import default_schema, sample_articles\n"
        "assert 'site-packages' in annotator.__file__, annotator.__file__\n"
        "s = default_schema(); print(sorted(l.name for l in s.labels))\n"
        "print(len(sample_articles()))\n"
        "from annotator.services.project import sample_registry\n"
        "print(sample_registry().exists())\n"
        "from annotator.services.project import packaged_dir\n"
        "qm = (packaged_dir('annotator.resources') / 'i18n').glob('*.qm')\n"
        "print(sorted(p.name for p in qm))\n"
    )
    out = run([str(py), "-c", code], cwd=tmp_path, env={**os.environ, "PYTHONPATH": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:4] == [
        "['CLAIM', 'DATE', 'SPEAKER']",
        "5",
        "True",
        "['annotator_ar.qm', 'annotator_fa.qm']",
    ]
    assert Path(env_dir).exists()


def test_nothing_refers_to_a_design_document_outside_the_repository():
    """The repository stands alone: docs/architecture.md is the reference."""
    assert (ROOT / "docs" / "architecture.md").is_file()
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("annotator", "resources", "docs", "bench", "tests")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".md", ".toml"}
        and path.name != "test_quality.py"
        and "DESIGN" + ".md" in path.read_text(encoding="utf-8", errors="replace")
    ]
    offenders += [
        n for n in ("README.md", "pyproject.toml") if "DESIGN.md" in (ROOT / n).read_text()
    ]
    assert offenders == []
