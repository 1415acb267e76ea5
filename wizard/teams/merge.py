"""Merging two auditors' sessions of the same audit ("mine" and "theirs").

Large audits are split between auditors; each works on a copy of the session and the copies
are merged back. The rules, in the order they apply:

Same audit
    Both sessions must carry the same ``audit_id`` (copies of one audit) unless ``force=True``
    (the user confirmed that two separately started files are the same audit). Both must use
    the same question bank, since answers are keyed by criterion id.

Matching
    Accounts are paired by id (copies of one file keep their row ids), then the rest by
    platform + canonical handle (:func:`wizard.history.compare.match_key`), so an account both
    auditors added separately becomes one row. Under ``force`` an id pairs only when the keys
    agree too. Answers and legal lines pair by criterion id; risks, actions and own findings
    by id; attachments by SHA-256, so the same file attached twice is stored once.

Fields
    Every field of a paired item is compared on its own (nested records field by field, see
    :mod:`wizard.teams.fields`). Equal values merge. With a common ``base`` session (the file
    both copies started from), a side that left a field unchanged gives way to the side that
    changed it, and both changing it differently is a *conflict*. Without a base nothing says
    who changed what, so a side that left the field empty or at its default gives way and any
    other difference is a conflict. Reference lists (attachments, linked accounts) are merged
    as sets and never conflict. Until resolved, a conflict holds mine's value.

Nothing is lost
    An item present on one side only is kept, whether the other side never had it or deleted
    it; :attr:`MergeResult.one_sided` reports it (``deleted_on_other`` is None without a
    base). An account of theirs whose id is taken by another account gets a new id, and
    theirs' risks and findings follow their accounts' new ids.

Resolving
    :func:`resolve` takes one side for one conflict; :func:`apply_rule` settles all that
    remain: "mine", "theirs", or "recent". Fields carry no timestamps, so "recent" means the
    session saved last (``audit.modified``) wins every conflict; mine wins a tie.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from wizard.audit.model import Audit, Brand, ClientReturn, Discovery, new_id
from wizard.bank.diff import BankRelation, bank_difference
from wizard.messages import Both, Joined, Message, reason_of
from wizard.sessions.session import Session
from wizard.teams.fields import (
    MISSING,
    RebuildError,
    defaults,
    flatten,
    merge_fields,
    merge_value,
    rebuild,
)
from wizard.teams.items import (
    KINDS,
    account_pairs,
    fresh_copy,
    item_label,
    same_identity,
    set_fields,
)

Side = Literal["mine", "theirs"]
Rule = Literal["mine", "theirs", "recent"]

__all__ = [
    "Conflict",
    "DifferentAuditError",
    "MergeError",
    "MergeResult",
    "OneSided",
    "Rule",
    "Side",
    "apply_rule",
    "merge_sessions",
    "resolve",
]


class MergeError(ValueError):
    """The sessions cannot be merged, or a choice makes an invalid record (one line)."""


class DifferentAuditError(MergeError):
    """The audit ids differ: merging needs the user's confirmation (``force=True``)."""


@dataclass(frozen=True)
class Conflict:
    """One field of one item that both sides set to different values."""

    item_kind: str
    """account, answer, legal, risk, action, own_finding, finding_review, evidence,
    engagement or settings."""
    item_id: str
    """The item's id in the merged audit (criterion id, account id, finding key…)."""
    label: str
    field: str
    """Dotted for nested records (``owner.role``); ``level`` of an answer is a level,
    ``"n/a"`` or None; ``review`` of a finding review is the whole review."""
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class OneSided:
    """An item only one side has, kept in the merge."""

    item_kind: str
    item_id: str
    label: str
    side: Side
    deleted_on_other: bool | None
    """True when the base had it (the other side deleted it); None without a base."""


@dataclass
class MergeResult:
    session: Session
    conflicts: list[Conflict] = field(default_factory=list)
    """Unresolved conflicts; the merged session holds mine's value for each meanwhile."""
    one_sided: list[OneSided] = field(default_factory=list)
    resolved: list[tuple[Conflict, Side]] = field(default_factory=list)
    mine_modified: datetime | None = None
    theirs_modified: datetime | None = None


# --- merging one item


