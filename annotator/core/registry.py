"""Typed registries of plugins, in the style of spaCy's ``catalogue``.

A :class:`Registry` maps a name to one object (for us: a class that fulfils a
contract, such as an exporter or a suggestion engine). Objects come from three
places, all through the same door:

- ``register(name)`` used as a decorator or called directly (tests, scripts);
- the package's built-ins, given as entry-point lines (``"jsonl =
  annotator.io.exporters.jsonl:JsonlExporter"``), exactly what a third party writes
  in its ``pyproject.toml``;
- the entry points of the registry's importlib.metadata group (for instance
  ``annotator.exporters``) of every installed distribution.

Nothing is read when a registry is made. The first lookup lists the candidates (the
built-in lines and the group's entry points, which imports importlib.metadata); a
lookup by name (``get``, ``in``) then imports only that name's candidates, and a
listing (``names``, ``get_all``) imports every one; each is imported once. So
``annotator export -f jsonl`` imports the JSONL exporter and no other format. A plugin
that cannot be imported, or whose object fails the registry's ``check``, is skipped
with one logged warning line; it never breaks the program. Pure Python, standard
library only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

if TYPE_CHECKING:  # importlib.metadata is imported on the first lookup (~10 ms)
    from importlib.metadata import EntryPoint

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A check returns "" when the object fulfils the contract, else one line saying why not.
Check = Callable[[str, T], str]


class RegistryError(KeyError):
    """An unknown name; ``str()`` is one line listing the known names."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class Registry(Generic[T]):
    """Name -> object, filled by ``register`` and, lazily, by entry points (a name's
    candidates when it is looked up, all of them when the names are listed).

    ``kind`` names what is registered in messages ("export format"); ``group`` is the
    entry-point group read on first lookup; ``builtins`` are entry-point lines
    (``"name = module:attribute"``) loaded the same way; ``check(name, obj)`` returns
    "" or a one-line reason to refuse a plugin; ``order(objects)`` sorts the names
    returned by :meth:`names` (default: alphabetical)."""

    def __init__(
        self,
        kind: str,
        group: str,
        *,
        builtins: Iterable[str] = (),
        check: Check[T] | None = None,
        order: Callable[[dict[str, T]], list[str]] | None = None,
    ) -> None:
        self.kind = kind
        self.group = group
        self.builtins = tuple(builtins)
        self._check = check
        self._order = order
        self._items: dict[str, T] = {}
        self._by_hand: set[str] = set()  # names registered with register(), not loaded
        #: name -> its candidates (built-ins first, then entry points), listed on first lookup
        self._candidates: dict[str, list[tuple[EntryPoint, str]]] | None = None
        self._loaded_names: set[str] = set()  # names whose candidates were imported
        self._loaded = False  # every candidate was imported
        #: what this thread is importing now: a plugin looking names up while it is
        #: imported gets what is there so far instead of a loop
        self._loading: set[str] = set()
        self._loading_all = False
        self._lock = threading.RLock()
        #: One line per plugin that was skipped, for ``--debug`` style listings.
        self.skipped: list[str] = []

    # -- registering -------------------------------------------------------------------

    @overload
    def register(self, name: str) -> Callable[[T], T]: ...
    @overload
    def register(self, name: str, obj: T) -> T: ...

    def register(self, name: str, obj: T | None = None) -> T | Callable[[T], T]:
        """Register ``obj`` under ``name``: ``registry.register("x", obj)``, or as a
        decorator ``@registry.register("x")``. A later registration of the same name
        replaces the earlier one. Returns ``obj`` (or the decorator).

        Raises ValueError when ``obj`` fails the registry's check."""
        if obj is None:

            def decorator(func: T) -> T:
                return self.register(name, func)

            return decorator
        problem = self._check(name, obj) if self._check else ""
        if problem:
            raise ValueError(f"{self.kind} {name!r}: {problem}")
        self._load()  # so that what is registered by hand wins over a lazy built-in
        with self._lock:
            self._items[name] = obj
            self._by_hand.add(name)
        return obj

    def unregister(self, name: str) -> None:
        """Forget ``name`` (no error when it is not registered)."""
        with self._lock:
            self._items.pop(name, None)
            self._by_hand.discard(name)

    # -- looking up --------------------------------------------------------------------

    def get(self, name: str) -> T:
        """The object registered as ``name``; RegistryError (a KeyError) listing the
        known names in one line when there is none."""
        self._load_name(name)
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(self.names()) or "(none)"
            raise RegistryError(f"unknown {self.kind} {name!r}; known: {known}") from None

    def get_all(self) -> dict[str, T]:
        """Every registered object by name, in :meth:`names` order."""
        self._load()
        return {name: self._items[name] for name in self.names()}

    def names(self) -> list[str]:
        """The registered names (alphabetical unless the registry has an order)."""
        self._load()
        items = dict(self._items)
        return self._order(items) if self._order else sorted(items)

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self._load_name(name)
        return name in self._items

    # -- loading -----------------------------------------------------------------------

    def _load(self) -> None:
        """Import every candidate not imported yet."""
        if self._loaded:
            return
        with self._lock:
            if self._loaded or self._loading_all:
                return
            self._loading_all = True
            try:
                for name in self._list_candidates():
                    self._import_candidates(name)
            finally:
                self._loading_all = False
            self._loaded = not self._loading  # a name being imported further up is not yet

    def _load_name(self, name: str) -> None:
        """Import ``name``'s candidates unless done already."""
        if self._loaded or name in self._loaded_names:
            return
        with self._lock:
            self._import_candidates(name)

    def _import_candidates(self, name: str) -> None:
        """Import ``name``'s candidates in order (a later one that loads replaces an
        earlier one), once. Marked done only when done, so that another thread waits
        on the lock rather than finding the name missing."""
        if name in self._loaded_names or name in self._loading:
            return
        self._loading.add(name)
        try:
            for ep, origin in self._list_candidates().get(name, ()):
                self._load_one(ep, origin)
        finally:
            self._loading.discard(name)
        self._loaded_names.add(name)

    def _list_candidates(self) -> dict[str, list[tuple[EntryPoint, str]]]:
        """The built-in lines, then the group's entry points sorted by name and value,
        grouped by name (read once)."""
        if self._candidates is not None:
            return self._candidates
        from importlib.metadata import EntryPoint, entry_points

        candidates: dict[str, list[tuple[EntryPoint, str]]] = {}
        for line in self.builtins:
            name, _, value = line.partition("=")
            ep = EntryPoint(name.strip(), value.strip(), self.group)
            candidates.setdefault(ep.name, []).append((ep, "built-in"))
        try:
            found = entry_points(group=self.group)
        except Exception as exc:  # a broken distribution's metadata
            log.warning("%s: entry points not read: %s", self.group, exc)
            found = ()
        for ep in sorted(found, key=lambda e: (e.name, e.value)):
            candidates.setdefault(ep.name, []).append((ep, _dist_name(ep)))
        self._candidates = candidates
        return candidates

    def _load_one(self, ep: EntryPoint, origin: str) -> None:
        try:
            obj = ep.load()
        except Exception as exc:
            self._skip(ep, origin, f"{type(exc).__name__}: {exc}")
            return
        problem = self._check(ep.name, obj) if self._check else ""
        if problem:
            self._skip(ep, origin, problem)
            return
        if ep.name in self._by_hand:
            return  # registered by hand: that one wins
        if ep.name in self._items and self._items[ep.name] is not obj:
            # A plugin may replace a built-in of the same name; say so once.
            log.info("%s %r from %s replaces the earlier one", self.kind, ep.name, origin)
        self._items[ep.name] = obj

    def _skip(self, ep: EntryPoint, origin: str, why: str) -> None:
        line = f"{self.kind} plugin {ep.name!r} ({ep.value}, {origin}) skipped: {why}"
        line = " ".join(line.split())  # one line, whatever the exception said
        self.skipped.append(line)
        log.warning("%s", line)

    def reload(self) -> None:
        """Forget what was loaded from built-ins and entry points, and load them again
        on the next lookup (after a package was installed or removed). Objects
        registered by hand are kept."""
        with self._lock:
            self._items = {n: o for n, o in self._items.items() if n in self._by_hand}
            self._candidates = None
            self._loaded_names.clear()
            self._loaded = False
            self.skipped.clear()


