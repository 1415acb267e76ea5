"""Apply the changes the reviewer accepted, reversibly, and note the client's return.

:func:`apply_changes` goes through :mod:`wizard.audit.edits` (the same edits the GUI makes), so
every value is validated once more by the model; an edit the model refuses is reported in
:attr:`AppliedSummary.failed` and the others still apply. The summary can undo everything
(:meth:`AppliedSummary.revert`), which is how the GUI makes the whole import one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TypeVar

from wizard.audit import edits
from wizard.audit import model as m
from wizard.messages import Message
from wizard.returned.changes import Change, ChangeKind, ChangeSet

_RECORD_LISTS: dict[str, edits.RecordList] = {"risks": "risks", "actions": "actions"}

R = TypeVar("R", m.Answer, m.LegalAnswer)
"""An answer to a criterion or to a legal checklist item."""


@dataclass
class AppliedSummary:
    applied: int = 0
    updated: int = 0
    """Fields changed."""
    added: int = 0
    deleted: int = 0
    failed: list[tuple[Change, str]] = field(default_factory=list)
    client_return: m.ClientReturn | None = None
    _undo: list[Callable[[], object]] = field(default_factory=list, repr=False)

    def revert(self) -> None:
        """Undo everything :func:`apply_changes` did, newest first."""
        for step in reversed(self._undo):
            step()
        self._undo.clear()

    def lines(self, lang: str = "en") -> list[str]:
        counts = {"updated": self.updated, "added": self.added, "deleted": self.deleted}
        text = [Message("returned.applied", applied=self.applied, **counts).text(lang)]
        text += [
            Message("returned.not_applied", change=c.describe(lang), reason=why).text(lang)
            for c, why in self.failed
        ]
        return text


class _Applier:
    def __init__(self, audit: m.Audit, summary: AppliedSummary) -> None:
        self.audit, self.summary = audit, summary

    def done(self, changes: list[Change], undo: Callable[[], object], kind: str) -> None:
        self.summary._undo.append(undo)
        self.summary.applied += len(changes)
        setattr(self.summary, kind, getattr(self.summary, kind) + len(changes))

    def fail(self, changes: Iterable[Change], reason: str) -> None:
        self.summary.failed += [(c, reason) for c in changes]

    def update_fields(self, table: str, item_id: str, changes: list[Change]) -> None:
        for change in changes:
            for name, value in change.updates.items():
                try:
                    if table == "inventory":
                        old = edits.set_account_field(self.audit, item_id, name, value)
                        undo = _account_undo(self.audit, item_id, name, old)
                    else:
                        kind = _RECORD_LISTS[table]
                        old = edits.set_record_field(self.audit, kind, item_id, name, value)
                        undo = _record_undo(self.audit, kind, item_id, name, old)
                except edits.EditError as exc:
                    self.fail([change], str(exc))
                    break
                self.done([], undo, "updated")
            else:
                self.summary.applied += 1
                self.summary.updated += 1

    def update_answer(self, table: str, item_id: str, changes: list[Change]) -> None:
        combined: dict[str, object] = {}
        for change in changes:
            combined.update(change.updates)
        if table == "assessment":
            self._replace(changes, edits.set_answer, item_id, self.audit.answer(item_id), combined)
        else:
            current = self.audit.legal.get(item_id) or m.LegalAnswer()
            self._replace(changes, edits.set_legal, item_id, current, combined)

    def _replace(
        self,
        changes: list[Change],
        setter: Callable[[m.Audit, str, R | None], R | None],
        item_id: str,
        current: R,
        combined: dict[str, object],
    ) -> None:
        try:
            new = edits.with_changes(current, **combined)
            old = setter(self.audit, item_id, new)
        except edits.EditError as exc:
            self.fail(changes, str(exc))
            return
        self.done(changes, lambda: setter(self.audit, item_id, old), "updated")

    def add(self, table: str, changes: list[Change]) -> None:
        records = [c.record.model_copy(deep=True) for c in changes]
        if table == "inventory":
            try:
                edits.insert_accounts(self.audit, records)
            except edits.EditError as exc:
                self.fail(changes, str(exc))
                return
            ids = [r.id for r in records]
            self.done(changes, lambda: edits.remove_accounts(self.audit, ids), "added")
            return
        kind = _RECORD_LISTS[table]
        for change, record in zip(changes, records, strict=True):
            try:
                edits.insert_record(self.audit, kind, record)
            except edits.EditError as exc:
                self.fail([change], str(exc))
                continue
            self.done([change], partial(edits.remove_record, self.audit, kind, record.id), "added")

    def delete(self, table: str, changes: list[Change]) -> None:
        if table == "inventory":
            removed = edits.remove_accounts(self.audit, [c.item_id for c in changes])
            self.done(changes, lambda: edits.restore_accounts(self.audit, removed), "deleted")
            return
        kind = _RECORD_LISTS[table]
        for change in changes:
            try:
                index, record = edits.remove_record(self.audit, kind, change.item_id)
            except edits.EditError as exc:
                self.fail([change], str(exc))
                continue
            self.done(
                [change],
                partial(edits.insert_record, self.audit, kind, record, index),
                "deleted",
            )


def _account_undo(audit: m.Audit, item_id: str, name: str, old: object) -> Callable[[], None]:
    return lambda: edits.set_account_field(audit, item_id, name, old)


def _record_undo(audit, kind, item_id, name, old) -> Callable[[], None]:
    return lambda: edits.set_record_field(audit, kind, item_id, name, old)


def apply_changes(
    audit: m.Audit,
    changeset: ChangeSet,
    accepted_ids: Iterable[str],
    *,
    returned_by: str = "",
    received: datetime | None = None,
) -> AppliedSummary:
    """Apply the accepted, applicable changes to ``audit`` in place; record the return.

    Updates come first, then new items, then deletions (only those explicitly accepted).
    Refused changes are skipped whatever ``accepted_ids`` says."""
    summary = AppliedSummary()
    applier = _Applier(audit, summary)
    chosen = changeset.selected(accepted_ids)
    updates: dict[tuple[str, str], list[Change]] = {}
    for change in chosen:
        if change.kind is ChangeKind.UPDATE:
            updates.setdefault((change.table, change.item_id), []).append(change)
    for (table, item_id), group in updates.items():
        if table in ("assessment", "legal"):
            applier.update_answer(table, item_id, group)
        else:
            applier.update_fields(table, item_id, group)
    for kind, method in ((ChangeKind.NEW, applier.add), (ChangeKind.DELETED, applier.delete)):
        by_table: dict[str, list[Change]] = {}
        for change in chosen:
            if change.kind is kind and (kind is not ChangeKind.NEW or change.record is not None):
                by_table.setdefault(change.table, []).append(change)
        for table, group in by_table.items():
            method(table, group)
    note = _note(changeset.file_name, returned_by, received, summary.applied)
    audit.client_returns.append(note)
    summary.client_return = note
    summary._undo.append(lambda: _remove_note(audit, note))
    return summary


def _note(file_name: str, returned_by: str, received: datetime | None, applied: int):
    when = (received or m.now()).replace(microsecond=0)
    try:
        return m.ClientReturn(
            received=when,
            file_name=file_name[:500],
            returned_by=" ".join(returned_by.split())[:500],
            changes_applied=applied,
        )
    except ValueError:  # a name the model refuses (control characters): keep the record
        return m.ClientReturn(received=when, changes_applied=applied)


def _remove_note(audit: m.Audit, note: m.ClientReturn) -> None:
    for index in range(len(audit.client_returns) - 1, -1, -1):
        if audit.client_returns[index] is note:
            del audit.client_returns[index]
            return