class _Merger:
    """Collects conflicts and one-sided items while the merged audit is assembled."""

    def __init__(self, base: Audit | None, mine: Audit, theirs: Audit) -> None:
        self.base, self.mine, self.theirs = base, mine, theirs
        self.lang = mine.engagement.language
        self.conflicts: list[Conflict] = []
        self.one_sided: list[OneSided] = []

    def item(self, kind: str, item_id: str, base: Any, mine: BaseModel, theirs: BaseModel):
        """The merged record; its conflicts are recorded under ``item_id``."""
        spec = KINDS[kind]
        if mine == theirs:  # most items: skip the flattening
            return mine
        mine_fields, theirs_fields = flatten(mine, spec.skip), flatten(theirs, spec.skip)
        if mine_fields == theirs_fields:
            return mine
        base_fields = None if base is None else flatten(base, spec.skip)
        merged, clashes = merge_fields(base_fields, mine_fields, theirs_fields, defaults(spec.cls))
        clashes = [
            n for n in clashes if not same_identity(kind, n, mine_fields[n], theirs_fields[n])
        ]
        identity = {name: getattr(mine, name) for name in spec.skip}
        try:
            record = rebuild(spec.cls, merged, **identity)
        except RebuildError:
            # Taken together the automatic choices make no valid record (e.g. dates out of
            # order): keep mine whole and let the user choose every differing field.
            record = mine
            clashes = [n for n in mine_fields if mine_fields[n] != theirs_fields[n]]
        label = item_label(kind, item_id, mine, self.mine, self.lang)
        self.conflicts += [
            Conflict(kind, item_id, label, name, mine_fields[name], theirs_fields[name])
            for name in clashes
        ]
        return record

    def alone(self, kind: str, record: Any, item_id: str, side: Side, in_base: bool) -> None:
        source = self.mine if side == "mine" else self.theirs
        label = item_label(kind, item_id, record, source, self.lang)
        deleted = in_base if self.base is not None else None
        self.one_sided.append(OneSided(kind, item_id, label, side, deleted))


def _merge_accounts(m: _Merger, force: bool) -> tuple[list, dict[str, str]]:
    """Merged accounts (mine's order, then theirs' new ones) and theirs' id → merged id."""
    pairs, theirs_only, base_of = account_pairs(m.base, m.mine, m.theirs, force)
    merged, id_map = [], {}
    for mine, theirs in pairs:
        if theirs is None:
            merged.append(mine)
            m.alone("account", mine, mine.id, "mine", base_of(mine, None) is not None)
            continue
        id_map[theirs.id] = mine.id
        merged.append(m.item("account", mine.id, base_of(mine, theirs), mine, theirs))
    used = {a.id for a in merged}
    for theirs in theirs_only:
        if theirs.id in used:
            id_map[theirs.id] = new_id()
            theirs = theirs.model_copy(update={"id": id_map[theirs.id]})
        used.add(theirs.id)
        merged.append(theirs)
        m.alone("account", theirs, theirs.id, "theirs", base_of(None, theirs) is not None)
    return merged, id_map


def _relinked(record: Any, id_map: dict[str, str]) -> Any:
    """Theirs' risk or finding pointing at the merged ids of its accounts."""
    accounts = getattr(record, "accounts", None)
    if not id_map or not accounts or not any(a in id_map for a in accounts):
        return record
    return record.model_copy(update={"accounts": [id_map.get(a, a) for a in accounts]})


def _merge_list(m: _Merger, kind: str, id_map: dict[str, str]) -> list:
    """Risks, actions, own findings, attachments: paired by id, mine's order first."""
    key = KINDS[kind].key
    attr = KINDS[kind].attr
    base_by_id = {getattr(r, key): r for r in getattr(m.base, attr)} if m.base else {}
    theirs_by_id = {getattr(r, key): _relinked(r, id_map) for r in getattr(m.theirs, attr)}
    merged = []
    for mine in getattr(m.mine, attr):
        item_id = getattr(mine, key)
        theirs = theirs_by_id.pop(item_id, None)
        if theirs is None:
            merged.append(mine)
            m.alone(kind, mine, item_id, "mine", item_id in base_by_id)
        else:
            merged.append(m.item(kind, item_id, base_by_id.get(item_id), mine, theirs))
    for item_id, theirs in theirs_by_id.items():
        merged.append(theirs)
        m.alone(kind, theirs, item_id, "theirs", item_id in base_by_id)
    return merged


