"""The discovery's scan off the GUI thread, and the one undo step that records it.

Reading a 500-page folder takes a few seconds; :class:`ScanWorker` runs
:func:`wizard.discovery.scan` on its own ``QThread`` with progress and cancel, so the dialog
keeps painting and Cancel answers between two pages. The scan never touches the audit.
:class:`ApplyDiscovery` is the only place a discovery changes the audit: the core's
:func:`~wizard.discovery.apply_discovery` does the work, undo and redo call its
``revert``/``reapply``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from ui.i18n import current_language
from ui.undo_commands import EditCommand
from wizard.discovery import (
    AppliedDiscovery,
    DiscoveryCancelled,
    DiscoveryError,
    DiscoveryPlan,
    apply_discovery,
    scan,
)
from wizard.messages import localise

log = logging.getLogger("vigie.ui")


class ScanWorker(QThread):
    """Reads the sources on its own thread; one of done, failed or cancelled is emitted."""

    sig_progress = Signal(int, str)
    """Pages read so far, and the one being read."""
    sig_done = Signal(object)
    """The :class:`~wizard.discovery.ScanResult`."""
    sig_failed = Signal(str)
    """One line saying which source could not be read (never a traceback)."""
    sig_cancelled = Signal()

    def __init__(self, sources: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources = list(sources)
        self._cancel = threading.Event()
        self._lang = current_language()

    def cancel(self) -> None:
        """Thread-safe: the scan checks it between two pages."""
        self._cancel.set()

    def run(self) -> None:
        try:
            result = scan(self.sources, progress=self.sig_progress.emit, cancel=self._cancel.is_set)
        except DiscoveryCancelled:
            self.sig_cancelled.emit()
        except DiscoveryError as exc:
            self.sig_failed.emit(localise(exc.reason, self._lang))
        except Exception as exc:  # never a traceback in the dialog; the log has it
            log.exception("discovery failed")
            self.sig_failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.sig_done.emit(result)


class ApplyDiscovery(EditCommand):
    """Add the chosen accounts, mark linked and unlinked ones, record the discovery: one step."""

    def __init__(
        self,
        document: QObject,
        plan: DiscoveryPlan,
        add: Iterable[str],
        not_ours: Iterable[str],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.plan, self.add, self.not_ours = plan, list(add), list(not_ours)
        self.applied: AppliedDiscovery | None = None

    def apply(self) -> None:
        if self.applied is None:
            self.applied = apply_discovery(
                self.audit, self.plan, add=self.add, not_ours=self.not_ours
            )
        else:
            self.applied.reapply()
        self.events.sig_accounts_inserted.emit(self.applied.added_ids)
        self._changed()

    def revert(self) -> None:
        if self.applied is None:
            return
        self.applied.revert()
        self.events.sig_accounts_removed.emit(self.applied.added_ids)
        self._changed()

    def _changed(self) -> None:
        assert self.applied is not None
        for account_id in self.applied.changed_ids:
            self.events.sig_account_changed.emit(account_id)
        self.events.sig_reviews_changed.emit()  # the unlinked finding comes and goes
