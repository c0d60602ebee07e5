"""Schema migrations. Released steps are never edited: add a new step instead.

The steps are listed in ``STEPS``, in order. sqlite_utils, which applies them (and
costs ~30 ms to import), is imported only when a project has a step pending: opening
an up-to-date project reads the applied names with sqlite3 and goes on (issue 13)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.store.sqlite_db import Database, Migrations

#: sqlite_utils' table of applied migrations, and our set's name in it.
TABLE = "_sqlite_migrations"
NAME = "annotator"

Step = Callable[["Database"], None]

#: Every step, oldest first; a step's name is its function's name.
STEPS: list[Step] = []


def step(fn: Step) -> Step:
    """Add ``fn`` to STEPS (a decorator)."""
    STEPS.append(fn)
    return fn


def known() -> list[str]:
    """The name of every step this code knows, oldest first."""
    return [fn.__name__ for fn in STEPS]


def applied(conn: sqlite3.Connection) -> list[str]:
    """The names of the steps applied to the file behind ``conn``, in the order they
    were applied ([] when it has no migrations table). Reads only."""
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    if not conn.execute(query, [TABLE]).fetchone():
        return []
    query = f"SELECT name FROM {TABLE} WHERE migration_set = ? ORDER BY rowid"
    return [r[0] for r in conn.execute(query, [NAME])]


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the pending steps to the file behind ``conn`` (through sqlite_utils); if
    another process applied them at the same moment, what it did stands."""
    done = set(applied(conn))
    if all(name in done for name in known()):
        return
    from annotator.store.sqlite_db import Database

    db = Database(conn)
    migrations = migration_set()
    try:
        migrations.apply(db)
    except sqlite3.OperationalError:
        if migrations.pending(db):
            raise


def migration_set() -> Migrations:
    """sqlite_utils' migration set of every step, to find and apply what is pending."""
    from annotator.store.sqlite_db import Migrations

    migrations = Migrations(NAME)
    for fn in STEPS:
        migrations()(fn)
    return migrations


@step
def m001_initial(db: Database) -> None:
    db["documents"].create(
        {
            "id": int,
            "ext_id": str,
            "title": str,
            "text": str,
            "text_sha256": str,
            "lang": str,
            "direction": str,
            "source": str,
            "url": str,
            "published": str,
            "meta": str,
            "direction_override": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"ext_id", "text", "text_sha256"},
    )
    db["documents"].create_index(["ext_id"], unique=True)
    db["documents"].create_index(["text_sha256"], unique=True)
    db["documents"].create_index(["lang"])

    db["schema_versions"].create(
        {"version": int, "created_at": str, "definition": str}, pk="version"
    )
    db["labels"].create(
        {
            "schema_version": int,
            "name": str,
            "color": str,
            "key": str,
            "description": str,
            "attributes": str,
            "position": int,
        },
        pk=("schema_version", "name"),
        foreign_keys=[("schema_version", "schema_versions", "version")],
    )
    db["relation_types"].create(
        {
            "schema_version": int,
            "name": str,
            "head_label": str,
            "tail_label": str,
            "key": str,
            "description": str,
        },
        pk=("schema_version", "name"),
        foreign_keys=[("schema_version", "schema_versions", "version")],
    )
    db["annotators"].create({"id": int, "name": str, "created_at": str}, pk="id")
    db["annotators"].create_index(["name"], unique=True)

    db["entities"].create(
        {"id": int, "name": str, "kind": str, "wikidata": str, "created_at": str}, pk="id"
    )
    db["entity_aliases"].create(
        {"id": int, "entity_id": int, "alias": str, "lang": str, "folded": str},
        pk="id",
        foreign_keys=[("entity_id", "entities", "id")],
    )
    db["entity_aliases"].create_index(["entity_id", "alias"], unique=True)
    db["entity_aliases"].create_index(["folded"])

    db["spans"].create(
        {
            "id": int,
            "document_id": int,
            "annotator_id": int,
            "label": str,
            "start": int,
            "end": int,
            "text": str,
            "attrs": str,
            "origin": str,
            "version": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"document_id", "annotator_id", "label", "start", "end", "text"},
        foreign_keys=[("document_id", "documents", "id"), ("annotator_id", "annotators", "id")],
    )
    db["spans"].create_index(["document_id", "annotator_id"])
    db["spans"].create_index(["label"])

    db["relations"].create(
        {
            "id": int,
            "document_id": int,
            "annotator_id": int,
            "type": str,
            "head_span_id": int,
            "tail_span_id": int,
            "tail_entity_id": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("annotator_id", "annotators", "id"),
            ("head_span_id", "spans", "id"),
            ("tail_span_id", "spans", "id"),
            ("tail_entity_id", "entities", "id"),
        ],
    )
    db["relations"].create_index(["document_id", "annotator_id"])
    db["relations"].create_index(["head_span_id"])
    db["relations"].create_index(["tail_span_id"])

    db["doc_status"].create(
        {
            "document_id": int,
            "annotator_id": int,
            "status": str,
            "seconds": float,
            "updated_at": str,
        },
        pk=("document_id", "annotator_id"),
        foreign_keys=[("document_id", "documents", "id"), ("annotator_id", "annotators", "id")],
    )
    db["doc_status"].create_index(["annotator_id", "status"])

    db["events"].create(
        {
            "id": int,
            "at": str,
            "annotator_id": int,
            "document_id": int,
            "action": str,
            "payload": str,
            "undoes": int,
        },
        pk="id",
        foreign_keys=[("annotator_id", "annotators", "id")],
    )
    db["events"].create_index(["annotator_id", "document_id"])

    db["settings"].create({"key": str, "value": str}, pk="key")

    # Full-text index over the FOLDED title and text (docs/architecture.md). Contentless:
    # the folded text is recomputed on demand, so the index costs no second copy; a row
    # is changed with FTS5's 'delete' command fed the old folded values (any SQLite 3.x
    # with FTS5; contentless_delete would need 3.43).
    db.execute(
        "CREATE VIRTUAL TABLE documents_fts USING fts5("
        "title, body, content='', tokenize='unicode61 remove_diacritics 0')"
    )


