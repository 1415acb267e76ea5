"""Reading returned cells: dates typed as text, numbers, percentages, choices, formulas."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wizard.audit.model import AccountStatus, Check
from wizard.returned.values import (
    Formula,
    Rejected,
    as_text,
    parse_bool,
    parse_date,
    parse_enum,
    parse_int,
    parse_percent,
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2024-03-15", "fr", date(2024, 3, 15)),
        ("2024/3/5", "en", date(2024, 3, 5)),
        ("2024-03-15 00:00:00", "en", date(2024, 3, 15)),
        ("15/03/2024", "fr", date(2024, 3, 15)),
        ("05/03/2024", "fr", date(2024, 3, 5)),
        ("15.03.2024", "en", date(2024, 3, 15)),
        ("03/15/2024", "en", date(2024, 3, 15)),
        ("15/03/2024", "en", date(2024, 3, 15)),
        ("15-03-24", "fr", date(2024, 3, 15)),
        ("15 mars 2024", "fr", date(2024, 3, 15)),
        ("1er février 2024", "fr", date(2024, 2, 1)),
        ("15 March 2024", "en", date(2024, 3, 15)),
        ("March 15, 2024", "en", date(2024, 3, 15)),
        ("Sept. 3rd, 2024", "en", date(2024, 9, 3)),
        ("  2024-03-15  ", "fr", date(2024, 3, 15)),
    ],
)
def test_common_date_text_forms_are_read(text: str, lang: str, expected: date) -> None:
    assert parse_date(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("03/04/2024", "ambiguous"),
        ("31/02/2024", "not a valid date"),
        ("next week", "not a date"),
        ("2024-13-01", "not a valid date"),
        ("15 brumaire 2024", "not a date"),
    ],
)
def test_unreadable_or_ambiguous_dates_are_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(Rejected, match=why):
        parse_date(text, "en")


def test_date_cells_and_blanks() -> None:
    assert parse_date(datetime(2024, 3, 15), "fr") == date(2024, 3, 15)
    assert parse_date(None, "fr") is None
    assert parse_date("  ", "fr") is None
    with pytest.raises(Rejected, match="not a date"):
        parse_date(45000, "fr")


def test_a_formula_is_refused_wherever_a_value_belongs() -> None:
    formula = Formula("=TODAY()")
    for parse in (
        lambda v: parse_date(v, "fr"),
        parse_int,
        parse_percent,
        parse_bool,
        as_text,
        lambda v: parse_enum(Check, v, "fr", Check.UNKNOWN),
    ):
        with pytest.raises(Rejected, match="formula"):
            parse(formula)


def test_numbers() -> None:
    assert parse_int(1200) == 1200
    assert parse_int(1200.0) == 1200
    assert parse_int("1 200") == 1200
    assert parse_int("1\u202f200") == 1200
    assert parse_int(None) is None
    with pytest.raises(Rejected, match="text where a number belongs"):
        parse_int("lots")
    with pytest.raises(Rejected, match="whole number"):
        parse_int(12.5)


def test_percentages() -> None:
    assert parse_percent(0.125) == 12.5
    assert parse_percent("12,5 %") == 12.5
    assert parse_percent("3%") == 3.0
    with pytest.raises(Rejected):
        parse_percent("high")


def test_booleans_and_choices_in_either_language() -> None:
    assert parse_bool("Oui") is True
    assert parse_bool("no") is False
    assert parse_bool("Inconnu") is None
    assert parse_bool(True) is True
    with pytest.raises(Rejected, match="not one of the choices"):
        parse_bool("peut-être")
    assert parse_enum(AccountStatus, "Dormant", "fr", None) is AccountStatus.DORMANT
    assert parse_enum(AccountStatus, "fermé", "en", None) is AccountStatus.CLOSED
    assert parse_enum(Check, "", "fr", Check.UNKNOWN) is Check.UNKNOWN
    with pytest.raises(Rejected, match="not one of the choices"):
        parse_enum(AccountStatus, "Archivé", "fr", None)


def test_numbers_typed_in_text_columns_read_as_they_look() -> None:
    assert as_text(12345.0) == "12345"
    assert as_text("a\r\nb") == "a\nb"
    assert as_text(None) == ""
