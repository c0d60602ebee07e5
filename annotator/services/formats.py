"""What the registered formats and engines say about themselves, for the command line,
the window and the README: everything here is read from the classes' declared facts
(annotator.io.exporters.base.Exporter, annotator.io.layers.base.LayerImporter,
annotator.suggest.base.Engine), so a plugin's format shows up like a built-in one."""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.registry import Registry


@dataclass(frozen=True)
class FormatInfo:
    """One format name as the user sees it: its export side, import side or both."""

    name: str
    description: str
    offset_unit: str
    suffix: str  # of the exported file ("" for a folder or no exporter)
    folder: bool  # the export writes, or the import reads, a folder
    exports: bool
    imports: bool  # a layer importer of this name exists
    loses: tuple[str, ...]
    extra: str


def _registry(kind: str) -> Registry:
    """The registry of ``kind``: "export", "layers", "import" or "engines", imported
    when first asked for (checking ``export -f jsonl`` needs none of the other three)."""
    if kind == "export":
        from annotator.io.exporters import exporters

        return exporters
    if kind == "layers":
        from annotator.io.layers import layer_importers

        return layer_importers
    if kind == "import":
        from annotator.io.importers import importers

        return importers
    if kind == "engines":
        from annotator.suggest import engines

        return engines
    raise KeyError(kind)


def names(kind: str) -> list[str]:
    """The names registered for ``kind`` ("export", "layers", "import" or "engines"),
    in the order they are listed."""
    return _registry(kind).names()


def is_registered(kind: str, name: str) -> bool:
    """True when ``name`` is registered for ``kind``; imports that name's candidates
    only, not every format of the kind."""
    return name in _registry(kind)


def export_names() -> list[str]:
    """Export format names, alphabetical."""
    return names("export")


def layer_names() -> list[str]:
    """Annotation-layer import format names, alphabetical."""
    return names("layers")


def import_names() -> list[str]:
    """Article import format names, alphabetical."""
    return names("import")


def engine_names() -> list[str]:
    """Suggestion engine names, in run order."""
    return names("engines")


def exporter_info(name: str) -> FormatInfo:
    """The facts of export format ``name`` (RegistryError when unknown)."""
    cls = _registry("export").get(name)
    return FormatInfo(
        cls.name,
        cls.description,
        cls.offset_unit,
        cls.suffix,
        cls.writes_folder,
        True,
        bool(cls.read_back) and cls.read_back in _registry("layers"),
        cls.loses,
        cls.extra,
    )


def layer_info(name: str) -> FormatInfo:
    """The facts of annotation import format ``name`` (RegistryError when unknown)."""
    cls = _registry("layers").get(name)
    return FormatInfo(
        cls.name,
        cls.description,
        cls.offset_unit,
        "",
        cls.reads_folder,
        name in _registry("export"),
        True,
        cls.loses,
        cls.extra,
    )


def layer_units(name: str) -> tuple[str, ...]:
    """The ``--unit`` values annotation format ``name`` accepts (() when fixed)."""
    return _registry("layers").get(name).units


def layer_selects_types(name: str) -> bool:
    """True when annotation format ``name`` reads --type/--feature."""
    return _registry("layers").get(name).selects_types


def engine_lines() -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, description, labels) of every engine, in run order."""
    return [(n, c.description, c.labels) for n, c in _registry("engines").get_all().items()]


def help_lines(kind: str) -> list[str]:
    """``"  name  description"`` lines for --help: ``kind`` is "export", "layers",
    "import" or "engines"."""
    found = _registry(kind).get_all()
    width = max((len(n) for n in found), default=0)
    return [f"  {n.ljust(width)}  {cls.description}" for n, cls in found.items()]


def markdown_table() -> str:
    """The README's table of formats, one row per format name: offsets, export,
    import, what a round trip loses, the extra it needs."""
    rows = ["| format | offsets | export | import | lost on a round trip | extra |"]
    rows.append("|---|---|---|---|---|---|")
    exporters, layer_importers = _registry("export"), _registry("layers")
    names = sorted(set(export_names()) | set(layer_names()))
    for name in names:
        info = exporter_info(name) if name in exporters else layer_info(name)
        export = ("folder" if info.folder else f"`{info.suffix}`") if info.exports else "no"
        if name in exporters and exporters.get(name).folder_when_large:
            export += " (a folder of them when large)"
        back = exporters.get(name).read_back if name in exporters else name
        imports = "no"
        if name in layer_importers:
            imports = "yes"
        elif back in layer_importers:
            imports = f"as `{back}`"
        lost = "; ".join(info.loses) or "nothing"
        extra = f"`[{info.extra}]`" if info.extra else ""
        cells = [f"`{name}`", info.offset_unit, export, imports, lost, extra]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows)
