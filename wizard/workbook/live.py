"""Formulas that restate :mod:`wizard.scoring.scores`'s inventory figures over the Inventory sheet.

The Summary's key figures (accounts, MFA coverage, dormant, without an owner) and its
status, kind and platform tables are these formulas, so they follow the client's edits of
the inventory exactly as the app would compute them for the edited audit. Dormancy is
measured from the named report-date cell (:data:`wizard.workbook.names.REPORT_DATE`), never
from ``TODAY()``. Each figure is a ``SUMPRODUCT`` of 0/1 conditions over the table's
columns (Excel and LibreOffice evaluate it identically, without array entry; an equality,
unlike a ``COUNTIF`` criterion, reads no wildcard or operator in a platform's name).
"""

from __future__ import annotations

from enum import StrEnum

from wizard.audit import labels
from wizard.audit import model as m
from wizard.workbook import inventory, names
from wizard.workbook.context import ExportContext


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class InventoryFormulas:
    """The live inventory figures of one export, as formula text (without the ``=``)."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        self.col = {key: inventory.column_range(ctx, key) for key in _KEYS}

    def label(self, value: StrEnum) -> str:
        return _quoted(labels.label(value, self.ctx.lang))

    def _is(self, key: str, value: StrEnum) -> str:
        return f"({self.col[key]}={self.label(value)})"

    def _present(self) -> str:
        return f"(LEN({self.col['platform']})>0)"

    def _managed(self) -> str:
        """Run by the organisation and still open (:func:`wizard.scoring.scores.is_managed`)."""
        status, kind = self.col["status"], self.col["kind"]
        closed = self.label(m.AccountStatus.CLOSED)
        unofficial = self.label(m.AccountKind.UNOFFICIAL)
        return f"{self._present()}*({status}<>{closed})*({kind}<>{unofficial})"

    def total(self) -> str:
        return f"SUMPRODUCT({self._present()}*1)"

    def managed(self) -> str:
        return f"SUMPRODUCT({self._managed()})"

    def mfa_coverage(self) -> str:
        """Share of managed accounts with MFA on every access; a dash when none is managed."""
        all_mfa = f"SUMPRODUCT({self._managed()}*{self._is('mfa', m.MfaCoverage.ALL)})"
        return f'IF({self.managed()}=0,"—",{all_mfa}/{self.managed()})'

    def dormant(self) -> str:
        """:func:`wizard.scoring.scores.is_dormant` for managed accounts, from the report date."""
        post = self.col["last_post"]
        days = self.ctx.audit.settings.dormant_after_days
        live = f"({self._is('status', m.AccountStatus.ACTIVE)}+"
        live += f"{self._is('status', m.AccountStatus.UNKNOWN)})"
        stale = f"{live}*ISNUMBER({post})*({post}<{names.REPORT_DATE}-{days})"
        either = f"(({self._is('status', m.AccountStatus.DORMANT)}+{stale})>0)"
        return f"SUMPRODUCT({self._managed()}*{either})"

    def without_owner(self) -> str:
        """Managed accounts with neither an owning unit nor an owner recorded."""
        unit, owner = self.col["owning_unit"], self.col["owner"]
        blank = f"(LEN(TRIM({unit}))=0)*(LEN(TRIM({owner}))=0)"
        return f"SUMPRODUCT({self._managed()}*{blank})"

    def count(self, key: str, shown: str) -> str:
        """Accounts whose ``key`` column shows ``shown`` (a status, kind or platform name)."""
        return f"SUMPRODUCT(({self.col[key]}={_quoted(shown)})*1)"


_KEYS = ("platform", "status", "kind", "mfa", "last_post", "owning_unit", "owner")


SCORE_RULES = ("asm.weak_section", "asm.low_criterion")
"""The findings whose existence and severity the workbook recomputes from the answers."""


def severity_formula(ctx: ExportContext, key: str, high: str, medium: str) -> str:
    """A score-based finding's live severity label ("" when the finding no longer arises),
    with the auditor's review applied as the app applies it: a dismissed finding stays
    out, an edited severity replaces the computed one while the finding arises."""
    lang = ctx.lang
    high_label = _quoted(labels.label(m.Severity.HIGH, lang))
    medium_label = _quoted(labels.label(m.Severity.MEDIUM, lang))
    base = f'IF({high},{high_label},IF({medium},{medium_label},""))'
    review = ctx.audit.finding_reviews.get(key)
    if review is not None and review.decision is m.Decision.DISMISSED:
        return '=""'
    if review is None or review.decision is not m.Decision.EDITED or review.severity is None:
        return "=" + base
    override = _quoted(labels.label(review.severity, lang))
    return f'=IF({base}="","",{override})'
