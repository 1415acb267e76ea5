"""Scores, maturity stages, completeness and inventory statistics, computed from an audit.

Everything here is a pure function of the :class:`~wizard.audit.model.Audit` (and of ``today``
where time matters), so the GUI, the workbook and the command line show the same figures.
Nothing is stored: scores are always recomputed.

The formulas are deliberately plain so the workbook can restate them as Excel formulas
and stay right when the client edits answers in the sheet:

Section score
    Over the section's criteria that are *assessed with a level* (N/A and unanswered ones
    are left out entirely; an unanswered criterion never counts as zero)::

        mean_level = Σ(level_i × weight_i) / Σ(weight_i)
        score      = mean_level / max_level × 100

    where ``weight_i`` is ``Criterion.weight`` and ``max_level`` is the top value of the
    framework's scale. In Excel: ``SUMPRODUCT(levels, weights) / SUMPRODUCT(weights,
    --ISNUMBER(levels)) / max_level * 100``. ``None`` (blank) when no criterion of the
    section has a level. A level above the scale's top (which a valid audit never holds)
    counts as ``max_level``, so a score never exceeds 100.

Overall score
    The weighted mean of the section scores that exist, by ``Section.weight``::

        overall = Σ(score_s × weight_s) / Σ(weight_s)   over sections whose score is not None

    Sections without a score are left out of numerator *and* denominator. A group score
    (``by_group``) is the same mean restricted to the sections of that group.

Completeness
    ``(criteria with a level + criteria marked N/A) / criteria × 100``, per section and, for
    the overall figure, over all criteria of the framework (not a mean of sections).

Stage
    The last stage of the framework whose ``min_score`` is ≤ the score
    (:meth:`~wizard.bank.framework.Framework.stage_for`); ``None`` when the score is ``None``.
"""

from __future__ import annotations

import calendar
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from wizard.audit.model import (
    Account,
    AccountKind,
    AccountStatus,
    Audit,
    Check,
    CredentialStore,
    MfaCoverage,
    Settings,
)
from wizard.bank.framework import Section, Stage

# --- assessment scores


@dataclass(frozen=True)
class SectionScore:
    """The score of one framework section and how much of it has been answered."""

    section_id: str
    score: float | None
    """0–100, or None when no applicable criterion has a level yet."""
    mean_level: float | None
    """Weighted mean level of the assessed criteria (same weights as ``score``)."""
    assessed: int
    """Criteria answered with a level."""
    not_applicable: int
    unanswered: int
    total: int
    completeness: float
    """(assessed + not_applicable) / total × 100."""
    stage: Stage | None


@dataclass(frozen=True)
class OverallScore:
    score: float | None
    """Weighted mean of the section scores that exist (``Section.weight``), or None."""
    stage: Stage | None
    completeness: float
    """Over every criterion of the framework, 0–100."""
    sections: list[SectionScore] = field(default_factory=list)
    by_group: dict[str, float | None] = field(default_factory=dict)
    """Group id → weighted mean of that group's section scores, in framework order."""


def _percent(part: float, whole: float) -> float:
    return _ratio_percent(part, whole) if whole else 0.0


def _ratio_percent(part: float, whole: float) -> float:
    """100 × part / whole in one division, so a score meant to sit on a stage threshold
    (40 % = 2 of 5) lands on it exactly; clamped against float rounding past 100."""
    return min(100.0, 100 * part / whole)


def score_section(audit: Audit, section: Section) -> SectionScore:
    """Score one section (see the module docstring for the formula)."""
    framework = audit.framework
    weighted = weights = 0.0
    assessed = not_applicable = 0
    for criterion in section.criteria:
        answer = audit.answer(criterion.id)
        if answer.not_applicable:
            not_applicable += 1
        elif answer.level is not None:
            assessed += 1
            weighted += min(answer.level, framework.max_level) * criterion.weight
            weights += criterion.weight
    total = len(section.criteria)
    mean_level = weighted / weights if assessed else None
    score = _ratio_percent(weighted, weights * framework.max_level) if assessed else None
    return SectionScore(
        section_id=section.id,
        score=score,
        mean_level=mean_level,
        assessed=assessed,
        not_applicable=not_applicable,
        unanswered=total - assessed - not_applicable,
        total=total,
        completeness=_percent(assessed + not_applicable, total),
        stage=None if score is None else framework.stage_for(score),
    )


