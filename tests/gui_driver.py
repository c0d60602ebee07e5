"""Drive the real window in a separate process (for the SIGKILL and two-process tests).

    python tests/gui_driver.py PROJECT EXT_ID tag WORD [WORD ...]   tag each word, then wait
    python tests/gui_driver.py PROJECT EXT_ID relabel WORD LABEL     relabel the span on WORD, exit

Prints one line per finished edit, then "READY", and (for tag) keeps the event loop
running until it is killed."""

from __future__ import annotations

import faulthandler
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.gui.app import make_window
from annotator.services.project import open_project


def main() -> None:
    faulthandler.enable()
    project, ext_id, mode, *args = sys.argv[1:]
    app = QApplication([])
    store = open_project(project)
    window = make_window(store, "driver")
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    doc = store.find_document(ext_id)
    window.controller.open_document(doc.id)
    view = window.view
    view.setFocus()
    if mode == "tag":
        for word in args:
            start = doc.text.index(word)
            view.select(start, start + len(word))
            QTest.keyClick(view, Qt.Key.Key_1)
            print("tagged", word, flush=True)
        print("READY", flush=True)
        app.exec()
    elif mode == "relabel":
        word, label = args
        start = doc.text.index(word)
        span = next(s for s in window.controller.state.spans if s.start == start)
        window.controller.select_span(span)
        window.controller.relabel_selected(label)
        window.close()  # waits for background suggestion tasks
        store.close()
        print("READY", flush=True)
        # The edit is committed; skip interpreter teardown, whose order of Qt
        # object destruction is not what this test is about.
        os._exit(0)


if __name__ == "__main__":
    main()
