"""Crash-recovery copies: written within 2 s of any change, discarded on a clean save/close.

The copy lives in the per-user state folder (:func:`wizard.sessions.recovery.write_recovery`), never
beside a shared file. A timer restarted by every change writes it 1 s after the last one,
so typing does not write on every key and a crash loses at most a couple of seconds.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui.document import AuditDocument
from ui.formats import format_datetime
from wizard.sessions import recovery
from wizard.sessions.errors import SessionError
from wizard.sessions.store import Fingerprint

DELAY_MS = 1000
"""After the last change; the promise to users is "within 2 seconds"."""

log = logging.getLogger("vigie.ui")
translate = QCoreApplication.translate


class RecoveryKeeper(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: AuditDocument | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        self.fingerprint: Fingerprint | None = None
        """The open file's fingerprint, kept in the copy so a restore still sees conflicts."""
        self.written = 0
        """How many copies were written (tests and diagnostics)."""

    def watch(self, document: AuditDocument) -> None:
        """Follow ``document`` from now on (the previous one is forgotten, its copy kept)."""
        self.unwatch()
        self._document = document
        document.sig_changed.connect(self._timer.start)

    def unwatch(self) -> None:
        """Stop following the document (it was closed)."""
        self._timer.stop()
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._document.sig_changed.disconnect(self._timer.start)
        self._document = None

    def key(self) -> str | None:
        """Recovery copies are named by the audit's id: one copy per audit."""
        return self._document.audit.audit_id if self._document is not None else None

    def write_now(self) -> None:
        doc = self._document
        if doc is None or not doc.dirty:
            return
        try:
            recovery.write_recovery(doc.session, doc.audit.audit_id, fingerprint=self.fingerprint)
        except (OSError, SessionError):
            log.exception("the recovery copy could not be written")
            return
        self.written += 1

    def discard(self) -> None:
        """The audit was saved or closed cleanly: its copy is no longer needed."""
        self._timer.stop()
        key = self.key()
        if key is None:
            return
        try:
            for info in recovery.list_recoveries():
                if info.key == key:
                    recovery.discard_recovery(info)
        except (OSError, SessionError):
            log.exception("the recovery copy could not be removed")


def describe_recovery(info: recovery.RecoveryInfo) -> str:
    """A few lines about a recovery copy: which audit, from which file, when."""
    if info.problem:
        return translate("Recovery", "A damaged copy (%1).").replace("%1", info.problem)
    lines = [info.organisation or translate("Recovery", "An audit without an organisation name")]
    lines.append(str(info.original) if info.original else translate("Recovery", "Never saved"))
    if info.saved is not None:
        lines.append(
            translate("Recovery", "Last change: %1").replace("%1", format_datetime(info.saved))
        )
    return "\n".join(lines)
