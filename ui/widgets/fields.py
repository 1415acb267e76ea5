"""Small editors shared by the forms: multi-line text that reports when editing ends, and
an inline warning line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from wizard.secrets import secret_reason


class NoteEdit(QPlainTextEdit):
    """Multi-line text. Like ``QLineEdit.editingFinished``, :attr:`sig_edited` fires when
    focus leaves after a change, so one undo step holds a whole edit, not each keystroke."""

    sig_edited = Signal()
    """Focus left the editor and its text differs from the last committed text."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._committed = ""
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def set_text(self, text: str) -> None:
        """Show ``text`` without reporting it as an edit."""
        self._committed = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def text(self) -> str:
        return self.toPlainText()

    def commit(self) -> None:
        """Report a pending change now (e.g. before the page is left)."""
        if self.toPlainText() != self._committed:
            self._committed = self.toPlainText()
            self.sig_edited.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()


class WarningLabel(QLabel):
    """An inline warning, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #842029;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def secret_warning(text: str) -> str:
    """A warning to show under a free-text field that seems to hold a secret, or ""."""
    if not text or secret_reason(text) is None:
        return ""
    return QCoreApplication.translate(
        "fields",
        "This text looks like a password or code. Vigie must not store secrets: remove it.",
    )
