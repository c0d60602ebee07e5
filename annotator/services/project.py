"""Create, open and seed projects; the default project in the user data directory."""

from __future__ import annotations

import getpass
import logging
import os
import tomllib
from importlib import resources
from pathlib import Path

import platformdirs

from annotator.core.model import Schema
from annotator.core.schema import schema_from_dict
from annotator.store import ProjectStore, StoreError, open_store

log = logging.getLogger(__name__)

APP_NAME = "annotator"
DEFAULT_PROJECT_NAME = "default.annotator.db"


class ProjectError(Exception):
    """A project that cannot be opened or created; one line naming the file."""


CHECKOUT_DIRS = {"annotator.resources": "resources", "annotator.sample_data": "data"}


def packaged_dir(package: str) -> Path:
    """A data folder shipped inside the package (pyproject maps resources/ and data/
    there). When the code runs straight from a source checkout that shadows the
    installed package, the folder is the checkout's top-level one."""
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / CHECKOUT_DIRS[package]


def default_schema() -> Schema:
    """The label schema shipped in resources/default_schema.toml."""
    path = packaged_dir("annotator.resources") / "default_schema.toml"
    return schema_from_dict(tomllib.loads(path.read_text(encoding="utf-8")))


def sample_articles() -> list[Path]:
    """The sample articles shipped in data/ (from an installed wheel or a checkout)."""
    return sorted(packaged_dir("annotator.sample_data").glob("*.txt"))


def default_project_path() -> Path:
    """Where ``annotator`` with no arguments keeps its project (ANNOTATOR_HOME overrides)."""
    home = os.environ.get("ANNOTATOR_HOME")
    base = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / DEFAULT_PROJECT_NAME


def current_user() -> str:
    try:
        return getpass.getuser() or "annotator"
    except (KeyError, OSError):
        return "annotator"


def open_project(
    path: str | Path, create: bool = False, adopt_empty: bool | None = None, check: bool = False
) -> ProjectStore:
    """Open an existing project (or create it when ``create``), with a schema.

    Args:
        path: the project file.
        create: create a missing file.
        adopt_empty: make an empty file a project (default: ``create``); otherwise an
            empty or foreign file is refused and left byte-identical.
        check: refuse a damaged file (for commands that write into it).

    Raises:
        ProjectError: one line naming the file and what is wrong with it.
    """
    try:
        store = open_store(path, create=create, adopt_empty=adopt_empty, check=check)
    except StoreError as exc:
        raise ProjectError(str(exc)) from exc
    if store.schema.current() is None:
        store.schema.save(default_schema())
    return store


def init_project(path: str | Path) -> ProjectStore:
    p = Path(path)
    if p.exists() and p.stat().st_size > 0:
        raise ProjectError(f"{path}: already exists; open it or choose another name")
    return open_project(p, create=True)


def sample_registry() -> Path:
    """The speaker registry for the sample articles (resources/sample_speakers.json)."""
    return packaged_dir("annotator.resources") / "sample_speakers.json"


def open_default_project() -> ProjectStore:
    """The default project, created on first run and seeded with the sample
    articles and a small speaker registry for them."""
    from annotator.services.importing import import_paths
    from annotator.services.registry_io import import_registry

    path = default_project_path()
    fresh = not path.exists()
    store = open_project(path, create=True)
    if fresh or store.documents.count() == 0:
        report = import_paths(store, sample_articles())
        if store.entities.count() == 0:
            import_registry(store, sample_registry())
        log.info("seeded %s with %d sample articles", path, report.added)
    return store
