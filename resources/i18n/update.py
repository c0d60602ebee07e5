"""Refresh the window's translations after changing a user-visible string.

    python resources/i18n/update.py

1. ``pyside6-lupdate`` collects every ``translate("Context", ...)``, ``self.tr(...)``
   and ``QT_TRANSLATE_NOOP`` string of annotator/gui into annotator_ar.ts and
   annotator_fa.ts (new strings come in marked unfinished; removed ones go);
2. translate the unfinished messages in the .ts files (Qt Linguist, or any editor);
3. run this again: ``pyside6-lrelease`` compiles each .ts into the .qm shipped in the
   package. tests/test_translations.py fails while a .ts misses a string of the code,
   has an unfinished message, or disagrees with its .qm.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("ar", "fa")
SOURCES = sorted((ROOT / "annotator" / "gui").glob("*.py"))


def _tool(name: str, *args: str) -> subprocess.CompletedProcess:
    """Run PySide6's ``lupdate`` or ``lrelease`` (shipped in PySide6-Essentials)."""
    code = (
        "import sys\n"
        f"from PySide6.scripts.pyside_tool import {name}\n"
        f"sys.argv[0] = 'pyside6-{name}'\n"
        f"sys.exit({name}())\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )


def lupdate(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the strings of annotator/gui."""
    args = [str(p) for p in SOURCES]
    args += ["-locations", "none", "-no-obsolete", "-source-language", "en", "-ts"]
    _tool("lupdate", *args, *(str(p) for p in ts_files))


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    _tool("lrelease", "-silent", str(ts), "-qm", str(qm))


def main() -> None:
    files = [HERE / f"annotator_{lang}.ts" for lang in LANGUAGES]
    lupdate(files)
    for ts in files:
        lrelease(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))


if __name__ == "__main__":
    main()