def section_scores(audit: Audit) -> list[SectionScore]:
    """One :class:`SectionScore` per framework section, in framework order."""
    return [score_section(audit, section) for section in audit.framework.sections]


def weighted_mean(pairs: list[tuple[float | None, float]]) -> float | None:
    """Σ(value × weight) / Σ(weight) over the pairs whose value is not None; None if none."""
    present = [(value, weight) for value, weight in pairs if value is not None]
    total_weight = sum(weight for _, weight in present)
    if not present or not total_weight:
        return None
    mean = sum(value * weight for value, weight in present) / total_weight
    # A mean lies between its extremes; float rounding must not push 100 to 100.00000000000001.
    values = [value for value, _ in present]
    return min(max(mean, min(values)), max(values))


def overall_score(audit: Audit) -> OverallScore:
    """The overall score, stage and completeness, with every section and group score."""
    framework = audit.framework
    scores = section_scores(audit)
    pairs = [(s.score, sec.weight) for s, sec in zip(scores, framework.sections, strict=True)]
    by_group = {
        group.id: weighted_mean(
            [
                pair
                for pair, sec in zip(pairs, framework.sections, strict=True)
                if sec.group == group.id
            ]
        )
        for group in framework.groups
    }
    score = weighted_mean(pairs)
    done = sum(s.assessed + s.not_applicable for s in scores)
    return OverallScore(
        score=score,
        stage=None if score is None else framework.stage_for(score),
        completeness=_percent(done, sum(s.total for s in scores)),
        sections=scores,
        by_group=by_group,
    )


# --- the inventory


@functools.lru_cache(maxsize=64)
def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last_day))


def is_closed(account: Account) -> bool:
    return account.status is AccountStatus.CLOSED


def is_managed(account: Account) -> bool:
    """Run by the organisation and still open: the accounts access and compliance checks
    apply to. Unofficial or impostor accounts are not the organisation's to secure."""
    return not is_closed(account) and account.kind is not AccountKind.UNOFFICIAL


def as_of(audit: Audit, today: date | None = None) -> date:
    """The day the audit speaks for: dormancy and review ages are measured from it.

    An audit is a snapshot: once its report (or end) date has passed, a finished audit keeps
    saying what was true then, instead of finding every account dormant a year later. While
    the work is in progress (no such date, or one still ahead) it is today.
    """
    today = today or date.today()
    closing = audit.engagement.report_date or audit.engagement.end_date
    return min(today, closing) if closing else today


def is_dormant(account: Account, settings: Settings, today: date) -> bool:
    """Marked dormant, or active/unknown with a last post more than
    ``settings.dormant_after_days`` days before ``today``.

    Accounts with no last-post date are only dormant when marked so: a missing date is a
    gap in the inventory, not evidence of inactivity.
    """
    if account.status is AccountStatus.DORMANT:
        return True
    if account.status not in (AccountStatus.ACTIVE, AccountStatus.UNKNOWN):
        return False
    if account.last_post is None:
        return False
    return (today - account.last_post).days > settings.dormant_after_days


def has_owner(account: Account) -> bool:
    """An owning unit, or a business owner (role or name), is recorded."""
    return bool(
        account.owning_unit.strip() or account.owner.role.strip() or account.owner.name.strip()
    )


def is_single_admin(account: Account) -> bool:
    """Exactly one administrator: by the recorded count, else by the list of admins."""
    if account.admin_count is not None:
        return account.admin_count == 1
    return len(account.admins) == 1


def review_is_stale(account: Account, settings: Settings, today: date) -> bool:
    """The last access review is older than ``settings.access_review_months`` months, or
    none is recorded for an *active* account.

    A missing date on an active account counts as stale because nothing shows the access was
    ever reviewed; for accounts of unknown or other status a missing date is only a gap in
    the inventory and is not flagged.
    """
    if account.last_access_review is None:
        return account.status is AccountStatus.ACTIVE
    return account.last_access_review < months_before(today, settings.access_review_months)


