"""A date that can be typed, picked in a calendar, or left empty.

``QDateEdit`` has no empty state: the old fields used its minimum (1 January 1900) as
"not set", so typing into an empty field appended to the words "Not set" and the calendar
opened in 1900. :class:`DateField` is a line edit that reads ISO and day-first dates
(:func:`wizard.audit.date_text.parse_typed_date`), with a calendar button (also Alt+Down or F4)
that opens on the date shown, or on :attr:`DateField.calendar_start` / today when empty,
and the line edit's own clear button. Being one line edit, it behaves the same in a form
and as a table's cell editor. Text that is not a date stays as typed, framed in red with
the reason, and is not committed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from wizard.audit.date_text import DateTextError, parse_typed_date


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#34495e"), 2))
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.fillRect(QRectF(4, 6, 24, 6), QColor("#34495e"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(8 + col * 6, 15 + row * 6, 4, 4), QColor("#34495e"))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    sig_changed = Signal()
    """The committed date changed (typed and confirmed, picked, or cleared)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._error = ""
        self.calendar_start: Callable[[], date | None] = lambda: None
        """The date the calendar opens on when the field is empty (None: today)."""
        self.calendar: QCalendarWidget | None = None
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.commit)
        self.textChanged.connect(self._on_text_changed)

    # --- value

    def value(self) -> date | None:
        """The committed date (None: not set)."""
        return self._value

    def typed_value(self) -> date | None:
        """The date the text says now; :class:`DateTextError` if it says none."""
        return parse_typed_date(self.text())

    def is_valid(self) -> bool:
        return not self._error

    def error(self) -> str:
        """Why the text is not a date, or ""."""
        return self._error

    def set_value(self, value: date | None) -> None:
        """Show ``value`` without reporting it as a change."""
        self._value = value
        blocked = self.blockSignals(True)
        self.setText("" if value is None else value.isoformat())
        self.blockSignals(blocked)
        self.setCursorPosition(0)
        self._set_error("")

    def clear_value(self) -> None:
        self.clear()
        self.commit()

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        self.setClearButtonEnabled(not read_only)
        self.calendar_action.setEnabled(not read_only)

    def commit(self) -> None:
        """Take the typed text as the date if it is one; say why not otherwise."""
        try:
            typed = self.typed_value()
        except DateTextError:
            self._set_error(
                self.tr("“%1” is not a date: type it as YYYY-MM-DD or DD/MM/YYYY.").replace(
                    "%1", self.text().strip()
                )
            )
            return
        self._set_error("")
        shown = "" if typed is None else typed.isoformat()
        if self.text() != shown:
            blocked = self.blockSignals(True)
            self.setText(shown)
            self.blockSignals(blocked)
        if typed != self._value:
            self._value = typed
            self.sig_changed.emit()

    def _on_text_changed(self, text: str) -> None:
        if not text and not self.hasFocus():  # the clear button clicked from elsewhere
            self.commit()
        elif self._error:
            self._set_error("")

    def _set_error(self, message: str) -> None:
        self._error = message
        self.setStyleSheet("QLineEdit { border: 2px solid #a40000; }" if message else "")
        self.setToolTip(message)
        self.setAccessibleDescription(message)

    # --- calendar

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
            self.calendar.installEventFilter(self)
            for child in self.calendar.findChildren(QWidget):
                child.installEventFilter(self)
        try:
            shown = self.typed_value()
        except DateTextError:
            shown = None
        start = shown or self._value or self.calendar_start() or date.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate: QDate) -> None:
        # after the calendar has finished handling the click or key that chose the date
        QTimer.singleShot(0, lambda: self._apply_pick(qdate))

    def _apply_pick(self, qdate: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setText(qdate.toString("yyyy-MM-dd"))
        self.setFocus()
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the calendar closes it and gives the focus back to the text."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.calendar is not None
            and self.calendar.isVisible()
        ):
            QTimer.singleShot(0, self._close_calendar)
            return True
        return super().eventFilter(watched, event)

    def _close_calendar(self) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if (event.key() == Qt.Key.Key_Down and alt) or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)
