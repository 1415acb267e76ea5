"""One way to run long work off the GUI thread: progress, cancel, a result or a clear message.

Reading and planning an import, writing the workbook or the report, reviewing a client's
workbook, merging two copies, opening and saving a session: with 10,000 accounts each can
take seconds, and the window must keep painting and answer Cancel meanwhile. The work is a
plain function of the core called with two callbacks, ``progress(done, total)`` and
``cancel() -> bool`` (checked between steps), on a worker thread; the core never sees Qt.

:class:`Runner` runs one current job for a panel or a dialog and reports through signals;
:func:`run_with_progress` runs one job for a synchronous caller (open, save, merge, review):
it returns the result or raises the work's own exception on the GUI thread, so the caller's
``except`` clauses say what went wrong exactly as before. A cancelled job leaves the audit as
it was: the work only reads it (or writes a file atomically), and its result is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui import busy
from ui.i18n import current_language
from wizard.importers import ImportCancelled
from wizard.messages import localise
from wizard.workbook.errors import ExportCancelled

log = logging.getLogger("vigie.ui")

Progress = Callable[[int, int], None]
"""Steps done, steps in all (0 when unknown)."""
Cancel = Callable[[], bool]
"""True once the user asked to stop."""
Work = Callable[[Progress, Cancel], Any]
"""The work of one job, called on the worker thread."""

QUIET_MS = 300
"""A job shorter than this shows no progress window at all (and takes no user input)."""


class WorkCancelled(Exception):
    """The user cancelled: nothing was changed."""


CANCELLED = (WorkCancelled, ImportCancelled, ExportCancelled)
"""What the core raises when its cancel check answers True."""


def failure_text(exc: BaseException) -> str:
    """One line for the user about an unexpected failure of long work (never a traceback)."""
    reason = getattr(exc, "reason", None)
    if reason is not None:
        return localise(reason, current_language())
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "LongWork", "There is not enough memory on this computer for this work."
        )
    log.error("long work failed", exc_info=exc)
    return QCoreApplication.translate("LongWork", "The work failed (%1).").replace(
        "%1", type(exc).__name__
    )


class Job(QThread):
    """One run of ``work`` on its own thread; the outcome is kept for the GUI thread."""

    sig_progress = Signal(object, int, int)
    """The job, steps done, steps in all."""

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.on_done: Callable[[Any], None] | None = None
        """What the owner does with the result (on the GUI thread)."""

    def cancel(self) -> None:
        """Thread-safe: the work sees it at its next check."""
        self._cancel.set()

    def run(self) -> None:
        try:
            self.result = self._work(self._report, self._cancel.is_set)
        except CANCELLED:
            self.cancelled = True
        except Exception as exc:  # said to the user on the GUI thread, never a traceback
            self.error = exc

    def _report(self, done: int, total: int) -> None:
        self.sig_progress.emit(self, done, total)


class Runner(QObject):
    """One current job at a time for a panel or a dialog.

    ``cancel()`` asks the job to stop and reports how it ended (cancelled, or done when it
    finished first); ``drop()`` forgets it at once and its late outcome is ignored. Jobs
    dropped while running are kept until their thread ends, so none is destroyed running;
    :meth:`shutdown` stops and waits for them all (the window or dialog is closing).
    """

    sig_progress = Signal(int, int)
    sig_done = Signal(object)
    """The current job's result (also given to its ``on_done``)."""
    sig_failed = Signal(str)
    """The current job failed; the text is for the user."""
    sig_cancelled = Signal()
    """The current job stopped on its cancel check; nothing was changed."""
    sig_finished = Signal()
    """The current job ended, whichever way (after the signals above)."""

    def __init__(
        self,
        parent: QObject | None = None,
        explain: Callable[[BaseException], str] = failure_text,
    ) -> None:
        super().__init__(parent)
        self.explain = explain
        """Turns the work's exception into the line the user reads."""
        self._job: Job | None = None
        self._running: list[Job] = []

    def start(self, work: Work, on_done: Callable[[Any], None] | None = None) -> Job:
        """Run ``work``; a job still running is dropped first."""
        self.drop()
        job = Job(work, self)
        job.on_done = on_done
        job.sig_progress.connect(self._on_progress)
        job.finished.connect(self._on_job_finished)
        self._job = job
        self._running.append(job)
        job.start()
        return job

    def cancel(self) -> bool:
        """Ask the current job to stop; True when there was one."""
        if self._job is not None:
            self._job.cancel()
        return self._job is not None

    def drop(self) -> bool:
        """Stop the current job and forget it; True when there was one."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
        return job is not None

    def is_busy(self) -> bool:
        """True from :meth:`start` until the current job's outcome was delivered."""
        return self._job is not None

    def wait(self) -> None:
        """Block until every job's thread has ended."""
        for job in list(self._running):
            job.wait()

    def shutdown(self) -> None:
        self.drop()
        for job in list(self._running):
            job.cancel()
        self.wait()
        self._running.clear()

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        if job is self._job:
            self.sig_progress.emit(done, total)

    def _on_job_finished(self) -> None:
        job = self.sender()
        if isinstance(job, Job):
            self._on_finished(job)

    def _on_finished(self, job: Job) -> None:
        if job in self._running:
            self._running.remove(job)
        if job is not self._job:
            return
        self._job = None
        if job.cancelled:
            self.sig_cancelled.emit()
        elif job.error is not None:
            self.sig_failed.emit(self.explain(job.error))
        else:
            if job.on_done is not None:
                job.on_done(job.result)
            self.sig_done.emit(job.result)
        self.sig_finished.emit()


