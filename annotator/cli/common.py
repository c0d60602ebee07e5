"""Helpers every command uses: one-line failures, opening a project, progress bars."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

from annotator.cli.errors import one_line, remember_project
from annotator.services import project


@contextmanager
def progress_bar(desc: str, unit: str) -> Iterator[Callable[[int, int], None]]:
    """A tqdm bar on stderr that appears only when the work lasts over a second."""
    from tqdm import tqdm

    bar = None
    disable = not sys.stderr.isatty()

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(
                total=total,
                desc=desc,
                unit=unit,
                unit_scale=True,
                delay=1.0,
                disable=disable,
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


def open_existing(path: str, writing: bool = False, adopt_empty: bool = False) -> project.Project:
    """Open the project at ``path``; a missing, empty, foreign, newer or (for a command
    that is ``writing``) damaged file stops the command and is left untouched.
    ``adopt_empty`` lets ``import`` make an empty file a project."""
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
