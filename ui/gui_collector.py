"""Python's cycle collector runs on the GUI thread only.

Why: long work runs on worker threads (``ui/long_work.py``), and the cyclic collector runs
on whichever thread happens to allocate when a generation's threshold is crossed. When a
worker's allocations trigger it, the collector may free Qt objects the GUI thread left in
reference cycles (a closed dialog, a lambda holding its page) *on the worker*: Qt objects
must be destroyed on their own thread, and doing otherwise crashes the process (seen once
in the test suite: "Garbage-collecting" on the import's worker, then a segmentation fault).

So the automatic collector is switched off once the application exists, and a timer on the
GUI thread does the same work: every :data:`INTERVAL_MS` it looks at the collector's counts
and collects the generations whose threshold was crossed, exactly what the automatic
collector would have done, only on the right thread. Reference counting frees everything
else as usual. ``wizard.sessions.gc_pause`` keeps working: it restores the collector as it
found it (off).
"""

from __future__ import annotations

import atexit
import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation whose threshold the counts crossed; the generation
    collected, or -1 when none was due."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    due = -1
    for generation in range(3):
        if counts[generation] > thresholds[generation]:
            due = generation
    if due >= 0:
        gc.collect(due)
    return due


class GuiThreadCollector(QObject):
    """Owns the timer; built on the GUI thread, it switches the automatic collector off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector, made once (on the GUI thread, with the application);
    the automatic collector is off afterwards."""
    found = app.findChild(GuiThreadCollector)
    gc.disable()
    return found if found is not None else GuiThreadCollector(app)


_no_collection: list[bool] = []


def no_collection_at_exit() -> None:
    """Skip the interpreter's last cyclic collection when the process ends.

    Once the window has closed, that collection only walks every object still alive (the
    modules, the audit's pydantic schemas, Qt's wrappers: ~40 ms measured) to free cycles a
    moment before the process frees everything anyway. Nothing Vigie writes waits on it:
    sessions are saved atomically before the window closes, the settings are synced in
    ``closeEvent``, logs are flushed by ``logging``'s own exit handler and the opened copies
    of attachments are removed by theirs (``ui/opened_copies.py``); ``gc.freeze()`` only
    moves the objects to a generation no collection walks, so those handlers run as before.
    """
    if not _no_collection:
        atexit.register(gc.freeze)
        _no_collection.append(True)
