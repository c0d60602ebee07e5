"""Edits that wait for the write lock: the window never blocks on the database.

While another program writes to the project (a colleague's import, ``annotator
suggest``), an edit cannot take the write lock. The window waits a few milliseconds
(``WRITE_WAIT_MS``), then keeps the edit here, in order, says so in the status bar, and
retries every ``RETRY_MS`` until it is written; edits made meanwhile queue behind it,
so their order is kept. An edit that fails for another reason (the span was changed
in another window) is reported, never dropped silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from annotator.gui.messages import shown
from annotator.services.annotate import EDIT_FAILURES, WriteBusy

WRITE_WAIT_MS = 40  # how long one attempt may block the window
RETRY_MS = 60


def run_at_once(message: Any) -> Callable[..., Any]:
    """An edit runner for a panel used without a window controller: run the edit now;
    a refusal is said through ``message`` (a signal) and None is returned."""

    def run(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except EDIT_FAILURES as exc:
            message.emit(shown(exc))
            return None

    return run


@dataclass
class _Edit:
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    since: float = field(default_factory=time.monotonic)


class PendingEdits(QObject):
    waiting = Signal(str)  # status-bar text while edits wait
    saved = Signal(int)  # how many waiting edits were just written
    failed = Signal(str)  # an edit that cannot be written: tell the analyst

    def __init__(
        self, ask_turn: Callable[[bool], None] = lambda on: None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ask_turn = ask_turn  # asks other programs' imports to step aside
        self.queue: list[_Edit] = []
        self.waits: list[float] = []  # seconds each written edit waited here
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.flush)

    def __len__(self) -> int:
        return len(self.queue)

    def add(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Keep an edit that could not be written now; it is retried in order."""
        self.queue.append(_Edit(fn, args, kwargs))
        self.ask_turn(True)
        self._say()
        if not self._timer.isActive():
            self._timer.start()

    def _say(self) -> None:
        self.waiting.emit(
            QCoreApplication.translate(
                "PendingEdits",
                "waiting for another program writing to this project (an import?): "
                "{n} edit(s) kept, saved as soon as it is done",
            ).format(n=len(self.queue))
        )

    def flush(self) -> bool:
        """Try the waiting edits in order; True when none is left."""
        written = 0
        while self.queue:
            edit = self.queue[0]
            try:
                edit.fn(*edit.args, **edit.kwargs)
            except WriteBusy:
                self.ask_turn(True)  # renewed: a request not renewed goes stale
                self._say()
                break
            except EDIT_FAILURES as exc:
                self.queue.pop(0)
                self.failed.emit(
                    QCoreApplication.translate(
                        "PendingEdits",
                        "an edit made while the project was busy could not be saved: {e}",
                    ).format(e=shown(exc))
                )
                continue
            self.queue.pop(0)
            self.waits.append(time.monotonic() - edit.since)
            written += 1
        if not self.queue:
            self._timer.stop()
            self.ask_turn(False)
        if written:
            self.saved.emit(written)
        return not self.queue
