"""The Legal and risks sheet: the legal checklist, then the risk register.

The risk rating is a formula (likelihood × impact) with a colour scale, so a client who
re-rates a risk sees the new rating and colour at once.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from wizard.audit import labels
from wizard.audit.model import Check, Risk
from wizard.workbook import page, styles
from wizard.workbook.blocks import headers
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.lists import Lists
from wizard.workbook.sheet import Sheet as Worksheet

LEGAL_TABLE = "tblLegal"
RISK_TABLE = "tblRisks"
WIDTHS = {"A": 10, "B": 24, "C": 34, "D": 12, "E": 30, "F": 13, "G": 10, "H": 9, "I": 15, "J": 18}
"""Columns B–J print across a landscape page at about 85 % (body text over 8 pt)."""
LEGAL_HEADERS = ("id", "item", "guidance", "status", "notes", "evidence")
RISK_HEADERS = (
    "id",
    "risk",
    "description",
    "status",
    "mitigation",
    "likelihood",
    "impact",
    "rating",
    "owner",
    "accounts",
)
MAX_LISTED = 20
"""A risk names at most this many accounts, then says how many more."""


def _table(
    ctx: ExportContext, ws: Worksheet, name: str, header: int, last: int, keys: tuple[str, ...]
) -> None:
    end = chr(ord("A") + len(keys) - 1)
    table = Table(displayName=name, ref=f"A{header}:{end}{max(last, header + 1)}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table, [ctx.t(key) for key in keys])


def _legal(ctx: ExportContext, ws: Worksheet, row: int, lists: Lists) -> int:
    write_text(ws, ctx.t("legal_checklist"), row=row, column=2, style=styles.SUBTITLE)
    header = row + 1
    headers(ctx, ws, header, LEGAL_HEADERS, first_col=1)
    r = header
    for item in ctx.audit.framework.legal:
        r += 1
        answer = ctx.audit.legal.get(item.id)
        write_text(ws, item.id, row=r, column=1)
        write_text(ws, item.title.get(ctx.lang), row=r, column=2, style=styles.WRAP)
        write_text(ws, item.guidance.get(ctx.lang), row=r, column=3, style=styles.WRAP)
        status = answer.status if answer else Check.UNKNOWN
        write_text(ws, labels.label(status, ctx.lang), row=r, column=4, style=styles.TEXT)
        write_text(ws, answer.notes if answer else "", row=r, column=5, style=styles.WRAP)
        write_text(
            ws,
            ctx.evidence_list(answer.evidence) if answer else "",
            row=r,
            column=6,
            style=styles.WRAP,
        )
    last = max(r, header + 1)
    page.fit_rows(ws, header + 1, last, page.widths_of(ws, "BCEF"))
    _table(ctx, ws, LEGAL_TABLE, header, last, LEGAL_HEADERS)
    dv = lists.validation("check")
    dv.add(f"D{header + 1}:D{last}")
    ws.add_data_validation(dv)
    return last + 2


def _account_names(ctx: ExportContext, ids: list[str]) -> str:
    by_id = {a.id: a for a in ctx.audit.accounts}
    found = [by_id[i] for i in ids if i in by_id]
    names = [
        f"{a.handle or a.display_name or a.id[:8]} ({ctx.platform(a.platform)})"
        for a in found[:MAX_LISTED]
    ]
    rest = len(found) - len(names)
    if rest:
        names.append(f"+{rest}")
    return "\n".join(names)


def _risk_row(ctx: ExportContext, ws: Worksheet, r: int, risk: Risk) -> None:
    write_text(ws, risk.id, row=r, column=1)
    write_text(ws, risk.title, row=r, column=2, style=styles.WRAP)
    write_text(ws, risk.description, row=r, column=3, style=styles.WRAP)
    write_text(ws, labels.label(risk.status, ctx.lang), row=r, column=4, style=styles.TEXT)
    write_text(ws, risk.mitigation, row=r, column=5, style=styles.WRAP)
    write_value(ws, risk.likelihood, row=r, column=6, style=styles.ANSWER)
    write_value(ws, risk.impact, row=r, column=7, style=styles.ANSWER)
    rating = f'=IF(AND(ISNUMBER(F{r}),ISNUMBER(G{r})),F{r}*G{r},"")'
    write_formula(ws, rating, row=r, column=8, style=styles.SCORE)
    ws.cell(row=r, column=8).number_format = "0"
    write_text(ws, risk.owner, row=r, column=9, style=styles.WRAP)
    write_text(ws, _account_names(ctx, risk.accounts), row=r, column=10, style=styles.WRAP)


def _risks(ctx: ExportContext, ws: Worksheet, row: int, lists: Lists) -> int:
    write_text(ws, ctx.t("risk_register"), row=row, column=2, style=styles.SUBTITLE)
    header = row + 1
    headers(ctx, ws, header, RISK_HEADERS, first_col=1)
    risks = sorted(ctx.audit.risks, key=lambda k: -k.rating)
    for offset, risk in enumerate(risks, start=1):
        _risk_row(ctx, ws, header + offset, risk)
    last = header + max(len(risks), 1)
    page.fit_rows(ws, header + 1, last, page.widths_of(ws, "BCEIJ"))
    _table(ctx, ws, RISK_TABLE, header, last, RISK_HEADERS)
    status = lists.validation("risk_status")
    status.add(f"D{header + 1}:D{last}")
    scale = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="5",
        allow_blank=True,
        showErrorMessage=True,
    )
    scale.add(f"F{header + 1}:G{last}")
    for dv in (status, scale):
        ws.add_data_validation(dv)
    colours = ColorScaleRule(
        start_type="num",
        start_value=1,
        start_color=styles.GREEN_FILL,
        mid_type="num",
        mid_value=9,
        mid_color=styles.AMBER_FILL,
        end_type="num",
        end_value=25,
        end_color=styles.RED_FILL,
    )
    ws.conditional_formatting.add(f"H{header + 1}:H{last}", colours)
    return header


def build(ctx: ExportContext, lists: Lists) -> None:
    ws = ctx.new_sheet(ctx.sheet("legal_risks"))
    page.set_widths(ws, WIDTHS)
    write_text(ws, ctx.sheet("legal_risks"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    row = _legal(ctx, ws, 3, lists)
    _risks(ctx, ws, row, lists)
    ws.column_dimensions["A"].hidden = True
    # No repeated title rows: the sheet holds two tables with different headers.
    page.setup(ctx, ws)
    ws.print_area = f"B1:J{ws.max_row}"
    ws.flush()
    ctx.step()
