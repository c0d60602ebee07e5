"""Visual (shaped, right-to-left) text for output targets that cannot shape Arabic.

docs/architecture.md ("Shaping for targets that cannot"): arabic-reshaper and
python-bidi belong here and nowhere else.
They turn logical text into presentation forms laid out left to right, which is right
ONLY for targets that neither join letters nor reorder them: charts drawn by
matplotlib < 3.11, Pillow without raqm, terminals without bidi support. Never use the
result for Qt display, storage, search or export: Qt and matplotlib >= 3.11 shape
natively, and feeding them reshaped text reverses it.
"""

from __future__ import annotations

import re
from functools import cache

from annotator.io.exporters.base import MissingExtra

#: First matplotlib version that shapes complex scripts itself (libraqm).
MATPLOTLIB_SHAPES_FROM = (3, 11)

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_HINT = "charts with Arabic or Persian text need arabic-reshaper and python-bidi"


def has_arabic_script(text: str) -> bool:
    """True when ``text`` holds at least one letter that must be joined."""
    return bool(_ARABIC_SCRIPT.search(text))


def visual(text: str) -> str:
    """Logical text -> shaped presentation forms in visual (left-to-right) order.

    ``visual("سلام") == "\\ufee1\\ufefc\\ufeb3"``. Raises MissingExtra when
    arabic-reshaper or python-bidi is not installed."""
    if not has_arabic_script(text):
        return text
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError as exc:
        raise MissingExtra(f"{_HINT}: pip install 'annotator[charts]'") from exc
    return get_display(arabic_reshaper.reshape(text))


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = re.match(r"\d+", piece)
        parts.append(int(digits.group()) if digits else 0)
    return tuple(parts)


@cache
def matplotlib_version() -> str:
    """The installed matplotlib's version ("" when it is missing)."""
    try:
        import matplotlib
    except ImportError:
        return ""
    return matplotlib.__version__


def matplotlib_shapes(version: str | None = None) -> bool:
    """True when matplotlib ``version`` (default: the installed one) shapes Arabic."""
    version = matplotlib_version() if version is None else version
    return _version_tuple(version) >= MATPLOTLIB_SHAPES_FROM


def chart_text(text: str, matplotlib_version: str | None = None) -> str:
    """The string to hand to matplotlib for ``text``: unchanged on matplotlib >= 3.11
    (it shapes and orders text itself), visual() on older versions."""
    if matplotlib_shapes(matplotlib_version):
        return text
    return visual(text)
