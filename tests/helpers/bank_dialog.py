"""The bank chooser driven as a person drives it: a stand-in for ``modal.run`` that shows the
dialog, gives it the keyboard and lets a test type into it (tests/gui/by_hand/test_bank_*)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDialog

from helpers.by_hand_keys import activate
from ui.bank_choice import BankChoiceDialog


def drive(qtbot, steps: Callable[[BankChoiceDialog], None]) -> Callable[[QDialog], bool]:
    """A stand-in for modal.run: shows the dialog and types into it as a person does."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, BankChoiceDialog)
        dialog.show()
        activate(qtbot, dialog)
        steps(dialog)
        QApplication.processEvents()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run
