"""Helpers every command uses: one-line failures, opening a project, progress bars."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click

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
    raise click.ClickException(message)


def open_existing(path: str) -> project.Project:
    try:
        return project.open_project(path, create=False)
    except project.ProjectError as exc:
        fail(str(exc))
        raise  # unreachable: fail() raises
