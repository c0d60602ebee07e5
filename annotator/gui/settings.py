"""Window preferences kept with QSettings (font, zoom, layout, projects, annotator,
language, colour scheme, changed shortcuts)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from annotator.gui.article_view import DEFAULT_LINE_SPACING
from annotator.gui.fonts import DEFAULT_POINT_SIZE, FONT_LANGUAGES, font_language

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        self.q = QSettings("annotator", "annotator")

    def _get(self, key: str, default, kind=str):
        value = self.q.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def annotator(self) -> str:
        return self._get("annotator/name", "")

    @annotator.setter
    def annotator(self, name: str) -> None:
        self.q.setValue("annotator/name", name)

    @property
    def language(self) -> str:
        """The interface language chosen in View > Language ("" until one is chosen:
        then the system locale decides)."""
        return self._get("view/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.q.setValue("view/language", code)

    def font_family(self, lang: str) -> str:
        """The article font chosen for articles in ``lang`` ("ar" or "fa"; any other
        language uses Arabic's), "" for the default (Vazirmatn). The single font of
        earlier versions becomes both languages' font the first time."""
        old = self.q.value("view/font_family")
        if old is not None:
            for code in FONT_LANGUAGES:
                if self.q.value(f"view/font_family_{code}") is None:
                    self.q.setValue(f"view/font_family_{code}", str(old))
            self.q.remove("view/font_family")
        return self._get(f"view/font_family_{font_language(lang)}", "")

    def set_font_family(self, lang: str, family: str) -> None:
        """Remember ``family`` as the article font of ``lang`` ("ar" or "fa")."""
        self.q.setValue(f"view/font_family_{font_language(lang)}", family)

    @property
    def point_size(self) -> int:
        return max(8, min(48, self._get("view/point_size", DEFAULT_POINT_SIZE, int)))

    @point_size.setter
    def point_size(self, size: int) -> None:
        self.q.setValue("view/point_size", int(size))

    @property
    def line_spacing(self) -> float:
        """Distance between the article's lines in font sizes (View > Line spacing)."""
        return max(1.0, min(3.0, self._get("view/line_spacing", DEFAULT_LINE_SPACING, float)))

    @line_spacing.setter
    def line_spacing(self, spacing: float) -> None:
        self.q.setValue("view/line_spacing", float(spacing))

    @property
    def color_scheme(self) -> str:
        """View > Colour scheme: "system" (follow the desktop), "light" or "dark"."""
        value = self._get("view/color_scheme", "system")
        return value if value in ("system", "light", "dark") else "system"

    @color_scheme.setter
    def color_scheme(self, scheme: str) -> None:
        self.q.setValue("view/color_scheme", scheme)

    def shortcuts(self) -> dict[str, tuple[str, ...]]:
        """Action name -> the keys the analyst gave it (only changed actions; an empty
        tuple: no shortcut at all). Keys are portable text (``Ctrl+Shift+Z``)."""
        self.q.beginGroup("shortcuts")
        try:
            names = self.q.childKeys()
            values = {name: self.q.value(name, "") for name in names}
        finally:
            self.q.endGroup()
        out = {}
        for name, value in values.items():
            text = value if isinstance(value, str) else ""
            out[name] = tuple(k.strip() for k in text.split("\t") if k.strip())
        return out

    def set_shortcuts(self, changed: dict[str, tuple[str, ...]]) -> None:
        """Replace the changed shortcuts (the keys of one action joined by tabs: a comma
        or a plus can be a key)."""
        self.q.remove("shortcuts")
        for name, keys in changed.items():
            self.q.setValue(f"shortcuts/{name}", "\t".join(keys))

    def recent_projects(self) -> list[str]:
        value = self.q.value("projects/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_projects() if p != path]
        self.q.setValue("projects/recent", [path, *recent][:MAX_RECENT])
        self.q.setValue("projects/last", path)

    @staticmethod
    def _project_key(project: str) -> str:
        # a stable digest: hash() of a str changes with every process
        resolved = str(Path(project).resolve()) if project != ":memory:" else project
        return "documents/" + hashlib.sha1(resolved.encode("utf-8")).hexdigest()

    def last_document(self, project: str) -> int | None:
        value = self._get(self._project_key(project), 0, int)
        return value or None

    def set_last_document(self, project: str, doc_id: int) -> None:
        self.q.setValue(self._project_key(project), doc_id)

    def save_window(self, geometry, state, rtl: bool = False) -> None:
        """The window's size and dock layout; a right-to-left interface keeps its own
        (its article list docks on the right)."""
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state_rtl" if rtl else "window/state", state)

    def window(self, rtl: bool = False):
        """(geometry, dock layout) saved for this direction, None where nothing is."""
        return self.q.value("window/geometry"), self.q.value(
            "window/state_rtl" if rtl else "window/state"
        )
