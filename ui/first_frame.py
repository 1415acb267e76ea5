"""Run something once a window has drawn its first frame on screen.

Start-up shows the window first and opens what was asked (the demo's step, a file with its
questions, crash recovery) on the next turn of the event loop, so the user sees Vigie at
once. A window draws when the windowing system exposes it; a window that is never exposed
(started minimised, a platform that says nothing) still gets the work after ``at_latest_ms``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

AT_LATEST_MS = 500
"""The work runs by then even if the window was never exposed."""


class _FirstFrame(QObject):
    """Watches one window's native window for its first expose, then runs the work once."""

    def __init__(self, window: QWidget, then: Callable[[], None], at_latest_ms: int) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        self._handle = window.windowHandle()
        if self._handle is not None:
            self._handle.installEventFilter(self)
        if self._handle is not None and self._handle.isExposed():
            self._soon()
        QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = self._handle is not None and self._handle.isExposed()
        if event.type() == QEvent.Type.Expose and exposed:
            self._soon()  # Qt draws the window while it handles this event: run after it
        return False

    def _soon(self) -> None:
        if self._handle is not None:
            self._handle.removeEventFilter(self)
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_frame(
    window: QWidget, then: Callable[[], None], *, at_latest_ms: int = AT_LATEST_MS
) -> None:
    """Call ``then`` once, on the event loop's turn after ``window`` (shown) first drew."""
    _FirstFrame(window, then, at_latest_ms)
