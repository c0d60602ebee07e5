"""Shared fixtures: in-memory and on-disk projects, the seed articles."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = sorted(DATA.glob("*.txt"))
# Real files written by other tools (brat, doccano, Label Studio, INCEpTION, an Arabic
# NER corpus), copied byte for byte from ../shared/interop-samples with their licenses
# and SOURCES.md, so the suite runs wherever the repository is cloned.
INTEROP = ROOT / "tests" / "interop-samples"


@pytest.fixture
def store():
    from annotator.services.project import open_project, store_of

    s = store_of(open_project(":memory:", create=True))
    yield s
    s.close()


@pytest.fixture
def seeded(tmp_path):
    """A project file with the five seed articles imported."""
    from annotator.services.importing import import_paths
    from annotator.services.project import init_project, store_of

    s = store_of(init_project(tmp_path / "p.db"))
    import_paths(s, SEEDS)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Never touch the real user data directory or settings. Qt reads the settings
    folder once per process (the first test's tmp folder), so the window's settings
    are emptied after each test: the annotator or language one test chose must not
    be the next test's."""
    monkeypatch.setenv("ANNOTATOR_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # crash logs
    yield
    if "annotator.gui.settings" in sys.modules:
        settings = sys.modules["annotator.gui.settings"].Settings().q
        if str(tmp_path.parent) in settings.fileName():  # a test folder, never the user's
            settings.clear()
            settings.sync()


@pytest.fixture
def interop_project(store):
    """(store, ids): two annotated documents, tests/interop_helpers.py."""
    from interop_helpers import build_two_documents

    return build_two_documents(store)


@pytest.fixture
def fresh_store():
    """An empty in-memory project to import into."""
    from annotator.services.project import open_project, store_of

    s = store_of(open_project(":memory:", create=True))
    yield s
    s.close()
