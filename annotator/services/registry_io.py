"""Share the speaker registry between projects: export and import as CSV or JSON.

The format follows the file extension (``.csv`` or ``.json``).

* CSV: header ``name,kind,wikidata,alias,lang``, one row per alias (an entity without
  aliases gets one row with an empty alias). Rows of one entity repeat its name.
* JSON: ``{"format": "annotator-registry", "version": 1, "entities": [{"name", "kind",
  "wikidata", "aliases": [{"text", "lang"}]}]}``.

Import merges into the project: an entity is the same as an existing one when their
Wikidata ids match, else when their names match (folded, any script); its new aliases
are added, and unknown entities are created. Validation runs over the whole file first
and the writes run in one transaction: a bad row aborts everything with a
:class:`RegistryFileError` whose message names the file and the line (CSV) or record
(JSON).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import Alias, Entity
from annotator.services.project import Project, store_of
from annotator.store import ProjectStore
from annotator.text.fold import name_key

__all__ = [
    "ImportReport",
    "RegistryFileError",
    "export_registry",
    "import_registry",
    "merge_entities",
]

COLUMNS = ("name", "kind", "wikidata", "alias", "lang")
FORMAT = "annotator-registry"
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_KIND = re.compile(r"^[A-Z][A-Z_]*$")


class RegistryFileError(ValueError):
    """A registry file that cannot be imported (one line: file and line/record)."""


@dataclass
class ImportReport:
    created: int = 0
    merged: int = 0
    aliases_added: int = 0
    entities: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.created} entities created, {self.merged} merged, "
            f"{self.aliases_added} aliases added"
        )


def _format(path: Path) -> str:
    ext = path.suffix.lower()
    if ext not in (".csv", ".json"):
        raise RegistryFileError(f"{path}: unknown registry format {ext!r} (use .csv or .json)")
    return ext[1:]


def export_registry(store: Project | ProjectStore, path: str | Path) -> int:
    """Write every entity of the project to ``path``; returns how many."""
    store = store_of(store)
    path = Path(path)
    fmt = _format(path)
    entities = store.entities.all()
    if fmt == "json":
        data = {
            "format": FORMAT,
            "version": 1,
            "entities": [
                {
                    "name": e.name,
                    "kind": e.kind,
                    "wikidata": e.wikidata,
                    "aliases": [{"text": a.text, "lang": a.lang} for a in e.aliases],
                }
                for e in entities
            ],
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    else:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(COLUMNS)
        for e in entities:
            for a in e.aliases or (Alias(""),):
                writer.writerow([e.name, e.kind, e.wikidata, a.text, a.lang])
        path.write_text(buf.getvalue(), encoding="utf-8")
    return len(entities)


def _check(where: str, name: str, kind: str, wikidata: str) -> None:
    if not name.strip():
        raise RegistryFileError(f"{where}: empty name")
    if not _KIND.match(kind):
        raise RegistryFileError(f"{where}: kind {kind!r} is not an upper-case word like PERSON")
    if wikidata and not _WIKIDATA.match(wikidata):
        raise RegistryFileError(f"{where}: wikidata id {wikidata!r} is not like Q42")


def _read_csv(path: Path, text: str) -> list[Entity]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(h.strip().lower() for h in header) != COLUMNS:
        raise RegistryFileError(f"{path}:1: header must be {','.join(COLUMNS)}")
    order: list[tuple[str, str, str]] = []
    aliases: dict[tuple[str, str, str], list[Alias]] = {}
    for row in reader:
        where = f"{path}:{reader.line_num}"
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(COLUMNS):
            raise RegistryFileError(f"{where}: {len(row)} fields, expected {len(COLUMNS)}")
        name, kind, wikidata, alias, lang = (c.strip() for c in row)
        kind = kind or "PERSON"
        _check(where, name, kind, wikidata)
        key = (name, kind, wikidata)
        if key not in aliases:
            order.append(key)
            aliases[key] = []
        if alias:
            aliases[key].append(Alias(alias, lang))
    return [Entity(None, n, k, w, tuple(aliases[(n, k, w)])) for n, k, w in order]


def _read_json(path: Path, text: str) -> list[Entity]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegistryFileError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise RegistryFileError(f'{path}: expected an object with an "entities" list')
    out = []
    for i, raw in enumerate(data["entities"], 1):
        where = f"{path}: entity #{i}"
        if not isinstance(raw, dict):
            raise RegistryFileError(f"{where}: not an object")
        name = str(raw.get("name", "")).strip()
        kind = str(raw.get("kind") or "PERSON")
        wikidata = str(raw.get("wikidata") or "").strip()
        _check(where, name, kind, wikidata)
        found = []
        for j, a in enumerate(raw.get("aliases") or (), 1):
            if isinstance(a, str):
                a = {"text": a}
            if not isinstance(a, dict) or not str(a.get("text", "")).strip():
                raise RegistryFileError(f"{where}: alias #{j} has no text")
            found.append(Alias(str(a["text"]).strip(), str(a.get("lang") or "")))
        out.append(Entity(None, name, kind, wikidata, tuple(found)))
    return out


def read_registry(path: str | Path) -> list[Entity]:
    """The entities of a registry file (ids are None); RegistryFileError if invalid."""
    path = Path(path)
    fmt = _format(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryFileError(f"{path}: cannot read ({exc})") from None
    return _read_csv(path, text) if fmt == "csv" else _read_json(path, text)


def _key(text: str) -> str:
    return " ".join(name_key(text).split())


def import_registry(store: Project | ProjectStore, path: str | Path) -> ImportReport:
    """Merge the registry file at ``path`` into the project, all or nothing."""
    store = store_of(store)
    incoming = read_registry(path)
    with store.atomic():
        report, _ = merge_entities(store, incoming)
    return report


def merge_entities(
    store: ProjectStore, incoming: list[Entity]
) -> tuple[ImportReport, dict[int | None, int]]:
    """Merge ``incoming`` entities into the registry (call inside a transaction): the
    same entity when the Wikidata ids match, else when the names match (folded, any
    script) and the two do not carry different Wikidata ids; new aliases are added and
    unknown entities created. Two entities with one name but different Wikidata ids
    are a conflict: both are kept, and ``report.conflicts`` says so. Returns the report
    and a map from each incoming entity's id to the registry's id."""
    report = ImportReport()
    mapping: dict[int | None, int] = {}
    existing = store.entities.all()
    by_wikidata = {e.wikidata: e for e in existing if e.wikidata}
    by_name = {_key(e.name): e for e in existing}
    for ent in incoming:
        target = by_wikidata.get(ent.wikidata) if ent.wikidata else None
        if target is None:
            named = by_name.get(_key(ent.name))
            if named is not None and ent.wikidata and named.wikidata:
                report.conflicts.append(
                    f"{ent.name}: {ent.wikidata} here, {named.wikidata} in the project; "
                    "kept as two entities"
                )
            elif named is not None:
                target = named
        if target is None:
            created = store.entities.add(ent)
            report.created += 1
            report.aliases_added += len(created.aliases)
            by_name.setdefault(_key(created.name), created)
            if created.wikidata:
                by_wikidata[created.wikidata] = created
            report.entities.append(created.name)
            mapping[ent.id] = created.id
            continue
        have = {a.text for a in target.aliases}  # the store keeps one row per text
        for alias in ent.aliases:
            if alias.text not in have:
                target = store.entities.add_alias(target.id, alias)
                have.add(alias.text)
                report.aliases_added += 1
        report.merged += 1
        report.entities.append(target.name)
        mapping[ent.id] = target.id
    return report, mapping
