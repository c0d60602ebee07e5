"""The window's View preferences: language, colour scheme, line spacing, direction,
zoom, article fonts and keyboard shortcuts. A mixin of MainWindow (its strings keep
MainWindow's translation context); each choice applies at once and is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from annotator.gui import dialogs, identity, scheme
from annotator.gui.fonts import DEFAULT_POINT_SIZE, FONT_LANGUAGES, article_font
from annotator.gui.i18n import current_language, install, num, translate


class ViewActions:
    """Handlers of the View menu's preferences (gui/actions.py)."""

    def set_language(self, code: str) -> QMainWindow | None:
        """View > Language: install ``code`` and rebuild the window in it at once
        (same project, annotator, article and layout); remembered in the settings.
        Returns the new window (None when ``code`` is the language already shown)."""
        self.settings.language = code
        if code == current_language():
            return None
        self.save_layout()
        install(code)
        return identity.reopen(self, self.session)

    def set_color_scheme(self, choice: str) -> None:
        """View > Colour scheme ("system", "light", "dark"): applied at once, remembered."""
        self.settings.color_scheme = choice
        scheme.apply(choice)

    def set_line_spacing(self, spacing: float) -> None:
        """View > Line spacing: applied at once and remembered."""
        self.settings.line_spacing = spacing
        self.view.set_line_spacing(spacing)

    def do_toggle_direction(self, rtl: bool) -> None:
        self.controller.set_direction(rtl)

    def _zoom(self, size: int) -> None:
        size = max(8, min(48, size))
        self.settings.point_size = size
        font = self.view.font()
        font.setPointSize(size)
        self.view.setFont(font)
        self.statusBar().showMessage(
            translate("MainWindow", "text size: {size} pt").format(size=num(size)), 2000
        )

    def do_zoom_in(self) -> None:
        self._zoom(self.view.font().pointSize() + 1)

    def do_zoom_out(self) -> None:
        self._zoom(self.view.font().pointSize() - 1)

    def do_zoom_reset(self) -> None:
        self._zoom(DEFAULT_POINT_SIZE)

    def do_choose_font(self) -> None:
        from annotator.gui.font_dialog import ArticleFontDialog

        families = {lang: self.settings.font_family(lang) for lang in FONT_LANGUAGES}
        dialog = ArticleFontDialog(families, self.view.font().pointSize(), self)
        if dialog.exec():
            size = self.view.font().pointSize()
            for lang, font in dialog.chosen().items():
                self.settings.set_font_family(lang, font.family())
                size = font.pointSize()
            self._zoom(size)
            state = self.controller.state
            self._use_language_font(state.document.lang if state is not None else "ar")

    def _use_language_font(self, lang: str) -> None:
        """The article font chosen for ``lang`` (Persian or Arabic), at the zoom's size."""
        font = article_font(self.settings.font_family(lang), self.settings.point_size)
        if font != self.view.font():
            self.view.setFont(font)

    def do_shortcuts_help(self) -> None:
        keys = [(label.name, label.key) for label in self.session.schema.labels]
        dialogs.show_shortcuts(self, keys, self.shortcut_map.all())

    def do_change_shortcuts(self) -> None:
        from annotator.gui.shortcut_dialog import open_editor

        self.shortcut_dialog = open_editor(self)  # tests drive it
