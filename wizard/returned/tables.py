"""The change list of each returned table: inventory, assessment, legal checklist, risks
and actions (see :class:`wizard.returned.diff.Differ` for what they share)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from wizard.audit import model as m
from wizard.audit.edits import edit_error
from wizard.messages import Message
from wizard.platforms import account_key, platform_name, recognise
from wizard.returned.diff import Differ
from wizard.returned.values import Rejected, is_blank, parse_enum
from wizard.workbook import strings


def collect(d: Differ) -> None:
    _inventory(d)
    _assessment(d)
    _legal(d)
    _risks(d)
    _actions(d)


def _build(cls: type[m.Account | m.Risk | m.Action], values: dict[str, Any]) -> Any:
    try:
        return cls.model_validate({"id": m.new_id(), **values})
    except ValidationError as exc:
        raise edit_error(exc) from None


# --- inventory


def account_label(d: Differ, account: m.Account) -> str:
    name = account.handle or account.display_name or account.url or account.id[:8]
    return f"{name} ({platform_name(account.platform, d.lang)})"


def _build_account(values: dict[str, Any]) -> m.Account:
    if "platform" not in values and (values.get("url") or values.get("handle")):
        found = recognise(values.get("url") or values.get("handle") or "")
        values = {**values, "platform": found.platform or "other"}
    return _build(m.Account, values)


def _inventory(d: Differ) -> None:
    table = d.table("inventory")
    if table is None:
        return
    accounts = {a.id: a for a in d.audit.accounts}
    by_key = {account_key(a.platform, a.handle, a.url): a for a in d.audit.accounts}
    by_key.pop("", None)
    seen: set[str] = set()
    for row, values in table.rows:
        rid = d.row_id(table, values)
        account = None if d.foreign else accounts.get(rid)
        if account is not None and rid not in seen:
            seen.add(rid)
            label = account_label(d, account)
            d.changes += d.field_changes(table, row, values, account, rid, label)
            continue
        change = d.new_record(
            table, row, values, _build_account, lambda a: account_label(d, a), m.Account()
        )
        if change is None:
            continue
        _note_new(d, change, rid, seen, set(accounts))
        if change.record is not None:
            twin = by_key.get(
                account_key(change.record.platform, change.record.handle, change.record.url)
            )
            if twin is not None:
                change.note = Message("returned.note.same_account", account=account_label(d, twin))
                change.default = False
        d.changes.append(change)
    if not d.foreign:
        for account in d.audit.accounts:
            if account.id not in seen:
                d.deleted("inventory", account.id, account_label(d, account))


def _note_new(d: Differ, change, rid: str, seen: set[str], known: set[str]) -> None:
    if not rid or d.foreign:
        return
    if rid in seen:
        change.note = Message("returned.note.copy")
    elif rid not in known:
        change.note = Message("returned.note.unknown_id")
        change.default = False


# --- assessment and legal checklist


def _assessment(d: Differ) -> None:
    table = d.table("assessment")
    if table is None:
        return
    framework = d.audit.framework
    criteria = {c.id: c for c in framework.criteria()}
    sections = {s.id for s in framework.sections}
    seen: set[str] = set()
    ignored = []
    for row, values in table.rows:
        rid = d.row_id(table, values)
        if not rid:
            number = table.value(values, "number")
            if not (isinstance(number, str) and number.strip() in sections):
                ignored.append(row)
            continue
        if rid not in criteria or rid in seen:
            ignored.append(row)
            continue
        seen.add(rid)
        label = f"{rid} {criteria[rid].text.get(d.lang)}"[:90]
        d.changes += d.field_changes(table, row, values, d.audit.answer(rid), rid, label)
    _report(d, table.sheet, ignored, "criteria come from the question bank")
    missing = len(criteria) - len(seen)
    if missing:
        d.warnings.append(
            f"{missing} criteria are missing from {table.sheet!r}: their answers are unchanged"
        )


def _report(d: Differ, sheet: str, rows: list[int], why: str) -> None:
    if rows:
        shown = ", ".join(str(r) for r in rows[:10]) + ("…" if len(rows) > 10 else "")
        d.warnings.append(f"{sheet!r}: rows {shown} have no known id and were ignored ({why})")


def _subtitle(values: tuple[object, ...]) -> bool:
    """The risk register's subtitle row, which follows the legal rows in a format-1 workbook."""
    titles = {strings.text("risk_register", lang) for lang in ("fr", "en")}
    filled = [v for v in values if not is_blank(v)]
    return len(filled) == 1 and isinstance(filled[0], str) and filled[0].strip() in titles


def _legal(d: Differ) -> None:
    table = d.table("legal")
    if table is None:
        return
    items = {item.id: item for item in d.audit.framework.legal}
    seen: set[str] = set()
    ignored = []
    for row, values in table.rows:
        rid = d.row_id(table, values)
        if rid in items and rid not in seen:
            seen.add(rid)
            answer = d.audit.legal.get(rid) or m.LegalAnswer()
            label = f"{items[rid].title.get(d.lang)}"[:90]
            d.changes += d.field_changes(table, row, values, answer, rid, label)
        elif not _subtitle(values):
            ignored.append(row)
    _report(d, table.sheet, ignored, "legal checklist items come from the question bank")


# --- risks and actions


def _bound(
    build: Callable[..., Any], values: tuple[object, ...]
) -> Callable[[dict[str, Any]], Any]:
    """``build`` for one row: the new record from the parsed updates and the row's cells."""
    return lambda updates: build(updates, values)


def _records(d: Differ, role: str, records: list[Any], build, label, template) -> None:
    table = d.table(role)
    if table is None:
        return
    known = {r.id: r for r in records}
    titles = {r.title.strip().casefold(): r for r in records if r.title.strip()}
    seen: set[str] = set()
    for row, values in table.rows:
        rid = d.row_id(table, values)
        record = None if d.foreign else known.get(rid)
        if record is not None and rid not in seen:
            seen.add(rid)
            d.changes += d.field_changes(table, row, values, record, rid, label(record))
            continue
        if role == "actions" and is_blank(table.value(values, "action")):
            continue  # a finding without an action, or a line with nothing to add
        change = d.new_record(table, row, values, _bound(build, values), label, template)
        if change is None:
            continue
        _note_new(d, change, rid, seen, set(known))
        twin = change.record and titles.get(change.record.title.strip().casefold())
        if twin:
            change.note = Message("returned.note.same_title", title=label(twin))
            change.default = False
        d.changes.append(change)
    if not d.foreign:
        for record in records:
            if record.id not in seen:
                d.deleted(role, record.id, label(record))


def _risks(d: Differ) -> None:
    _records(
        d,
        "risks",
        d.audit.risks,
        lambda values, _row: _build(m.Risk, values),
        lambda r: r.title or r.id[:8],
        m.Risk(),
    )


def _new_action(d: Differ, values: dict[str, Any], row: tuple[object, ...]) -> m.Action:
    table = d.returned.tables["actions"]
    extra: dict[str, Any] = {}
    key = table.value(row, "finding_key")
    if isinstance(key, str) and key.strip():
        extra["finding"] = key.strip().removeprefix("own:")
    try:
        severity = parse_enum(m.Severity, table.value(row, "severity"), d.lang, None)
        extra["priority"] = severity
    except Rejected:
        pass
    return _build(m.Action, {**extra, **values})


def _actions(d: Differ) -> None:
    _records(
        d,
        "actions",
        d.audit.actions,
        lambda values, row: _new_action(d, values, row),
        lambda a: a.title[:90],
        m.Action(title="-"),
    )
