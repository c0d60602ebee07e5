"""The project's label schema, versioned: a new definition gets a new version."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from annotator.core.model import Schema
from annotator.core.schema import check_schema, schema_from_dict, schema_to_dict

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class SchemaRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn
        self._current: Schema | None = None

    def current(self) -> Schema | None:
        if self._current is None:
            row = self.conn.execute(
                "SELECT version, definition FROM schema_versions ORDER BY version DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            self._current = schema_from_dict(json.loads(row[1]), version=row[0])
        return self._current

    def save(self, schema: Schema) -> Schema:
        """Store ``schema`` as the next version (unchanged definitions are not re-stored).
        Raises SchemaError (nothing written) for a name no export could carry."""
        from annotator.store.project import now

        check_schema(schema)
        current = self.current()
        body = schema_to_dict(schema)
        if current is not None:
            body_cur = schema_to_dict(current)
            body_cur.pop("version")
            if {k: v for k, v in body.items() if k != "version"} == body_cur:
                return current
        version = (current.version + 1) if current else 1
        body["version"] = version
        with self.store.atomic():
            self.conn.execute(
                "INSERT INTO schema_versions (version, created_at, definition) VALUES (?,?,?)",
                [version, now(), json.dumps(body, ensure_ascii=False)],
            )
            for pos, label in enumerate(body["labels"]):
                self.conn.execute(
                    "INSERT INTO labels (schema_version, name, color, key, description, "
                    "attributes, position) VALUES (?,?,?,?,?,?,?)",
                    [
                        version,
                        label["name"],
                        label["color"],
                        label["key"],
                        label["description"],
                        json.dumps(label["attributes"], ensure_ascii=False),
                        pos,
                    ],
                )
            for rel in body["relation_types"]:
                self.conn.execute(
                    "INSERT INTO relation_types (schema_version, name, head_label, tail_label, "
                    "key, description) VALUES (?,?,?,?,?,?)",
                    [
                        version,
                        rel["name"],
                        rel["head"],
                        rel["tail"],
                        rel["key"],
                        rel["description"],
                    ],
                )
        self._current = None
        return self.current()
