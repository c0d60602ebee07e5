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


class Cancelled(Exception):
    """The analyst pressed Cancel."""


class _Worker(QObject):
    progress = Signal(int, int)
    finished = Signal(object, str)  # result, error message ('' when it worked)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.cancelled = False

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled
            self.progress.emit(done, total)

        try:
            result = self.job(report)
        except Cancelled:
            self.finished.emit(None, "cancelled: nothing was changed")
        except Exception as exc:  # shown to the analyst as one line
            self.finished.emit(None, str(exc) or type(exc).__name__)
        else:
            self.finished.emit(result, "")


def run_job(
    parent: QWidget,
    title: str,
    job: Callable[[Callable[[int, int], None]], Any],
    done: Callable[[Any, str], None],
) -> QThread:
    """Run ``job(progress)`` in a thread; a progress dialog shows after one second."""
    dialog = QProgressDialog(title, "Cancel", 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(1000)
    thread = QThread(parent)
    worker = _Worker(job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)

    def on_progress(n: int, total: int) -> None:
        dialog.setValue(int(1000 * n / total) if total else 0)

    def on_finished(result: Any, error: str) -> None:
        dialog.reset()
        thread.quit()
        thread.wait()
        done(result, error)

    def on_cancel() -> None:
        worker.cancelled = True

    worker.progress.connect(on_progress)
    worker.finished.connect(on_finished)
    dialog.canceled.connect(on_cancel)
    thread._worker = worker  # keep it alive as long as the thread
    thread.start()
    return thread


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
            self.signals.finished.emit(None, str(exc) or type(exc).__name__)
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
