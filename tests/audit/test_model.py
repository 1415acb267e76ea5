"""The audit model: strict, closed, and every text checked at the door."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from wizard.audit.model import (
    Account,
    Answer,
    Audit,
    Decision,
    Engagement,
    FindingReview,
    MfaCoverage,
)
from wizard.audit.text import EXCEL_CELL_LIMIT, check_text, utf16_units


def _error_text(exc: ValidationError) -> str:
    return "\n".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        ("abc\x07def", "control character U+0007"),
        ("abc\x00", "control character U+0000"),
        ("x\ufffe", "noncharacter U+FFFE"),
        ("x\uffff", "noncharacter U+FFFF"),
        ("x\ufdd0", "noncharacter U+FDD0"),
        ("x\ud800y", "unpaired surrogate U+D800"),
    ],
)
def test_bad_characters_are_refused_naming_the_field(bad, what):
    with pytest.raises(ValidationError) as caught:
        Account(notes=bad)
    message = _error_text(caught.value)
    assert "notes" in message
    assert what in message


def test_line_fields_refuse_line_breaks():
    with pytest.raises(ValidationError, match="line break"):
        Account(handle="two\nlines")


def test_crlf_is_normalised_to_lf_and_round_trips():
    account = Account(notes="first\r\nsecond\rthird")
    assert account.notes == "first\nsecond\nthird"
    again = Account.model_validate_json(account.model_dump_json())
    assert again.notes == account.notes


def test_note_limit_counts_utf16_units_like_excel():
    emoji = "😀"  # two UTF-16 units
    fits = emoji * (EXCEL_CELL_LIMIT // 2)
    assert utf16_units(fits) == EXCEL_CELL_LIMIT - 1
    Account(notes=fits)
    with pytest.raises(ValidationError, match="too long: 32,768 characters"):
        Account(notes=fits + "ab")


def test_unknown_keys_such_as_password_are_refused():
    with pytest.raises(ValidationError) as caught:
        Account.model_validate({"handle": "x", "password": "hunter2"})
    assert "password" in _error_text(caught.value)


def test_there_is_no_field_that_could_hold_a_secret():
    names = {name for model in (Account, Engagement, Answer, Audit) for name in model.model_fields}
    forbidden = {"password", "passwd", "secret", "token", "mfa_code", "backup_codes", "pin"}
    assert not names & forbidden


def test_strict_types_refuse_strings_for_numbers():
    with pytest.raises(ValidationError, match="followers"):
        Account.model_validate({"followers": "1200"})


def test_assignment_is_validated():
    account = Account()
    with pytest.raises(ValidationError):
        account.notes = "bell\x07"
    account.mfa = MfaCoverage.ALL
    assert account.mfa is MfaCoverage.ALL


def test_not_applicable_needs_a_justification():
    with pytest.raises(ValidationError, match="N/A needs a justification"):
        Answer(not_applicable=True)
    with pytest.raises(ValidationError, match="both N/A and a level"):
        Answer(not_applicable=True, level=2, justification="x")
    assert Answer(not_applicable=True, justification="No such channel").assessed


def test_dismissing_a_finding_needs_a_reason():
    with pytest.raises(ValidationError, match="needs a reason"):
        FindingReview(decision=Decision.DISMISSED)


def test_engagement_dates_must_be_in_order():
    from datetime import date

    with pytest.raises(ValidationError, match="end date is before the start date"):
        Engagement(start_date=date(2026, 5, 2), end_date=date(2026, 5, 1))


@given(st.text(max_size=200))
def test_checked_text_is_either_refused_or_stable(text):
    try:
        cleaned = check_text(text, limit=EXCEL_CELL_LIMIT, multiline=True)
    except ValueError as exc:
        message = str(exc)
        cleaned = None
    if cleaned is None:
        assert "contains" in message or "too long" in message
        return
    assert "\r" not in cleaned
    assert check_text(cleaned, limit=EXCEL_CELL_LIMIT, multiline=True) == cleaned
    assert json.loads(json.dumps(cleaned)) == cleaned
