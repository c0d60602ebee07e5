"""Every message the services, store, core and io can send towards the window, read
from their source: the text of each ``raise SomeError(...)`` of an exception the
window catches, and of each bad record (``BadRecord(file, line, message)``) an
import reports. An f-string becomes a sample with every piece replaced by ``7``
(``'7'`` for ``!r``); a name, an item of a module's table or a call is followed to
the strings it stands for when it is a constant, a local or module variable, a table
of words (``MONTHS[month]``) or a function of the project that returns one; anything
else (``str(exc)``: a message raised elsewhere) is a ``7``.
Used by tests/test_messages.py."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT

PACKAGES = ("services", "store", "core", "io")
#: Exceptions of the standard library that the window catches (EDIT_FAILURES).
CAUGHT_BUILTINS = {"ValueError", "KeyError"}
MAX_VARIANTS = 64


@dataclass(frozen=True)
class Site:
    where: str  # file:line
    kind: str  # exception class, or BadRecord
    sample: str


class _Module:
    """One source file: its top-level strings and functions, and what it imports."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.consts: dict[str, ast.expr] = {}
        self.funcs: dict[str, ast.FunctionDef] = {}
        self.imports: dict[str, str] = {}  # name -> module
        for node in self.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.consts[target.id] = node.value
            elif isinstance(node, ast.FunctionDef):
                self.funcs[node.name] = node
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotator"):
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = node.module


_MODULES: dict[str, _Module] = {}


def _module(name: str) -> _Module | None:
    base = ROOT.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return _MODULES.setdefault(str(path), _Module(path))
    return None


def _imported(mod: _Module, name: str) -> tuple[_Module, str] | None:
    if name in mod.imports:
        other = _module(mod.imports[name])
        if other is not None and (name in other.funcs or name in other.consts):
            return other, name
    return None


def _variants(node: ast.expr, mod: _Module, fn: ast.AST | None, depth: int = 0) -> list[str]:
    """The texts ``node`` can evaluate to, pieces of data replaced by ``7``."""
    if depth > 8:
        return ["7"]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append([str(value.value)])
                continue
            inner = _variants(value.value, mod, fn, depth + 1)
            parts.append([repr(x) for x in inner] if value.conversion == ord("r") else inner)
        return ["".join(p) for p in itertools.islice(itertools.product(*parts), MAX_VARIANTS)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _variants(node.left, mod, fn, depth + 1)
        right = _variants(node.right, mod, fn, depth + 1)
        return [a + b for a in left for b in right][:MAX_VARIANTS]
    if isinstance(node, ast.IfExp):
        return _variants(node.body, mod, fn, depth + 1) + _variants(node.orelse, mod, fn, depth + 1)
    if isinstance(node, ast.Name):
        found: list[str] = []
        for scope in ([fn] if fn is not None else []) + [None]:
            if found:
                break
            if scope is None:
                if node.id in mod.consts:
                    found = _variants(mod.consts[node.id], mod, None, depth + 1)
                elif (hit := _imported(mod, node.id)) and hit[1] in hit[0].consts:
                    found = _variants(hit[0].consts[hit[1]], hit[0], None, depth + 1)
                continue
            for n in ast.walk(scope):
                if isinstance(n, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == node.id for t in n.targets
                ):
                    found += _variants(n.value, mod, scope, depth + 1)
        return found or ["7"]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        table = mod.consts.get(node.value.id)  # MONTHS[month], SEASONS[code]
        items = table.values if isinstance(table, ast.Dict) else getattr(table, "elts", [])
        words = [v.value for v in items if isinstance(v, ast.Constant) and v.value]
        return words or ["7"]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        target = None
        if node.func.id in mod.funcs:
            target = mod, mod.funcs[node.func.id]
        elif (hit := _imported(mod, node.func.id)) and hit[1] in hit[0].funcs:
            target = hit[0], hit[0].funcs[hit[1]]
        if target is not None:
            out: list[str] = []
            for n in ast.walk(target[1]):
                if isinstance(n, ast.Return) and n.value is not None:
                    out += _variants(n.value, target[0], target[1], depth + 1)
            return out or ["7"]
    return ["7"]


def _exception_classes() -> set[str]:
    """The exception classes defined in the project's lower layers."""
    names = set(CAUGHT_BUILTINS)
    for pkg in (*PACKAGES, "suggest"):
        for path in (ROOT / "annotator" / pkg).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef) and node.bases:
                    names.add(node.name)
    return names


def _message_arg(node: ast.AST, classes: set[str]) -> tuple[str, ast.expr] | None:
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in classes:
            return name, node.exc.args[0]
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BadRecord" and node.args:
        return ("BadRecord", node.args[2]) if len(node.args) >= 3 else None
    return None


def sites() -> Iterator[Site]:
    """Every message site of the lower layers, one Site per form its text can take."""
    classes = _exception_classes()
    for pkg in PACKAGES:
        for path in sorted((ROOT / "annotator" / pkg).rglob("*.py")):
            mod = _module(".".join(path.relative_to(ROOT).with_suffix("").parts))
            assert mod is not None

            def visit(node: ast.AST, fn: ast.AST | None, mod: _Module = mod) -> Iterator[Site]:
                for child in ast.iter_child_nodes(node):
                    found = _message_arg(child, classes)
                    if found is not None:
                        where = f"{mod.path.relative_to(ROOT)}:{child.lineno}"
                        for text in dict.fromkeys(_variants(found[1], mod, fn)):
                            yield Site(where, found[0], text)
                    inner = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
                    yield from visit(child, child if inner else fn)

            yield from visit(mod.tree, None)
