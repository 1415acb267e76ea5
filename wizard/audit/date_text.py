"""Dates as a person types them: ISO (``2026-05-04``) or day first (``31/12/2026``).

Every date field of the interface accepts both, so an auditor can type what the French
and the English-Canadian habits write without learning a format. Day-first is the only
short form accepted: ``04/05/2026`` is the 4th of May, never April 5th (the field's
placeholder says so).
"""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")


class DateTextError(ValueError):
    """The text is not a date in an accepted form."""


def parse_typed_date(text: str) -> date | None:
    """The date written in ``text``; None when it is blank; :class:`DateTextError` else."""
    text = text.strip()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        raise DateTextError(text)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise DateTextError(text) from exc
