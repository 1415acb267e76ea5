"""Work put off to a later turn of the event loop, after the window has answered the user.

``QTimer.singleShot(0, …)`` posts the call among the events being delivered: it runs right
after the paint or the slice before it, before the loop looks for the user's input again,
so two slices of work add up to one freeze (issue 15 measured 40 ms gaps for 20 ms
slices). A zero-interval timer fires from the loop's timer source instead, once input and
due timers have had their turn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def on_next_turn(context: QObject, slot: Callable[[], object]) -> QTimer:
    """Call ``slot`` on a later turn of the event loop (never if ``context`` is deleted
    first); the timer, owned by ``context``, deletes itself after firing."""
    timer = QTimer(context)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer


class _FirstPaint(QObject):
    """Waits for the next paint of a widget, then puts ``slot`` off to the turn after it."""

    def __init__(self, widget: QWidget, slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            on_next_turn(watched, self._slot)
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, slot: Callable[[], object]) -> None:
    """Call ``slot`` on the turn after ``widget`` is next painted, so what the user looks at
    is on screen before the work starts. A widget of a window on screen may still be hidden
    (a page about to be shown, or shown later): the work waits for its paint. Outside a
    window on screen (a page built alone) it runs on the next turn."""
    if widget.window().isVisible():
        _FirstPaint(widget, slot)
    else:
        on_next_turn(widget, slot)
