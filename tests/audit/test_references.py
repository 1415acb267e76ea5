"""Dangling references and repeated ids, each named once (what ``vigie check`` warns about)."""

from __future__ import annotations

from helpers.sample import generated_audit

from wizard.audit.model import Account, OwnFinding
from wizard.audit.references import dangling_references


def test_every_kind_of_dangling_reference_and_repeated_id_is_named_once():
    audit = generated_audit(200, seed=11)
    listed = audit.evidence[0].sha256
    gone = "f" * 64
    audit.accounts[150].evidence = [listed, gone]
    criterion = next(iter(audit.answers))
    audit.answers[criterion].evidence = [gone]
    legal = next(iter(audit.legal))
    audit.legal[legal].evidence = [listed]
    audit.risks[1].accounts = [audit.accounts[0].id, "nobody"]
    audit.own_findings = [OwnFinding(title="t", accounts=["ghost"])]
    audit.accounts.append(Account(id=audit.accounts[3].id, handle="twin"))  # in place
    assert dangling_references(audit) == [
        f"account id {audit.accounts[3].id!r} is used 2 times",
        "risks[1].accounts: 1 account(s) not in the audit ('nobody'…)",
        "own_findings[0].accounts: 1 account(s) not in the audit ('ghost'…)",
        f"answers[{criterion!r}].evidence: 1 attachment(s) not listed (ffffffffffff…)",
        "accounts[150].evidence: 1 attachment(s) not listed (ffffffffffff…)",
    ]


def test_an_audit_without_problems_has_none():
    assert dangling_references(generated_audit(200, seed=11)) == []
