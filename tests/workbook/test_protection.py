"""One paste cannot silently break the scores: the sheets holding formulas are protected
(no password), their input cells unlocked, and the client round trip still reads them."""

from __future__ import annotations

import pytest
from helpers.workbook import export, load

from wizard.workbook import assessment, strings


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    from wizard.demo import demo_session

    return load(export(demo_session().audit, tmp_path_factory.mktemp("p"), "en"))


def test_formula_sheets_are_protected_without_a_password(book):
    for key in ("cover", "summary", "assessment"):
        ws = book[strings.sheet_name(key, "en")]
        assert ws.protection.sheet, key
        assert not ws.protection.password, key


def test_formulas_and_helpers_are_locked_and_answers_are_not(book):
    ws = book[strings.sheet_name("assessment", "en")]
    rows = [
        r for r in range(assessment.FIRST_ROW, ws.max_row + 1) if ws[f"{assessment.ID}{r}"].value
    ]
    assert rows
    for r in rows:
        for letter in (assessment.LEVEL, assessment.POINTS, assessment.FINDING, assessment.ID):
            assert ws[f"{letter}{r}"].protection.locked, (letter, r)
        for letter in (assessment.ANSWER, assessment.JUSTIFICATION, assessment.NOTES):
            assert not ws[f"{letter}{r}"].protection.locked, (letter, r)
    summary = book[strings.sheet_name("summary", "en")]
    formulas = [c for row in summary.iter_rows() for c in row if str(c.value).startswith("=")]
    assert formulas
    assert all(c.protection.locked for c in formulas)
