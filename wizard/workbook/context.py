"""What every sheet module needs: the audit, the language, the options and the figures.

Scores, statistics, each account's problems and findings are computed once here (from
:mod:`wizard.scoring.scores` and :mod:`wizard.scoring.findings`) so each sheet prints the same
numbers the app shows, and an export works each account's problems out once. Progress and
cancellation live here too, so sheet modules can report and stop between row batches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from wizard.audit.model import Account, Audit, Person
from wizard.history.compare import Comparison, compare_audits, match_key
from wizard.platforms import platform_name
from wizard.scoring.findings import ReviewedFinding, effective_findings
from wizard.scoring.scores import (
    InventoryStats,
    OverallScore,
    Problem,
    as_of,
    inventory_problems,
    inventory_stats,
    overall_score,
)
from wizard.workbook import strings
from wizard.workbook.cells import write_text
from wizard.workbook.errors import CancelFn, ExportCancelled, ExportError, ProgressFn
from wizard.workbook.sheet import Sheet

if TYPE_CHECKING:  # openpyxl is imported only when exporting
    from openpyxl.workbook.workbook import Workbook

    from wizard.workbook.sheet import Sheet

__all__ = ["BATCH", "ExportCancelled", "ExportContext", "ExportError"]


BATCH = 500
"""Rows written between two progress reports / cancellation checks."""


@dataclass
class ExportContext:
    audit: Audit
    lang: str
    include_names: bool
    exported_at: datetime
    workbook: Workbook
    progress: ProgressFn | None = None
    cancel: CancelFn | None = None
    total_steps: int = 1
    done_steps: int = 0
    refs: dict[str, Any] = field(default_factory=dict)
    """Cell addresses one sheet publishes for another (e.g. the assessment answer ranges)."""
    baseline: Audit | None = None
    """The baseline audit (last year's), when the audit names one that loads."""
    in_memory: bool = False
    """Sheets keep their XML in memory, never in a temporary file (encrypted exports)."""

    @property
    def today(self) -> date:
        return as_of(self.audit, self.exported_at.date())

    def t(self, key: str) -> str:
        """A workbook label in the export language."""
        return strings.text(key, self.lang)

    def sheet(self, key: str) -> str:
        return strings.sheet_name(key, self.lang)

    def new_sheet(self, title: str) -> Sheet:
        """A buffered write-only sheet (see :mod:`wizard.workbook.sheet`).

        A data sheet the client may edit gets its role marker in A1 (a hidden column), so a
        returned workbook's sheets are found even when the client renamed them.
        """

        ws = self.workbook.create_sheet(title)
        if self.in_memory:
            # lazy: openpyxl's writer internals, only for a password-protected export
            from wizard.workbook.memory import (
                keep_in_memory,
            )

            keep_in_memory(ws)
        sheet = Sheet(ws)
        role = strings.marked_role(title, self.lang)
        if role is not None:
            write_text(sheet, strings.sheet_marker(role), row=1, column=1)
        return sheet

    def step(self, amount: int = 1) -> None:
        """Advance progress; raise :class:`ExportCancelled` if the user asked to stop."""
        if self.cancel is not None and self.cancel():
            raise ExportCancelled
        self.done_steps = min(self.done_steps + amount, self.total_steps)
        if self.progress is not None:
            self.progress(self.done_steps, self.total_steps)

    def person(self, person: Person, fallback_role: str = "") -> str:
        """A person as the export may show them: the name only when names are included.

        Without names: the role, else "Name withheld" if a name exists, else empty, so a
        recorded owner still reads as recorded.
        """
        name, role = person.name.strip(), person.role.strip()
        if self.include_names and name:
            return f"{name} ({role})" if role else name
        if role:
            return role
        if name:
            return fallback_role or self.t("name_withheld")
        return ""

    # --- figures, computed once

    @cached_property
    def overall(self) -> OverallScore:

        return overall_score(self.audit)

    @cached_property
    def problems(self) -> list[list[Problem]]:
        """Each account's problems, in inventory order, worked out once for the whole export:
        the figures, the findings and the Inventory's Problems column all read these."""
        return inventory_problems(self.audit, self.today)

    @cached_property
    def _problems_by_account(self) -> dict[int, list[Problem]]:
        # by identity: two accounts may share an id (a damaged file), never an object
        return {id(a): found for a, found in zip(self.audit.accounts, self.problems, strict=True)}

    def problems_of(self, account: Account) -> list[Problem]:
        """One account's problems (an account of the exported audit)."""
        return self._problems_by_account[id(account)]

    @cached_property
    def stats(self) -> InventoryStats:

        return inventory_stats(self.audit, self.today, self.problems)

    @cached_property
    def findings(self) -> list[ReviewedFinding]:
        """Active findings after the auditor's review, most severe first."""
        found = effective_findings(self.audit, self.today, active_only=True, problems=self.problems)
        return list(found)

    @cached_property
    def comparison(self) -> Comparison | None:
        """Progress since the baseline (:func:`wizard.history.compare.compare_audits`), or None."""
        if self.baseline is None:
            return None

        return compare_audits(self.baseline, self.audit)

    @cached_property
    def follower_changes(self) -> dict[str, int]:
        """Account id → followers now minus at the baseline, for the accounts found in both
        audits with both counts recorded (the marketing templates' "change vs previous
        period"); empty without a baseline."""
        if self.comparison is None or self.baseline is None:
            return {}

        before: dict[str, list[int | None]] = {}
        for account in reversed(self.baseline.accounts):
            before.setdefault(match_key(account), []).append(account.followers)
        added = {id(a) for a in self.comparison.added}
        changes = {}
        for account in self.audit.accounts:
            if id(account) in added:
                continue
            waiting = before.get(match_key(account))
            old = waiting.pop() if waiting else None
            if old is not None and account.followers is not None:
                changes[account.id] = account.followers - old
        return changes

    @cached_property
    def evidence_names(self) -> dict[str, str]:
        """SHA-256 → file name, to show attachments by name."""
        return {e.sha256: e.filename for e in self.audit.evidence}

    def platform(self, platform_id: str) -> str:
        """The platform's display name."""

        return platform_name(platform_id, self.lang)

    def evidence_list(self, digests: list[str]) -> str:
        return "\n".join(self.evidence_names.get(d, d[:12]) for d in digests)
