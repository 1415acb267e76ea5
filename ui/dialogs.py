"""The one seam for message boxes and file dialogs.

Every question the GUI asks the user goes through a function here, so tests answer them by
monkeypatching this module (``monkeypatch.setattr(dialogs, "ask_save_discard_cancel", …)``)
and no modal ``exec()`` is ever left blocking a test. Callers use ``dialogs.<name>(…)``,
never ``from ui.dialogs import <name>``, so the patch is seen.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SESSION_FILTER = "vigie"
"""Extension of session files (without the dot)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class SaveChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class LockChoice(enum.Enum):
    READ_ONLY = "read_only"
    COPY = "copy"
    TAKE_OVER = "take_over"
    CANCEL = "cancel"


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class ConflictChoice(enum.Enum):
    SAVE_COPY = "save_copy"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole, enum.Enum]],
    informative: str = "",
) -> enum.Enum:
    """A message box with our own buttons; the last button is what Escape chooses."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    made = []
    for label, role, value in buttons:
        made.append((box.addButton(label, role), value))
    box.setDefaultButton(made[0][0])
    box.setEscapeButton(made[-1][0])
    box.exec()
    clicked = box.clickedButton()
    return next((value for button, value in made if button is clicked), made[-1][1])


def ask_save_discard_cancel(parent: QWidget | None, document_name: str) -> SaveChoice:
    """Unsaved changes before close, New or Open."""
    role = QMessageBox.ButtonRole
    result = _ask(
        parent,
        QMessageBox.Icon.Warning,
        _tr("Unsaved changes"),
        _tr("Save the changes to “%1” before closing it?").replace("%1", document_name),
        [
            (_tr("Save"), role.AcceptRole, SaveChoice.SAVE),
            (_tr("Don't save"), role.DestructiveRole, SaveChoice.DISCARD),
            (_tr("Cancel"), role.RejectRole, SaveChoice.CANCEL),
        ],
        _tr("If you don't save, your changes will be lost."),
    )
    assert isinstance(result, SaveChoice)
    return result


def ask_lock_choice(parent: QWidget | None, user: str, host: str, since: str) -> LockChoice:
    """Another person (or this person on another computer) has the file open."""
    role = QMessageBox.ButtonRole
    text = (
        _tr("This audit is open by %1 on %2 since %3.")
        .replace("%1", user)
        .replace("%2", host)
        .replace("%3", since)
    )
    result = _ask(
        parent,
        QMessageBox.Icon.Warning,
        _tr("Audit in use"),
        text,
        [
            (_tr("Open read-only"), role.AcceptRole, LockChoice.READ_ONLY),
            (_tr("Open a copy"), role.AcceptRole, LockChoice.COPY),
            (_tr("Take over"), role.DestructiveRole, LockChoice.TAKE_OVER),
            (_tr("Cancel"), role.RejectRole, LockChoice.CANCEL),
        ],
        _tr("Taking over may make their changes conflict with yours."),
    )
    assert isinstance(result, LockChoice)
    return result


def ask_recovery(parent: QWidget | None, description: str) -> RecoveryChoice:
    """Unsaved work from a session that did not close cleanly."""
    role = QMessageBox.ButtonRole
    result = _ask(
        parent,
        QMessageBox.Icon.Question,
        _tr("Recover unsaved work"),
        _tr("Vigie did not close properly. Unsaved work was found:"),
        [
            (_tr("Restore"), role.AcceptRole, RecoveryChoice.RESTORE),
            (_tr("Discard"), role.DestructiveRole, RecoveryChoice.DISCARD),
            (_tr("Later"), role.RejectRole, RecoveryChoice.LATER),
        ],
        description,
    )
    assert isinstance(result, RecoveryChoice)
    return result


def ask_conflict(parent: QWidget | None, path: Path) -> ConflictChoice:
    """The file changed on disk since it was opened: never overwrite it silently."""
    role = QMessageBox.ButtonRole
    result = _ask(
        parent,
        QMessageBox.Icon.Warning,
        _tr("File changed on disk"),
        _tr("“%1” was changed by someone else since you opened it.").replace("%1", path.name),
        [
            (_tr("Save as a copy…"), role.AcceptRole, ConflictChoice.SAVE_COPY),
            (_tr("Overwrite"), role.DestructiveRole, ConflictChoice.OVERWRITE),
            (_tr("Cancel"), role.RejectRole, ConflictChoice.CANCEL),
        ],
        _tr("Saving a copy keeps both versions."),
    )
    assert isinstance(result, ConflictChoice)
    return result


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
    return answer == buttons.Yes


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)


def session_filter() -> str:
    return _tr("Vigie audits (*.%1);;All files (*)").replace("%1", SESSION_FILTER)


def workbook_filter() -> str:
    return _tr("Excel workbooks (*.xlsx)")


def get_open_path(parent: QWidget | None, title: str, directory: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return Path(name) if name else None


def get_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str
) -> Path | None:
    """A path to write to, with ``suffix`` added when the user typed none."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{suffix}")
