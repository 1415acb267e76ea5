"""Reading and planning an import off the GUI thread, and applying it as one undo step.

A 50,000-row file takes seconds to read and plan; :class:`ImportTask` runs that work on its
own thread with progress and cancel, so the dialog keeps painting and Cancel answers at
once. Work done there never touches the audit (planning only reads it, and the dialog is
modal). :class:`ImportAccounts` is the only place an import changes the audit: one command
on the document's undo stack, whose undo removes exactly the added accounts and puts the
merged fields back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ui.i18n import current_language
from ui.undo_commands import EditCommand
from wizard.audit import edits
from wizard.audit.model import Account
from wizard.importers import ImportCancelled, ImportFileError
from wizard.importers.plan import ImportPlan, apply_plan
from wizard.importers.report import ImportReport
from wizard.importers.table import Cancel, Progress
from wizard.messages import localise

log = logging.getLogger("vigie.ui")

Work = Callable[[Progress, Cancel], Any]
"""The work of one task: called with (progress, cancel) on the worker thread."""


class ImportTask(QThread):
    """Runs one piece of import work (read a file, plan it) on its own thread."""

    # Each signal carries the task first, so a receiver can ignore a task it replaced.
    sig_progress = Signal(object, int, int)
    """Rows done, rows expected (0 when unknown)."""
    sig_done = Signal(object, object)
    """The work's result."""
    sig_failed = Signal(object, str)
    """The work failed; the text is the user-facing reason (never a traceback)."""
    sig_cancelled = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.on_done: Callable[[Any], None] | None = None
        """What the dialog does with the result (on the GUI thread)."""

    def cancel(self) -> None:
        """Thread-safe: the work checks this every few hundred rows."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._report_progress, self._cancel.is_set)
        except ImportCancelled:
            self.sig_cancelled.emit(self)
        except ImportFileError as exc:
            self.sig_failed.emit(self, localise(exc.reason, current_language()))
        except MemoryError:
            self.sig_failed.emit(self, self.tr("The file is too large to import on this computer."))
        except Exception as exc:  # a reader bug must not kill the dialog; logged for us
            log.exception("import work failed")
            self.sig_failed.emit(
                self, self.tr("The file could not be read (%1).").replace("%1", type(exc).__name__)
            )
        else:
            if self._cancel.is_set():
                self.sig_cancelled.emit(self)
            else:
                self.sig_done.emit(self, result)

    def _report_progress(self, done: int, total: int) -> None:
        self.sig_progress.emit(self, done, total)


class ImportAccounts(EditCommand):
    """Apply an import plan: added accounts appended, merged accounts filled in place.

    The core's :func:`~wizard.importers.plan.apply_plan` does the work (and decides
    duplicates again against the audit as it is now). Merged accounts are then changed in
    place rather than replaced, so views holding the account objects stay in step; the
    command remembers each merged field's old and new value for undo and redo.
    """

    def __init__(self, document, plan: ImportPlan, text: str) -> None:
        super().__init__(document, text)
        self.plan = plan
        self.report: ImportReport | None = None
        self.added: list[Account] = []
        self.merged: list[tuple[Account, dict[str, tuple[Any, Any]]]] = []

    @property
    def added_ids(self) -> list[str]:
        return [a.id for a in self.added]

    def apply(self) -> None:
        if self.report is None:
            self._first_apply()
        else:
            edits.insert_accounts(self.audit, self.added)
            for account, changes in self.merged:
                for name, (_old, new) in changes.items():
                    setattr(account, name, new)
        self._announce()

    def revert(self) -> None:
        edits.remove_accounts(self.audit, self.added_ids)
        for account, changes in self.merged:
            for name, (old, _new) in changes.items():
                setattr(account, name, old)
        self.events.sig_accounts_removed.emit(self.added_ids)
        for account, _changes in self.merged:
            self.events.sig_account_changed.emit(account.id)

    def _first_apply(self) -> None:
        audit = self.audit
        before = list(audit.accounts)
        self.report = apply_plan(audit, self.plan)  # raises before changing anything
        after = audit.accounts
        self.added = list(after[len(before) :])
        for index, old in enumerate(before):
            new = after[index]
            if new is old:
                continue
            changes = {
                name: (getattr(old, name), getattr(new, name))
                for name in Account.model_fields
                if getattr(old, name) != getattr(new, name)
            }
            after[index] = old
            for name, (_old, value) in changes.items():
                setattr(old, name, value)
            self.merged.append((old, changes))

    def _announce(self) -> None:
        if self.added:
            self.events.sig_accounts_inserted.emit(self.added_ids)
        for account, _changes in self.merged:
            self.events.sig_account_changed.emit(account.id)


class TaskRunner(QObject):
    """One current task at a time; a replaced or cancelled task's late results are dropped.

    Tasks replaced while running are kept until their thread ends, so none is destroyed
    running; :meth:`shutdown` waits for them all (the dialog is closing).
    """

    sig_progress = Signal(int, int)
    sig_failed = Signal(str)
    sig_cancelled = Signal()
    """The current task stopped on its own cancel check (not through :meth:`cancel`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: ImportTask | None = None
        self._running: list[ImportTask] = []

    def start(self, work: Work, on_done: Callable[[Any], None]) -> None:
        self.cancel()
        task = ImportTask(work, self)
        task.on_done = on_done
        task.sig_progress.connect(self._on_progress)
        task.sig_done.connect(self._on_done)
        task.sig_failed.connect(self._on_failed)
        task.sig_cancelled.connect(self._on_cancelled)
        task.finished.connect(self._reap)
        self._task = task
        self._running.append(task)
        task.start()

    def cancel(self) -> bool:
        """Stop the current task; True when there was one."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
        return task is not None

    def is_busy(self) -> bool:
        return self._task is not None

    def shutdown(self) -> None:
        self.cancel()
        for task in list(self._running):
            task.cancel()
            task.wait()
        self._running.clear()

    def _on_progress(self, task: ImportTask, done: int, total: int) -> None:
        if task is self._task:
            self.sig_progress.emit(done, total)

    def _on_done(self, task: ImportTask, result: Any) -> None:
        if task is self._task:
            self._task = None
            if task.on_done is not None:
                task.on_done(result)

    def _on_failed(self, task: ImportTask, reason: str) -> None:
        if task is self._task:
            self._task = None
            self.sig_failed.emit(reason)

    def _on_cancelled(self, task: ImportTask) -> None:
        if task is self._task:
            self._task = None
            self.sig_cancelled.emit()

    def _reap(self) -> None:
        self._running = [t for t in self._running if not t.isFinished()]
