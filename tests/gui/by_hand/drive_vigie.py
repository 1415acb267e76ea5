"""Run the real ``vigie FILE`` application and type into it, for the recovery test.

Usage: ``python drive_vigie.py FILE TEXT``. Once the window is up, ``TEXT`` is typed key by
key into the focused field (the organisation name of the opened audit); when the recovery
copy has been written, ``READY`` is printed and the process waits to be killed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.launch import main


def drive(text: str) -> None:
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "controller")]
    if not windows:
        QTimer.singleShot(100, lambda: drive(text))
        return
    window = windows[0]
    window.activateWindow()
    # the file is read off the GUI thread: timers (this one too) run meanwhile, so wait
    # until it is the open audit before typing into it
    if window.controller.document.path is None or QApplication.focusWidget() is None:
        QTimer.singleShot(100, lambda: drive(text))
        return
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    for char in text:
        widget = QApplication.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def wait_for_copy() -> None:
        if window.controller.recovery.written:
            print("READY", flush=True)
        else:
            QTimer.singleShot(100, wait_for_copy)

    wait_for_copy()


if __name__ == "__main__":
    application = QApplication(["vigie"])
    QTimer.singleShot(200, lambda: drive(sys.argv[2]))
    sys.exit(main([sys.argv[1]]))
