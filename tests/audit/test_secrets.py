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


def _walked_texts(audit) -> set[str]:
    from wizard.audit import secrets

    found: list[tuple[str, str, str]] = []
    secrets._texts(audit, "", found)
    return {text for _, _, text in found}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_field_by_field_read_finds_every_text_the_walk_scans(seed):
    """find_secrets clears an audit from its distinct texts; they must be exactly the texts the
    walk that names places scans, or a secret could be missed."""
    from helpers.sample import generated_audit

    from wizard.audit.secrets import _distinct_texts
    from wizard.demo import demo_session

    for audit in (generated_audit(30, seed=seed), demo_session().audit):
        assert _distinct_texts(audit) == _walked_texts(audit)


def test_each_different_text_is_judged_once_and_places_are_named_only_when_one_is_found(
    monkeypatch,
):
    """A 300-account audit repeats a handful of texts: clearing it costs a handful of
    judgements, and the walk that names places runs only when something looks like a secret."""
    from helpers.sample import generated_audit

    from wizard.audit import secrets

    audit = generated_audit(300, seed=4)
    scanned: list[tuple[str, str, str]] = []
    secrets._texts(audit, "", scanned)
    judged: list[str] = []
    walks: list[str] = []
    judge, walk = secrets.secret_reason, secrets._texts
    monkeypatch.setattr(secrets, "secret_reason", lambda text: judged.append(text) or judge(text))
    monkeypatch.setattr(
        secrets, "_texts", lambda value, path, out: walks.append(path) or walk(value, path, out)
    )
    assert find_secrets(audit) == []
    assert walks == []
    assert sorted(judged) == sorted({text for _, _, text in scanned})
    assert len(judged) * 10 < len(scanned)
    audit.accounts[150].notes = "mdp : Hiver2026!"
    assert [w.path for w in find_secrets(audit)] == ["accounts[150].notes"]
