"""A format and an engine added by another package through its entry points
(tests/plugin_pkg) show up and work everywhere a built-in one does: `annotator export
--help`, `annotator export -f tsv-spans`, the window's export dialog, `annotator
suggest --engines`; and the registry itself: lookups, one-line errors, broken plugins
skipped with one logged line."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import types

import pytest
from plugin_helpers import plugin_env, plugin_installed

from annotator.core.registry import Registry, RegistryError, check_facts
from annotator.services.importing import import_paths
from annotator.services.project import init_project, store_of

ARTICLE = "🙂 قال الرئيس: «الحوار هو الطريق»\r\nو گفت: «صلح\u200cآمیز است»\n"


def annotator(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from annotator.cli.main import main; main()", *args],
        capture_output=True,
        text=True,
        env=env or plugin_env(),
        timeout=120,
    )


@pytest.fixture
def project(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8", newline="")
    store = store_of(init_project(tmp_path / "p.db"))
    import_paths(store, [tmp_path / "a.txt"])
    store.close()
    return tmp_path / "p.db"


def test_export_help_lists_the_plugin_format_only_when_installed():
    with_plugin = annotator("export", "--help")
    assert with_plugin.returncode == 0, with_plugin.stderr
    assert "tsv-spans" in with_plugin.stdout.split("Options:")[1]  # in the -f choices
    assert "one tab-separated line per span (test plugin)" in with_plugin.stdout
    without = annotator(
        "export", "--help", env={k: v for k, v in plugin_env().items() if k != "PYTHONPATH"}
    )
    assert "tsv-spans" not in without.stdout


def test_export_through_the_plugin_format(project, tmp_path):
    from annotator.services.annotate import AnnotationSession
    from annotator.services.project import open_project, store_of

    store = store_of(open_project(project))
    doc = next(iter(store.documents.iter_all()))
    claim = "صلح\u200cآمیز"
    i = doc.text.index(claim)
    AnnotationSession(store, "amina").create_span(doc, i, i + len(claim), "CLAIM", snap=False)
    store.close()
    out = tmp_path / "spans.tsv"
    run = annotator("export", str(project), "-f", "tsv-spans", "-o", str(out))
    assert run.returncode == 0, run.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].split("\t")[1:] == [str(i), str(i + len(claim)), "CLAIM", claim]
    sheet = (tmp_path / "spans.datasheet.md").read_text(encoding="utf-8")
    assert "- format: `tsv-spans`" in sheet and "- offset unit: codepoint" in sheet
    assert "- documents without spans" in sheet  # the plugin's declared losses


def test_suggest_lists_and_runs_the_plugin_engine(project):
    helped = annotator("suggest", "--help")
    assert "test-quotes" in helped.stdout
    listed = annotator("suggest", str(project), "--list")
    assert "test-quotes\tCLAIM\tclaims between « and » (test plugin)" in listed.stdout
    run = annotator("suggest", str(project), "--engines", "test-quotes", "--annotator", "amina")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("2 new suggestions in 1 documents")


def test_formats_command_lists_the_plugin(project):
    run = annotator("formats")
    assert run.returncode == 0 and "tsv-spans" in run.stdout and "test-quotes" in run.stdout


def test_the_window_export_dialog_offers_the_plugin_format(qtbot):
    from annotator.gui.export_dialog import ExportDialog

    with plugin_installed():
        dialog = ExportDialog(["amina"])
        qtbot.addWidget(dialog)
        names = [dialog.format.itemText(i) for i in range(dialog.format.count())]
        assert "tsv-spans" in names
        i = names.index("tsv-spans")
        assert "test plugin" in dialog.format.itemData(i, 3)  # Qt.ToolTipRole
    dialog = ExportDialog(["amina"])
    qtbot.addWidget(dialog)
    assert "tsv-spans" not in [dialog.format.itemText(i) for i in range(dialog.format.count())]


# ---------------------------------------------------------------- the registry itself


class Base:
    name = ""


def _check(name: str, obj: object) -> str:
    return check_facts(obj, {"name": str}) or ("" if obj.name == name else "wrong name")


def _plugin(tmp_path, entry_points: str, module: str = "") -> None:
    """A distribution on sys.path with ``entry_points`` for the group ``test.things``."""
    dist = tmp_path / "thing_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: thing-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[test.things]\n" + entry_points)
    if module:
        (tmp_path / "thing_plugin.py").write_text(textwrap.dedent(module))


def test_registry_register_get_and_one_line_error():
    things: Registry[type] = Registry("thing", "test.things.none", check=_check)

    @things.register("a")
    class A(Base):
        name = "a"

    things.register("b", type("B", (Base,), {"name": "b"}))
    assert things.get("a") is A and list(things.get_all()) == ["a", "b"] and "a" in things
    with pytest.raises(RegistryError) as err:
        things.get("c")
    assert str(err.value) == "unknown thing 'c'; known: a, b"
    with pytest.raises(ValueError, match="thing 'x': wrong name"):
        things.register("x", A)


def test_broken_plugins_are_skipped_with_one_line(tmp_path, monkeypatch, caplog):
    _plugin(
        tmp_path,
        "good = thing_plugin:Good\nmissing = thing_plugin:Nope\n"
        "crash = thing_plugin_gone:X\nwrong = thing_plugin:Wrong\n",
        """
        class Good:
            name = "good"
        class Wrong:
            name = 7
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    things: Registry[type] = Registry("thing", "test.things", check=_check)
    with caplog.at_level(logging.WARNING, logger="annotator.core.registry"):
        assert things.names() == ["good"]
        assert things.names() == ["good"]  # loaded once: no second round of warnings
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3 and all("\n" not in line for line in lines)
    assert any("'crash'" in line and "ModuleNotFoundError" in line for line in lines)
    assert any("'wrong'" in line and "'name' is 7, not str" in line for line in lines)
    assert things.skipped == lines


