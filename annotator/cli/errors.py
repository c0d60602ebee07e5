"""No traceback reaches the user: known errors are one line, unknown ones one line
plus the path of a log file holding the traceback (``--debug`` prints it instead).

What only a failure needs (the services, traceback, tempfile, platformdirs) is imported
when a command fails, not at the start of every command."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

APP_NAME = "annotator"
PROJECT_KEY = "annotator.project"


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) made one space."""
    return " ".join(str(text).split())


def remember_project(path: str) -> None:
    """Note the project the running command works on, for error messages."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.find_root().meta[PROJECT_KEY] = path


def known_error(exc: BaseException, project: str | None) -> str | None:
    """The one-line message for an error a user can act on, or None when it is a bug.

    Args:
        exc: the exception a command raised.
        project: the project file the command was working on, if known.

    Returns:
        A one-line message naming the file at fault, or None.
    """
    from annotator.core.schema import SchemaError
    from annotator.services.project import explain_failure

    if isinstance(exc, SchemaError):
        return one_line(str(exc))
    failure = explain_failure(exc, project)
    if failure is not None:
        return one_line(failure)
    if isinstance(exc, MemoryError):
        return "out of memory; close other programs or import the files in smaller parts"
    if isinstance(exc, OSError) and exc.strerror:
        where = exc.filename or project
        return one_line(f"{where}: {exc.strerror}" if where else exc.strerror)
    return None


def write_crash_log(exc: BaseException) -> Path:
    """Write ``exc``'s traceback to a new file in the user log folder (the temporary
    folder when that cannot be written) and return its path."""
    import tempfile
    import traceback

    import platformdirs

    text = (
        f"annotator {_version()} on Python {sys.version.split()[0]}, {sys.platform}\n"
        f"command: {' '.join(sys.argv)}\n\n" + "".join(traceback.format_exception(exc))
    )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"crash-{stamp}-{os.getpid()}.log"
    for folder in (Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)), None):
        try:
            if folder is None:
                folder = Path(tempfile.gettempdir())
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    raise OSError("no folder to write the log to")  # pragma: no cover: tmp is writable


def _version() -> str:
    from annotator import __version__

    return __version__


class Group(click.Group):
    """The ``annotator`` group: turns every exception a command lets escape into one
    line (and, for a bug, a log file); ``--debug`` prints the traceback instead."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; see the class docstring for what happens to errors."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # output piped into head or less, which quit: not an error
            # stdout is replaced for good: Python flushes it at exit, which must not fail
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            ctx.exit(1)
        except Exception as exc:
            if ctx.params.get("debug"):
                import traceback

                traceback.print_exception(exc, file=sys.stderr)
                ctx.exit(1)
            message = known_error(exc, ctx.meta.get(PROJECT_KEY))
            if message is not None:
                raise click.ClickException(message) from exc
            try:
                log = f"the details are in {write_crash_log(exc)}"
            except OSError:
                log = "no log could be written"
            raise click.ClickException(
                one_line(
                    f"unexpected error ({type(exc).__name__}: {exc}); {log}; "
                    "please report it (run with --debug to see the traceback)"
                )
            ) from exc