_orphans: set[Job] = set()
"""Jobs whose caller stopped waiting (cancelled work that does not check the flag): kept
alive until their thread ends."""


def run_with_progress(
    parent: QWidget | None, label: str, work: Work, *, can_cancel: bool = True
) -> Any:
    """Run ``work`` off the GUI thread and return its result (or raise its exception).

    The window keeps painting; input typed during the first :data:`QUIET_MS` waits until
    the job ends (nothing is lost, nothing races with the work). A longer job shows a modal
    progress window, with Cancel when ``can_cancel``: cancelling raises
    :class:`WorkCancelled` at once, and the job's result, if it still comes, is dropped.
    """
    with busy.waiting():
        return _run_and_wait(parent, label, work, can_cancel)


def _run_and_wait(parent: QWidget | None, label: str, work: Work, can_cancel: bool) -> Any:
    job = Job(work)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    quiet = QTimer()
    quiet.setSingleShot(True)
    quiet.timeout.connect(loop.quit)
    job.start()
    quiet.start(QUIET_MS)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    quiet.stop()
    if job.isRunning():
        _wait_with_window(parent, label, job, loop, can_cancel)
    if job.isRunning():  # cancelled while the work goes on: let it end on its own
        _orphans.add(job)
        job.finished.connect(lambda: _orphans.discard(job))
        app = QCoreApplication.instance()
        if app is not None:  # quitting meanwhile: let the thread end before Qt goes
            app.aboutToQuit.connect(job.wait)
        raise WorkCancelled
    job.wait()
    if job.cancelled:
        raise WorkCancelled
    if job.error is not None:
        raise job.error
    return job.result


class ProgressWindow(QProgressDialog):
    """The progress of one job; Escape cancels it like the Cancel button, when it can be
    cancelled (a save cannot: Escape then does nothing)."""

    def __init__(self, label: str, can_cancel: bool, parent: QWidget | None) -> None:
        cancel_text = QCoreApplication.translate("LongWork", "Cancel") if can_cancel else ""
        super().__init__(label, cancel_text, 0, 0, parent)
        self.can_cancel = can_cancel
        self.setObjectName("long-work-progress")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        if not can_cancel:
            self.setCancelButton(None)

    def reject(self) -> None:
        if self.can_cancel:
            self.canceled.emit()


def _wait_with_window(
    parent: QWidget | None, label: str, job: Job, loop: QEventLoop, can_cancel: bool
) -> None:
    window = ProgressWindow(label, can_cancel, parent)

    def progress(_job: Job, done: int, total: int) -> None:
        window.setRange(0, max(total, 0))
        window.setValue(min(done, total) if total else 0)

    def cancelled() -> None:
        job.cancel()
        loop.quit()

    job.sig_progress.connect(progress)
    window.canceled.connect(cancelled)
    window.show()
    if job.isRunning():
        loop.exec()
    window.canceled.disconnect(cancelled)
    window.hide()
    window.deleteLater()
