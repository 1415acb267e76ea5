"""What an import says when a file cannot be read, and applying it as one undo step.

A 50,000-row file takes seconds to read and plan; the dialog runs that work through
:class:`ui.long_work.Runner` with progress and cancel, so it keeps painting and Cancel
answers at once; :func:`import_failure` is what it says when the work fails. Work done
there never touches the audit (planning only reads it, and the dialog is modal).
:class:`ImportAccounts` is the only place an import changes the audit: one command on the
document's undo stack, whose undo removes exactly the added accounts and puts the merged
fields back.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import current_language
from ui.undo_commands import EditCommand
from wizard.audit import edits
from wizard.audit.model import Account
from wizard.importers import ImportFileError
from wizard.importers.plan import ImportPlan, apply_plan
from wizard.importers.report import ImportReport
from wizard.messages import localise

log = logging.getLogger("vigie.ui")


def import_failure(exc: BaseException) -> str:
    """One line for the user about a file the import could not read."""
    translate = QCoreApplication.translate
    if isinstance(exc, ImportFileError):
        return localise(exc.reason, current_language())
    if isinstance(exc, MemoryError):
        return translate("ImportTask", "The file is too large to import on this computer.")
    log.error("import work failed", exc_info=exc)
    return translate("ImportTask", "The file could not be read (%1).").replace(
        "%1", type(exc).__name__
    )


class ImportAccounts(EditCommand):
    """Apply an import plan: added accounts appended, merged accounts filled in place.

    The core's :func:`~wizard.importers.plan.apply_plan` does the work (and decides
    duplicates again against the audit as it is now). Merged accounts are then changed in
    place rather than replaced, so views holding the account objects stay in step; the
    command remembers each merged field's old and new value for undo and redo.
    """

    def __init__(self, document, plan: ImportPlan, text: str) -> None:
        super().__init__(document, text)
        self.plan = plan
        self.report: ImportReport | None = None
        self.added: list[Account] = []
        self.merged: list[tuple[Account, dict[str, tuple[Any, Any]]]] = []

    @property
    def added_ids(self) -> list[str]:
        return [a.id for a in self.added]

    def apply(self) -> None:
        if self.report is None:
            self._first_apply()
        else:
            edits.insert_accounts(self.audit, self.added)
            for account, changes in self.merged:
                for name, (_old, new) in changes.items():
                    setattr(account, name, new)
        self._announce()

    def revert(self) -> None:
        edits.remove_accounts(self.audit, self.added_ids)
        for account, changes in self.merged:
            for name, (old, _new) in changes.items():
                setattr(account, name, old)
        self.events.sig_accounts_removed.emit(self.added_ids)
        for account, _changes in self.merged:
            self.events.sig_account_changed.emit(account.id)

    def _first_apply(self) -> None:
        audit = self.audit
        before = list(audit.accounts)
        self.report = apply_plan(audit, self.plan)  # raises before changing anything
        after = audit.accounts
        self.added = list(after[len(before) :])
        for index, old in enumerate(before):
            new = after[index]
            if new is old:
                continue
            changes = {
                name: (getattr(old, name), getattr(new, name))
                for name in Account.model_fields
                if getattr(old, name) != getattr(new, name)
            }
            after[index] = old
            for name, (_old, value) in changes.items():
                setattr(old, name, value)
            self.merged.append((old, changes))

    def _announce(self) -> None:
        if self.added:
            self.events.sig_accounts_inserted.emit(self.added_ids)
        for account, _changes in self.merged:
            self.events.sig_account_changed.emit(account.id)
