"""The window's menus and toolbar, built from ``actions.ACTIONS`` and the label
schema, in the interface language; View > Language switches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QDockWidget

from annotator.gui import dialogs
from annotator.gui.actions import (
    ACTIONS,
    MENUS,
    ActionSpec,
    action_text,
    action_tip,
    menu_title,
)
from annotator.gui.article_view import LINE_SPACINGS
from annotator.gui.i18n import LANGUAGES, LOCALES, current_language, schema_text, translate
from annotator.gui.plain import ltr
from annotator.gui.scheme import SCHEMES


def symbol_key(sequence: str) -> bool:
    """Whether ``sequence`` ends in a symbol key (``Ctrl+=``, ``]``, ``Ctrl++``), which
    right-to-left text reorders or mirrors."""
    last = sequence.rsplit("+", 1)[-1] or "+"
    return not last.isalnum()


if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from annotator.gui.main_window import MainWindow


def swatch(color: str) -> QIcon:
    """A small square of a label's colour."""
    pix = QPixmap(14, 14)
    pix.fill(QColor(color))
    return QIcon(pix)


def tag_tip(name: str, key: str, exact: bool, description: str) -> str:
    """The tooltip of a label's tag action."""
    if exact:
        tip = translate("Menus", "Tag the selection as {label} (Alt+{key}): exact characters")
    else:
        tip = translate("Menus", "Tag the selection as {label} ({key})")
    described = f"\n{schema_text(description)}" if description else ""
    return tip.format(label=name, key=key) + described


def set_keys(act: QAction, spec: ActionSpec, keys: tuple[str, ...], rtl: bool) -> None:
    """Give ``act`` its ``keys``, and its menu text and tooltip that name them."""
    text = action_text(spec)
    if rtl and any(symbol_key(k) for k in keys):
        # a mirrored menu draws "Ctrl+=" as "=+Ctrl" and the key ] as [: the
        # shortcut column gets the keys isolated left to right instead
        text += "\t" + ltr(", ".join(keys))
    if spec.name not in ("undo", "redo") or not act.text():  # these name their step
        act.setText(text)
    act.setShortcuts([QKeySequence(k) for k in keys])
    tip = action_tip(spec) or action_text(spec).replace("&", "").rstrip("…")
    act.setToolTip(tip + (f" ({', '.join(keys)})" if keys else ""))
    act.setStatusTip(tip)


def apply_shortcuts(window: MainWindow) -> None:
    """Give every action of ``window`` its current keys (after the analyst changed them)."""
    rtl = window.is_rtl()
    for spec in ACTIONS:
        act = window.actions_by_name.get(spec.name)
        if act is not None:
            set_keys(act, spec, window.shortcut_map.keys(spec.name), rtl)


