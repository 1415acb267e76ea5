"""Work put off to a later turn lets the window answer in between (issue 15): a timer due
meanwhile (a click, a repaint) runs between two slices, and work put off until a paint
starts only once the widget is on screen."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets.next_turn import after_next_paint, on_next_turn


def test_a_due_timer_runs_between_two_slices(qtbot):
    owner = QObject()
    events: list[str] = []
    probe = QTimer()
    probe.setInterval(5)  # shorter than a slice: always due when a slice ends
    probe.timeout.connect(lambda: events.append("probe"))

    def slice_of_work(n: int) -> None:
        events.append(f"slice {n}")
        start = time.perf_counter()
        while time.perf_counter() - start < 0.015:  # a slice of real work
            pass
        if n < 6:
            on_next_turn(owner, lambda: slice_of_work(n + 1))

    probe.start()
    on_next_turn(owner, lambda: slice_of_work(1))
    qtbot.waitUntil(lambda: "slice 6" in events)
    probe.stop()
    slices = [i for i, e in enumerate(events) if e.startswith("slice")]
    assert all(b - a > 1 for a, b in itertools.pairwise(slices)), events


class Paints(QObject):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_work_after_the_next_paint_waits_for_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    page = QWidget(window)  # a page about to be shown: hidden, in a window on screen
    events: list[str] = []
    paints = Paints(events)
    page.installEventFilter(paints)
    after_next_paint(page, lambda: events.append("work"))
    for _ in range(5):
        QApplication.processEvents()
    assert events == []  # not painted yet: nothing ran
    page.show()
    qtbot.waitUntil(lambda: "work" in events)
    assert events.index("paint") < events.index("work")


def test_outside_a_window_on_screen_the_work_runs_on_the_next_turn(qtbot):
    alone = QWidget()
    qtbot.addWidget(alone)
    events: list[str] = []
    after_next_paint(alone, lambda: events.append("work"))
    assert events == []
    qtbot.waitUntil(lambda: events == ["work"])