def _dist_name(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return f"from {dist.name}" if dist is not None else "entry point"


def check_facts(cls: object, facts: dict[str, type | tuple[type, ...]]) -> str:
    """ "" when ``cls`` is a class declaring every attribute of ``facts`` with a value of
    the given type (a tuple of strings must hold only strings), else one line naming
    the first attribute that is missing or mistyped."""
    if not isinstance(cls, type):
        return f"is a {type(cls).__name__}, not a class"
    for attr, kind in facts.items():
        if not hasattr(cls, attr):
            return f"declares no {attr!r}"
        value = getattr(cls, attr)
        if not isinstance(value, kind):
            return f"{attr!r} is {value!r}, not {_type_names(kind)}"
        if isinstance(value, tuple) and not all(isinstance(v, str) and v for v in value):
            return f"{attr!r} must hold non-empty strings only, got {value!r}"
    return ""


def check_contract(
    name: str, cls: object, facts: dict[str, type | tuple[type, ...]], base: type
) -> str:
    """The part of every contract check that is the same: the facts declared (see
    :func:`check_facts`), a subclass of ``base``, and ``cls.name == name``. "" when
    all hold, else one line saying what does not."""
    problem = check_facts(cls, facts)
    if problem:
        return problem
    assert isinstance(cls, type)
    if not issubclass(cls, base):
        return f"is not a subclass of {base.__module__}.{base.__qualname__}"
    if cls.name != name:  # type: ignore[attr-defined]
        return f"declares name {cls.name!r} but is registered as {name!r}"  # type: ignore[attr-defined]
    return ""


def _type_names(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)