def _merge_dict(m: _Merger, kind: str, ids: list[str]) -> dict:
    """Answers and legal lines: a missing entry is an unanswered one, so never one-sided."""
    spec = KINDS[kind]
    empty = spec.cls()
    mine_all, theirs_all = getattr(m.mine, spec.attr), getattr(m.theirs, spec.attr)
    base_all = getattr(m.base, spec.attr) if m.base else None
    merged = {}
    for item_id in ids:
        mine, theirs = mine_all.get(item_id), theirs_all.get(item_id)
        if mine is None and theirs is None:
            continue
        base = None if base_all is None else base_all.get(item_id, empty)
        record = m.item(kind, item_id, base, mine or empty, theirs or empty)
        if record != empty:
            merged[item_id] = record
    return merged


def _merge_returns(mine: Audit, theirs: Audit) -> list[ClientReturn]:
    """Client workbooks applied on either side: both histories, each return once."""
    seen: dict[tuple[datetime, str], ClientReturn] = {}
    for item in [*mine.client_returns, *theirs.client_returns]:
        seen.setdefault((item.received, item.file_name), item)
    return sorted(seen.values(), key=lambda item: item.received)


def _merge_discovery(mine: Audit, theirs: Audit) -> Discovery | None:
    """The later discovery of the two, with every account either side marked "not ours"."""
    found = [d for d in (mine.discovery, theirs.discovery) if d is not None]
    if not found:
        return None
    latest = max(found, key=lambda d: d.when)
    keys = list(dict.fromkeys(k for d in found for k in d.not_ours))
    return latest.model_copy(update={"not_ours": keys})


def _merge_brand(mine: Audit, theirs: Audit) -> Brand:
    """A brand is one choice (a consultant's profile), not fields to mix: mine when this copy
    has one, else theirs."""
    return mine.brand if not mine.brand.is_empty() else theirs.brand


def _merge_reviews(m: _Merger) -> dict:
    """Finding reviews as whole values: a review is one decision, not a set of fields."""
    mine_all, theirs_all = m.mine.finding_reviews, m.theirs.finding_reviews
    merged = {}
    for key in [*mine_all, *(k for k in theirs_all if k not in mine_all)]:
        mine, theirs = mine_all.get(key), theirs_all.get(key)
        base = MISSING if m.base is None else m.base.finding_reviews.get(key)
        value, clash = merge_value(base, mine, theirs, None)
        if clash:
            label = item_label("finding_review", key, value, m.mine, m.lang)
            m.conflicts.append(Conflict("finding_review", key, label, "review", mine, theirs))
        if value is not None:
            merged[key] = value
    return merged


def _check_mergeable(base: Session | None, mine: Session, theirs: Session, force: bool) -> None:
    ids = {mine.audit.audit_id, theirs.audit.audit_id}
    if base is not None:
        ids.add(base.audit.audit_id)
    if len(ids) > 1 and not force:
        raise DifferentAuditError(Message("merge.different_audit"))
    mine_bank = mine.audit.framework
    for other in (theirs, base):
        if other is None or other.audit.framework == mine_bank:
            continue
        difference = bank_difference(mine_bank, other.audit.framework)
        if difference.relation is BankRelation.DIFFERENT:
            raise MergeError(
                Message(
                    "merge.different_banks", mine=difference.old_name, theirs=difference.new_name
                )
            )
        details = Both(" ".join(difference.lines("fr")), " ".join(difference.lines("en")))
        raise MergeError(Message("merge.bank_versions", details=details))


