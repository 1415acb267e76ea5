"""The reversible edits the GUI's undo commands are made of (no Qt here)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.bank import tiny_bank

from wizard.audit import edits
from wizard.audit.model import (
    Account,
    AccountStatus,
    Action,
    Answer,
    Audit,
    Check,
    Decision,
    FindingReview,
    LegalAnswer,
    OwnFinding,
    Risk,
)


@pytest.fixture
def audit() -> Audit:
    audit = Audit(framework=tiny_bank())
    audit.accounts = [Account(id=f"a{i}", handle=f"h{i}") for i in range(4)]
    return audit


def test_set_account_field_returns_old_value_and_undoes(audit):
    old = edits.set_account_field(audit, "a1", "status", AccountStatus.ACTIVE)
    assert old is AccountStatus.UNKNOWN
    assert audit.account("a1").status is AccountStatus.ACTIVE
    edits.set_account_field(audit, "a1", "status", old)
    assert audit.account("a1").status is AccountStatus.UNKNOWN


def test_invalid_value_names_the_field_and_changes_nothing(audit):
    with pytest.raises(edits.EditError) as caught:
        edits.set_account_field(audit, "a1", "handle", "bad\x07text")
    assert caught.value.field == "handle"
    assert "control character" in str(caught.value)
    assert audit.account("a1").handle == "h1"


def test_wrong_type_and_unknown_field_are_refused(audit):
    with pytest.raises(edits.EditError, match="status"):
        edits.set_account_field(audit, "a1", "status", "not-a-status")
    with pytest.raises(edits.EditError, match="password"):
        edits.set_account_field(audit, "a1", "password", "x")
    with pytest.raises(edits.EditError, match="id"):
        edits.set_account_field(audit, "a1", "id", "other")
    with pytest.raises(edits.EditError, match="no account"):
        edits.set_account_field(audit, "zz", "handle", "x")


def test_insert_and_remove_restore_the_same_order(audit):
    new = [Account(id="n1"), Account(id="n2")]
    assert edits.insert_accounts(audit, new, 1) == 1
    assert [a.id for a in audit.accounts] == ["a0", "n1", "n2", "a1", "a2", "a3"]
    removed = edits.remove_accounts(audit, ["a0", "n2", "a3"])
    assert [i for i, _a in removed] == [0, 2, 5]
    assert [a.id for a in audit.accounts] == ["n1", "a1", "a2"]
    edits.restore_accounts(audit, removed)
    assert [a.id for a in audit.accounts] == ["a0", "n1", "n2", "a1", "a2", "a3"]


def test_insert_refuses_duplicate_ids(audit):
    with pytest.raises(edits.EditError, match="already exists"):
        edits.insert_accounts(audit, [Account(id="a1")])
    assert len(audit.accounts) == 4


def test_duplicate_gets_a_new_id_after_the_original(audit):
    edits.set_account_field(audit, "a1", "followers", 12)
    copy = edits.duplicate_account(audit, "a1")
    assert copy.id != "a1"
    assert audit.accounts[2] is copy
    assert (copy.handle, copy.followers) == ("h1", 12)


def test_accounts_from_text_recognises_each_line():
    accounts = edits.accounts_from_text(
        "https://twitter.com/vigie\n\n  https://www.facebook.com/vigie.org  \n"
        "https://twitter.com/vigie\n"
    )
    assert len(accounts) == 2
    assert accounts[0].platform != "other"
    assert accounts[0].handle.lstrip("@").lower() == "vigie"
    assert accounts[1].url


def test_accounts_from_text_skips_known_accounts(audit):
    audit.accounts[0].platform = "x"
    audit.accounts[0].handle = "vigie"
    accounts = edits.accounts_from_text("https://x.com/vigie\nhttps://x.com/other", audit)
    assert [a.handle for a in accounts] == ["other"]


def test_accounts_from_text_refuses_a_bad_line():
    with pytest.raises(edits.EditError, match="line 2"):
        edits.accounts_from_text("https://twitter.com/ok\nbad\x01handle")


def test_set_answer_and_clear(audit):
    answer = Answer(level=3)
    assert edits.set_answer(audit, "S1.1", answer) is None
    assert audit.answer("S1.1").level == 3
    assert edits.set_answer(audit, "S1.1", None) is answer
    assert "S1.1" not in audit.answers
    with pytest.raises(edits.EditError, match="question bank"):
        edits.set_answer(audit, "nope", answer)


def test_with_changes_validates_na_justification():
    with pytest.raises(edits.EditError, match="justification"):
        edits.with_changes(Answer(), not_applicable=True)
    answer = edits.with_changes(Answer(), not_applicable=True, justification="No budget line")
    assert answer.not_applicable


def test_set_legal(audit):
    assert edits.set_legal(audit, "L1", LegalAnswer(status=Check.YES)) is None
    assert audit.legal["L1"].status is Check.YES
    with pytest.raises(edits.EditError):
        edits.set_legal(audit, "L9", LegalAnswer())


def test_risks_add_update_remove(audit):
    risk = Risk(id="r1", title="Account takeover")
    assert edits.add_risk(audit, risk) == 0
    assert edits.set_record_field(audit, "risks", "r1", "likelihood", 5) == 3
    assert audit.risks[0].rating == 15
    with pytest.raises(edits.EditError, match="likelihood"):
        edits.set_record_field(audit, "risks", "r1", "likelihood", 9)
    assert edits.remove_risk(audit, "r1") == (0, risk)
    assert audit.risks == []


def test_actions_and_own_findings(audit):
    action = Action(id="x1", title="Enable MFA", due=date(2026, 6, 30))
    edits.add_action(audit, action)
    assert edits.remove_action(audit, "x1") == (0, action)
    own = OwnFinding(id="o1", title="No policy")
    edits.add_own_finding(audit, own)
    edited = edits.with_changes(own, title="No social media policy")
    assert edits.replace_own_finding(audit, edited) is own
    assert audit.own_findings[0].title == "No social media policy"
    assert edits.remove_own_finding(audit, "o1") == (0, edited)
    with pytest.raises(edits.EditError, match="Action"):
        edits.insert_record(audit, "actions", own)


def test_review_finding_and_withdraw(audit):
    review = FindingReview(decision=Decision.DISMISSED, reason="Out of scope")
    assert edits.review_finding(audit, "inv.no_mfa", review) is None
    assert edits.review_finding(audit, "inv.no_mfa", None) is review
    assert audit.finding_reviews == {}
    with pytest.raises(edits.EditError, match="reason"):
        edits.with_changes(review, reason="  ")
