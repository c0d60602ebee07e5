"""Long work (import, export) off the GUI thread, with a progress dialog.

The worker opens its OWN connection to the project file; the window's connection
sees the result when the job commits. Cancelling raises inside the job, so an
import rolls back and leaves the project as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotator.gui.i18n import translate
from annotator.gui.messages import shown


class Cancelled(Exception):
    """The analyst pressed Cancel."""


class JobThread(QThread):
    """Runs one job; the thread ends when the job returns (no event loop to quit),
    so closing a window can cancel it and wait for it deterministically."""

    progress = Signal(int, int)
    done = Signal(object, str)  # result, error message ('' when it worked)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any], parent) -> None:
        super().__init__(parent)
        self.job = job
        self.cancelled = False

    def run(self) -> None:
        def report(n: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled
            self.progress.emit(n, total)

        try:
            result = self.job(report)
        except Cancelled:
            self.done.emit(None, translate("Jobs", "cancelled: nothing was changed"))
        except Exception as exc:  # shown to the analyst as one line
            self.done.emit(None, shown(exc))
        else:
            self.done.emit(result, "")

    def stop(self, timeout_ms: int = 30_000) -> None:
        """Ask the job to stop at its next progress report and wait for it."""
        self.cancelled = True
        self.wait(timeout_ms)


def run_job(
    parent: QWidget,
    title: str,
    job: Callable[[Callable[[int, int], None]], Any],
    done: Callable[[Any, str], None],
) -> JobThread:
    """Run ``job(progress)`` in a thread; a progress dialog shows after one second."""
    dialog = QProgressDialog(title, translate("Jobs", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(1000)
    thread = JobThread(job, parent)

    def on_progress(n: int, total: int) -> None:
        dialog.setValue(int(1000 * n / total) if total else 0)

    def on_done(result: Any, error: str) -> None:
        dialog.reset()
        thread.wait()
        done(result, error)

    thread.progress.connect(on_progress)
    thread.done.connect(on_done)
    dialog.canceled.connect(lambda: setattr(thread, "cancelled", True))
    thread.start()
    return thread


def wait_for_background(timeout_ms: int = 30_000) -> None:
    """Let running background tasks finish (before a window or the app closes)."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Signals(QObject):
    finished = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the caller as one line
            self.signals.finished.emit(None, shown(exc))
        else:
            self.signals.finished.emit(result, "")


def run_background(fn: Callable[[], Any], done: Callable[[Any, str], None]) -> None:
    """Run the pure function ``fn`` on the thread pool; ``done(result, error)`` is
    called on the GUI thread. ``fn`` must not touch the store or any widget."""
    task = _Task(fn)
    task.signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
    _TASKS.add(task.signals)
    task.signals.finished.connect(lambda *_: _TASKS.discard(task.signals))
    QThreadPool.globalInstance().start(task)


_TASKS: set = set()  # keeps signal objects alive until their task reports
