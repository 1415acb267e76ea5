"""The Risk register sheet: the audit's risks, highest rating first.

The rating is a formula (likelihood × impact) with a colour scale, so a client who re-rates
a risk sees the new rating and colour at once. The sheet was split from the legal checklist
in workbook format 2 so its header row repeats on every printed page.
"""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.worksheet.datavalidation import DataValidation

from wizard.audit import labels
from wizard.audit.model import Account, Risk
from wizard.workbook import page, styles
from wizard.workbook.blocks import headers, table
from wizard.workbook.cells import write_formula, write_text, write_value
from wizard.workbook.context import ExportContext
from wizard.workbook.lists import Lists
from wizard.workbook.sheet import Sheet as Worksheet

TABLE_NAME = "tblRisks"
HEADER_ROW = 3
HEADERS = (
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
WIDTHS = {"A": 10, "B": 24, "C": 32, "D": 12, "E": 28, "F": 18, "G": 13, "H": 9, "I": 15, "J": 17}
"""Columns B–J print across a landscape page at about 86 % (body text over 8 pt); F and G
hold "Likelihood (1-5)" and "Impact (1-5)" on one line (LibreOffice breaks after a hyphen)."""
ACCOUNTS_DONORS = {"C": 20.0, "E": 18.0, "B": 20.0}
"""Where the Accounts column takes the width its longest handle needs (column → narrowest):
the prose columns, which wrap between words. Accounts is at most 17 + 26 = 43 wide (about
50 characters); a longer handle wraps."""
MAX_LISTED = 20
"""A risk names at most this many accounts, then says how many more."""


def _account_names(ctx: ExportContext, ids: list[str], by_id: dict[str, Account]) -> str:
    """The accounts a risk names, one per line: "handle (Platform)"."""
    found = [by_id[i] for i in ids if i in by_id]
    names = [
        f"{a.handle or a.display_name or a.id[:8]} ({ctx.platform(a.platform)})"
        for a in found[:MAX_LISTED]
    ]
    rest = len(found) - len(names)
    if rest:
        names.append(f"+{rest}")
    return "\n".join(names)


def _fit_accounts(ws: Worksheet, listed: list[str]) -> None:
    """The Accounts column (one account per line) as wide as its longest handle, within the
    cap :data:`ACCOUNTS_DONORS` allows: a long handle shows whole, not cut mid-word; the
    platform after it wraps to the next line when the line is longer."""
    page.widen(ws, "J", page.width_for(page.longest_word(listed)), ACCOUNTS_DONORS)


def _risk_row(ctx: ExportContext, ws: Worksheet, r: int, risk: Risk, accounts: str) -> None:
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
    write_text(ws, accounts, row=r, column=10, style=styles.WRAP)


def _validations(ws: Worksheet, lists: Lists, last: int) -> None:
    status = lists.validation("risk_status")
    status.add(f"D{HEADER_ROW + 1}:D{last}")
    scale = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="5",
        allow_blank=True,
        showErrorMessage=True,
    )
    scale.add(f"F{HEADER_ROW + 1}:G{last}")
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
    ws.conditional_formatting.add(f"H{HEADER_ROW + 1}:H{last}", colours)


def build(ctx: ExportContext, lists: Lists) -> None:
    ws = ctx.new_sheet(ctx.sheet("risks"))
    page.set_widths(ws, WIDTHS)
    ws.column_dimensions["A"].hidden = True
    write_text(ws, ctx.sheet("risks"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    risks = sorted(ctx.audit.risks, key=lambda k: -k.rating)
    by_id = {a.id: a for a in ctx.audit.accounts}
    listed = [_account_names(ctx, risk.accounts, by_id) for risk in risks]
    _fit_accounts(ws, listed)  # before the headers: they are fitted to the final widths
    headers(ctx, ws, HEADER_ROW, HEADERS, first_col=1)
    for offset, (risk, accounts) in enumerate(zip(risks, listed, strict=True), start=1):
        _risk_row(ctx, ws, HEADER_ROW + offset, risk, accounts)
    last = HEADER_ROW + max(len(risks), 1)
    page.fit_rows(ws, HEADER_ROW + 1, last, page.widths_of(ws, "BCEIJ"))
    table(ctx, ws, TABLE_NAME, HEADER_ROW, last, HEADERS)
    _validations(ws, lists, last)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"B1:J{last}"
    ws.flush()
    ctx.step()
