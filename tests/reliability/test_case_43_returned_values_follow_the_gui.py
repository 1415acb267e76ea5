"""Issue 18, "also found": a returned workbook's Created = −1 became 1899-12-29, 9999-12-31
was accepted, and ``TRUE`` was accepted into Handle. The review now applies the GUI's value
rules: dates within the date fields' range, yes/no values never taken for text."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wizard.returned.values import Rejected, as_text, parse_date


@pytest.mark.parametrize(
    "cell", [datetime(1899, 12, 29), date(9999, 12, 31), "31/12/9999", date(1900, 1, 1)]
)
def test_dates_outside_the_gui_range_are_refused(cell: object) -> None:
    with pytest.raises(Rejected) as refused:
        parse_date(cell, "fr")
    assert "outside the dates Vigie accepts (1900-01-02 to 2200-12-31)" in refused.value.reason


def test_dates_inside_the_range_still_read() -> None:
    assert parse_date(datetime(2024, 3, 15), "en") == date(2024, 3, 15)
    assert parse_date("15/03/2024", "fr") == date(2024, 3, 15)


@pytest.mark.parametrize("cell", [True, False])
def test_a_yes_no_cell_is_not_text(cell: bool) -> None:
    with pytest.raises(Rejected) as refused:
        as_text(cell)
    assert "is a yes/no value, not text" in refused.value.reason
