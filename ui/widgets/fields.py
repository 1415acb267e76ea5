"""Small editors shared by the forms: multi-line text that reports when editing ends, its
length counter, an inline warning line, and the warning about a pasted secret with its
"Remove it" button."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from wizard.audit.secrets import redact, secret_reason
from wizard.audit.text import EXCEL_CELL_LIMIT, utf16_units

COUNTER_FROM = 0.8
"""The counter of a multi-line editor shows once the text passes this share of its limit."""


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
        self.counter = LengthCounter(self)

    def set_text(self, text: str) -> None:
        """Show ``text`` without reporting it as an edit."""
        self._committed = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)
            self.counter.refresh()

    def text(self) -> str:
        return self.toPlainText()

    def commit(self) -> None:
        """Report a pending change now (e.g. before the page is left).

        Text over the limit is not reported: it stays here, with the counter in red, until
        it is shortened (never cut, never lost to a refusal)."""
        if self.counter.is_over():
            return
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


class LengthCounter(QLabel):
    """The length of a multi-line editor as Excel counts it (UTF-16 units: an emoji counts
    two), against the cell limit. Discreet, in the editor's bottom margin, only once the text
    passes :data:`COUNTER_FROM` of the limit; red when over (a :class:`NoteEdit` then does not
    commit)."""

    def __init__(self, editor: QPlainTextEdit, limit: int = EXCEL_CELL_LIMIT) -> None:
        super().__init__(editor)
        self.editor = editor
        self.limit = limit
        self.units = 0
        self.setObjectName("length-counter")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.85)
            self.setFont(font)
        self.hide()
        editor.textChanged.connect(self.refresh)
        editor.viewport().installEventFilter(self)  # resized after the editor's own layout
        self.refresh()

    def is_over(self) -> bool:
        return self.units > self.limit

    def refresh(self) -> None:
        text = self.editor.toPlainText()
        # under the threshold even if every character counted twice: no need to count
        self.units = len(text) if len(text) * 2 < self.limit * COUNTER_FROM else utf16_units(text)
        shown = self.units >= self.limit * COUNTER_FROM
        if shown:
            locale = QLocale()
            count, limit = locale.toString(self.units), locale.toString(self.limit)
            if self.is_over():
                message = QCoreApplication.translate(
                    "fields", "%1 / %2 characters: too long, shorten it to save it"
                )
                self.setStyleSheet("color: #842029; font-weight: bold;")
            else:
                message = QCoreApplication.translate("fields", "%1 / %2 characters")
                self.setStyleSheet("color: palette(dark);")
            text = message.replace("%1", count).replace("%2", limit)
            self.setText(text)
            self.setAccessibleName(text)
        if shown or not self.isHidden():
            self.setVisible(shown)
            margin = self.sizeHint().height() if shown else 0
            if self.editor.viewportMargins().bottom() != margin:
                self.editor.setViewportMargins(0, 0, 0, margin)
            self._place()

    def _place(self) -> None:
        """In the bottom margin, under the viewport and clear of the scroll bar."""
        view = self.editor.viewport().geometry()
        height = self.sizeHint().height()
        self.setGeometry(view.left(), view.bottom() + 1, max(view.width() - 4, 0), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()
        return False


def _text_of(editor: QPlainTextEdit | QLineEdit) -> str:
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()


def _replace_text(editor: QPlainTextEdit | QLineEdit, text: str) -> None:
    """Replace the whole text the way typing would: the field's own undo keeps the step, its
    usual signals fire, and a :class:`NoteEdit` or a line commits at once."""
    if isinstance(editor, QLineEdit):
        editor.selectAll()
        editor.insert(text)
        editor.editingFinished.emit()
        return
    cursor = editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    editor.setTextCursor(cursor)
    if isinstance(editor, NoteEdit):
        editor.commit()


class SecretWarning(QWidget):
    """The warning under free-text fields that seem to hold a secret, and a "Remove it"
    button that replaces each flagged text with :func:`wizard.audit.secrets.redact` through the
    field's usual edit path (so through the undo stack where the field is on it).

    ``live``: check on every change (fields written as they are typed); otherwise the owner
    calls :meth:`refresh` when an edit is committed or the record reloaded.
    """

    def __init__(
        self,
        editors: Iterable[QPlainTextEdit | QLineEdit] = (),
        parent: QWidget | None = None,
        *,
        live: bool = False,
    ) -> None:
        super().__init__(parent)
        self.editors = list(editors)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #842029;")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.remove_button = QPushButton(QCoreApplication.translate("fields", "Remove it"))
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "fields", "Replace what looks like a password or code with [removed]"
            )
        )
        self.remove_button.setAccessibleDescription(self.remove_button.toolTip())
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if live:
            for editor in self.editors:
                editor.textChanged.connect(self.refresh)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def flagged(self) -> list[QPlainTextEdit | QLineEdit]:
        """The editors whose text looks like it holds a secret."""
        return [e for e in self.editors if secret_warning(_text_of(e))]

    def refresh(self) -> None:
        flagged = self.flagged()
        self.label.setText(secret_warning(_text_of(flagged[0])) if flagged else "")
        self.remove_button.setEnabled(all(not e.isReadOnly() for e in flagged))
        self.setVisible(bool(flagged))

    def remove(self) -> None:
        """Redact every flagged field, each through its own edit path."""
        for editor in self.flagged():
            if not editor.isReadOnly():
                _replace_text(editor, redact(_text_of(editor)))
        self.refresh()
