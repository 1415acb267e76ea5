"""Small form helpers shared by our pages: an optional date, and readable core errors."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(1900, 1, 1)
"""The minimum of an :class:`OptionalDateEdit`, shown as "Not set"."""


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty: its minimum value reads "Not set".

    QDateEdit has no empty state; using the minimum as "none" keeps the keyboard editing
    and the calendar popup of the standard widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(self.tr("Not set"))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        qdate = self.date()
        if qdate == NO_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.setDate(NO_DATE)


def error_message(exc: ValidationError) -> str:
    """The first problem of a core validation error, without pydantic's prefixes."""
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return str(exc)
    message = str(errors[0]["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message
