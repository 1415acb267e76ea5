"""The risk register and the action plan as tables (see :mod:`ui.models.record_model`)."""

from __future__ import annotations

from typing import Any

from ui.models import account_fields
from ui.models.record_model import Column, RecordTableModel
from wizard.audit import labels
from wizard.audit.edits import RecordList
from wizard.audit.model import ActionStatus, Effort, RiskStatus, Severity

SCALE_1_5 = [(n, str(n)) for n in range(1, 6)]


def _label(value: Any, _record: Any, lang: str) -> str:
    return labels.label(value, lang) if value is not None else ""


def _date(value: Any, _record: Any, _lang: str) -> str:
    return value.isoformat() if value is not None else ""


class RisksModel(RecordTableModel):
    kind: RecordList = "risks"
    (COL_TITLE, COL_LIKELIHOOD, COL_IMPACT, COL_RATING, COL_OWNER, COL_MITIGATION,
     COL_ACCOUNTS, COL_STATUS) = range(8)  # fmt: skip

    def columns(self) -> list[Column]:
        return [
            Column("title"),
            Column("likelihood", "int", lambda _lang: SCALE_1_5),
            Column("impact", "int", lambda _lang: SCALE_1_5),
            Column("rating", "", display=lambda _v, risk, _l: str(risk.rating)),
            Column("owner"),
            Column("mitigation"),
            Column("accounts", "", display=self._accounts_text),
            Column(
                "status",
                "enum",
                lambda lang: labels.choices(RiskStatus, lang),
                _label,
                RiskStatus,
            ),
        ]

    def titles(self) -> list[str]:
        return [
            self.tr("Risk"),
            self.tr("Likelihood"),
            self.tr("Impact"),
            self.tr("Rating"),
            self.tr("Owner"),
            self.tr("Mitigation"),
            self.tr("Accounts"),
            self.tr("Status"),
        ]

    def header_tips(self) -> dict[int, str]:
        return {
            self.COL_LIKELIHOOD: self.tr("Likelihood, from 1 (rare) to 5 (almost certain)"),
            self.COL_IMPACT: self.tr("Impact, from 1 (minor) to 5 (severe)"),
            self.COL_RATING: self.tr("Rating: likelihood × impact, from 1 to 25"),
            self.COL_OWNER: self.tr("Owner of the risk: a role, not a person's name"),
            self.COL_MITIGATION: self.tr("How the risk is reduced"),
            self.COL_ACCOUNTS: self.tr("Accounts of the inventory this risk concerns"),
        }

    def _accounts_text(self, ids: list[str], _risk: Any, lang: str) -> str:
        """The linked accounts still in the inventory, each with its platform (one handle is
        often used on several platforms)."""
        audit = self.document.audit
        accounts = [a for a in (audit.account(i) for i in ids) if a is not None]
        platform = account_fields.platform_name
        names = [
            f"{platform(a.platform, lang)} {a.handle or a.display_name or a.url}" for a in accounts
        ]
        return ", ".join(name.strip() for name in names)


class ActionsModel(RecordTableModel):
    kind: RecordList = "actions"
    COL_TITLE, COL_FINDING, COL_PRIORITY, COL_OWNER, COL_DUE, COL_EFFORT, COL_STATUS = range(7)

    def __init__(self, document, finding_title=None, parent=None) -> None:
        """``finding_title(key)`` names the finding an action answers (from the page)."""
        super().__init__(document, parent)
        self.finding_title = finding_title or (lambda key: key)

    def columns(self) -> list[Column]:
        return [
            Column("title"),
            Column("finding", "", display=lambda key, _a, _l: self.finding_title(key)),
            Column(
                "priority",
                "enum",
                lambda lang: labels.choices(Severity, lang),
                _label,
                Severity,
            ),
            Column("owner"),
            Column("due", "date", display=_date),
            Column(
                "effort",
                "enum",
                lambda lang: labels.choices(Effort, lang),
                _label,
                Effort,
            ),
            Column(
                "status",
                "enum",
                lambda lang: labels.choices(ActionStatus, lang),
                _label,
                ActionStatus,
            ),
        ]

    def titles(self) -> list[str]:
        return [
            self.tr("Action"),
            self.tr("Finding"),
            self.tr("Priority"),
            self.tr("Owner"),
            self.tr("Due date"),
            self.tr("Effort"),
            self.tr("Status"),
        ]

    def header_tips(self) -> dict[int, str]:
        return {
            self.COL_FINDING: self.tr("The finding this action answers"),
            self.COL_OWNER: self.tr("Who carries out the action: a role, not a person's name"),
            self.COL_EFFORT: self.tr(
                "How much work the action takes: small (days), medium (weeks), large (months)"
            ),
        }