def build(window: MainWindow) -> dict[str, QMenu]:
    """Menus, toolbar and shortcuts of ``window``; fills ``window.actions_by_name``."""
    menus = {name: window.menuBar().addMenu(menu_title(name)) for name in MENUS}
    for name, menu in menus.items():
        menu.setObjectName(f"menu{name}")
    toolbar = window.addToolBar(translate("Menus", "Tools"))
    toolbar.setObjectName("toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for label in window.session.schema.labels:
        for exact in (False, True):
            text = f"{label.name} ({label.key})" if label.key else label.name
            act = QAction(swatch(label.color), text, window)
            act.setObjectName(f"tag_{label.name}{'_exact' if exact else ''}")
            if label.key:
                act.setShortcut(QKeySequence(("Alt+" if exact else "") + label.key))
            act.setToolTip(tag_tip(label.name, label.key, exact, label.description))
            act.triggered.connect(lambda _=False, n=label.name, e=exact: window._tag(n, e))
            window.addAction(act)
            if not exact:
                toolbar.addAction(act)
                menus["Span"].addAction(act)
    menus["Span"].addSeparator()
    toolbar.addSeparator()
    rtl = window.is_rtl()
    for spec in ACTIONS:
        act = QAction(window)
        act.setIconText(action_text(spec).replace("&", "").rstrip("…"))  # the toolbar's text
        act.setObjectName(spec.name)
        set_keys(act, spec, window.shortcut_map.keys(spec.name), rtl)
        act.setCheckable(spec.checkable)
        act.setChecked(spec.checked)
        if spec.name.startswith("take_version_"):
            n = int(spec.name.rsplit("_", 1)[1])
            handler = lambda n=n: window.do_take_version(n)  # noqa: E731
        else:
            handler = getattr(window, f"do_{spec.name}")
        if spec.checkable:
            act.toggled.connect(handler)
        else:
            act.triggered.connect(lambda _=False, h=handler: h())
        window.addAction(act)
        menus[spec.menu].addAction(act)
        if spec.toolbar:
            toolbar.addAction(act)
        window.actions_by_name[spec.name] = act
    window.recent_menu = menus["File"].addMenu(translate("Menus", "Recent projects"))
    window.recent_menu.setObjectName("menuRecent")
    fill_recent(window)
    _panels_menu(window, menus["View"], toolbar)
    _spacing_menu(window, menus["View"])
    _scheme_menu(window, menus["View"])
    _language_menu(window, menus["View"])
    return menus


def _scheme_menu(window: MainWindow, view: QMenu) -> None:
    """View > Colour scheme: follow the system, light or dark; remembered."""
    menu = view.addMenu(translate("Menus", "&Colour scheme"))
    menu.setObjectName("menuColorScheme")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, text in SCHEMES.items():
        act = menu.addAction(translate("Menus", text))
        act.setObjectName(f"color_scheme_{code}")
        act.setCheckable(True)
        act.setChecked(code == window.settings.color_scheme)
        group.addAction(act)
        act.triggered.connect(lambda _=False, c=code: window.set_color_scheme(c))


def _panels_menu(window: MainWindow, view: QMenu, toolbar) -> None:
    """View > Panels: every dock and the toolbar, checked while shown, so a closed
    panel comes back from the menu."""
    view.addSeparator()
    menu = view.addMenu(translate("Menus", "&Panels"))
    menu.setObjectName("menuPanels")
    for dock in window.findChildren(QDockWidget):
        menu.addAction(dock.toggleViewAction())
    toggle = toolbar.toggleViewAction()
    toggle.setText(translate("Menus", "Toolbar"))
    menu.addAction(toggle)


def _spacing_menu(window: MainWindow, view: QMenu) -> None:
    """View > Line spacing: the article's distance between lines, remembered."""
    menu = view.addMenu(translate("Menus", "Line &spacing"))
    menu.setObjectName("menuLineSpacing")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = window.view.line_spacing
    locale = QLocale(LOCALES[current_language()])
    for spacing in LINE_SPACINGS:
        act = menu.addAction(locale.toString(spacing, "g", 3))  # 1.5, ١٫٥, ۱٫۵
        act.setObjectName(f"line_spacing_{spacing:g}")
        act.setCheckable(True)
        act.setChecked(abs(spacing - current) < 0.01)
        group.addAction(act)
        act.triggered.connect(lambda _=False, v=spacing: window.set_line_spacing(v))


def fill_recent(window: MainWindow) -> None:
    """File > Recent projects from the settings."""
    window.recent_menu.clear()
    for path in window.settings.recent_projects():
        window.recent_menu.addAction(path, lambda p=path: dialogs.switch_project(window, p))


def _language_menu(window: MainWindow, view: QMenu) -> None:
    """View > Language: English / العربية / فارسی, each in its own name."""
    view.addSeparator()
    menu = view.addMenu(translate("Menus", "&Language"))
    menu.setObjectName("menuLanguage")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code, name in LANGUAGES.items():
        act = menu.addAction(name)
        act.setObjectName(f"language_{code}")
        act.setCheckable(True)
        act.setChecked(code == current_language())
        group.addAction(act)
        act.triggered.connect(lambda _=False, c=code: window.set_language(c))
    window.language_menu = menu
