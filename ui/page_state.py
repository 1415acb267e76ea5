"""Telling the wizard that a page's completeness changed, without stealing the user's focus.

``QWizard`` answers every ``completeChanged`` by hiding and re-showing the current page
while it updates its buttons; hiding the page moves the keyboard focus out of it. A page
that announced on every keystroke sent the second character of a name to the step list.
:class:`CompleteAnnouncer` emits only when the answer of ``isComplete()`` really changes,
and puts the focus back where the user was when it does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWizardPage


class CompleteAnnouncer:
    """Emits ``page.completeChanged`` only on a real change of ``page.isComplete()``."""

    def __init__(self, page: QWizardPage) -> None:
        self.page = page
        self._last: bool | None = None

    def announce(self) -> None:
        complete = self.page.isComplete()
        if complete == self._last:
            return
        self._last = complete
        focus = QApplication.focusWidget()
        self.page.completeChanged.emit()
        if focus is not None and QApplication.focusWidget() is not focus and focus.isVisible():
            focus.setFocus()
