"""Dates, times and numbers as the interface language writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ui.i18n import current_language


def locale() -> QLocale:
    """The locale of the interface language (not of the machine), so French reads French."""
    if current_language() == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, QLocale.Country.Canada)


def format_datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone()
    qt_value = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return locale().toString(qt_value, QLocale.FormatType.ShortFormat)


def format_date(value: date) -> str:
    return locale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_time(value: datetime) -> str:
    return locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def format_percent(value: float | None, missing: str = "—") -> str:
    if value is None:
        return missing
    number = locale().toString(round(value))
    return f"{number}\u00a0%" if current_language() == "fr" else f"{number}%"


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, ``%1`` for the number) as the
    interface language agrees a count: French says "0 compte", English "0 accounts"."""
    singular = count == 1 or (count == 0 and current_language() == "fr")
    return (one if singular else many).replace("%1", locale().toString(count))
