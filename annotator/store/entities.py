"""The speaker registry: entities with aliases per language, matched on folded text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.core.model import Alias, Entity
from annotator.text.fold import name_key

if TYPE_CHECKING:
    from annotator.store.project import ProjectStore


class EntityRepo:
    def __init__(self, store: ProjectStore) -> None:
        self.store = store
        self.conn = store.conn

    def add(self, entity: Entity, layer: str = "", author: str = "") -> Entity:
        """Add a speaker to the registry; logged in ``layer``'s history when given."""
        from annotator.store.project import now

        with self.store.atomic():
            cur = self.conn.execute(
                "INSERT INTO entities (name, kind, wikidata, created_at) VALUES (?,?,?,?)",
                [entity.name, entity.kind, entity.wikidata, now()],
            )
            entity_id = cur.lastrowid
            for alias in entity.aliases or (Alias(entity.name),):
                self._add_alias(entity_id, alias)
            if layer:
                self.store.events.append(
                    layer, None, "entity.add", {"id": entity_id, "name": entity.name}, author
                )
        return self.get(entity_id)

    def _add_alias(self, entity_id: int, alias: Alias) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, lang, folded) "
            "VALUES (?,?,?,?)",
            [entity_id, alias.text, alias.lang, name_key(alias.text).strip()],
        )

    def add_alias(self, entity_id: int, alias: Alias) -> Entity:
        with self.store.atomic():
            self._add_alias(entity_id, alias)
        return self.get(entity_id)

    def get(self, entity_id: int) -> Entity:
        row = self.conn.execute(
            "SELECT id, name, kind, wikidata FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no entity {entity_id}")
        aliases = tuple(
            Alias(a, lang or "")
            for a, lang in self.conn.execute(
                "SELECT alias, lang FROM entity_aliases WHERE entity_id = ? ORDER BY id",
                [entity_id],
            )
        )
        return Entity(row[0], row[1], row[2] or "PERSON", row[3] or "", aliases)

    def all(self) -> list[Entity]:
        """Every entity with its aliases, by name: two queries, whatever the size
        (the suggestion engines read the whole registry when an article opens)."""
        aliases: dict[int, list[Alias]] = {}
        for entity_id, alias, lang in self.conn.execute(
            "SELECT entity_id, alias, lang FROM entity_aliases ORDER BY id"
        ):
            aliases.setdefault(entity_id, []).append(Alias(alias, lang or ""))
        return [
            Entity(r[0], r[1], r[2] or "PERSON", r[3] or "", tuple(aliases.get(r[0], ())))
            for r in self.conn.execute(
                "SELECT id, name, kind, wikidata FROM entities ORDER BY name"
            )
        ]

    def find(self, query: str, limit: int = 50) -> list[Entity]:
        """Entities with an alias or name containing ``query`` in any script."""
        key = name_key(query).strip()
        if not key:
            return self.all()[:limit]
        like = "%" + key.replace("%", r"\%").replace("_", r"\_") + "%"
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT entity_id FROM entity_aliases WHERE folded LIKE ? ESCAPE '\\' "
                "LIMIT ?",
                [like, limit],
            )
        ]
        return [self.get(i) for i in ids]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
