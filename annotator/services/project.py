"""Create, open and seed projects; the default project in the user data directory."""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Callable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import TypeVar

from annotator.core.model import Document, Layer, Schema
from annotator.core.schema import schema_from_dict
from annotator.store import ProjectStore, StoreError, explain_database_error, open_store

log = logging.getLogger(__name__)
T = TypeVar("T")

APP_NAME = "annotator"
DEFAULT_PROJECT_NAME = "default.annotator.db"


class ProjectError(Exception):
    """A project that cannot be opened or created; one line naming the file."""


class Project:
    """An open project, as the window and the command line hold it.

    A handle to pass to the services, with the few facts a front end shows; the
    store inside is the services' business (:func:`store_of`): the GUI and the CLI
    never reach it, and import nothing from ``annotator.store`` (an import-linter
    contract says so)."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store

    @property
    def path(self) -> str:
        return self._store.path

    @property
    def closed(self) -> bool:
        return self._store.closed

    def close(self) -> None:
        """Checkpoint and close: afterwards the ``.db`` file alone holds the project."""
        self._store.close()

    def checkpoint(self) -> bool:
        """Move everything from the ``-wal`` file into the ``.db`` file (the project
        stays open); False when another connection held part of it back."""
        return self._store.checkpoint()

    def schema(self) -> Schema:
        schema = self._store.schema.current()
        assert schema is not None
        return schema

    def layers(self) -> list[Layer]:
        """Every layer: analysts', imported, curation (gold)."""
        return self._store.layers()

    def layer_names(self) -> list[str]:
        return self._store.layer_names()

    def annotator_names(self) -> list[str]:
        """The people who have written into the project."""
        return self._store.annotator_names()

    def document(self, doc_id: int) -> Document:
        return self._store.documents.get(doc_id)

    def document_ids(self) -> list[int]:
        return self._store.documents.ids()

    def document_count(self) -> int:
        return self._store.documents.count()

    def find_document(self, ext_id: str) -> Document | None:
        """The document imported with id ``ext_id`` (or None)."""
        return self._store.documents.by_ext_id(ext_id)


def checkpoint(project: Project | ProjectStore) -> bool:
    """Write the project's ``-wal`` into its ``.db`` file (the window calls this when it
    closes, so a copied ``.db`` holds every edit)."""
    return store_of(project).checkpoint()


def with_project(path: str | Path, work: Callable[[Project], T]) -> T:
    """Run ``work`` on the project at ``path`` opened on its own connection (a
    background job of the window), closing it afterwards whatever happens."""
    opened = open_project(path)
    try:
        return work(opened)
    finally:
        opened.close()


def store_of(project: Project | ProjectStore) -> ProjectStore:
    """The store behind a project handle (services only; tests may pass a store)."""
    return project._store if isinstance(project, Project) else project


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
    import tomllib

    path = packaged_dir("annotator.resources") / "default_schema.toml"
    return schema_from_dict(tomllib.loads(path.read_text(encoding="utf-8")))


def sample_articles() -> list[Path]:
    """The sample articles shipped in data/ (from an installed wheel or a checkout)."""
    return sorted(packaged_dir("annotator.sample_data").glob("*.txt"))


def default_project_path() -> Path:
    """Where ``annotator`` with no arguments keeps its project (ANNOTATOR_HOME overrides)."""
    import platformdirs

    home = os.environ.get("ANNOTATOR_HOME")
    base = Path(home) if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / DEFAULT_PROJECT_NAME


def current_user() -> str:
    try:
        return getpass.getuser() or "annotator"
    except (KeyError, OSError):
        return "annotator"


def explain_failure(exc: BaseException, path: str | None) -> str | None:
    """One line for a failure of the project file a user can act on (a store error; a
    damaged, locked or read-only file; a full disk), or None when ``exc`` is not one.

    Args:
        exc: what a command let escape.
        path: the project it was working on, if known.
    """
    if isinstance(exc, StoreError):
        return str(exc)
    known = explain_database_error(exc, path or "the project")
    return str(known) if known is not None else None


def open_project(
    path: str | Path, create: bool = False, adopt_empty: bool | None = None, check: bool = False
) -> Project:
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
    current = store.schema.current()
    if current is None:
        store.schema.save(default_schema())
    elif current.checks is None:  # made before schemas declared checks: take the defaults
        store.schema.save(replace(current, checks=_fitting_checks(current)))
    return Project(store)


def _fitting_checks(schema: Schema) -> tuple:
    """The default checks whose labels, relations and attributes the schema has."""
    labels = {label.name: {a.name for a in label.attributes} for label in schema.labels}
    relations = {r.name for r in schema.relation_types}
    return tuple(
        c
        for c in default_schema().checks or ()
        if c.label in labels
        and (c.relation in relations if c.relation else c.attribute in labels[c.label])
    )


def init_project(path: str | Path) -> Project:
    p = Path(path)
    if p.exists() and p.stat().st_size > 0:
        raise ProjectError(f"{path}: already exists; open it or choose another name")
    return open_project(p, create=True)


def default_guidelines() -> str:
    """The annotation guidelines shipped in resources/guidelines.md."""
    return (packaged_dir("annotator.resources") / "guidelines.md").read_text(encoding="utf-8")


def sample_registry() -> Path:
    """The speaker registry for the sample articles (resources/sample_speakers.json)."""
    return packaged_dir("annotator.resources") / "sample_speakers.json"


def open_default_project() -> Project:
    """The default project, created on first run and seeded with the sample
    articles and a small speaker registry for them."""
    from annotator.services.importing import import_paths
    from annotator.services.registry_io import import_registry

    path = default_project_path()
    fresh = not path.exists()
    project = open_project(path, create=True)
    store = store_of(project)
    if fresh or store.documents.count() == 0:
        report = import_paths(project, sample_articles())
        if store.entities.count() == 0:
            import_registry(project, sample_registry())
        log.info("seeded %s with %d sample articles", path, report.added)
    return project