def merge_sessions(
    base: Session | None,
    mine: Session,
    theirs: Session,
    rule: Rule | None = None,
    *,
    force: bool = False,
) -> MergeResult:
    """Merge ``theirs`` into a copy of ``mine`` (neither input is modified).

    ``base`` is the session both started from, when known. With ``rule``, every conflict is
    settled by it before returning. Raises :class:`MergeError` for different audits (unless
    ``force``) or different question banks.
    """
    _check_mergeable(base, mine, theirs, force)
    m = _Merger(base.audit if base else None, mine.audit, theirs.audit)
    accounts, id_map = _merge_accounts(m, force)
    framework = mine.audit.framework
    engagement = m.item(
        "engagement", "engagement", _base_of(m, "engagement"), *_pair(mine, theirs, "engagement")
    )
    settings = m.item(
        "settings", "settings", _base_of(m, "settings"), *_pair(mine, theirs, "settings")
    )
    audit = Audit(
        audit_id=mine.audit.audit_id,
        created=min(mine.audit.created, theirs.audit.created),
        modified=max(mine.audit.modified, theirs.audit.modified),
        app_version=mine.audit.app_version,
        engagement=engagement,
        framework=framework,
        accounts=accounts,
        answers=_merge_dict(m, "answer", [c.id for c in framework.criteria()]),
        legal=_merge_dict(m, "legal", [item.id for item in framework.legal]),
        risks=_merge_list(m, "risk", id_map),
        finding_reviews=_merge_reviews(m),
        own_findings=_merge_list(m, "own_finding", id_map),
        actions=_merge_list(m, "action", id_map),
        evidence=_merge_list(m, "evidence", id_map),
        settings=settings,
        client_returns=_merge_returns(mine.audit, theirs.audit),
        discovery=_merge_discovery(mine.audit, theirs.audit),
        brand=_merge_brand(mine.audit, theirs.audit),
        last_step=mine.audit.last_step,  # where this auditor was: not content, never a conflict
    )
    # The inputs' records were reused while merging; copy them so that editing the merged
    # session in place (the GUI does) never reaches into either input.
    audit = fresh_copy(audit)
    blobs = {**theirs.blobs, **mine.blobs}
    kept = {e.sha256 for e in audit.evidence}
    session = Session(audit=audit, blobs={k: v for k, v in blobs.items() if k in kept})
    result = MergeResult(
        session, m.conflicts, m.one_sided, [], mine.audit.modified, theirs.audit.modified
    )
    if rule is not None:
        apply_rule(result, rule)
    return result


def _pair(mine: Session, theirs: Session, attr: str) -> tuple[Any, Any]:
    return getattr(mine.audit, attr), getattr(theirs.audit, attr)


def _base_of(m: _Merger, attr: str) -> Any:
    return getattr(m.base, attr) if m.base is not None else None


# --- resolving


def _set_fields(audit: Audit, kind: str, item_id: str, values: dict[str, Any], index=None):
    try:
        set_fields(audit, kind, item_id, values, index)
    except RebuildError as exc:
        raise MergeError(
            Message("merge.item_refused", item=f"{kind} {item_id}", problem=reason_of(exc))
        ) from None


def resolve(result: MergeResult, conflict: Conflict, choice: Side) -> None:
    """Take ``choice``'s value for one conflict (again later to change one's mind)."""
    value = conflict.mine if choice == "mine" else conflict.theirs
    audit = result.session.audit
    _set_fields(audit, conflict.item_kind, conflict.item_id, {conflict.field: value})
    result.resolved = [(c, s) for c, s in result.resolved if c != conflict]
    result.resolved.append((conflict, choice))
    if conflict in result.conflicts:
        result.conflicts.remove(conflict)


def side_for(result: MergeResult, rule: Rule) -> Side:
    """The side a rule picks; "recent" is the session saved last (mine on a tie)."""
    if rule != "recent":
        return rule
    mine, theirs = result.mine_modified, result.theirs_modified
    return "theirs" if mine is not None and theirs is not None and theirs > mine else "mine"


def apply_rule(result: MergeResult, rule: Rule) -> None:
    """Settle every unresolved conflict by ``rule``, one rebuild per item.

    An item the choices cannot make valid keeps its conflicts (unresolved) and
    :class:`MergeError` names it once the rest are settled.
    """
    side = side_for(result, rule)
    audit = result.session.audit
    grouped: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
    for conflict in result.conflicts:
        grouped[(conflict.item_kind, conflict.item_id)].append(conflict)
    index: dict = {}
    failed: list[str] = []
    done: set[int] = set()
    for (kind, item_id), conflicts in grouped.items():
        values = {c.field: c.mine if side == "mine" else c.theirs for c in conflicts}
        try:
            _set_fields(audit, kind, item_id, values, index)
        except MergeError as exc:
            failed.append(reason_of(exc))
            continue
        result.resolved += [(c, side) for c in conflicts]
        done.update(id(c) for c in conflicts)
    result.conflicts = [c for c in result.conflicts if id(c) not in done]
    if failed:
        raise MergeError(Message("merge.failures", failures=Joined(failed, "; ")))