class Problem(StrEnum):
    """A badge code: one problem seen on one inventory row (GUI badges, flagged cells)."""

    UNOFFICIAL = "unofficial"
    NO_MFA = "no_mfa"
    CREDENTIALS_UNSAFE = "credentials_unsafe"
    PERSONAL_RECOVERY = "personal_recovery"
    NO_OWNER = "no_owner"
    DORMANT = "dormant"
    SINGLE_ADMIN = "single_admin"
    STALE_REVIEW = "stale_review"
    LANGUAGE_GAP = "language_gap"
    NO_ARCHIVING = "no_archiving"
    NO_NOTICE = "no_notice"
    NOT_IN_REGISTRY = "not_in_registry"
    BRANDING = "branding"
    MFA_UNKNOWN = "mfa_unknown"


PROBLEM_LABELS: dict[Problem, tuple[str, str]] = {
    # (fr, en): short enough for a badge
    Problem.UNOFFICIAL: ("Non officiel", "Unofficial"),
    Problem.NO_MFA: ("Sans MFA", "No MFA"),
    Problem.CREDENTIALS_UNSAFE: ("Identifiants non protégés", "Unsafe credentials"),
    Problem.PERSONAL_RECOVERY: ("Récupération personnelle", "Personal recovery"),
    Problem.NO_OWNER: ("Sans responsable", "No owner"),
    Problem.DORMANT: ("Dormant", "Dormant"),
    Problem.SINGLE_ADMIN: ("Administrateur unique", "Single admin"),
    Problem.STALE_REVIEW: ("Revue des accès en retard", "Access review overdue"),
    Problem.LANGUAGE_GAP: ("Langues officielles", "Official languages"),
    Problem.NO_ARCHIVING: ("Non archivé", "Not archived"),
    Problem.NO_NOTICE: ("Sans avis", "No notice"),
    Problem.NOT_IN_REGISTRY: ("Hors registre", "Not in registry"),
    Problem.BRANDING: ("Image de marque", "Branding"),
    Problem.MFA_UNKNOWN: ("MFA inconnue", "MFA unknown"),
}


def problem_label(problem: Problem, lang: str) -> str:
    fr, en = PROBLEM_LABELS[problem]
    return fr if lang == "fr" else en


def _has_language_gap(account: Account, audit: Audit) -> bool:
    if account.official_languages not in (Check.NO, Check.PARTIAL):
        return False
    return len(set(audit.engagement.organisation.official_languages)) >= 2


def account_problems(account: Account, audit: Audit, today: date) -> list[Problem]:
    """The problems of one account, in :class:`Problem` order.

    A closed account has none (except being unofficial): it needs no securing. An
    unofficial or impostor account has only ``unofficial``: the organisation does not run
    it, so access and compliance checks do not apply to it.

    Called for every account by the summary, the findings and the export (once per account
    and export: :func:`inventory_problems`, handed to the figures and the findings): one test
    after the other, in :class:`Problem` order, no intermediate table.
    """
    if account.kind is AccountKind.UNOFFICIAL:
        return [Problem.UNOFFICIAL]
    if is_closed(account):
        return []
    settings = audit.settings
    found = []
    if account.mfa in _WEAK_MFA:
        found.append(Problem.NO_MFA)
    if account.credentials in _UNSAFE_CREDENTIALS:
        found.append(Problem.CREDENTIALS_UNSAFE)
    if account.recovery_organisational is False:
        found.append(Problem.PERSONAL_RECOVERY)
    if not has_owner(account):
        found.append(Problem.NO_OWNER)
    if is_dormant(account, settings, today):
        found.append(Problem.DORMANT)
    if is_single_admin(account):
        found.append(Problem.SINGLE_ADMIN)
    if review_is_stale(account, settings, today):
        found.append(Problem.STALE_REVIEW)
    if _has_language_gap(account, audit):
        found.append(Problem.LANGUAGE_GAP)
    if account.archiving is Check.NO:
        found.append(Problem.NO_ARCHIVING)
    if account.notice_linked is Check.NO:
        found.append(Problem.NO_NOTICE)
    if account.in_registry is False and account.kind in _REGISTERED_KINDS:
        found.append(Problem.NOT_IN_REGISTRY)
    if account.branding_consistent is Check.NO:
        found.append(Problem.BRANDING)
    if account.mfa is MfaCoverage.UNKNOWN:
        found.append(Problem.MFA_UNKNOWN)
    return found


