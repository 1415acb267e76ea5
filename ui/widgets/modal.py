"""Running our own modal dialogs through one function, so tests can answer them.

Tests replace :func:`run` (``monkeypatch.setattr(modal, "run", fill_and_accept)``): the
function receives the built dialog, may fill it, and returns whether it was accepted.
Callers write ``modal.run(dialog)``, never ``from ui.widgets.modal import run``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def run_for_command(dialog: Any) -> Any:
    """Run ``dialog`` (one that leaves the undo command it pushed in ``command`` and stops
    its background work in ``shutdown``); its command when accepted, else None. The work is
    stopped and the dialog deleted either way."""
    try:
        return dialog.command if run(dialog) else None
    finally:
        dialog.shutdown()
        dialog.deleteLater()
