"""The workbook export, run on a worker thread with progress and cancel.

Writing a large workbook takes seconds; the GUI thread must keep painting and answer the
Cancel button. The worker exports a deep copy of the session taken on the GUI thread, so
edits made while it runs cannot race with it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from wizard.sessions.session import Session
from wizard.workbook.encryption import Password


def snapshot(session: Session) -> Session:
    """A copy the worker owns: the audit deep-copied, the evidence bytes shared (immutable),
    the path kept so a baseline named relative to the session's folder is found."""
    return Session(
        audit=session.audit.model_copy(deep=True), blobs=dict(session.blobs), path=session.path
    )


class ExportJob(QObject):
    """Runs ``export_workbook`` once; lives on the worker thread."""

    sig_progress = Signal(int, int)
    """Parts done, parts in all."""
    sig_done = Signal(Path)
    """The workbook was written to this path."""
    sig_failed = Signal(str)
    """The export failed; the text is the user-facing reason."""
    sig_cancelled = Signal()
    """The user cancelled; nothing was left at the target path."""

    def __init__(
        self,
        session: Session,
        path: Path,
        lang: str,
        include_names: bool,
        password: Password | None = None,
    ) -> None:
        super().__init__()
        self._session = session
        self._password = password
        self._path = path
        self._lang = lang
        self._include_names = include_names
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the export checks this between parts."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            from wizard import workbook
        except ImportError as exc:  # the export module is missing from this build
            self.sig_failed.emit(str(exc))
            return
        cancelled = getattr(workbook, "ExportCancelled", ())
        failed = getattr(workbook, "ExportError", ())
        password, self._password = self._password, None  # used once, not kept
        protection = {} if password is None else {"password": password}
        try:
            workbook.export_workbook(
                self._session,
                self._path,
                lang=self._lang,
                include_names=self._include_names,
                progress=lambda done, total: self.sig_progress.emit(done, total),
                cancel=self._cancel.is_set,
                **protection,
            )
        except cancelled:
            self.sig_cancelled.emit()
        except failed as exc:
            self.sig_failed.emit(str(getattr(exc, "reason", exc)))
        except OSError as exc:
            self.sig_failed.emit(f"{self._path}: {exc.strerror or exc}")
        else:
            if self._cancel.is_set() and not self._path.exists():
                self.sig_cancelled.emit()
            else:
                self.sig_done.emit(self._path)


class ExportRunner(QObject):
    """Owns the worker thread of one export and cleans it up when the job ends."""

    sig_finished = Signal()
    """The job ended (done, failed or cancelled) and its thread has stopped."""

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.thread = QThread()
        job.moveToThread(self.thread)
        self.thread.started.connect(job.run)
        for signal in (job.sig_done, job.sig_failed, job.sig_cancelled):
            signal.connect(self.thread.quit)
        self.thread.finished.connect(self._on_thread_finished)
        self._running = False

    def start(self) -> None:
        self._running = True
        self.thread.start()

    def cancel(self) -> None:
        self.job.cancel()

    def is_running(self) -> bool:
        """True from start until ``sig_finished`` has been delivered: the panel's buttons
        and this answer never disagree (the thread itself stops a little earlier)."""
        return self._running or self.thread.isRunning()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread ends (closing the window during an export)."""
        return self.thread.wait(timeout_ms)

    def _on_thread_finished(self) -> None:
        self.sig_finished.emit()
        self._running = False
