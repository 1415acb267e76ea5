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

translate = QCoreApplication.translate

SESSION_FILTER = "vigie"
"""Extension of session files (without the dot)."""


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
        translate("dialogs", "Unsaved changes"),
        translate("dialogs", "Save the changes to “%1” before closing it?").replace(
            "%1", document_name
        ),
        [
            (translate("dialogs", "Save"), role.AcceptRole, SaveChoice.SAVE),
            (translate("dialogs", "Don't save"), role.DestructiveRole, SaveChoice.DISCARD),
            (translate("dialogs", "Cancel"), role.RejectRole, SaveChoice.CANCEL),
        ],
        translate("dialogs", "If you don't save, your changes will be lost."),
    )
    assert isinstance(result, SaveChoice)
    return result


def ask_lock_choice(parent: QWidget | None, user: str, host: str, since: str) -> LockChoice:
    """Another person (or this person on another computer) has the file open."""
    role = QMessageBox.ButtonRole
    text = (
        translate("dialogs", "This audit is open by %1 on %2 since %3.")
        .replace("%1", user)
        .replace("%2", host)
        .replace("%3", since)
    )
    result = _ask(
        parent,
        QMessageBox.Icon.Warning,
        translate("dialogs", "Audit in use"),
        text,
        [
            (translate("dialogs", "Open read-only"), role.AcceptRole, LockChoice.READ_ONLY),
            (translate("dialogs", "Open a copy"), role.AcceptRole, LockChoice.COPY),
            (translate("dialogs", "Take over"), role.DestructiveRole, LockChoice.TAKE_OVER),
            (translate("dialogs", "Cancel"), role.RejectRole, LockChoice.CANCEL),
        ],
        translate("dialogs", "Taking over may make their changes conflict with yours."),
    )
    assert isinstance(result, LockChoice)
    return result


def ask_recovery(parent: QWidget | None, description: str) -> RecoveryChoice:
    """Unsaved work from a session that did not close cleanly."""
    role = QMessageBox.ButtonRole
    result = _ask(
        parent,
        QMessageBox.Icon.Question,
        translate("dialogs", "Recover unsaved work"),
        translate("dialogs", "Vigie did not close properly. Unsaved work was found:"),
        [
            (translate("dialogs", "Restore"), role.AcceptRole, RecoveryChoice.RESTORE),
            (translate("dialogs", "Discard"), role.DestructiveRole, RecoveryChoice.DISCARD),
            (translate("dialogs", "Later"), role.RejectRole, RecoveryChoice.LATER),
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
        translate("dialogs", "File changed on disk"),
        translate("dialogs", "“%1” was changed by someone else since you opened it.").replace(
            "%1", path.name
        ),
        [
            (translate("dialogs", "Save as a copy…"), role.AcceptRole, ConflictChoice.SAVE_COPY),
            (translate("dialogs", "Overwrite"), role.DestructiveRole, ConflictChoice.OVERWRITE),
            (translate("dialogs", "Cancel"), role.RejectRole, ConflictChoice.CANCEL),
        ],
        translate("dialogs", "Saving a copy keeps both versions."),
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
    return translate("dialogs", "Vigie audits (*.%1);;All files (*)").replace("%1", SESSION_FILTER)


def workbook_filter() -> str:
    return translate("dialogs", "Excel workbooks (*.xlsx)")


def get_open_path(parent: QWidget | None, title: str, directory: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return Path(name) if name else None


def get_open_paths(parent: QWidget | None, title: str, directory: str, filters: str) -> list[Path]:
    """Several existing files to read (an empty list when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, directory, filters)
    return [Path(name) for name in names]


def get_directory(parent: QWidget | None, title: str, directory: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, directory)
    return Path(name) if name else None


def bank_filter() -> str:
    return translate("dialogs", "Question banks (*.toml *.xlsx)")


def get_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str
) -> Path | None:
    """A path to write to, with ``suffix`` added when the user typed none."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(f".{suffix}")


def open_path(path: Path) -> bool:
    """Open a file or folder with the desktop's default program."""
    # lazy: opening with the desktop is rare; the seam's module stays light
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
