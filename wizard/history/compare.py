"""Progress since a previous audit: what changed between a baseline audit and this one.

Organisations audit again every year. :func:`compare_audits` sets the new audit beside the
old one and reports score changes, inventory changes, answer changes and findings resolved
or new; the summary page, the workbook's Progress sheet and ``vigie compare`` all read the
same :class:`Comparison`. Next year's audit from last year's file, and the baseline file
itself, are :mod:`wizard.history.baseline`'s.

Matching rules, chosen so that a re-typed or re-imported inventory still lines up:

* Accounts are matched by platform + canonical handle (:func:`wizard.platforms.account_key`,
  which falls back to the canonical URL); a row with neither is matched by its id. When the
  same key appears several times, rows pair up in inventory order.
* Criteria are matched by id. When the question bank changed between the two audits, a
  ``criterion_map`` (old id → new id, see :func:`load_criterion_map`) says where an old
  criterion went; an old id absent from the new bank and from the map is reported as
  ``unmapped``.
* Findings are the *generated* findings (:func:`wizard.scoring.findings.generate_findings`), matched
  by key. One that is gone only because its criterion, section or legal line is not answered
  yet in the new audit is "pending", not "resolved". Each audit is evaluated on its own
  reference date (:func:`reference_date`) unless told otherwise, so "dormant" and "review
  overdue" mean what they meant in each report.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from wizard.audit.model import Account, AccountStatus, Answer, Audit
from wizard.bank.diff import BankDifference, bank_difference
from wizard.bank.framework import Bilingual
from wizard.history.baseline import counterparts
from wizard.messages import Message
from wizard.platforms import account_key
from wizard.scoring.findings import Finding, generate_findings
from wizard.scoring.scores import overall_score
from wizard.sessions.regular_file import NotRegularFileError, open_regular

__all__ = [
    "AccountChange",
    "Comparison",
    "CriterionChange",
    "CriterionMapError",
    "FieldChange",
    "ScoreChange",
    "compare_audits",
    "load_criterion_map",
    "match_key",
    "rating",
    "reference_date",
]

NOT_APPLICABLE = "n/a"
"""The rating of an answer marked not applicable (see :func:`rating`)."""

Rating = int | str | None


class CriterionMapError(ValueError):
    """The criterion mapping file cannot be used (one line for the user)."""


# --- results


@dataclass(frozen=True)
class ScoreChange:
    """A score (0–100) or percentage before and after; ``item_id`` is "" for overall."""

    item_id: str
    old: float | None
    new: float | None
    title: Bilingual | None = None

    @property
    def delta(self) -> float | None:
        """None when either side has no score: a missing score is not a zero."""
        if self.old is None or self.new is None:
            return None
        return self.new - self.old


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AccountChange:
    """One account present in both audits, with every field that differs (never ``id``)."""

    key: str
    old: Account
    new: Account
    changes: tuple[FieldChange, ...]

    @property
    def status_change(self) -> FieldChange | None:
        return next((c for c in self.changes if c.field == "status"), None)

    @property
    def became_closed(self) -> bool:
        return self.status_change is not None and self.new.status is AccountStatus.CLOSED

    @property
    def other_changes(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if c.field != "status")


@dataclass(frozen=True)
class CriterionChange:
    """An answer that changed; ratings are a level, ``"n/a"`` or None (unassessed)."""

    criterion_id: str
    old_id: str | None
    """The criterion in the old bank (differs only through the mapping; None if new)."""
    old: Rating
    new: Rating


@dataclass(frozen=True)
class Comparison:
    old_title: str
    new_title: str
    old_date: date
    new_date: date
    same_bank: bool
    overall: ScoreChange
    completeness: ScoreChange
    sections: tuple[ScoreChange, ...]
    """Every section of either bank: new bank order, then sections only the old one had."""
    accounts_before: int
    accounts_after: int
    added: tuple[Account, ...]
    removed: tuple[Account, ...]
    """Gone from the inventory (a closed account still listed is in ``changed``)."""
    changed: tuple[AccountChange, ...]
    criteria: tuple[CriterionChange, ...]
    unmapped: tuple[str, ...]
    """Old criteria with an answer and no counterpart in the new bank."""
    findings_resolved: tuple[Finding, ...]
    """In the old audit, gone from the new one although its item has been re-assessed."""
    findings_pending: tuple[Finding, ...]
    """In the old audit, gone only because its item has no answer yet in the new one."""
    findings_new: tuple[Finding, ...]
    bank: BankDifference | None = None
    """What differs between the two banks and what that leaves out of the comparison."""

    @property
    def closed(self) -> tuple[AccountChange, ...]:
        """Accounts whose status became "closed"."""
        return tuple(c for c in self.changed if c.became_closed)

    @property
    def status_changed(self) -> tuple[AccountChange, ...]:
        """Other status changes (closures are in :attr:`closed`)."""
        return tuple(c for c in self.changed if c.status_change and not c.became_closed)

    @property
    def fields_changed(self) -> tuple[AccountChange, ...]:
        """Accounts with a change besides their status."""
        return tuple(c for c in self.changed if c.other_changes)


# --- helpers


def reference_date(audit: Audit) -> date:
    """The day an audit speaks for: its report date, else its end date, else its last save."""
    engagement = audit.engagement
    return engagement.report_date or engagement.end_date or audit.modified.date()


def match_key(account: Account) -> str:
    """Platform + canonical handle (or canonical URL); the row id when there is neither."""
    return account_key(account.platform, account.handle, account.url) or f"id:{account.id}"


def rating(answer: Answer) -> Rating:
    """Level, N/A or unassessed in one value: the previous-level hint is not a rating."""
    return NOT_APPLICABLE if answer.not_applicable else answer.level


MAP_LIMIT = 1024 * 1024
"""A map lists a few hundred ids at most."""


def load_criterion_map(path: Path) -> dict[str, str]:
    """Read ``old id = new id`` lines from the ``[criteria]`` table of a TOML file::

    [criteria]
    "SC1.1" = "GOV1.1"
    """
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAP_LIMIT + 1)
        if len(raw) > MAP_LIMIT:
            raise CriterionMapError(f"{path}: over {MAP_LIMIT // 1024:,} KB; not a criterion map")
        data = tomllib.loads(raw.decode("utf-8"))
    except NotRegularFileError as exc:
        raise CriterionMapError(f"{path}: cannot be read ({exc})") from None
    except OSError as exc:
        raise CriterionMapError(
            Message("compare.map.unreadable", path=path, problem=exc.strerror or exc)
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CriterionMapError(Message("compare.map.not_toml", path=path, problem=exc)) from None
    except RecursionError:
        raise CriterionMapError(
            Message("compare.map.not_toml", path=path, problem="nested too deeply")
        ) from None
    table = data.get("criteria")
    if not isinstance(table, dict):
        raise CriterionMapError(Message("compare.map.no_table", path=path))
    bad = sorted(k for k, v in table.items() if not isinstance(v, str))
    if bad:
        raise CriterionMapError(Message("compare.map.not_quoted", path=path, key=bad[0]))
    return dict(table)


# --- comparing


def _pair_accounts(
    old: list[Account], new: list[Account]
) -> tuple[list[tuple[str, Account, Account]], list[Account], list[Account]]:
    """(key, old, new) pairs, then added and removed rows; equal keys pair in order."""
    waiting: dict[str, list[Account]] = defaultdict(list)
    for account in reversed(old):
        waiting[match_key(account)].append(account)
    pairs, added = [], []
    for account in new:
        key = match_key(account)
        if waiting.get(key):
            pairs.append((key, waiting[key].pop(), account))
        else:
            added.append(account)
    left = {id(a) for rows in waiting.values() for a in rows}
    return pairs, added, [a for a in old if id(a) in left]


ACCOUNT_FIELDS = tuple(name for name in Account.model_fields if name != "id")


def _field_changes(old: Account, new: Account) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in ACCOUNT_FIELDS
        if getattr(old, name) != getattr(new, name)
    )


def _account_changes(old: Audit, new: Audit):
    pairs, added, removed = _pair_accounts(old.accounts, new.accounts)
    changed = []
    for key, before, after in pairs:
        changes = _field_changes(before, after)
        if changes:
            changed.append(AccountChange(key, before, after, changes))
    return tuple(added), tuple(removed), tuple(changed)


def _criterion_changes(old: Audit, new: Audit, criterion_map: dict[str, str]):
    counterpart = counterparts(old, new, criterion_map)
    changes = []
    for criterion in new.framework.criteria():
        old_id = counterpart.get(criterion.id)
        before = rating(old.answer(old_id)) if old_id else None
        after = rating(new.answer(criterion.id))
        if before != after:
            changes.append(CriterionChange(criterion.id, old_id, before, after))
    used = set(counterpart.values())
    unmapped = tuple(
        c.id for c in old.framework.criteria() if c.id not in used and old.answer(c.id).assessed
    )
    return tuple(changes), unmapped


def _score_changes(old: Audit, new: Audit):
    before, after = overall_score(old), overall_score(new)
    old_by_id = {s.section_id: s.score for s in before.sections}
    new_by_id = {s.section_id: s.score for s in after.sections}
    titles = {s.id: s.title for s in old.framework.sections}
    titles.update({s.id: s.title for s in new.framework.sections})
    order = [s.id for s in new.framework.sections]
    order += [s.id for s in old.framework.sections if s.id not in new_by_id]
    sections = tuple(
        ScoreChange(sid, old_by_id.get(sid), new_by_id.get(sid), titles[sid]) for sid in order
    )
    overall = ScoreChange("", before.score, after.score)
    completeness = ScoreChange("", before.completeness, after.completeness)
    return overall, completeness, sections


def _not_reassessed(new: Audit, finding: Finding) -> bool:
    """True when the finding's criterion, section or legal line has no answer in ``new``:
    it vanished because nobody has looked yet, not because it was fixed."""
    _, _, item = finding.key.partition(":")
    if not item:
        return False  # inventory findings: the inventory is always there to judge
    if new.framework.section_of(item) is not None:
        return not new.answer(item).assessed
    section = new.framework.section(item)
    if section is not None:
        return all(new.answer(c.id).level is None for c in section.criteria)
    return not new.legal_answered(item)


def _finding_changes(old: Audit, new: Audit, old_today: date, today: date):
    before = {f.key: f for f in generate_findings(old, old_today)}
    after = {f.key: f for f in generate_findings(new, today)}
    gone = [f for key, f in before.items() if key not in after]
    resolved = tuple(f for f in gone if not _not_reassessed(new, f))
    pending = tuple(f for f in gone if _not_reassessed(new, f))
    appeared = tuple(f for key, f in after.items() if key not in before)
    return resolved, pending, appeared


def _from_the_bank(finding: Finding) -> bool:
    """A finding about a criterion, section or legal line: it exists only within its bank."""
    return finding.rule_id.startswith(("asm.", "legal."))


def _same_bank(old: Audit, new: Audit) -> bool:
    return (old.framework.id, old.framework.version) == (new.framework.id, new.framework.version)


def compare_audits(
    old: Audit,
    new: Audit,
    today: date | None = None,
    *,
    old_today: date | None = None,
    criterion_map: dict[str, str] | None = None,
) -> Comparison:
    """Everything that changed from ``old`` (the baseline) to ``new``.

    ``today`` dates the new audit's findings and ``old_today`` the old one's; each defaults
    to that audit's :func:`reference_date`. Pure: neither audit is modified.
    """
    today = today or reference_date(new)
    old_today = old_today or reference_date(old)
    bank = bank_difference(old.framework, new.framework)
    overall, completeness, sections = _score_changes(old, new)
    added, removed, changed = _account_changes(old, new)
    criteria, unmapped = _criterion_changes(old, new, criterion_map or {})
    resolved, pending, appeared = _finding_changes(old, new, old_today, today)
    if not bank.questions_comparable:
        # same ids in two unrelated banks are not the same question: compare only what the
        # banks do not shape (the inventory), unless a criterion map says what matches what
        sections = ()
        resolved, pending, appeared = (
            tuple(f for f in found if not _from_the_bank(f))
            for found in (resolved, pending, appeared)
        )
        if not criterion_map:
            criteria, unmapped = (), ()
    elif not bank.levels_comparable:
        criteria = ()  # a level on a 0–4 scale is not the same level on a 0–3 one
    return Comparison(
        old_title=old.engagement.title,
        new_title=new.engagement.title,
        old_date=old_today,
        new_date=today,
        same_bank=_same_bank(old, new),
        overall=overall,
        completeness=completeness,
        sections=sections,
        accounts_before=len(old.accounts),
        accounts_after=len(new.accounts),
        added=added,
        removed=removed,
        changed=changed,
        criteria=criteria,
        unmapped=unmapped,
        findings_resolved=resolved,
        findings_pending=pending,
        findings_new=appeared,
        bank=bank,
    )
