"""Findings: generated from the inventory and the answers, then reviewed by the auditor.

Generated findings are never stored. They are recomputed from the audit whenever needed;
only the auditor's decision on each (:class:`~wizard.audit.model.FindingReview`, in
``audit.finding_reviews``) is stored, keyed by :attr:`Finding.key`. The key scheme
(documented on :class:`Finding`) depends only on the rule and the item, never on counts,
texts or order, so a review stays attached to its finding as the audit changes.

- :data:`RULES` — every rule, in the order findings of equal severity are listed:
  inventory rules (:mod:`wizard.scoring.rules.inventory`), then assessment and legal rules
  (:mod:`wizard.scoring.rules.assessment`).
- :func:`generate_findings` — the raw findings, high severity first.
- :func:`effective_findings` — the same with each review applied, plus the auditor's own
  findings; this is what the findings page, the action plan and the workbook show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wizard.audit.model import Audit, Decision, FindingReview, OwnFinding, Severity
from wizard.scoring.rules.assessment import ASSESSMENT_RULES
from wizard.scoring.rules.common import SEVERITY_ORDER, Finding, Rule
from wizard.scoring.rules.discovery import DISCOVERY_RULES
from wizard.scoring.rules.inventory import INVENTORY_RULES, PLATFORM_RULES, inventory_findings
from wizard.scoring.scores import Problem

__all__ = [
    "RULES",
    "SEVERITY_ORDER",
    "Finding",
    "ReviewedFinding",
    "Rule",
    "effective_findings",
    "generate_findings",
    "orphan_reviews",
    "rule_by_id",
    "top_findings",
]

OWN_PREFIX = "own:"
OWN_RULE = "own"

RULES: tuple[Rule, ...] = (
    *INVENTORY_RULES,
    *PLATFORM_RULES,
    *DISCOVERY_RULES,
    *ASSESSMENT_RULES,
)


def rule_by_id(rule_id: str) -> Rule | None:
    return next((rule for rule in RULES if rule.id == rule_id), None)


def _by_severity(findings: list[Finding]) -> list[Finding]:
    """High first; the sort is stable, so rule order and item order hold within a severity."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def generate_findings(
    audit: Audit, today: date, problems: Sequence[Sequence[Problem]] | None = None
) -> list[Finding]:
    """Every rule's findings, high severity first, then in :data:`RULES` order, then in
    inventory or framework order. Deterministic: the same audit gives the same list.
    ``problems``: each account's :func:`~wizard.scoring.scores.account_problems`, in inventory
    order, when the caller worked them out already."""
    found = inventory_findings(audit, today, problems)
    for rule in ASSESSMENT_RULES:
        found.extend(rule.evaluate(audit, today))
    return _by_severity(found)


@dataclass(frozen=True)
class ReviewedFinding:
    """A finding as the auditor decided it should read.

    ``decision`` is None until the auditor reviews it. An *edited* review replaces the title,
    recommendation and severity it gives (empty fields keep the generated text); the
    replacement is the auditor's own text, so it reads the same in both languages.
    """

    finding: Finding
    review: FindingReview | None = None
    own: bool = False

    @property
    def key(self) -> str:
        return self.finding.key

    @property
    def rule_id(self) -> str:
        return self.finding.rule_id

    @property
    def framework_item(self) -> str:
        return self.finding.framework_item

    @property
    def accounts(self) -> tuple[str, ...]:
        return self.finding.accounts

    @property
    def decision(self) -> Decision | None:
        return self.review.decision if self.review else None

    @property
    def dismissed(self) -> bool:
        return self.decision is Decision.DISMISSED

    @property
    def reason(self) -> str:
        return self.review.reason if self.review else ""

    @property
    def _edit(self) -> FindingReview | None:
        return self.review if self.decision is Decision.EDITED else None

    @property
    def severity(self) -> Severity:
        edit = self._edit
        if edit is not None and edit.severity is not None:
            return edit.severity
        return self.finding.severity

    @property
    def generated_severity(self) -> Severity:
        return self.finding.severity

    def title(self, lang: str) -> str:
        edit = self._edit
        return edit.title if edit and edit.title.strip() else self.finding.title(lang)

    def detail(self, lang: str) -> str:
        return self.finding.detail(lang)

    def recommendation(self, lang: str) -> str:
        edit = self._edit
        if edit and edit.recommendation.strip():
            return edit.recommendation
        return self.finding.recommendation(lang)


def own_finding(own: OwnFinding) -> Finding:
    """An auditor-written finding in the same shape (its text is the same in both languages)."""
    return Finding(
        key=f"{OWN_PREFIX}{own.id}",
        rule_id=OWN_RULE,
        severity=own.severity,
        framework_item=own.criterion or "",
        accounts=tuple(own.accounts),
        title_fr=own.title,
        title_en=own.title,
        detail_fr=own.detail,
        detail_en=own.detail,
        recommendation_fr=own.recommendation,
        recommendation_en=own.recommendation,
    )


def effective_findings(
    audit: Audit,
    today: date,
    *,
    active_only: bool = False,
    problems: Sequence[Sequence[Problem]] | None = None,
) -> list[ReviewedFinding]:
    """Generated findings with their reviews applied, then the auditor's own findings, all
    sorted by effective severity (high first; stable otherwise).

    With ``active_only``, dismissed findings are left out (the action plan and the workbook
    use that); without it they stay, flagged, so the findings page can show and undo them.
    ``problems`` as for :func:`generate_findings`.
    """
    reviews = audit.finding_reviews
    generated = generate_findings(audit, today, problems)
    reviewed = [ReviewedFinding(f, reviews.get(f.key)) for f in generated]
    reviewed += [ReviewedFinding(own_finding(o), own=True) for o in audit.own_findings]
    if active_only:
        reviewed = [r for r in reviewed if not r.dismissed]
    return sorted(reviewed, key=lambda r: SEVERITY_ORDER[r.severity])


def top_findings(
    audit: Audit,
    today: date,
    n: int = 10,
    problems: Sequence[Sequence[Problem]] | None = None,
) -> list[ReviewedFinding]:
    """The ``n`` most severe findings that are not dismissed (for the summary); ``problems``
    as for :func:`generate_findings`."""
    return effective_findings(audit, today, active_only=True, problems=problems)[:n]


def orphan_reviews(audit: Audit, today: date) -> list[str]:
    """Keys of stored reviews whose finding no longer arises (e.g. the account was fixed).

    They are harmless and are kept, so the review comes back if the finding does; the GUI
    may offer to clear them.
    """
    live = {f.key for f in generate_findings(audit, today)}
    return sorted(key for key in audit.finding_reviews if key not in live)