def test_a_lookup_by_name_imports_that_name_only(tmp_path, monkeypatch):
    """get() and ``in`` import the candidates of the name looked up (its built-in line,
    then a plugin of the same name, which replaces it), not every format's module:
    ``annotator export -f jsonl`` pays for the JSONL exporter alone. A listing imports
    the rest."""
    for module, cls in (("lazy_thing_a", "A"), ("lazy_thing_b", "B"), ("lazy_thing_plugin", "A")):
        (tmp_path / f"{module}.py").write_text(f"class {cls}:\n    name = {cls.lower()!r}\n")
    _plugin(tmp_path, "a = lazy_thing_plugin:A\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    builtins = ("a = lazy_thing_a:A", "b = lazy_thing_b:B")
    things: Registry[type] = Registry("thing", "test.things", builtins=builtins, check=_check)
    try:
        assert things.get("a").__module__ == "lazy_thing_plugin"
        assert "lazy_thing_a" in sys.modules and "lazy_thing_b" not in sys.modules
        assert "c" not in things and "lazy_thing_b" not in sys.modules
        assert "b" in things and "lazy_thing_b" in sys.modules
        assert things.names() == ["a", "b"] and things.skipped == []
    finally:
        for module in ("lazy_thing_a", "lazy_thing_b", "lazy_thing_plugin"):
            sys.modules.pop(module, None)


def test_a_plugin_looking_names_up_while_imported_gets_no_loop(tmp_path, monkeypatch):
    """A plugin whose module lists the registry while it is being imported sees the
    names loaded so far; it is neither imported twice nor skipped."""
    things: Registry[type] = Registry(
        "thing",
        "test.things.none",
        builtins=("a = lazy_thing_self:A", "b = lazy_thing_b2:B"),
        check=_check,
    )
    holder = types.ModuleType("lazy_thing_holder")
    holder.things = things
    monkeypatch.setitem(sys.modules, "lazy_thing_holder", holder)
    (tmp_path / "lazy_thing_self.py").write_text(
        "import lazy_thing_holder\n"
        "SEEN = lazy_thing_holder.things.names()\n"
        "class A:\n    name = 'a'\n"
    )
    (tmp_path / "lazy_thing_b2.py").write_text("class B:\n    name = 'b'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert things.get("a").__name__ == "A"
        assert sys.modules["lazy_thing_self"].SEEN == ["b"]
        assert things.names() == ["a", "b"] and things.skipped == []
    finally:
        for module in ("lazy_thing_self", "lazy_thing_b2"):
            sys.modules.pop(module, None)


def test_readme_table_is_what_the_built_in_formats_declare():
    from pathlib import Path

    from annotator.services.formats import markdown_table

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README: paste `annotator formats --markdown`"
