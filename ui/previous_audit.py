"""File → Start from Last Year's Audit: next year's audit, opened from last year's file.

The old file is only read (no lock is taken: nothing is written to it). The new audit
(:func:`wizard.history.baseline.start_from_previous`) copies the inventory and question bank, keeps
last year's levels as hints and names the old file as its baseline; it is unsaved until the
user saves it under a new name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui import dialogs
from ui.long_work import WorkCancelled, run_with_progress
from ui.messages import shown
from wizard.history.baseline import start_from_previous
from wizard.sessions import store
from wizard.sessions.session import Session

translate = QCoreApplication.translate


def choose_previous(parent: QWidget | None, directory: str) -> Session | None:
    """Ask for last year's file and build the new audit from it; None when cancelled or
    unreadable (the reason is shown)."""
    path = dialogs.get_open_path(
        parent,
        translate("PreviousAudit", "Start from last year's audit"),
        directory,
        dialogs.session_filter(),
    )
    if path is None:
        return None
    path = path.absolute()
    reading = translate("PreviousAudit", "Reading last year's audit…")
    try:
        old = run_with_progress(parent, reading, lambda _p, _c: store.load_session(path).session)
    except WorkCancelled:
        return None
    except store.SessionError as exc:
        dialogs.warn(
            parent,
            translate("PreviousAudit", "Cannot open"),
            translate("PreviousAudit", "Last year's audit cannot be read."),
            shown(exc.reason),
        )
        return None
    return start_from_previous(old, baseline_path=path)
