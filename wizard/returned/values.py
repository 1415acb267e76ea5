"""Cell values of a returned workbook turned into model values, or refused with a reason.

Each parser takes what openpyxl read (text, number, date, boolean or None) and returns the
value the model stores, or raises :class:`Rejected` saying why in words a consultant can
forward to the client. Dates typed as text are read in the common forms (ISO, day/month/year,
"15 mars 2024", "March 15, 2024"); an ambiguous or unreadable one is refused.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum

from wizard.audit import labels
from wizard.audit.text import normalise_newlines
from wizard.messages import Message


class Rejected(ValueError):
    """A cell value that cannot be stored; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class Formula:
    """A formula found where a value belongs (never evaluated)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Formula) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("janvier", "janv", "january", "jan"),
            ("février", "fevrier", "févr", "fevr", "february", "feb"),
            ("mars", "march", "mar"),
            ("avril", "avr", "april", "apr"),
            ("mai", "may"),
            ("juin", "june", "jun"),
            ("juillet", "juil", "july", "jul"),
            ("août", "aout", "august", "aug"),
            ("septembre", "sept", "september", "sep"),
            ("octobre", "oct", "october"),
            ("novembre", "nov", "november"),
            ("décembre", "decembre", "déc", "dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$")
_DAY_MONTH = re.compile(r"^(?:1er|(\d{1,2}))\.?\s+([^\W\d]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_THOUSANDS = re.compile(r"(?<=\d)[\s\u00a0\u202f'](?=\d{3}\b)")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def reject_formula(value: object) -> None:
    if isinstance(value, Formula):
        shown = value.text if len(value.text) <= 60 else value.text[:57] + "…"
        raise Rejected(Message("returned.value.formula", formula=shown))


def as_text(value: object) -> str:
    """Text as the model stores it: numbers typed in a text column read as they look."""
    reject_formula(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        shown = "TRUE" if value else "FALSE"
        raise Rejected(Message("returned.value.yes_no_not_text", shown=shown))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return normalise_newlines(str(value))


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _make(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Rejected(Message("returned.value.invalid_date", text=raw)) from None


def parse_date_text(raw: str, lang: str) -> date:
    text = " ".join(raw.strip().casefold().split())
    if match := _ISO.match(text):
        return _make(int(match[1]), int(match[2]), int(match[3]), raw)
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        if lang == "fr" or first > 12:
            return _make(year, second, first, raw)
        if second > 12:
            return _make(year, first, second, raw)
        if first == second:
            return _make(year, first, first, raw)
        raise Rejected(Message("returned.value.ambiguous_date", text=raw))
    if match := _DAY_MONTH.match(text):
        month = _MONTHS.get(match[2])
        if month is not None:
            return _make(int(match[3]), month, int(match[1] or 1), raw)
    if match := _MONTH_DAY.match(text):
        month = _MONTHS.get(match[1])
        if month is not None:
            return _make(int(match[3]), month, int(match[2]), raw)
    raise Rejected(Message("returned.value.unreadable_date", text=raw))


FIRST_DATE = date(1900, 1, 2)
LAST_DATE = date(2200, 12, 31)
"""The dates the GUI's date fields accept (1900-01-01 is their "no date"): a returned cell
holding −1 (read as 1899-12-29) or 9999-12-31 is refused, not stored."""


def parse_date(value: object, lang: str) -> date | None:
    reject_formula(value)
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return _in_range(value.date())
    if isinstance(value, date):
        return _in_range(value)
    if isinstance(value, str):
        return _in_range(parse_date_text(value, lang))
    raise Rejected(Message("returned.value.not_date", text=as_text(value)))


def _in_range(value: date) -> date:
    if not FIRST_DATE <= value <= LAST_DATE:
        raise Rejected(
            Message(
                "returned.value.date_out_of_range",
                date=value.isoformat(),
                first=FIRST_DATE.isoformat(),
                last=LAST_DATE.isoformat(),
            )
        )
    return value


def _number_text(value: str) -> float:
    text = _THOUSANDS.sub("", value.strip())
    if not _NUMBER.match(text):
        raise Rejected(Message("returned.value.text_not_number", text=value))
    return float(text.replace(",", "."))


def parse_int(value: object) -> int | None:
    reject_formula(value)
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise Rejected(Message("returned.value.bool_not_number", text=as_text(value)))
    if isinstance(value, str):
        number = _number_text(value)
    elif isinstance(value, int | float):
        number = float(value)
    else:
        raise Rejected(Message("returned.value.not_number", text=as_text(value)))
    if not number.is_integer():
        raise Rejected(Message("returned.value.not_whole", text=as_text(value)))
    return int(number)


def parse_percent(value: object) -> float | None:
    """A percent cell holds a fraction (0.125 shows 12.5 %); typed text is a percent."""
    reject_formula(value)
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise Rejected(Message("returned.value.bool_not_percent", text=as_text(value)))
    if isinstance(value, str):
        return round(_number_text(value.strip().rstrip("%").strip()), 6)
    if isinstance(value, int | float):
        return round(float(value) * 100, 6)
    raise Rejected(Message("returned.value.not_percent", text=as_text(value)))


_TRUE = {"true", "vrai", "yes", "oui", "1", "y", "o"}
_FALSE = {"false", "faux", "no", "non", "0", "n"}
_UNKNOWN = {"unknown", "inconnu", "?"}


def parse_bool(value: object, *, allow_unknown: bool = True) -> bool | None:
    reject_formula(value)
    if isinstance(value, bool):
        return value
    if is_blank(value) and allow_unknown:
        return None
    text = as_text(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text in _UNKNOWN and allow_unknown:
        return None
    choices = "Oui/Yes, Non/No" + (", Inconnu/Unknown" if allow_unknown else "")
    raise Rejected(Message("returned.value.not_choice", text=as_text(value), choices=choices))


def parse_enum(enum: type[StrEnum], value: object, lang: str, blank: StrEnum | None) -> StrEnum:
    """A dropdown value: its label in either language or its identifier."""
    reject_formula(value)
    if is_blank(value):
        if blank is None:
            raise Rejected(Message("returned.value.needed"))
        return blank
    found = labels.parse_label(enum, as_text(value))
    if found is None:
        shown = ", ".join(labels.label(v, lang) for v in enum)
        raise Rejected(Message("returned.value.not_choice", text=as_text(value), choices=shown))
    return found
