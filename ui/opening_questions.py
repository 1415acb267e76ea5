"""What opening an audit file asks and says: who holds its lock, why it cannot be read (with
the backup offered), and what changed while it was read.

The questions are the user's; what happens next (which audit is installed, which lock is
kept) is :class:`ui.session_controller.SessionController`'s.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui import dialogs
from ui.messages import shown
from wizard.sessions import errors as store_errors
from wizard.sessions import store

translate = QCoreApplication.translate


class LockAnswer(NamedTuple):
    """How the file will be opened."""

    lock: Any
    """The lock taken (None when read-only, as a copy, or no lock can be made there)."""
    read_only: bool
    as_copy: bool
    holder: tuple[str, datetime] | None
    """Who has the file open and since when, when the user chose read-only."""


def ask_lock(window: QWidget | None, path: Path) -> LockAnswer | None:
    """Lock ``path`` for editing, asking what to do when someone holds it; None when the
    user cancelled (or the file is gone, which is said)."""
    if not path.exists():
        dialogs.warn(
            window,
            translate("Session", "Cannot open"),
            translate("Session", "This file does not exist:"),
            str(path),
        )
        return None
    try:
        return LockAnswer(store.acquire_lock(path), False, False, None)
    except store.LockedError as exc:
        info = exc.info
        since = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
        choice = dialogs.ask_lock_choice(window, info.user, info.host, since)
    except store.SessionError:  # no lock can be made here (read-only folder…)
        return LockAnswer(None, True, False, None)
    if choice is dialogs.LockChoice.READ_ONLY:
        return LockAnswer(None, True, False, (info.user, info.time.astimezone()))
    if choice is dialogs.LockChoice.COPY:
        return LockAnswer(None, False, True, None)
    if choice is dialogs.LockChoice.TAKE_OVER:
        return LockAnswer(store.acquire_lock(path, take_over=True), False, False, None)
    return None


def explain_unreadable(window: QWidget | None, path: Path, exc: store.SessionError) -> Path | None:
    """Say why ``path`` was not opened; the backup copy to open instead when the user
    accepts it. Nothing is half-loaded."""
    if isinstance(exc, store.NewerVersionError):
        dialogs.warn(
            window,
            translate("Session", "Newer file"),
            translate(
                "Session",
                "This audit was made by a newer version of Vigie. Update Vigie to open it.",
            ),
            shown(exc.reason),
        )
        return None
    if isinstance(exc, store_errors.ForeignFileError) and path.suffix.lower() != ".vigie":
        # a spreadsheet or a list opened by mistake; a ".vigie" that is not one is damaged
        dialogs.warn(
            window,
            translate("Session", "Not a Vigie audit"),
            translate(
                "Session",
                "“%1” is not a Vigie audit file. Open it with the program that made it; "
                "a list of accounts can be brought in with File → Import Accounts.",
            ).replace("%1", path.name),
        )
        return None
    backup = store.backup_path(path)
    text = translate("Session", "This audit file is damaged and was not opened.")
    if not backup.exists():
        dialogs.warn(window, translate("Session", "Damaged file"), text, shown(exc.reason))
        return None
    question = f"{text}\n\n{shown(exc.reason)}\n\n" + translate(
        "Session", "Open the backup copy “%1” instead?"
    ).replace("%1", backup.name)
    if dialogs.ask_yes_no(window, translate("Session", "Damaged file"), question):
        return backup
    return None


def tell_about_load(window: QWidget | None, path: Path, result: Any) -> None:
    """The warnings of a load and a migration, if any, in one message."""
    notes = [shown(w) for w in (getattr(result, "warnings", None) or [])]
    if getattr(result, "migrated_from", None) is not None:
        notes.insert(
            0,
            translate(
                "Session",
                "This file was made by an older version of Vigie and was updated. ",
            )
            + translate("Session", "The original is kept as a backup when you save."),
        )
    if notes:
        dialogs.info(window, path.name, "\n".join(notes))
