"""Dates as typed in a date field: ISO and day first, blank for none, the rest refused."""

from datetime import date

import pytest

from wizard.audit.date_text import DateTextError, parse_typed_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-04", date(2026, 5, 4)),
        (" 2026/5/4 ", date(2026, 5, 4)),
        ("31/12/2026", date(2026, 12, 31)),
        ("4/5/2026", date(2026, 5, 4)),
        ("04.05.26", date(2026, 5, 4)),
        ("", None),
        ("   ", None),
    ],
)
def test_accepted_forms(text, expected):
    assert parse_typed_date(text) == expected


@pytest.mark.parametrize("text", ["Non définie20260504", "31/02/2026", "2026-13-01", "soon"])
def test_refused_texts(text):
    with pytest.raises(DateTextError):
        parse_typed_date(text)
