"""Running our own modal dialogs through one function, so tests can answer them.

Tests replace :func:`run` (``monkeypatch.setattr(modal, "run", fill_and_accept)``): the
function receives the built dialog, may fill it, and returns whether it was accepted.
Callers write ``modal.run(dialog)``, never ``from ui.widgets.modal import run``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted
