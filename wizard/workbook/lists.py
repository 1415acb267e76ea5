"""The hidden list sheet: every pick-list and lookup table, referenced by range.

A list validation written inline is limited to 255 characters and Excel "repairs" longer
ones (docs/reliability.md, case 7), so every dropdown references a column of this hidden sheet. The
maturity scale and the stages live here too, under defined names, for the level-label and
stage formulas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from wizard.audit import labels
from wizard.audit import model as m
from wizard.platforms import catalogue
from wizard.workbook import names
from wizard.workbook.cells import write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet
from wizard.workbook.strings import LISTS_SHEET

ENUM_LISTS: dict[str, type[StrEnum]] = {
    "kind": m.AccountKind,
    "status": m.AccountStatus,
    "credentials": m.CredentialStore,
    "mfa": m.MfaCoverage,
    "check": m.Check,
    "frequency": m.Frequency,
    "recommendation": m.Recommendation,
    "severity": m.Severity,
    "action_status": m.ActionStatus,
    "risk_status": m.RiskStatus,
    "effort": m.Effort,
}


@dataclass
class Lists:
    """Absolute ranges (``'_lists'!$A$2:$A$7``) of every list, by key."""

    ranges: dict[str, str] = field(default_factory=dict)

    def validation(self, key: str, prompt: str = "") -> DataValidation:
        """A dropdown bound to list ``key``; the caller adds the cell ranges."""
        dv = DataValidation(type="list", formula1=self.ranges[key], allow_blank=True)
        dv.showErrorMessage = True
        if prompt:
            dv.promptTitle = None
            dv.prompt = prompt
            dv.showInputMessage = True
        return dv


def _column(ws: Worksheet, col: int, key: str, values: list[str | int | float]) -> str:
    write_text(ws, key, row=1, column=col)
    for offset, value in enumerate(values, start=2):
        if isinstance(value, str):
            write_text(ws, value, row=offset, column=col)
        else:
            write_value(ws, value, row=offset, column=col)
    letter = get_column_letter(col)
    last = max(len(values) + 1, 2)
    return f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${last}"


def _platform_names(ctx: ExportContext) -> list[str]:
    ids = {a.platform for a in ctx.audit.accounts} | set(_known_platforms())
    return sorted({ctx.platform(pid) for pid in ids}, key=str.casefold)


def _known_platforms() -> list[str]:

    return list(catalogue())


def _all_lists(ctx: ExportContext) -> dict[str, list[str | int | float]]:
    lang = ctx.lang
    framework = ctx.audit.framework
    data: dict[str, list[str | int | float]] = {
        key: [labels.label(value, lang) for value in enum] for key, enum in ENUM_LISTS.items()
    }
    data["bool"] = [labels.bool_label(v, lang) for v in (True, False, None)]
    data["yes_no"] = [labels.bool_label(v, lang) for v in (True, False)]
    data["platform"] = list(_platform_names(ctx))
    data["answer"] = [*(level.value for level in framework.scale), ctx.t("na_token")]
    data["levels"] = [level.name.get(lang) for level in framework.scale]
    data["stage_names"] = [stage.name.get(lang) for stage in framework.stages]
    data["stage_mins"] = [stage.min_score for stage in framework.stages]
    return data


def build_lists(ctx: ExportContext) -> Lists:
    """Write the hidden list sheet and register the lookup names the formulas use."""
    ws = ctx.new_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    lists = Lists()
    for col, (key, values) in enumerate(_all_lists(ctx).items(), start=1):
        lists.ranges[key] = _column(ws, col, key, values)
    ws.flush()
    names.define(ctx.workbook, names.LEVELS, lists.ranges["levels"])
    names.define(ctx.workbook, names.STAGE_NAMES, lists.ranges["stage_names"])
    names.define(ctx.workbook, names.STAGE_MINS, lists.ranges["stage_mins"])
    return lists
