"""Findings rules, stable keys and the auditor's reviews."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from helpers.bank import tiny_bank

from wizard.audit.model import (
    Account,
    AccountKind,
    AccountStatus,
    Answer,
    Audit,
    Check,
    CredentialStore,
    Decision,
    Discovery,
    Engagement,
    FindingReview,
    LegalAnswer,
    MfaCoverage,
    Organisation,
    OwnFinding,
    Person,
    Severity,
    new_audit,
)
from wizard.bank.framework import Framework, default_bank
from wizard.scoring.findings import (
    RULES,
    SEVERITY_ORDER,
    ReviewedFinding,
    Rule,
    effective_findings,
    generate_findings,
    orphan_reviews,
    rule_by_id,
    top_findings,
)
from wizard.scoring.rules.inventory import INVENTORY_RULES, InventoryRule
from wizard.scoring.scores import Problem, account_problems

TODAY = date(2024, 6, 15)


def small_framework() -> Framework:
    """The tiny bank (helpers.bank) with S1 in the success group, L1 in learning (two criteria
    each) and one legal item."""
    sections = [("S1", "success", 1.0, (1.0, 1.0)), ("L1", "learning", 1.0, (1.0, 1.0))]
    return tiny_bank(sections, legal=[("privacy", "Privacy law")])


FRAMEWORK = small_framework()


def clean_account(**fields: object) -> Account:
    """An account with nothing wrong; ``fields`` break exactly what a test needs."""
    base: dict[str, object] = {
        "id": "clean",
        "platform": "x",
        "handle": "@org",
        "kind": AccountKind.OFFICIAL,
        "status": AccountStatus.ACTIVE,
        "in_registry": True,
        "owning_unit": "Communications",
        "owner": Person(name="Marie Tremblay", role="Director of communications"),
        "admin_count": 2,
        "admins": [Person(name="Jean Roy"), Person(name="Ana Costa")],
        "credentials": CredentialStore.PASSWORD_MANAGER,
        "mfa": MfaCoverage.ALL,
        "recovery_organisational": True,
        "last_access_review": TODAY - timedelta(days=30),
        "last_post": TODAY - timedelta(days=3),
        "notice_linked": Check.YES,
        "branding_consistent": Check.YES,
        "official_languages": Check.YES,
        "archiving": Check.YES,
    }
    return Account(**(base | fields))


def make_audit(
    accounts: list[Account] | None = None,
    answers: dict[str, Answer] | None = None,
    legal: dict[str, LegalAnswer] | None = None,
) -> Audit:
    return Audit(
        framework=FRAMEWORK,
        engagement=Engagement(organisation=Organisation(official_languages=["fr", "en"])),
        accounts=accounts or [],
        answers=answers or {},
        legal=legal or {},
    )


GOOD_ANSWERS = {c.id: Answer(level=3) for c in FRAMEWORK.criteria()}

# What breaks each inventory rule, and nothing else.
INVENTORY_CASES: dict[str, dict[str, object]] = {
    "inv.no_mfa": {"mfa": MfaCoverage.SOME},
    "inv.credentials_unsafe": {"credentials": CredentialStore.SHARED_DOCUMENT},
    "inv.unofficial": {"kind": AccountKind.UNOFFICIAL},
    "inv.personal_recovery": {"recovery_organisational": False},
    "inv.no_owner": {"owning_unit": "", "owner": Person()},
    "inv.dormant": {"last_post": TODAY - timedelta(days=400)},
    "inv.single_admin": {"admin_count": 1},
    "inv.stale_review": {"last_access_review": TODAY - timedelta(days=800)},
    "inv.language_gap": {"official_languages": Check.PARTIAL},
    "inv.no_archiving": {"archiving": Check.NO},
    "inv.no_notice": {"notice_linked": Check.NO},
    "inv.not_in_registry": {"in_registry": False},
    "inv.branding": {"branding_consistent": Check.NO},
    "inv.mfa_unknown": {"mfa": MfaCoverage.UNKNOWN},
}


def _broken_audit(rule_id: str) -> Audit:
    if rule_id in INVENTORY_CASES:
        account = clean_account(id="bad", **INVENTORY_CASES[rule_id])
        return make_audit([clean_account(), account], GOOD_ANSWERS)
    if rule_id == "inv.closed_platform":
        return make_audit([clean_account(), _on_vine(id="bad")], GOOD_ANSWERS)
    if rule_id == "inv.not_linked":
        linked = clean_account(official_link=True, official_link_source="https://org.example/")
        audit = make_audit([linked, clean_account(id="bad", official_link=False)], GOOD_ANSWERS)
        audit.discovery = Discovery(when=datetime(2026, 1, 5, tzinfo=UTC), pages=3)
        return audit
    if rule_id == "asm.low_criterion":
        return make_audit([clean_account()], GOOD_ANSWERS | {"S1.1": Answer(level=0)})
    if rule_id == "asm.weak_section":
        return make_audit([clean_account()], {"L1.1": Answer(level=2), "L1.2": Answer(level=1)})
    if rule_id == "legal.gap":
        return make_audit(
            [clean_account()], GOOD_ANSWERS, {"privacy": LegalAnswer(status=Check.NO)}
        )
    raise AssertionError(f"no broken case for {rule_id}: add one")


def _on_vine(**fields: object) -> Account:
    values: dict[str, object] = {"id": "vine", "handle": "org", "url": "https://vine.co/org"}
    return clean_account(**(values | fields | {"platform": "vine"}))


def _clean_audit() -> Audit:
    return make_audit([clean_account()], GOOD_ANSWERS, {"privacy": LegalAnswer(status=Check.YES)})


RULE_IDS = [r.id for r in RULES]


def rule(rule_id: str) -> Rule:
    found = rule_by_id(rule_id)
    assert found is not None, rule_id
    return found


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_fires_on_a_broken_case(rule_id: str) -> None:
    found = rule(rule_id).evaluate(_broken_audit(rule_id), TODAY)
    assert len(found) == 1
    finding = found[0]
    assert finding.rule_id == rule_id
    assert finding.key.split(":")[0] == rule_id
    if rule(rule_id).scope == "inventory":
        assert finding.accounts == ("bad",)
        assert finding.key == rule_id


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_is_silent_on_a_clean_audit(rule_id: str) -> None:
    assert rule(rule_id).evaluate(_clean_audit(), TODAY) == []


def test_clean_audit_has_no_findings() -> None:
    assert generate_findings(_clean_audit(), TODAY) == []
    assert account_problems(clean_account(), _clean_audit(), TODAY) == []


@pytest.mark.parametrize("rule", INVENTORY_RULES, ids=lambda r: r.id)
def test_each_inventory_case_breaks_only_its_rule(rule: InventoryRule) -> None:
    audit = _broken_audit(rule.id)
    assert account_problems(audit.accounts[1], audit, TODAY) == [rule.problem]
    assert [f.rule_id for f in generate_findings(audit, TODAY)] == [rule.id]


def test_at_least_twelve_inventory_rules_with_unique_ids() -> None:
    assert len([r for r in RULES if r.scope == "inventory"]) >= 12
    assert len(set(RULE_IDS)) == len(RULE_IDS)
    assert set(INVENTORY_CASES) == {r.id for r in INVENTORY_RULES}


def test_inventory_rules_serve_criteria_of_the_default_bank() -> None:
    framework = default_bank()
    ids = {c.id for c in framework.criteria()} | {s.id for s in framework.sections}
    for inv_rule in INVENTORY_RULES:
        assert inv_rule.framework_item in ids, inv_rule.id


def everything_wrong() -> Audit:
    accounts = [
        clean_account(id=f"bad{i}", handle=f"@bad{i}", **fields)
        for i, fields in enumerate(INVENTORY_CASES.values())
    ]
    accounts.append(_on_vine())
    accounts.append(clean_account(id="unlinked", handle="@unlinked", official_link=False))
    answers = {"S1.1": Answer(level=0), "S1.2": Answer(level=1), "L1.1": Answer(level=0)}
    legal = {"privacy": LegalAnswer(status=Check.PARTIAL)}
    audit = make_audit(accounts, answers, legal)
    audit.discovery = Discovery(when=datetime(2026, 1, 5, tzinfo=UTC), pages=3)
    return audit


def test_texts_are_bilingual_and_filled_in() -> None:
    findings = generate_findings(everything_wrong(), TODAY)
    assert {f.rule_id for f in findings} == set(RULE_IDS)
    for f in findings:
        for part in ("title", "detail", "recommendation"):
            fr, en = getattr(f, part)("fr"), getattr(f, part)("en")
            assert fr.strip(), (f.key, part)
            assert en.strip(), (f.key, part)
            assert fr != en, (f.key, part)
            assert "{" not in fr + en, (f.key, part)


def test_findings_never_name_people() -> None:
    for f in generate_findings(everything_wrong(), TODAY):
        text = " ".join(
            getattr(f, p)(lang)
            for p in ("title", "detail", "recommendation")
            for lang in ("fr", "en")
        )
        for name in ("Marie", "Tremblay", "Jean Roy", "Ana Costa"):
            assert name not in text


def test_detail_names_accounts_and_caps_the_list() -> None:
    accounts = [clean_account(id=f"a{i}", handle=f"@h{i}", mfa=MfaCoverage.NONE) for i in range(13)]
    (finding,) = generate_findings(make_audit(accounts, GOOD_ANSWERS), TODAY)
    assert finding.key == "inv.no_mfa"
    assert len(finding.accounts) == 13
    assert "@h0 (x)" in finding.detail("en")
    assert "@h9 (x)" in finding.detail("en")
    assert "@h10" not in finding.detail("en")
    assert "(13)" in finding.detail("en")
    assert "and 3 more" in finding.detail("en")
    assert "et 3 autre(s)" in finding.detail("fr")


def test_sorted_by_severity_then_rule_order() -> None:
    findings = generate_findings(everything_wrong(), TODAY)
    ranks = [SEVERITY_ORDER[f.severity] for f in findings]
    assert ranks == sorted(ranks)
    order = {rule_id: i for i, rule_id in enumerate(RULE_IDS)}
    for a, b in itertools.pairwise(findings):
        if a.severity == b.severity:
            assert order[a.rule_id] <= order[b.rule_id]


def test_keys_are_stable_and_unique() -> None:
    first = generate_findings(everything_wrong(), TODAY)
    second = generate_findings(Audit.model_validate(everything_wrong().model_dump()), TODAY)
    assert first == second
    keys = [f.key for f in first]
    assert len(set(keys)) == len(keys)
    assert "asm.low_criterion:S1.1" in keys
    assert "asm.weak_section:S1" in keys
    assert "legal.gap:privacy" in keys


def test_keys_do_not_depend_on_counts_or_levels() -> None:
    one = make_audit([clean_account(id="a", mfa=MfaCoverage.NONE)], {"S1.1": Answer(level=0)})
    two = make_audit(
        [clean_account(id="a", mfa=MfaCoverage.NONE), clean_account(id="b", mfa=MfaCoverage.SOME)],
        {"S1.1": Answer(level=1)},
    )
    keys_one = {f.key for f in generate_findings(one, TODAY)}
    keys_two = {f.key for f in generate_findings(two, TODAY)}
    assert {"inv.no_mfa", "asm.low_criterion:S1.1"} <= keys_one & keys_two


# --- severities of the assessment rules


@pytest.mark.parametrize(
    ("criterion", "level", "severity"),
    [
        ("S1.1", 0, Severity.HIGH),  # absent, success condition
        ("S1.1", 1, Severity.MEDIUM),
        ("L1.1", 0, Severity.MEDIUM),  # absent, but not a success condition
        ("S1.1", 2, None),
    ],
)
def test_low_criterion_severity(criterion: str, level: int, severity: Severity | None) -> None:
    audit = make_audit(answers=GOOD_ANSWERS | {criterion: Answer(level=level)})
    found = rule("asm.low_criterion").evaluate(audit, TODAY)
    assert [f.severity for f in found] == ([severity] if severity else [])
    if severity:
        assert found[0].framework_item == criterion


@pytest.mark.parametrize(
    ("levels", "severity"),
    [
        ((0, 0), Severity.HIGH),  # 0 %
        ((1, 0), Severity.HIGH),  # 12.5 %
        ((1, 1), Severity.MEDIUM),  # 25 % exactly: not below 25
        ((2, 1), Severity.MEDIUM),  # 37.5 %
        ((2, 2), None),  # 50 % exactly: not weak
    ],
)
def test_weak_section_severity(levels: tuple[int, int], severity: Severity | None) -> None:
    answers = GOOD_ANSWERS | {"L1.1": Answer(level=levels[0]), "L1.2": Answer(level=levels[1])}
    found = rule("asm.weak_section").evaluate(make_audit(answers=answers), TODAY)
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_section_with_only_na_is_not_weak() -> None:
    na = Answer(not_applicable=True, justification="Not used")
    audit = make_audit(answers={"L1.1": na, "L1.2": na})
    assert generate_findings(audit, TODAY) == []


@pytest.mark.parametrize(
    ("status", "severity"),
    [
        (Check.NO, Severity.HIGH),
        (Check.PARTIAL, Severity.MEDIUM),
        (Check.YES, None),
        (Check.UNKNOWN, None),
        (Check.NOT_APPLICABLE, None),
    ],
)
def test_legal_gap_severity(status: Check, severity: Severity | None) -> None:
    audit = make_audit(legal={"privacy": LegalAnswer(status=status)})
    found = rule("legal.gap").evaluate(audit, TODAY)
    assert [f.severity for f in found] == ([severity] if severity else [])


# --- reviews


def _review(audit: Audit, key: str, **fields: object) -> None:
    audit.finding_reviews[key] = FindingReview.model_validate(fields)


def _by_key(findings: list[ReviewedFinding]) -> dict[str, ReviewedFinding]:
    return {f.key: f for f in findings}


def test_unreviewed_findings_pass_through() -> None:
    audit = everything_wrong()
    reviewed = effective_findings(audit, TODAY)
    assert [r.finding for r in reviewed] == generate_findings(audit, TODAY)
    assert all(r.decision is None and not r.dismissed for r in reviewed)


def test_dismissed_finding_is_flagged_and_left_out_of_active() -> None:
    audit = everything_wrong()
    _review(audit, "inv.no_mfa", decision=Decision.DISMISSED, reason="Accepted risk")
    every = _by_key(effective_findings(audit, TODAY))
    assert every["inv.no_mfa"].dismissed
    assert every["inv.no_mfa"].reason == "Accepted risk"
    active = _by_key(effective_findings(audit, TODAY, active_only=True))
    assert "inv.no_mfa" not in active
    assert len(active) == len(every) - 1


def test_edited_finding_shows_the_edited_text_and_severity() -> None:
    audit = everything_wrong()
    _review(
        audit,
        "inv.branding",
        decision=Decision.EDITED,
        title="Logo out of date",
        recommendation="Replace the logo.",
        severity=Severity.HIGH,
    )
    _review(audit, "inv.no_notice", decision=Decision.EDITED, severity=Severity.MEDIUM)
    reviewed = effective_findings(audit, TODAY)
    found = _by_key(reviewed)
    branding = found["inv.branding"]
    assert branding.title("fr") == branding.title("en") == "Logo out of date"
    assert branding.recommendation("en") == "Replace the logo."
    assert branding.severity is Severity.HIGH
    assert branding.generated_severity is Severity.LOW
    assert branding.detail("en") == branding.finding.detail("en")
    notice = found["inv.no_notice"]  # empty replacements keep the generated text
    assert notice.title("en") == notice.finding.title("en")
    assert notice.severity is Severity.MEDIUM
    ranks = [SEVERITY_ORDER[r.severity] for r in reviewed]
    assert ranks == sorted(ranks)


def test_accepted_review_changes_nothing_but_the_decision() -> None:
    audit = everything_wrong()
    _review(
        audit, "inv.branding", decision=Decision.ACCEPTED, title="ignored", severity=Severity.HIGH
    )
    branding = _by_key(effective_findings(audit, TODAY))["inv.branding"]
    assert branding.decision is Decision.ACCEPTED
    assert branding.severity is Severity.LOW
    assert branding.title("en") == branding.finding.title("en")


def test_own_findings_are_included() -> None:
    audit = make_audit([clean_account()], GOOD_ANSWERS)
    audit.own_findings.append(
        OwnFinding(
            id="o1",
            title="No crisis plan",
            severity=Severity.HIGH,
            criterion="S1.2",
            accounts=["clean"],
        )
    )
    audit.own_findings.append(OwnFinding(id="o2", title="Minor", severity=Severity.LOW))
    reviewed = effective_findings(audit, TODAY, active_only=True)
    assert [r.key for r in reviewed] == ["own:o1", "own:o2"]
    first = reviewed[0]
    assert first.own
    assert first.rule_id == "own"
    assert first.title("fr") == "No crisis plan"
    assert first.framework_item == "S1.2"
    assert first.accounts == ("clean",)


def test_own_findings_sort_among_generated_ones() -> None:
    audit = everything_wrong()
    audit.own_findings.append(OwnFinding(id="o1", title="Mine", severity=Severity.HIGH))
    reviewed = effective_findings(audit, TODAY)
    ranks = [SEVERITY_ORDER[r.severity] for r in reviewed]
    assert ranks == sorted(ranks)
    last_high = max(i for i, r in enumerate(reviewed) if r.severity is Severity.HIGH)
    assert reviewed[last_high].key == "own:o1"  # after the generated high ones


def test_top_findings_skips_dismissed_and_caps() -> None:
    audit = everything_wrong()
    first = effective_findings(audit, TODAY)[0]
    _review(audit, first.key, decision=Decision.DISMISSED, reason="Out of scope")
    top = top_findings(audit, TODAY, n=3)
    assert len(top) == 3
    assert first.key not in {r.key for r in top}


def test_orphan_reviews() -> None:
    audit = make_audit([clean_account(mfa=MfaCoverage.NONE)], GOOD_ANSWERS)
    _review(audit, "inv.no_mfa", decision=Decision.ACCEPTED)
    _review(audit, "inv.branding", decision=Decision.DISMISSED, reason="Fixed since")
    assert orphan_reviews(audit, TODAY) == ["inv.branding"]


def test_default_bank_end_to_end() -> None:
    audit = new_audit()
    framework = audit.framework
    audit.answers = {c.id: Answer(level=0) for c in framework.criteria()}
    audit.legal = {item.id: LegalAnswer(status=Check.NO) for item in framework.legal}
    findings = generate_findings(audit, TODAY)
    expected = len(framework.criteria()) + len(framework.sections) + len(framework.legal)
    assert len(findings) == expected
    assert len({f.key for f in findings}) == expected
    success = {s.id for s in framework.sections if s.group == "success"}
    for f in findings:
        assert f.title("fr") != f.title("en")
        assert f.recommendation("fr") != f.recommendation("en")
        if f.rule_id == "asm.low_criterion":
            section = framework.section_of(f.framework_item)
            assert section is not None
            expected_severity = Severity.HIGH if section.id in success else Severity.MEDIUM
            assert f.severity is expected_severity


def test_weak_section_names_its_weakest_criteria() -> None:
    answers = GOOD_ANSWERS | {"L1.1": Answer(level=2), "L1.2": Answer(level=1)}
    (finding,) = rule("asm.weak_section").evaluate(make_audit(answers=answers), TODAY)
    assert finding.key == "asm.weak_section:L1"
    assert "L1.2" in finding.detail("en")
    assert "L1.1" not in finding.detail("en")  # level 2 is already "defined"
    assert "38 %" in finding.detail("fr")  # 37.5 shown without decimals


def test_accounts_on_closed_platforms_are_found_by_name() -> None:
    audit = make_audit(
        [
            clean_account(),
            _on_vine(),
            clean_account(
                id="g", platform="googleplus", handle="+org", status=AccountStatus.CLOSED
            ),
            _on_vine(id="fake", kind=AccountKind.UNOFFICIAL),
        ],
        GOOD_ANSWERS,
    )
    [finding] = [f for f in generate_findings(audit, TODAY) if f.rule_id == "inv.closed_platform"]
    assert finding.accounts == ("vine", "g")
    assert "Vine (closed), Google+ (closed)" in finding.detail("en")
    assert "remove these accounts from the registry and the website" in (
        finding.recommendation("en").lower()
    )


def test_unlinked_accounts_are_flagged_only_once_a_discovery_was_recorded() -> None:
    unlinked = clean_account(id="gap", handle="@gap", official_link=False)
    impostor = clean_account(id="fake", kind=AccountKind.UNOFFICIAL, official_link=False)
    unchecked = clean_account(id="new", official_link=None)
    audit = make_audit([unlinked, impostor, unchecked], GOOD_ANSWERS)
    assert not [f for f in generate_findings(audit, TODAY) if f.rule_id == "inv.not_linked"]
    audit.discovery = Discovery(when=datetime(2026, 1, 5, tzinfo=UTC), pages=12)
    [finding] = [f for f in generate_findings(audit, TODAY) if f.rule_id == "inv.not_linked"]
    assert finding.accounts == ("gap",)
    assert finding.title("en") == "Not linked from any official page: verify ownership"
    assert "12 pages read" in finding.detail("en")
    assert "@gap" in finding.detail("fr")


def test_each_inventory_rule_names_the_accounts_showing_its_badge_in_inventory_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rules share one pass over the inventory (issue 15: fourteen scans of 10,000
    accounts cost more than working the badges out); each still names exactly the accounts
    whose badges show its problem, in inventory order, and the badges are worked out once
    per account."""
    from helpers.sample import generated_audit

    from wizard.scoring import scores
    from wizard.scoring.rules import inventory as inventory_rules

    audit = generated_audit(300, seed=7)
    today = date(2026, 3, 1)
    calls: list[str] = []
    real = scores.account_problems

    def counted(account: Account, audit: Audit, today: date) -> list[Problem]:
        calls.append(account.id)
        return real(account, audit, today)

    monkeypatch.setattr(scores, "account_problems", counted)
    found = {f.rule_id: f for f in inventory_rules.inventory_findings(audit, today)}
    assert sorted(calls) == sorted(a.id for a in audit.accounts)
    for rule in INVENTORY_RULES:
        expected = tuple(a.id for a in audit.accounts if rule.problem in real(a, audit, today))
        assert (found[rule.id].accounts if rule.id in found else ()) == expected, rule.id
