"""Small, reversible changes to an :class:`~wizard.audit.model.Audit`.

Every function changes the audit in place and returns what is needed to undo it, so the
GUI's undo commands are thin wrappers and the command line or a test can make the same
edits without a screen. Values are validated by the model before anything changes: an
invalid value raises :class:`EditError` naming the field and leaves the audit untouched.

Lists are changed in place (not reassigned) so a 10,000-account inventory is not
re-validated on every edit; the checks the model would make on assignment (unique ids,
known criteria) are made here instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from wizard.audit.model import (
    Account,
    Action,
    Answer,
    Audit,
    Brand,
    FindingReview,
    LegalAnswer,
    OwnFinding,
    Risk,
    new_id,
)
from wizard.platforms import Recognition, account_key, recognise

R = TypeVar("R", bound=BaseModel)

RecordList = Literal["risks", "actions", "own_findings"]
"""The audit lists of records with an ``id`` that :func:`insert_record` & co. edit."""

_RECORD_TYPES: dict[str, type[Risk | Action | OwnFinding]] = {
    "risks": Risk,
    "actions": Action,
    "own_findings": OwnFinding,
}


class EditError(ValueError):
    """An edit the model refuses. ``field`` names what was wrong, ``problem`` says why."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


def _clean_message(message: str) -> str:
    return re.sub(r"^(Value error|Assertion failed), ", "", message)


def edit_error(exc: ValidationError, default_field: str = "") -> EditError:
    """The first problem of a pydantic error as an :class:`EditError`."""
    first = exc.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or default_field
    return EditError(field, _clean_message(first["msg"]))


def with_changes(record: R, **changes: Any) -> R:
    """A validated copy of ``record`` with ``changes``; the record itself is not touched.

    ``model_copy(update=…)`` does not validate, so the copy is rebuilt through the model.
    """
    unknown = sorted(set(changes) - set(type(record).model_fields))
    if unknown:
        raise EditError(unknown[0], "is not a field of this record")
    data = {name: getattr(record, name) for name in type(record).model_fields}
    data.update(changes)
    try:
        return type(record).model_validate(data)
    except ValidationError as exc:
        raise edit_error(exc) from None


# --- accounts


def _account(audit: Audit, account_id: str) -> Account:
    account = audit.account(account_id)
    if account is None:
        raise EditError("id", f"no account with id {account_id!r}")
    return account


def set_account_field(audit: Audit, account_id: str, field: str, value: Any) -> Any:
    """Set one field of one account; return the previous value."""
    if field == "id" or field not in Account.model_fields:
        raise EditError(field, "is not an editable account field")
    account = _account(audit, account_id)
    old = getattr(account, field)
    try:
        setattr(account, field, value)
    except ValidationError as exc:
        raise edit_error(exc, field) from None
    return old


def insert_accounts(audit: Audit, accounts: Sequence[Account], index: int | None = None) -> int:
    """Insert ``accounts`` at ``index`` (the end when None); return the index used."""
    existing = {a.id for a in audit.accounts}
    new_ids = [a.id for a in accounts]
    clash = next((i for i in new_ids if i in existing), None)
    if clash is not None or len(set(new_ids)) != len(new_ids):
        raise EditError("id", f"an account with id {clash or 'repeated'!r} already exists")
    position = len(audit.accounts) if index is None else max(0, min(index, len(audit.accounts)))
    audit.accounts[position:position] = list(accounts)
    return position


def remove_accounts(audit: Audit, ids: Iterable[str]) -> list[tuple[int, Account]]:
    """Remove the accounts with these ids; return ``(index, account)`` in rising order.

    Links to them (risks, own findings) are kept so an undo restores everything; readers
    ignore links to accounts that are not in the inventory.
    """
    wanted = set(ids)
    removed = [(i, a) for i, a in enumerate(audit.accounts) if a.id in wanted]
    for index, _account_removed in reversed(removed):
        del audit.accounts[index]
    return removed


def restore_accounts(audit: Audit, removed: Sequence[tuple[int, Account]]) -> None:
    """Put back what :func:`remove_accounts` returned, at the same places."""
    for index, account in sorted(removed, key=lambda pair: pair[0]):
        audit.accounts.insert(min(index, len(audit.accounts)), account)


def duplicate_account(audit: Audit, account_id: str) -> Account:
    """Insert a copy of an account (new id) just after it and return the copy."""
    original = _account(audit, account_id)
    copy = with_changes(original, id=new_id())
    insert_accounts(audit, [copy], audit.accounts.index(original) + 1)
    return copy


def recognise_lines(text: str) -> list[tuple[str, Recognition]]:
    """Each non-empty line of ``text`` with its platform recognition, one per account
    (``twitter.com/x`` and ``x.com/x`` are the same account: the second is left out)."""
    seen: set[str] = set()
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        found = recognise(line)
        key = account_key(found.platform, found.handle, found.url) or f"text:{line.casefold()}"
        if key not in seen:
            seen.add(key)
            lines.append((line, found))
    return lines


def _key(account: Account) -> str:
    return account_key(account.platform, account.handle, account.url)


