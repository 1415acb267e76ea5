"""Opening, saving and closing audits: files, locks, conflicts and the unsaved prompt.

All file work is :mod:`wizard.sessions.store`'s; this class decides what to ask the user (through
:mod:`ui.dialogs`) and keeps the open :class:`AuditDocument`, its lock and the fingerprint
of the file as it was opened, so a file changed by someone else is never overwritten
silently. Crash-recovery copies are kept by :class:`ui.recovery.RecoveryKeeper`.

What only opening, saving or a dialog needs (the bank chooser and its spreadsheet reader, the
worker of long work, the opening questions, the demo) is imported when first used, so the
window's start-up does not pay for it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from ui import dialogs, session_files
from ui.document import AuditDocument
from ui.messages import shown
from ui.recovery import RecoveryKeeper, describe_recovery
from ui.settings import AppSettings
from wizard import desktop_recent
from wizard.sessions import recovery, store
from wizard.sessions.session import Session

translate = QCoreApplication.translate

log = logging.getLogger("vigie.ui")


class SessionController(QObject):
    sig_document_replaced = Signal(object)
    """Another audit is now open (new, opened, restored); carries its AuditDocument."""
    sig_saved = Signal(Path)
    """The open audit was written to this path."""

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.window: QWidget | None = None
        """Parent for dialogs (the main window, once it exists)."""
        self.recovery = RecoveryKeeper(self)
        self._document: AuditDocument | None = None
        self._lock: Any = None
        self._fingerprint: Any = None
        self._migrated_from: int | None = None
        self.saved_at: datetime | None = None
        self._holder: tuple[str, datetime] | None = None
        self.read_only_holder: tuple[str, datetime] | None = None
        """Who has the file open and since when, for an audit opened read-only."""

    @property
    def document(self) -> AuditDocument:
        assert self._document is not None, "no document yet: call start_empty() first"
        return self._document

    def display_name(self) -> str:
        doc = self.document
        return doc.path.name if doc.path else translate("Session", "Untitled audit")

    # --- replacing the open audit

    def _install(self, session: Session, *, read_only=False, lock=None, fingerprint=None) -> None:
        """Make ``session`` the open audit; the previous one is closed (lock released)."""
        self._release()
        self._lock = lock
        self._fingerprint = fingerprint
        self.recovery.fingerprint = fingerprint
        self._migrated_from = None
        self.saved_at = None
        self.read_only_holder = self._holder if read_only else None
        self._holder = None
        self._document = AuditDocument(session, self)
        self._document.read_only = read_only
        self.recovery.watch(self._document)
        self.sig_document_replaced.emit(self._document)

    def _release(self, keep_document: bool = False) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError, store.SessionError):
                self._lock.release()
        self._lock = None
        if self._document is not None and not keep_document:
            self._document.deleteLater()

    def start_empty(self) -> None:
        """A new, clean, untitled audit (at start-up, before anything was chosen)."""
        self._install(Session.new())

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the audit may be closed."""
        doc = self._document
        if doc is None or not doc.dirty:
            return True
        choice = dialogs.ask_save_discard_cancel(self.window, self.display_name())
        if choice is dialogs.SaveChoice.SAVE:
            return self.save()
        return choice is dialogs.SaveChoice.DISCARD

    def close(self) -> None:
        """A clean close: the recovery copy goes, the lock is released."""
        self.recovery.discard()
        self.recovery.unwatch()
        self._release(keep_document=True)

    def new_audit(self, *, choose_bank: bool = False) -> bool:
        """A new audit on the shipped bank, or on the bank the consultant chooses (asked
        when ``choose_bank`` or when a bank folder is set in the settings)."""
        if not choose_bank and self.settings.bank_folder() is None:
            return self._replace(Session.new)
        from ui.bank_choice import choose_bank as choose_bank_dialog  # lazy: reads spreadsheets

        bank = choose_bank_dialog(self.window, self.settings)
        if bank is None:
            return False
        return self._replace(lambda: Session.new(bank))

    def open_demo(self) -> bool:
        from wizard.demo import demo_session  # lazy: only when the demo is asked for

        return self._replace(demo_session)

    def start_from_previous(self) -> bool:
        """Next year's audit from a chosen old file: unsaved, with that file as baseline."""
        from ui.previous_audit import choose_previous  # lazy: a menu command

        session = choose_previous(self.window, self.settings.last_directory())
        return session is not None and self._replace(lambda: session, changed=True)

    def _replace(self, make: Callable[[], Session], changed: bool = False) -> bool:
        if not self.confirm_close():
            return False
        self.recovery.discard()
        self._install(make())
        if changed:  # not saved anywhere yet: closing it must ask
            self.document.mark_changed()
        return True

    # --- opening

    def open_dialog(self) -> bool:
        path = dialogs.get_open_path(
            self.window,
            translate("Session", "Open an audit"),
            self.settings.last_directory(),
            dialogs.session_filter(),
        )
        return path is not None and self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a session file, asking about unsaved work, locks and damage as needed."""
        path = Path(path).absolute()
        doc = self._document
        if doc is not None and doc.path == path and not doc.dirty:
            return True
        if not self.confirm_close():
            return False
        # lazy: opening a file is not on the way to the first window
        from ui.long_work import WorkCancelled
        from ui.opening_questions import ask_lock, explain_unreadable, tell_about_load

        locked = ask_lock(self.window, path)
        if locked is None:
            if not path.exists():
                self.settings.remove_recent_file(path)
            return False
        lock, read_only, copy, self._holder = locked
        try:
            result = self._load(path)
        except (store.SessionError, WorkCancelled) as exc:
            if lock is not None:
                lock.release()
            if isinstance(exc, store.SessionError):
                backup = explain_unreadable(self.window, path, exc)
                if backup is not None:
                    self._open_backup(backup)
            return False
        fingerprint = result.fingerprint or session_files.fingerprint(path)
        restored = None if read_only or copy else self._offer_recovery_of(path)
        self.recovery.discard()
        session = result.session if restored is None else restored[0].session
        session.path = None if copy else path
        if restored is not None and restored[0].fingerprint is not None:
            fingerprint = restored[0].fingerprint  # the file as it was when the work began
        self._remember(path, session.audit.engagement.organisation.name)
        self.settings.set_last_directory(path.parent)
        self._install(session, read_only=read_only, lock=lock, fingerprint=fingerprint)
        self._migrated_from = None if copy else result.migrated_from
        if restored is not None:
            self._keep_restored(restored[1])
        tell_about_load(self.window, path, result)
        return True

    def _load(self, path: Path) -> Any:
        """The load result of ``path``, read off the GUI thread (raises WorkCancelled)."""
        from ui.long_work import run_with_progress  # lazy: a worker thread, not needed to start

        label = translate("Session", "Opening %1…").replace("%1", path.name)
        return run_with_progress(self.window, label, lambda _p, _c: store.load_session(path))

    def _load_recovery(self, info: Any) -> Any:
        """The unsaved work of a recovery copy, read off the GUI thread."""
        from ui.long_work import run_with_progress  # lazy: a worker thread, not needed to start

        label = translate("Session", "Reading the unsaved work…")
        return run_with_progress(self.window, label, lambda _p, _c: recovery.load_recovery(info))

    def _open_backup(self, backup: Path) -> None:
        from ui.long_work import WorkCancelled  # lazy: see _load

        try:
            result = self._load(backup)
        except WorkCancelled:
            return
        except store.SessionError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Damaged file"),
                translate("Session", "The backup is damaged too."),
                shown(exc.reason),
            )
            return
        result.session.path = None  # saved under a name the user chooses
        self._install(result.session)
        self.document.mark_changed()

    def _offer_recovery_of(self, path: Path) -> Any:
        """Unsaved work of ``path`` left by a crash: offered whenever the file is opened
        (command line, Open, Recent). (restored load result, its copy), or None to open the
        file as saved."""
        info = next(
            (
                i
                for i in self.pending_recoveries()
                if i.original and session_files.same_file(i.original, path)
            ),
            None,
        )
        if info is None:
            return None
        choice = dialogs.ask_recovery(self.window, describe_recovery(info))
        if choice is dialogs.RecoveryChoice.DISCARD:
            with contextlib.suppress(OSError, store.SessionError):
                recovery.discard_recovery(info)
            return None
        if choice is not dialogs.RecoveryChoice.RESTORE or info.problem:
            return None
        from ui.long_work import WorkCancelled  # lazy: see _load

        try:
            result = self._load_recovery(info)
        except WorkCancelled:
            return None
        except store.SessionError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Recovery failed"),
                translate("Session", "The unsaved work cannot be read."),
                exc.reason,
            )
            return None
        return result, info

    def _keep_restored(self, info: Any) -> None:
        """The restored work is unsaved work of the open file: a fresh recovery copy now,
        the old one gone (unless it is the same copy)."""
        self.document.mark_changed()
        self.recovery.write_now()
        if info.key != self.recovery.key():
            with contextlib.suppress(OSError, store.SessionError):
                recovery.discard_recovery(info)

    # --- saving

    def save(self) -> bool:
        doc = self.document
        if doc.path is None or doc.read_only:
            return self.save_as()
        return self._write(doc.path, self._fingerprint)

    def save_as(self) -> bool:
        doc = self.document
        folder = (
            doc.path.parent if doc.path else Path(self.settings.last_directory() or Path.home())
        )
        name = doc.path.name if doc.path else session_files.suggested_name(doc)
        path = dialogs.get_save_path(
            self.window,
            translate("Session", "Save the audit as"),
            str(folder / name),
            dialogs.session_filter(),
            "vigie",
        )
        if path is None:
            return False
        path = path.absolute()
        if path == doc.path and not doc.read_only:
            return self._write(path, self._fingerprint)
        try:
            lock = store.acquire_lock(path)
        except store.LockedError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Not saved"),
                translate("Session", "That file is open by someone else."),
                shown(exc.reason),
            )
            return False
        except store.SessionError:
            lock = None
        if not self._write(path, None):
            if lock is not None:
                lock.release()
            return False
        if self._lock is not None:
            self._lock.release()
        self._lock = lock
        doc.read_only = False
        doc.sig_state_changed.emit()
        return True

    def _write(self, path: Path, expected: Any) -> bool:
        doc = self.document
        try:
            from ui.long_work import run_with_progress  # lazy: see _load

            if self._migrated_from is not None and path == doc.path and path.exists():
                store.backup_original(path, self._migrated_from)
            fingerprint = run_with_progress(
                self.window,
                translate("Session", "Saving %1…").replace("%1", path.name),
                lambda _p, _c: store.save_session(doc.session, path, expected_fingerprint=expected),
                can_cancel=False,  # a save is all or nothing already; stopping it gains nothing
            )
        except OSError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Not saved"),
                translate("Session", "The audit could not be saved. Your work is still open."),
                f"{path}: {exc.strerror or exc}",
            )
            return False
        except store.ConflictError:
            choice = dialogs.ask_conflict(self.window, path)
            if choice is dialogs.ConflictChoice.SAVE_COPY:
                return self.save_as()
            if choice is dialogs.ConflictChoice.OVERWRITE:
                return self._write(path, None)
            return False
        except store.SessionError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Not saved"),
                translate("Session", "The audit could not be saved. Your work is still open."),
                shown(exc.reason),
            )
            return False
        self._fingerprint = fingerprint
        self.recovery.fingerprint = fingerprint
        self._migrated_from = None
        self.saved_at = datetime.now()
        doc.set_path(path)
        doc.mark_saved()
        self.recovery.discard()
        self._remember(path, doc.audit.engagement.organisation.name)
        self.settings.set_last_directory(path.parent)
        self.sig_saved.emit(path)
        return True

    # --- crash recovery

    def pending_recoveries(self) -> list[Any]:
        try:
            return list(recovery.list_recoveries())
        except (OSError, store.SessionError):
            log.exception("cannot list recovery copies")
            return []

    def offer_recoveries(self) -> bool:
        """Ask about each recovery copy; True when one was restored (then stop asking)."""
        for info in self.pending_recoveries():
            choice = dialogs.ask_recovery(self.window, describe_recovery(info))
            if info.problem and choice is dialogs.RecoveryChoice.RESTORE:
                choice = dialogs.RecoveryChoice.LATER  # unreadable: nothing to restore
            if choice is dialogs.RecoveryChoice.RESTORE:
                return self._restore(info)
            if choice is dialogs.RecoveryChoice.DISCARD:
                with contextlib.suppress(OSError, store.SessionError):
                    recovery.discard_recovery(info)
        return False

    def _restore(self, info: Any) -> bool:
        if not self.confirm_close():
            return False
        from ui.long_work import WorkCancelled  # lazy: see _load

        try:
            result = self._load_recovery(info)
        except WorkCancelled:
            return False
        except store.SessionError as exc:
            dialogs.warn(
                self.window,
                translate("Session", "Recovery failed"),
                translate("Session", "The unsaved work cannot be read."),
                shown(exc.reason),
            )
            return False
        session = result.session
        lock = None
        if session.path is not None:
            current = self._document
            held = current.path if current is not None and self._lock is not None else None
            if held is not None and session_files.same_file(held, session.path):
                lock, self._lock = self._lock, None  # we hold it already: keep it
            if lock is None:
                try:
                    lock = store.acquire_lock(session.path)
                except store.SessionError:
                    session.path = None  # someone has the original: save under another name
        self._install(session, lock=lock, fingerprint=result.fingerprint if lock else None)
        self._keep_restored(info)
        return True

    def _remember(self, path: Path, organisation: str) -> None:
        """Vigie's own recent list, and the desktop's (file managers, file choosers)."""
        self.settings.add_recent_file(path, organisation)
        desktop_recent.record_recent(path)
