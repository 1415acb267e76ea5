"""The open audit as the GUI sees it: one session, its undo stack and change signals.

Pages never keep their own copy of the audit: they read ``document.audit`` when shown and
write back through the core's edit functions, wrapped in undo commands pushed here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui.events import AuditEvents
from wizard.sessions.session import Session


class AuditDocument(QObject):
    sig_changed = Signal()
    """The audit's content changed (an edit, an undo or a redo)."""

    sig_state_changed = Signal()
    """Saved/unsaved state, path or read-only flag changed."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._dirty_outside_undo = False
        self.read_only = False
        self.revision = 0
        """Rises on every content change (an edit, an undo, a redo, a change outside the
        undo stack): a view that cached facts about the audit compares it to know they are
        still true."""
        self.events = AuditEvents(self)
        """What changed, in detail (one account, one answer): the views listen here."""
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def session(self) -> Session:
        return self._session

    @property
    def audit(self):  # -> wizard.audit.model.Audit
        return self._session.audit

    @property
    def path(self) -> Path | None:
        return self._session.path

    def set_path(self, path: Path | None) -> None:
        self._session.path = path
        self.sig_state_changed.emit()

    @property
    def dirty(self) -> bool:
        return self._dirty_outside_undo or not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> None:
        """Apply an edit as an undoable command (``redo()`` runs now); none when read-only."""
        if self.read_only:
            return
        self.undo_stack.push(command)

    def mark_changed(self) -> None:
        """An edit made outside the undo stack (e.g. typing in a form field)."""
        if self.read_only:
            return
        self._dirty_outside_undo = True
        self.revision += 1
        self.sig_changed.emit()
        self.sig_state_changed.emit()

    def mark_saved(self) -> None:
        self._dirty_outside_undo = False
        self.undo_stack.setClean()
        self.sig_state_changed.emit()

    def _on_clean_changed(self, _clean: bool) -> None:
        self.sig_state_changed.emit()

    def _on_undo_index(self, _index: int) -> None:
        self.revision += 1
        self.sig_changed.emit()