@step
def m002_spans_by_annotator_label(db: Database) -> None:
    """The document list's label filter (documents with a CLAIM by this annotator):
    60-93 ms -> ~23 ms at 100,000 documents."""
    db["spans"].create_index(["annotator_id", "label", "document_id"])


@step
def m003_suggestions(db: Database) -> None:
    """Pre-annotations per document and annotator; rejected ones are remembered."""
    db["suggestions"].create(
        {
            "id": int,
            "document_id": int,
            "annotator_id": int,
            "engine": str,
            "label": str,
            "start": int,
            "end": int,
            "text": str,
            "rule": str,
            "attrs": str,
            "links": str,
            "status": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("annotator_id", "annotators", "id")],
    )
    db["suggestions"].create_index(
        ["document_id", "annotator_id", "engine", "label", "start", "end"], unique=True
    )


@step
def m004_layers_and_edit_groups(db: Database) -> None:
    """Layers apart from the people who write into them, and edit groups.

    0.1.0 had one ``annotators`` table that meant the person and the layer at once.
    It becomes ``layers`` (same ids, so every span, link, status, suggestion and
    event keeps its layer), and a new ``annotators`` table holds the people: one per
    0.1.0 name that was not an imported layer, with the same id. Spans, relations and
    events gain ``author_id``; relations gain ``origin``; spans gain ``attr_origin``.
    Every 0.1.0 event becomes its own edit group (group id = event id), so the 0.1.0
    undo history carries over step for step."""
    ex = db.execute
    ex("ALTER TABLE annotators RENAME TO layers")
    ex("ALTER TABLE layers ADD COLUMN kind TEXT NOT NULL DEFAULT 'analyst'")
    ex("ALTER TABLE layers ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    ex(
        "CREATE TABLE annotators (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "created_at TEXT)"
    )
    ex("ALTER TABLE layers ADD COLUMN owner_id INTEGER REFERENCES annotators(id)")
    for table in ("spans", "relations", "doc_status", "suggestions", "events"):
        ex(f"ALTER TABLE {table} RENAME COLUMN annotator_id TO layer_id")
    # a 0.1.0 layer is "imported" when all its spans came from a file
    ex(
        "UPDATE layers SET kind = 'imported', source = substr(name, 8) WHERE name LIKE 'import:%' "
        "OR (EXISTS (SELECT 1 FROM spans s WHERE s.layer_id = layers.id) AND NOT EXISTS "
        "(SELECT 1 FROM spans s WHERE s.layer_id = layers.id AND s.origin NOT LIKE 'import:%'))"
    )
    ex("UPDATE layers SET kind = 'curation' WHERE name = 'gold'")
    ex(
        "INSERT INTO annotators (id, name, created_at) "
        "SELECT id, name, created_at FROM layers WHERE kind != 'imported'"
    )
    ex("UPDATE layers SET owner_id = id WHERE kind = 'analyst'")
    ex("ALTER TABLE spans ADD COLUMN author_id INTEGER REFERENCES annotators(id)")
    ex("ALTER TABLE spans ADD COLUMN attr_origin TEXT")
    ex("ALTER TABLE relations ADD COLUMN author_id INTEGER REFERENCES annotators(id)")
    ex("ALTER TABLE relations ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual'")
    ex("ALTER TABLE events ADD COLUMN author_id INTEGER REFERENCES annotators(id)")
    ex("ALTER TABLE events ADD COLUMN group_id INTEGER")
    known = "(SELECT id FROM annotators)"
    ex(f"UPDATE spans SET author_id = layer_id WHERE layer_id IN {known}")
    ex(f"UPDATE events SET author_id = layer_id WHERE layer_id IN {known}")
    ex(
        f"UPDATE relations SET author_id = CASE WHEN layer_id IN {known} THEN layer_id END, "
        "origin = coalesce((SELECT s.origin FROM spans s WHERE s.id = relations.head_span_id), "
        "'manual')"
    )
    ex(
        "CREATE TABLE edit_groups (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
        "author_id INTEGER REFERENCES annotators(id), layer_id INTEGER REFERENCES layers(id), "
        "document_id INTEGER, label TEXT NOT NULL DEFAULT '', undoes INTEGER)"
    )
    ex(
        "INSERT INTO edit_groups (id, at, author_id, layer_id, document_id, label, undoes) "
        "SELECT id, at, author_id, layer_id, document_id, '', undoes FROM events"
    )
    ex("UPDATE events SET group_id = id")
    ex("CREATE INDEX idx_edit_groups_author_layer ON edit_groups (author_id, layer_id, id)")
    ex("CREATE INDEX idx_events_group ON events (group_id)")