def accounts_from_text(text: str, audit: Audit | None = None) -> list[Account]:
    """New accounts from pasted text: one URL or handle per line, platform recognised.

    Accounts already in ``audit`` are left out. A line that cannot be stored (control
    character, too long) raises :class:`EditError` naming its line, so nothing is half-added.
    """
    existing = {_key(a) for a in audit.accounts} - {""} if audit is not None else set()
    accounts = []
    for number, (line, found) in enumerate(recognise_lines(text), start=1):
        try:
            account = Account(
                platform=found.platform or "other",
                handle=found.handle or ("" if found.url else line),
                url=found.url,
            )
        except ValidationError as exc:
            error = edit_error(exc)
            raise EditError(f"line {number} ({error.field})", error.problem) from None
        if _key(account) not in existing:
            accounts.append(account)
    return accounts


# --- assessment and legal checklist


def set_answer(audit: Audit, criterion_id: str, answer: Answer | None) -> Answer | None:
    """Store (or, with None, clear) the answer to a criterion; return the previous one."""
    if not any(c.id == criterion_id for c in audit.framework.criteria()):
        raise EditError("criterion", f"{criterion_id!r} is not in the question bank")
    old = audit.answers.get(criterion_id)
    if answer is None:
        audit.answers.pop(criterion_id, None)
    else:
        audit.answers[criterion_id] = answer
    return old


def set_legal(audit: Audit, item_id: str, answer: LegalAnswer | None) -> LegalAnswer | None:
    """Store (or clear) the answer to a legal checklist item; return the previous one."""
    if not any(item.id == item_id for item in audit.framework.legal):
        raise EditError("legal", f"{item_id!r} is not in the legal checklist")
    old = audit.legal.get(item_id)
    if answer is None:
        audit.legal.pop(item_id, None)
    else:
        audit.legal[item_id] = answer
    return old


# --- risks, actions, own findings


def _records(audit: Audit, kind: RecordList) -> list[Any]:
    if kind not in _RECORD_TYPES:
        raise EditError("kind", f"{kind!r} is not a list of records")
    return getattr(audit, kind)


def find_record(audit: Audit, kind: RecordList, record_id: str) -> tuple[int, Any]:
    for index, record in enumerate(_records(audit, kind)):
        if record.id == record_id:
            return index, record
    raise EditError("id", f"no record with id {record_id!r} in {kind}")


def insert_record(audit: Audit, kind: RecordList, record: Any, index: int | None = None) -> int:
    """Insert a risk, action or own finding; return its index."""
    records = _records(audit, kind)
    if not isinstance(record, _RECORD_TYPES[kind]):
        raise EditError(kind, f"expects a {_RECORD_TYPES[kind].__name__}")
    if any(r.id == record.id for r in records):
        raise EditError("id", f"{record.id!r} already exists in {kind}")
    position = len(records) if index is None else max(0, min(index, len(records)))
    records.insert(position, record)
    return position


def remove_record(audit: Audit, kind: RecordList, record_id: str) -> tuple[int, Any]:
    """Remove a risk, action or own finding; return ``(index, record)`` for undo."""
    index, record = find_record(audit, kind, record_id)
    del _records(audit, kind)[index]
    return index, record


def set_record_field(audit: Audit, kind: RecordList, record_id: str, field: str, value: Any):
    """Set one field of a risk, action or own finding; return the previous value."""
    if field == "id" or field not in _RECORD_TYPES[kind].model_fields:
        raise EditError(field, f"is not an editable field of {kind}")
    _index, record = find_record(audit, kind, record_id)
    old = getattr(record, field)
    try:
        setattr(record, field, value)
    except ValidationError as exc:
        raise edit_error(exc, field) from None
    return old


def add_risk(audit: Audit, risk: Risk, index: int | None = None) -> int:
    return insert_record(audit, "risks", risk, index)


def remove_risk(audit: Audit, risk_id: str) -> tuple[int, Risk]:
    return remove_record(audit, "risks", risk_id)


def add_action(audit: Audit, action: Action, index: int | None = None) -> int:
    return insert_record(audit, "actions", action, index)


def remove_action(audit: Audit, action_id: str) -> tuple[int, Action]:
    return remove_record(audit, "actions", action_id)


def add_own_finding(audit: Audit, finding: OwnFinding, index: int | None = None) -> int:
    return insert_record(audit, "own_findings", finding, index)


def remove_own_finding(audit: Audit, finding_id: str) -> tuple[int, OwnFinding]:
    return remove_record(audit, "own_findings", finding_id)


def replace_own_finding(audit: Audit, finding: OwnFinding) -> OwnFinding:
    """Replace the own finding with the same id (an edit dialog's result); return the old."""
    index, old = find_record(audit, "own_findings", finding.id)
    audit.own_findings[index] = finding
    return old


# --- review of generated findings


def review_finding(audit: Audit, key: str, review: FindingReview | None) -> FindingReview | None:
    """Record (or, with None, withdraw) the auditor's decision on a generated finding."""
    if not key.strip():
        raise EditError("key", "a finding key is needed")
    old = audit.finding_reviews.get(key)
    if review is None:
        audit.finding_reviews.pop(key, None)
    else:
        audit.finding_reviews[key] = review
    return old


def set_evidence_captured(audit: Audit, sha256: str, captured: date | None) -> date | None:
    """Set when an attachment was captured (None: unknown); return the previous value."""
    record = next((e for e in audit.evidence if e.sha256 == sha256), None)
    if record is None:
        raise EditError("captured", f"no attachment {sha256[:12]}… in this audit")
    old = record.captured
    record.captured = captured
    return old


def set_brand(audit: Audit, brand: Brand) -> Brand:
    """Give the audit's deliverables this brand (an empty one: Vigie's plain look); return
    the previous one."""
    old = audit.brand
    audit.brand = brand
    return old