_WEAK_MFA = (MfaCoverage.NONE, MfaCoverage.SOME)
_UNSAFE_CREDENTIALS = (CredentialStore.SHARED_DOCUMENT, CredentialStore.INDIVIDUAL)
_REGISTERED_KINDS = (AccountKind.OFFICIAL, AccountKind.PROGRAMME)


@dataclass(frozen=True)
class InventoryStats:
    """Counts for the summary. MFA figures cover managed accounts only (:func:`is_managed`):
    closed accounts need no securing and unofficial ones are not the organisation's."""

    total: int
    by_platform: Counter[str]
    by_status: Counter[str]
    by_kind: Counter[str]
    by_problem: Counter[str]
    """Problem code → number of accounts showing it (see :func:`account_problems`)."""
    managed: int
    mfa_all: int
    mfa_some: int
    mfa_none: int
    mfa_unknown: int
    mfa_coverage: float | None
    """mfa_all / managed × 100; None when there is no managed account."""
    dormant: int
    """Accounts showing the ``dormant`` problem (unofficial ones are not counted)."""
    without_owner: int
    """Managed accounts without an owner."""
    unofficial: int
    closed: int


def inventory_problems(audit: Audit, today: date) -> list[list[Problem]]:
    """Each account's :func:`account_problems`, in inventory order: worked out once by a
    caller that needs them more than once (an export's figures, findings and Inventory)."""
    return [account_problems(a, audit, today) for a in audit.accounts]


def given_problems(
    audit: Audit, today: date, problems: Sequence[Sequence[Problem]] | None
) -> Sequence[Sequence[Problem]]:
    """``problems`` when a caller worked them out already (one list per account, in
    inventory order), else :func:`inventory_problems`; a list of another length is refused."""
    if problems is None:
        return inventory_problems(audit, today)
    if len(problems) != len(audit.accounts):
        raise ValueError(f"{len(problems)} accounts' problems for {len(audit.accounts)} accounts")
    return problems


def inventory_stats(
    audit: Audit, today: date, problems: Sequence[Sequence[Problem]] | None = None
) -> InventoryStats:
    """The inventory in figures. ``problems``: each account's :func:`account_problems`, in
    inventory order, when the caller worked them out already (the GUI does, a slice of
    accounts per turn of its event loop, so that no turn takes long on a big inventory;
    an export does once for all its sheets)."""
    accounts = audit.accounts
    managed = [a for a in accounts if is_managed(a)]
    mfa = Counter(a.mfa for a in managed)
    problems = given_problems(audit, today, problems)
    # one count over every badge: a Counter.update per account cost more than the badges
    by_problem = Counter(str(p) for found in problems for p in found)
    return InventoryStats(
        total=len(accounts),
        by_platform=Counter(a.platform for a in accounts),
        by_status=Counter(str(a.status) for a in accounts),
        by_kind=Counter(str(a.kind) for a in accounts),
        by_problem=by_problem,
        managed=len(managed),
        mfa_all=mfa[MfaCoverage.ALL],
        mfa_some=mfa[MfaCoverage.SOME],
        mfa_none=mfa[MfaCoverage.NONE],
        mfa_unknown=mfa[MfaCoverage.UNKNOWN],
        mfa_coverage=_percent(mfa[MfaCoverage.ALL], len(managed)) if managed else None,
        dormant=by_problem[Problem.DORMANT],
        without_owner=sum(not has_owner(a) for a in managed),
        unofficial=sum(a.kind is AccountKind.UNOFFICIAL for a in accounts),
        closed=sum(is_closed(a) for a in accounts),
    )
