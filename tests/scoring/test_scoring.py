"""Scores, stages, completeness and inventory statistics, checked against hand computations."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from helpers.bank import Section, tiny_bank
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.audit.model import (
    Account,
    AccountKind,
    AccountStatus,
    Answer,
    Audit,
    Check,
    CredentialStore,
    Engagement,
    MfaCoverage,
    Organisation,
    Person,
    Settings,
    new_audit,
)
from wizard.bank.framework import Framework
from wizard.scoring.scores import (
    PROBLEM_LABELS,
    OverallScore,
    Problem,
    SectionScore,
    account_problems,
    has_owner,
    inventory_stats,
    is_dormant,
    months_before,
    overall_score,
    problem_label,
    section_scores,
)

TODAY = date(2024, 6, 15)


def make_framework(sections: list[Section], max_level: int = 4) -> Framework:
    """The tiny bank (helpers.bank) in the shape a scoring test needs."""
    return tiny_bank(sections, max_level=max_level)


def stage_id(result: SectionScore | OverallScore) -> str | None:
    return result.stage.id if result.stage else None


def level(value: int) -> Answer:
    return Answer(level=value)


NA = Answer(not_applicable=True, justification="No such activity")

FRAMEWORK = make_framework(
    [
        ("A", "success", 2.0, [1.0, 3.0, 1.0]),
        ("B", "learning", 1.0, [1.0, 1.0]),
        ("C", "learning", 1.0, [1.0]),
    ]
)


def audit_with(answers: dict[str, Answer], framework: Framework = FRAMEWORK) -> Audit:
    return Audit(framework=framework, answers=answers)


@pytest.fixture
def worked() -> Audit:
    """A.1=4 (w1), A.2=2 (w3), A.3=N/A; B.1=1, B.2 unanswered; C unanswered."""
    return audit_with({"A.1": level(4), "A.2": level(2), "A.3": NA, "B.1": level(1)})


def test_section_scores_by_hand(worked: Audit) -> None:
    a, b, c = section_scores(worked)
    # A: (4×1 + 2×3) / (1 + 3) = 2.5 → 2.5 / 4 × 100 = 62.5; N/A left out.
    assert (a.section_id, a.mean_level, a.score) == ("A", 2.5, 62.5)
    assert (a.assessed, a.not_applicable, a.unanswered, a.total) == (2, 1, 0, 3)
    assert a.completeness == 100.0
    assert stage_id(a) == "structuring"
    # B: unanswered B.2 is not a zero: 1 / 4 × 100 = 25, completeness 1/2.
    assert (b.score, b.mean_level, b.unanswered, b.completeness) == (25.0, 1.0, 1, 50.0)
    assert stage_id(b) == "experimentation"
    # C: nothing assessed.
    assert (c.score, c.mean_level, c.stage, c.completeness) == (None, None, None, 0.0)


def test_overall_is_weighted_mean_of_scored_sections(worked: Audit) -> None:
    result = overall_score(worked)
    # (62.5 × 2 + 25 × 1) / (2 + 1) = 50; C (no score) is out of both sums.
    assert result.score == pytest.approx(50.0)
    assert stage_id(result) == "structuring"
    # (3 + 1 + 0) done of 6 criteria, not the mean of section completeness.
    assert result.completeness == pytest.approx(400 / 6)
    assert result.by_group == {"success": 62.5, "learning": 25.0}
    assert [s.section_id for s in result.sections] == ["A", "B", "C"]


def test_section_with_only_na_has_no_score() -> None:
    result = section_scores(audit_with({"C.1": NA}))[2]
    assert result.score is None
    assert result.stage is None
    assert result.completeness == 100.0


def test_empty_audit_scores_nothing() -> None:
    result = overall_score(audit_with({}))
    assert (result.score, result.stage, result.completeness) == (None, None, 0.0)
    assert result.by_group == {"success": None, "learning": None}


def test_group_without_scored_section_is_none() -> None:
    result = overall_score(audit_with({"A.1": level(2)}))
    assert result.by_group == {"success": 50.0, "learning": None}
    assert result.score == 50.0


@pytest.mark.parametrize(
    ("value", "stage"),
    [
        (0, "experimentation"),
        (3, "experimentation"),
        (4, "structuring"),  # exactly 40
        (6, "structuring"),
        (7, "institutionalised"),  # exactly 70
        (10, "institutionalised"),
    ],
)
def test_stage_thresholds(value: int, stage: str) -> None:
    framework = make_framework([("A", "success", 1.0, [1.0])], max_level=10)
    result = overall_score(audit_with({"A.1": level(value)}, framework))
    assert result.score == value * 10
    assert stage_id(result) == stage
    assert result.sections[0].stage == result.stage


def test_just_below_a_threshold_stays_in_lower_stage() -> None:
    # (1×3 + 2×2) / 5 = 1.4 of 4 → 35 %; (2×3 + 1×2) / 5 = 1.6 → 40 % exactly.
    framework = make_framework([("A", "success", 1.0, [3.0, 2.0])])
    low = overall_score(audit_with({"A.1": level(1), "A.2": level(2)}, framework))
    high = overall_score(audit_with({"A.1": level(2), "A.2": level(1)}, framework))
    assert low.score == pytest.approx(35.0)
    assert stage_id(low) == "experimentation"
    assert high.score == 40.0
    assert stage_id(high) == "structuring"


ANSWERS = st.one_of(st.none(), st.just(NA), st.integers(0, 4).map(level))
WEIGHTS = st.floats(0.1, 100, allow_nan=False, allow_infinity=False)


@st.composite
def audits(draw: st.DrawFn) -> Audit:
    sections = [
        (
            f"S{i}",
            "success" if i % 2 else "learning",
            draw(WEIGHTS),
            draw(st.lists(WEIGHTS, min_size=1, max_size=5)),
        )
        for i in range(draw(st.integers(1, 4)))
    ]
    framework = make_framework(sections)
    answers = {}
    for criterion in framework.criteria():
        answer = draw(ANSWERS)
        if answer is not None:
            answers[criterion.id] = answer
    return audit_with(answers, framework)


@settings(max_examples=60, deadline=None)
@given(audits())
def test_scores_are_percentages_or_none(audit: Audit) -> None:
    result = overall_score(audit)
    for s in [*result.sections]:
        assert s.score is None or 0 <= s.score <= 100
        assert (s.score is None) == (s.assessed == 0)
        assert 0 <= s.completeness <= 100
        assert s.assessed + s.not_applicable + s.unanswered == s.total
    assert result.score is None or 0 <= result.score <= 100
    assert 0 <= result.completeness <= 100


@settings(max_examples=60, deadline=None)
@given(audits())
def test_marking_na_never_changes_a_section_score(audit: Audit) -> None:
    before = section_scores(audit)
    unanswered = [c.id for c in audit.framework.criteria() if not audit.answer(c.id).assessed]
    answers = dict(audit.answers) | dict.fromkeys(unanswered, NA)
    after = section_scores(audit_with(answers, audit.framework))
    assert [s.score for s in after] == [s.score for s in before]
    assert all(s.unanswered == 0 for s in after)


def test_default_bank_scores() -> None:

    audit = new_audit()
    empty = overall_score(audit)
    assert (empty.score, empty.completeness) == (None, 0.0)
    first = audit.framework.criteria()[0]
    audit.answers[first.id] = Answer(level=audit.framework.max_level)
    scored = overall_score(audit)
    assert scored.score == 100.0
    assert scored.stage == audit.framework.stages[-1]


# --- inventory


def account(**fields: object) -> Account:
    base: dict[str, object] = {"platform": "x", "handle": "@org", "status": AccountStatus.ACTIVE}
    return Account(**(base | fields))


@pytest.mark.parametrize(
    ("fields", "dormant"),
    [
        ({"status": AccountStatus.DORMANT}, True),
        ({"last_post": TODAY - timedelta(days=180)}, False),  # exactly the threshold
        ({"last_post": TODAY - timedelta(days=181)}, True),
        ({"status": AccountStatus.UNKNOWN, "last_post": TODAY - timedelta(days=400)}, True),
        ({"status": AccountStatus.CLOSED, "last_post": TODAY - timedelta(days=400)}, False),
        ({"status": AccountStatus.TO_CLOSE, "last_post": TODAY - timedelta(days=400)}, False),
        ({"last_post": None}, False),
    ],
)
def test_is_dormant(fields: dict[str, object], dormant: bool) -> None:
    assert is_dormant(account(**fields), Settings(), TODAY) is dormant


def test_dormant_threshold_comes_from_settings() -> None:
    old = account(last_post=TODAY - timedelta(days=40))
    assert is_dormant(old, Settings(dormant_after_days=30), TODAY)
    assert not is_dormant(old, Settings(dormant_after_days=60), TODAY)


def test_has_owner() -> None:
    assert not has_owner(account())
    assert has_owner(account(owning_unit="Communications"))
    assert has_owner(account(owner=Person(role="Director of communications")))
    assert not has_owner(account(owning_unit="   "))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 6, 15), 12, date(2023, 6, 15)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2023, 3, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 10), 1, date(2023, 12, 10)),
        (date(2024, 1, 10), 25, date(2021, 12, 10)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_closed_and_unofficial_accounts_have_few_problems() -> None:
    audit = audit_with({})
    closed = account(status=AccountStatus.CLOSED, mfa=MfaCoverage.NONE)
    impostor = account(kind=AccountKind.UNOFFICIAL, status=AccountStatus.CLOSED)
    squatter = account(kind=AccountKind.UNOFFICIAL, mfa=MfaCoverage.NONE)
    assert account_problems(closed, audit, TODAY) == []
    assert account_problems(impostor, audit, TODAY) == [Problem.UNOFFICIAL]
    assert account_problems(squatter, audit, TODAY) == [Problem.UNOFFICIAL]


def test_account_problems_in_badge_order() -> None:
    audit = Audit(
        framework=FRAMEWORK,
        engagement=Engagement(organisation=Organisation(official_languages=["fr", "en"])),
    )
    bad = account(
        kind=AccountKind.OFFICIAL,
        mfa=MfaCoverage.SOME,
        credentials=CredentialStore.INDIVIDUAL,
        recovery_organisational=False,
        admin_count=1,
        official_languages=Check.PARTIAL,
        in_registry=False,
        notice_linked=Check.NO,
        branding_consistent=Check.NO,
        archiving=Check.NO,
        last_post=TODAY - timedelta(days=365),
    )
    problems = account_problems(bad, audit, TODAY)
    assert problems == [p for p in Problem if p not in (Problem.UNOFFICIAL, Problem.MFA_UNKNOWN)]


def test_single_admin_from_count_or_list() -> None:
    audit = audit_with({})
    by_list = account(admins=[Person(role="Community manager")])
    by_count = account(admin_count=1, admins=[Person(), Person()])  # the count wins
    two = account(admin_count=2)
    assert Problem.SINGLE_ADMIN in account_problems(by_list, audit, TODAY)
    assert Problem.SINGLE_ADMIN in account_problems(by_count, audit, TODAY)
    assert Problem.SINGLE_ADMIN not in account_problems(two, audit, TODAY)


def test_stale_review() -> None:
    audit = audit_with({})
    recent = account(last_access_review=date(2023, 6, 15))  # exactly 12 months: not stale
    old = account(last_access_review=date(2023, 6, 14))
    missing_active = account()
    missing_unknown = account(status=AccountStatus.UNKNOWN)
    assert Problem.STALE_REVIEW not in account_problems(recent, audit, TODAY)
    assert Problem.STALE_REVIEW in account_problems(old, audit, TODAY)
    assert Problem.STALE_REVIEW in account_problems(missing_active, audit, TODAY)
    assert Problem.STALE_REVIEW not in account_problems(missing_unknown, audit, TODAY)


def test_language_gap_needs_two_official_languages() -> None:
    gap = account(official_languages=Check.NO)
    one = audit_with({})
    one.engagement.organisation.official_languages = ["fr"]
    two = audit_with({})
    two.engagement.organisation.official_languages = ["fr", "en"]
    assert Problem.LANGUAGE_GAP not in account_problems(gap, one, TODAY)
    assert Problem.LANGUAGE_GAP in account_problems(gap, two, TODAY)


def test_problem_labels_are_bilingual() -> None:
    assert set(PROBLEM_LABELS) == set(Problem)
    for problem in Problem:
        fr, en = problem_label(problem, "fr"), problem_label(problem, "en")
        assert fr.strip()
        assert en.strip()


def test_inventory_stats_by_hand() -> None:
    accounts = [
        account(platform="x", mfa=MfaCoverage.ALL, owning_unit="Comms", kind=AccountKind.OFFICIAL),
        account(platform="x", mfa=MfaCoverage.SOME, status=AccountStatus.DORMANT),
        account(
            platform="facebook", mfa=MfaCoverage.NONE, owning_unit="HR", kind=AccountKind.PROGRAMME
        ),
        account(platform="facebook", mfa=MfaCoverage.ALL, status=AccountStatus.CLOSED),
        account(platform="linkedin", kind=AccountKind.UNOFFICIAL),
        account(
            platform="youtube", last_post=TODAY - timedelta(days=365), owner=Person(role="Director")
        ),
    ]
    audit = Audit(framework=FRAMEWORK, accounts=accounts)
    stats = inventory_stats(audit, TODAY)
    assert stats.total == 6
    assert stats.by_platform == Counter({"x": 2, "facebook": 2, "linkedin": 1, "youtube": 1})
    assert stats.by_status == Counter({"active": 4, "dormant": 1, "closed": 1})
    assert stats.by_kind == Counter({"unknown": 3, "official": 1, "programme": 1, "unofficial": 1})
    # Managed: not closed, not unofficial → accounts 0, 1, 2, 5.
    assert stats.managed == 4
    assert (stats.mfa_all, stats.mfa_some, stats.mfa_none, stats.mfa_unknown) == (1, 1, 1, 1)
    assert stats.mfa_coverage == 25.0
    assert stats.dormant == 2
    assert stats.without_owner == 1
    assert stats.unofficial == 1
    assert stats.closed == 1
    assert stats.by_problem[Problem.UNOFFICIAL] == 1
    assert stats.by_problem[Problem.NO_MFA] == 2


def test_inventory_stats_of_empty_inventory() -> None:
    stats = inventory_stats(audit_with({}), TODAY)
    assert stats.total == 0
    assert stats.mfa_coverage is None


def test_a_finished_audit_speaks_for_its_report_date():
    from datetime import date

    from wizard.scoring.scores import as_of

    audit = new_audit()
    assert as_of(audit, date(2026, 11, 27)) == date(2026, 11, 27)
    audit.engagement = Engagement(report_date=date(2026, 4, 30))
    assert as_of(audit, date(2026, 11, 27)) == date(2026, 4, 30)
    assert as_of(audit, date(2026, 3, 1)) == date(2026, 3, 1)
    audit.engagement = Engagement(end_date=date(2026, 4, 17))
    assert as_of(audit, date(2027, 1, 1)) == date(2026, 4, 17)


def test_inventory_figures_from_problems_worked_out_beforehand():
    """The GUI works each account's problems out a slice at a time, then counts from
    them: the same figures; problems for another inventory are refused."""
    from helpers.sample import generated_audit

    from wizard.scoring.scores import account_problems, inventory_stats

    audit = generated_audit(200, seed=3)
    today = date(2026, 3, 1)
    problems = [account_problems(a, audit, today) for a in audit.accounts]
    assert inventory_stats(audit, today, problems) == inventory_stats(audit, today)
    with pytest.raises(ValueError, match="199 accounts' problems for 200 accounts"):
        inventory_stats(audit, today, problems[1:])
