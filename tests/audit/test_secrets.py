"""Secrets are never stored: text that looks like one is reported (docs/reliability.md case 23)."""

from __future__ import annotations

import pytest

from wizard.audit.model import Account, Answer
from wizard.audit.secrets import find_secrets, redact, secret_reason


@pytest.mark.parametrize(
    "text",
    [
        "mdp : Hiver2026!",
        "Mot de passe = Soleil#44",
        "password: correct-horse",
        "Backup codes: 1234 5678 2345 6789 3456 7890",
        "codes de secours 12345678, 23456789, 34567890",
        "clé MFA JBSW Y3DP EHPK 3PXP",
        "token ghp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7",
    ],
)
def test_secret_like_text_is_flagged_and_removable(text):
    assert secret_reason(text)
    cleaned = redact(text)
    assert "[removed]" in cleaned
    assert secret_reason(cleaned) is None


@pytest.mark.parametrize(
    "text",
    [
        "The password policy requires 14 characters.",
        "Le compte a 12 300 abonnés depuis 2019.",
        "Revue des accès faite le 2026-03-12 avec le responsable.",
        "VALDELOIREMOBILITE",
    ],
)
def test_ordinary_text_is_not_flagged(text):
    assert secret_reason(text) is None


def test_find_secrets_names_the_field():
    account = Account(notes="mdp : Hiver2026!", handle="mdp")
    answer = Answer(notes="backup codes: 1111 2222 3333 4444 5555 6666")
    assert [w.path for w in find_secrets(account)] == ["notes"]
    assert [w.path for w in find_secrets(answer)] == ["notes"]


def test_every_scanned_place_is_named_in_field_order_and_identifiers_are_not_scanned():
    from wizard.audit.model import Person, new_audit

    audit = new_audit()
    criterion = next(iter(audit.framework.criteria())).id
    audit.engagement.auditors = [Person(name="a"), Person(name="mdp: Hiver2026!")]
    audit.accounts = [
        Account(handle="token=abc1", notes="pin: 1234", owner=Person(role="pwd=x9")),
        Account(url="https://x.example/pwd=secret1", kpis="password: 42"),
    ]
    audit.answers = {criterion: Answer(notes="mdp : Été2024")}
    found = [w.path for w in find_secrets(audit)]
    assert found == [
        "engagement.auditors[1].name",
        "accounts[0].owner.role",
        "accounts[0].notes",
        "accounts[1].kpis",
        f"answers[{criterion}].notes",
    ]
