"""Undo commands: thin wrappers over :mod:`wizard.audit.edits`.

A command applies its edit when :func:`push_edit` is called, *before* it reaches the undo
stack: an invalid value raises :class:`~wizard.audit.edits.EditError` and nothing is pushed (a
command whose ``redo()`` failed inside ``QUndoStack.push`` would still be stacked). The
stack's first ``redo()`` is therefore a no-op. Every apply and revert emits the matching
:class:`~ui.events.AuditEvents` signal so views refresh the same way on undo and redo.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wizard.audit import edits
from wizard.audit.model import Account, Answer, Brand, FindingReview, LegalAnswer, OwnFinding


class EditCommand(QUndoCommand):
    """Base class: ``apply``/``revert`` do the work; redo/undo call them."""

    merge_id = -1

    def __init__(self, document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._fresh = True

    @property
    def audit(self):
        return self.document.audit

    @property
    def events(self):
        return self.document.events

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()

    def id(self) -> int:
        return self.merge_id


def push_edit(document, command: EditCommand) -> None:
    """Apply ``command`` now (raising ``EditError`` if the model refuses) and stack it.

    An audit open read-only refuses every edit before anything is applied."""
    if getattr(document, "read_only", False):
        raise edits.EditError(
            "",
            QCoreApplication.translate("undo", "This audit is open read-only: nothing is changed."),
        )
    command.apply()
    document.push(command)


# --- accounts


class SetAccountField(EditCommand):
    def __init__(self, document, account_id: str, field: str, value: Any, text: str) -> None:
        super().__init__(document, text)
        self.account_id, self.field, self.value = account_id, field, value
        self.old: Any = None

    def apply(self) -> None:
        self.old = edits.set_account_field(self.audit, self.account_id, self.field, self.value)
        self.events.sig_account_changed.emit(self.account_id)

    def revert(self) -> None:
        edits.set_account_field(self.audit, self.account_id, self.field, self.old)
        self.events.sig_account_changed.emit(self.account_id)


class InsertAccounts(EditCommand):
    def __init__(self, document, accounts: list[Account], text: str, index=None) -> None:
        super().__init__(document, text)
        self.accounts, self.index = accounts, index

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.accounts]

    def apply(self) -> None:
        self.index = edits.insert_accounts(self.audit, self.accounts, self.index)
        self.events.sig_accounts_inserted.emit(self.ids)

    def revert(self) -> None:
        edits.remove_accounts(self.audit, self.ids)
        self.events.sig_accounts_removed.emit(self.ids)


class DuplicateAccount(InsertAccounts):
    """The first apply asks the core for the copy; redo re-inserts that same copy."""

    def __init__(self, document, account_id: str, text: str) -> None:
        super().__init__(document, [], text)
        self.source_id = account_id

    def apply(self) -> None:
        if self.accounts:
            super().apply()
            return
        copy = edits.duplicate_account(self.audit, self.source_id)
        self.accounts = [copy]
        self.index = self.audit.accounts.index(copy)
        self.events.sig_accounts_inserted.emit(self.ids)


class RemoveAccounts(EditCommand):
    def __init__(self, document, ids: list[str], text: str) -> None:
        super().__init__(document, text)
        self.ids = list(ids)
        self.removed: list[tuple[int, Account]] = []

    def apply(self) -> None:
        self.removed = edits.remove_accounts(self.audit, self.ids)
        self.events.sig_accounts_removed.emit([a.id for _i, a in self.removed])

    def revert(self) -> None:
        edits.restore_accounts(self.audit, self.removed)
        self.events.sig_accounts_inserted.emit([a.id for _i, a in self.removed])


# --- assessment and legal


class SetAnswer(EditCommand):
    """Replace one answer. Consecutive typing in the same text field merges into one step."""

    merge_id = 1001

    def __init__(
        self, document, criterion_id: str, answer: Answer | None, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(document, text)
        self.criterion_id, self.answer, self.merge_key = criterion_id, answer, merge_key
        self.old: Answer | None = None

    def id(self) -> int:
        return self.merge_id if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetAnswer) or (other.criterion_id, other.merge_key) != (
            self.criterion_id,
            self.merge_key,
        ):
            return False
        self.answer = other.answer
        return True

    def apply(self) -> None:
        self.old = edits.set_answer(self.audit, self.criterion_id, self.answer)
        self.events.sig_answer_changed.emit(self.criterion_id)

    def revert(self) -> None:
        edits.set_answer(self.audit, self.criterion_id, self.old)
        self.events.sig_answer_changed.emit(self.criterion_id)


class SetLegal(EditCommand):
    merge_id = 1002

    def __init__(
        self, document, item_id: str, answer: LegalAnswer | None, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(document, text)
        self.item_id, self.answer, self.merge_key = item_id, answer, merge_key
        self.old: LegalAnswer | None = None

    def id(self) -> int:
        return self.merge_id if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetLegal) or (other.item_id, other.merge_key) != (
            self.item_id,
            self.merge_key,
        ):
            return False
        self.answer = other.answer
        return True

    def apply(self) -> None:
        self.old = edits.set_legal(self.audit, self.item_id, self.answer)
        self.events.sig_legal_changed.emit(self.item_id)

    def revert(self) -> None:
        edits.set_legal(self.audit, self.item_id, self.old)
        self.events.sig_legal_changed.emit(self.item_id)


# --- risks, actions, own findings


class InsertRecord(EditCommand):
    def __init__(self, document, kind: edits.RecordList, record: Any, text: str) -> None:
        super().__init__(document, text)
        self.kind, self.record = kind, record
        self.index: int | None = None

    def apply(self) -> None:
        self.index = edits.insert_record(self.audit, self.kind, self.record, self.index)
        self.events.sig_records_changed.emit(self.kind)

    def revert(self) -> None:
        edits.remove_record(self.audit, self.kind, self.record.id)
        self.events.sig_records_changed.emit(self.kind)


class RemoveRecord(EditCommand):
    def __init__(self, document, kind: edits.RecordList, record_id: str, text: str) -> None:
        super().__init__(document, text)
        self.kind, self.record_id = kind, record_id
        self.removed: tuple[int, Any] | None = None

    def apply(self) -> None:
        self.removed = edits.remove_record(self.audit, self.kind, self.record_id)
        self.events.sig_records_changed.emit(self.kind)

    def revert(self) -> None:
        assert self.removed is not None
        index, record = self.removed
        edits.insert_record(self.audit, self.kind, record, index)
        self.events.sig_records_changed.emit(self.kind)


class SetRecordField(EditCommand):
    def __init__(
        self, document, kind: edits.RecordList, record_id: str, field: str, value, text: str
    ) -> None:
        super().__init__(document, text)
        self.kind, self.record_id, self.field, self.value = kind, record_id, field, value
        self.old: Any = None

    def apply(self) -> None:
        audit = self.audit
        self.old = edits.set_record_field(audit, self.kind, self.record_id, self.field, self.value)
        self.events.sig_record_changed.emit(self.kind, self.record_id)

    def revert(self) -> None:
        edits.set_record_field(self.audit, self.kind, self.record_id, self.field, self.old)
        self.events.sig_record_changed.emit(self.kind, self.record_id)


class SetEvidenceCaptured(EditCommand):
    """When an attachment was captured (a date, or None for unknown)."""

    def __init__(self, document, sha256: str, captured: date | None, text: str) -> None:
        super().__init__(document, text)
        self.sha256, self.captured = sha256, captured
        self.old: date | None = None

    def apply(self) -> None:
        self.old = edits.set_evidence_captured(self.audit, self.sha256, self.captured)
        self.events.sig_evidence_changed.emit(self.sha256)

    def revert(self) -> None:
        edits.set_evidence_captured(self.audit, self.sha256, self.old)
        self.events.sig_evidence_changed.emit(self.sha256)


class SetBrand(EditCommand):
    """The brand of the audit's deliverables (chosen from the consultant's profile)."""

    def __init__(self, document, brand: Brand, text: str) -> None:
        super().__init__(document, text)
        self.brand = brand
        self.old = Brand()

    def apply(self) -> None:
        self.old = edits.set_brand(self.audit, self.brand)
        self.events.sig_brand_changed.emit()

    def revert(self) -> None:
        edits.set_brand(self.audit, self.old)
        self.events.sig_brand_changed.emit()


class ReplaceOwnFinding(EditCommand):
    def __init__(self, document, finding, text: str) -> None:
        super().__init__(document, text)
        self.finding = finding
        self.old: OwnFinding | None = None

    def apply(self) -> None:
        self.old = edits.replace_own_finding(self.audit, self.finding)
        self.events.sig_records_changed.emit("own_findings")

    def revert(self) -> None:
        if self.old is not None:
            edits.replace_own_finding(self.audit, self.old)
        self.events.sig_records_changed.emit("own_findings")


class ReviewFinding(EditCommand):
    def __init__(self, document, key: str, review: FindingReview | None, text: str) -> None:
        super().__init__(document, text)
        self.key, self.review = key, review
        self.old: FindingReview | None = None

    def apply(self) -> None:
        self.old = edits.review_finding(self.audit, self.key, self.review)
        self.events.sig_reviews_changed.emit()

    def revert(self) -> None:
        edits.review_finding(self.audit, self.key, self.old)
        self.events.sig_reviews_changed.emit()
