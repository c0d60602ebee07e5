"""Training the suggestion model from the window, in the background (issue 10).

Training runs in a process of its own (``multiprocessing``, spawned): spaCy's training
loop holds the Python interpreter most of the time, so on a thread of this process it
would stall the window; in another process the window stays responsive, and a timer
reads the worker's progress from a queue. The worker opens the project file itself and
stores the model there; the window then recomputes the open article's suggestions, so
the ``learned`` engine's appear at once.

Retraining also starts by itself once ``learning.retrain_every`` (default 10) more
articles have been marked done since the last training.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QProgressBar, QWidget

from annotator.gui.i18n import num, translate
from annotator.gui.messages import shown
from annotator.gui.plain import ltr
from annotator.services import learning
from annotator.services.project import Project

POLL_MS = 100


def _said(error: str) -> str:
    """A message from the training process: translated, else kept left-to-right."""
    text = shown(error)
    return ltr(text) if text == error else text


class TrainingController(QObject):
    """Starts, watches and stops the background training of one project's model."""

    message = Signal(str)  # one line for the status bar
    trained = Signal()  # a new model is in the project file
    failed = Signal(str)

    def __init__(self, project: Project, parent: QWidget) -> None:
        super().__init__(parent)
        self.project = project
        self.bar = QProgressBar(parent)
        self.bar.setObjectName("trainingProgress")
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(160)
        self.bar.setFormat(translate("Training", "training %p%"))
        self.bar.hide()
        self._process: Any = None
        self._queue: Any = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def running(self) -> bool:
        return self._process is not None

    def start(self, automatic: bool = False) -> bool:
        """Train in the background; False (with a message) when it cannot start."""
        if self.running():
            self.message.emit(
                translate("Training", "the suggestion model is already being trained")
            )
            return False
        if self.project.path == ":memory:":
            self.message.emit(
                translate(
                    "Training", "a project that is not a file cannot be trained in the background"
                )
            )
            return False
        context = multiprocessing.get_context("spawn")
        self._queue = context.Queue()
        self._process = context.Process(
            target=learning.train_in_background,
            args=(self.project.path, None, learning.DEFAULT_LABELS, self._queue),
            daemon=True,
        )
        self._process.start()
        self.bar.setValue(0)
        self.bar.show()
        self._timer.start()
        self.message.emit(
            translate(
                "Training",
                "retraining after new done articles: the model learns in the background…",
            )
            if automatic
            else translate("Training", "training: the suggestion model learns in the background…")
        )
        return True

    def after_done(self) -> None:
        """Called when an article was marked done: retrain when enough are new."""
        if not self.running() and not self.project.closed and learning.retrain_due(self.project):
            self.start(automatic=True)

    def ask_interval(self, parent: QWidget) -> None:
        """Let the analyst set after how many done articles the model is retrained."""
        every, ok = QInputDialog.getInt(
            parent,
            translate("Training", "Retrain the suggestion model"),
            translate(
                "Training", "Retrain after every N articles marked done (0: only from the menu):"
            ),
            learning.retrain_every(self.project),
            0,
            10_000,
        )
        if ok:
            learning.set_retrain_every(self.project, every)
            self.message.emit(
                translate(
                    "Training", "the suggestion model is retrained after every {n} done articles"
                ).format(n=num(every))
                if every
                else translate("Training", "the suggestion model is retrained only from the menu")
            )

    def _poll(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue_module.Empty:
                break
            kind = item[0]
            if kind == "progress":
                _, done, total = item
                self.bar.setValue(int(1000 * done / total) if total else 0)
            elif kind == "done":
                self._finish()
                self.message.emit(
                    translate("Training", "suggestion model trained: {figures}").format(
                        figures=ltr(" | ".join(item[1]))
                    )
                )
                self.trained.emit()
                return
            else:
                self._finish()
                self.message.emit(
                    translate("Training", "training: {error}").format(error=_said(item[1]))
                )
                self.failed.emit(item[1])
                return
        if self._process is not None and not self._process.is_alive():
            code = self._process.exitcode
            self._finish()
            error = translate("Training", "training stopped unexpectedly (exit code {code})")
            error = error.format(code=code)
            self.message.emit(error)
            self.failed.emit(error)

    def _finish(self) -> None:
        self._timer.stop()
        self.bar.hide()
        if self._process is not None:
            self._process.join(5)
        self._process = None
        self._queue = None

    def stop(self) -> None:
        """End a running training (the window closes); the project keeps its old model:
        the worker writes the new one in one transaction, which SQLite rolls back."""
        if self._process is not None:
            self._process.terminate()
            self._process.join(5)
        self._timer.stop()
        self._process = None
        self._queue = None
        self.bar.hide()
