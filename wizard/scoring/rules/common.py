"""What the findings rules share: the :class:`Finding` they produce and the rule protocol.

Kept apart from :mod:`wizard.scoring.findings` so the rule modules
(:mod:`wizard.scoring.rules.inventory`,
:mod:`wizard.scoring.rules.assessment`) can import it without a cycle;
:mod:`wizard.scoring.findings`
re-exports :class:`Finding`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from wizard.audit.model import Account, Audit, Severity

SEVERITY_ORDER: dict[Severity, int] = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
"""Sort rank: high first."""

MAX_NAMED_ACCOUNTS = 10
"""A finding's detail names at most this many accounts, then says how many more."""


def pick(lang: str, fr: str, en: str) -> str:
    return fr if lang == "fr" else en


@dataclass(frozen=True)
class Finding:
    """One generated finding. Never stored: recomputed from the audit every time, so
    ``key`` must be stable across runs (it is what :class:`~wizard.audit.model.FindingReview`
    records are keyed by).

    Key scheme: an inventory rule yields at most one finding, aggregating every affected
    account, and its key is the rule id (``inv.no_mfa``). Rules over the assessment or the
    legal checklist yield one finding per item, keyed ``<rule id>:<item id>``
    (``asm.low_criterion:SC5.2``).
    """

    key: str
    rule_id: str
    severity: Severity
    framework_item: str
    """The section, criterion or legal-checklist id the rule serves."""
    accounts: tuple[str, ...]
    """Ids of the affected accounts, in inventory order."""
    title_fr: str
    title_en: str
    detail_fr: str
    detail_en: str
    recommendation_fr: str
    recommendation_en: str

    def title(self, lang: str) -> str:
        return pick(lang, self.title_fr, self.title_en)

    def detail(self, lang: str) -> str:
        return pick(lang, self.detail_fr, self.detail_en)

    def recommendation(self, lang: str) -> str:
        return pick(lang, self.recommendation_fr, self.recommendation_en)


class Rule(Protocol):
    """A findings rule: a stable id, its usual severity and the framework item it serves."""

    @property
    def id(self) -> str: ...

    @property
    def severity(self) -> Severity:
        """The severity of its findings (the highest, where it varies)."""
        ...

    @property
    def framework_item(self) -> str: ...

    @property
    def scope(self) -> str:
        """``inventory``, ``assessment`` or ``legal``."""
        ...

    def evaluate(self, audit: Audit, today: date) -> list[Finding]: ...


class AccountRuleText(Protocol):
    """What a rule about accounts says: its identity and its texts in (fr, en)."""

    @property
    def id(self) -> str: ...

    @property
    def severity(self) -> Severity: ...

    @property
    def framework_item(self) -> str: ...

    @property
    def title(self) -> tuple[str, str]: ...

    @property
    def description(self) -> tuple[str, str]: ...

    @property
    def recommendation(self) -> tuple[str, str]: ...


def accounts_finding(
    rule: AccountRuleText, affected: Sequence[Account], values: Mapping[str, object]
) -> list[Finding]:
    """The one finding of ``rule`` about ``affected`` (none when no account is): description
    and recommendation filled in with ``values``, the accounts named in each language."""
    if not affected:
        return []
    detail = [
        f"{rule.description[i].format(**values)} {account_list(affected, lang)}"
        for i, lang in enumerate(("fr", "en"))
    ]
    return [
        Finding(
            key=rule.id,
            rule_id=rule.id,
            severity=rule.severity,
            framework_item=rule.framework_item,
            accounts=tuple(a.id for a in affected),
            title_fr=rule.title[0],
            title_en=rule.title[1],
            detail_fr=detail[0],
            detail_en=detail[1],
            recommendation_fr=rule.recommendation[0].format(**values),
            recommendation_en=rule.recommendation[1].format(**values),
        )
    ]


def account_name(account: Account) -> str:
    """How a finding names an account: handle, else display name, else URL, with the
    platform. Never an owner's or administrator's name."""
    name = account.handle or account.display_name or account.url or account.id[:8]
    return f"{name} ({account.platform})"


def account_list(accounts: Sequence[Account], lang: str) -> str:
    """ "Comptes concernés (3) : a (x), b (y), c (z)." — capped at MAX_NAMED_ACCOUNTS."""
    names = [account_name(a) for a in accounts[:MAX_NAMED_ACCOUNTS]]
    rest = len(accounts) - len(names)
    if rest:
        names.append(pick(lang, f"et {rest} autre(s)", f"and {rest} more"))
    label = pick(lang, "Comptes concernés", "Accounts affected")
    colon = " :" if lang == "fr" else ":"
    return f"{label} ({len(accounts)}){colon} {', '.join(names)}."