@step
def m005_curation_dismissals(db: Database) -> None:
    """Disagreements a curator dismissed: none of the analysts' versions goes into the
    curation layer there (the region of text, per document and curation layer)."""
    db["dismissals"].create(
        {
            "id": int,
            "document_id": int,
            "layer_id": int,
            "start": int,
            "end": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("layer_id", "layers", "id")],
    )
    db["dismissals"].create_index(["document_id", "layer_id"])


@step
def m006_import_batches(db: Database) -> None:
    """Imports written in short transactions, published at the end in one.

    An import's documents carry its batch id until it publishes them (one short
    UPDATE), and every reader leaves unpublished documents out; a batch whose process
    died is removed when the project is next opened. So a long import never holds the
    write lock for long, and stays all or nothing."""
    db.execute("ALTER TABLE documents ADD COLUMN import_batch TEXT")
    db.execute(
        "CREATE INDEX idx_documents_import_batch ON documents (import_batch) "
        "WHERE import_batch IS NOT NULL"
    )
    db.execute(
        "CREATE TABLE import_batches (id TEXT PRIMARY KEY, pid INTEGER, host TEXT, "
        "started_at TEXT, heartbeat TEXT)"
    )


@step
def m007_models(db: Database) -> None:
    """Suggestion models trained on the project's own annotations, one per language:
    the serialized pipeline lives in the project file, so it travels with it."""
    db["models"].create(
        {
            "lang": str,
            "labels": str,
            "trained_at": str,
            "articles": int,
            "bytes": bytes,
            "figures": str,
        },
        pk="lang",
        not_null={"labels", "trained_at", "bytes"},
    )


@step
def m008_staged_documents(db: Database) -> None:
    """An import's unpublished documents are listed in a table of their own.

    Publishing used to clear ``documents.import_batch`` row by row, and SQLite rewrites
    a whole row, text included, for any change to it: publishing 100,000 articles wrote
    their texts a second time. Now it deletes the batch's rows of ``staged_documents``
    and touches no document; ``documents.import_batch`` stays, always empty."""
    db.execute("CREATE TABLE staged_documents (id INTEGER PRIMARY KEY, batch TEXT NOT NULL)")
    db.execute(
        "INSERT INTO staged_documents (id, batch) "
        "SELECT id, import_batch FROM documents WHERE import_batch IS NOT NULL"
    )
    db.execute("UPDATE documents SET import_batch = NULL WHERE import_batch IS NOT NULL")
    db.execute("DROP INDEX idx_documents_import_batch")
