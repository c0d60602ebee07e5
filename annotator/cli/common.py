"""Helpers every command uses: one-line failures, opening a project, progress bars, and
the -f/--format choices and help listings read from the registries only when needed.

Nothing here imports the services at start-up: ``annotator --help`` and every command
that does not open a project would otherwise pay for the store and sqlite_utils."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

import click

from annotator.cli.errors import one_line, remember_project

if TYPE_CHECKING:
    from annotator.services.project import Project


@contextmanager
def progress_bar(desc: str, unit: str) -> Iterator[Callable[[int, int], None]]:
    """A tqdm bar on stderr that appears only when the work lasts over a second (and
    stderr is a terminal: otherwise tqdm, which loads multiprocessing, is not imported)."""
    if not sys.stderr.isatty():  # tqdm would draw nothing
        yield lambda done, total: None
        return
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(
                total=total,
                desc=desc,
                unit=unit,
                unit_scale=True,
                delay=1.0,
                file=sys.stderr,
                leave=False,
            )
        bar.n = done
        bar.refresh() if bar.n == total else bar.update(0)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()


def fail(message: str) -> None:
    """Stop the command with ``message`` on one line and exit code 1."""
    raise click.ClickException(one_line(message))


def open_existing(path: str, writing: bool = False, adopt_empty: bool = False) -> Project:
    """Open the project at ``path``; a missing, empty, foreign, newer or (for a command
    that is ``writing``) damaged file stops the command and is left untouched.
    ``adopt_empty`` lets ``import`` make an empty file a project."""
    from annotator.services import project

    remember_project(path)
    try:
        opened = project.open_project(path, create=False, adopt_empty=adopt_empty, check=writing)
    except project.ProjectError as exc:
        fail(str(exc))
        raise  # unreachable: fail() raises
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # closed when the command ends, so the WAL is folded back in
        ctx.call_on_close(opened.close)
    return opened


def missing_display() -> str | None:
    """Why the window cannot open here, or None. On Linux Qt needs an X11 or Wayland
    display (or QT_QPA_PLATFORM naming another platform); without one it aborts the
    process with a core dump, so the command says so in one line first.

    Returns:
        A one-line message naming what to set or install, or None when a window can open.
    """
    if not sys.platform.startswith("linux"):
        return None
    if any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): "
        "run it in a desktop session, over 'ssh -X', or under 'xvfb-run' "
        "(apt-get install xvfb), or set QT_QPA_PLATFORM=offscreen; "
        "the other commands work without one (annotator --help)"
    )


class FormatChoice(click.Choice):
    """``-f/--format``: one of the names registered for ``kind`` (services.formats:
    "export", "layers" or "import"), or of ``first``. The names are read when a value is
    checked or help is shown, not when the command is defined, and a valid name is
    checked by looking up that name alone: listing them imports every format's module,
    which other commands and the other formats need not pay for."""

    def __init__(self, kind: str, first: tuple[str, ...] = ()) -> None:
        self.kind = kind
        self.first = first
        self.case_sensitive = True

    @cached_property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        """``first``, then the registered names."""
        from annotator.services import formats

        return (*self.first, *formats.names(self.kind))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """``value`` when it is a valid name; else click's one-line error listing them."""
        from annotator.services import formats

        if value in self.first or (
            isinstance(value, str) and formats.is_registered(self.kind, value)
        ):
            return value
        return super().convert(value, param, ctx)


class FormatsListed(click.Command):
    """A command whose help ends with a "Formats:" list of the names registered for
    ``formats_kind`` and their descriptions, read only when the help is shown."""

    def __init__(self, *args: Any, formats_kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.formats_kind = formats_kind
        self._listed = False

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The docstring, then the formats."""
        if not self._listed:
            from annotator.services import formats

            lines = formats.help_lines(self.formats_kind)
            self.help = (
                (self.help or "")
                + "\n\n    \b\n    Formats:\n"
                + "\n".join("    " + line for line in lines)
            )
            self._listed = True
        super().format_help_text(ctx, formatter)
