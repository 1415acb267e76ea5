"""The Legal checklist sheet: one row per legal item of the question bank, with its status.

It has a sheet of its own (it shared one with the risk register until workbook format 2) so
its header row can repeat at the top of every printed page: a sheet has one range of print
titles, and two tables with different headers cannot share it.
"""

from __future__ import annotations

from wizard.audit import labels
from wizard.audit.model import Check
from wizard.workbook import page, styles
from wizard.workbook.blocks import headers, table
from wizard.workbook.cells import write_text
from wizard.workbook.context import ExportContext
from wizard.workbook.lists import Lists

TABLE_NAME = "tblLegal"
HEADER_ROW = 3
HEADERS = ("id", "item", "guidance", "status", "notes", "evidence")
WIDTHS = {"A": 10, "B": 30, "C": 50, "D": 13, "E": 40, "F": 16}
"""Columns B–F print across a landscape page at about 96 % (body text over 8 pt)."""


def build(ctx: ExportContext, lists: Lists) -> None:
    ws = ctx.new_sheet(ctx.sheet("legal"))
    page.set_widths(ws, WIDTHS)
    ws.column_dimensions["A"].hidden = True
    write_text(ws, ctx.sheet("legal"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    headers(ctx, ws, HEADER_ROW, HEADERS, first_col=1)
    r = HEADER_ROW
    for item in ctx.audit.framework.legal:
        r += 1
        answer = ctx.audit.legal.get(item.id)
        status = answer.status if answer else Check.UNKNOWN
        write_text(ws, item.id, row=r, column=1)
        write_text(ws, item.title.get(ctx.lang), row=r, column=2, style=styles.WRAP)
        write_text(ws, item.guidance.get(ctx.lang), row=r, column=3, style=styles.WRAP)
        write_text(ws, labels.label(status, ctx.lang), row=r, column=4, style=styles.TEXT)
        write_text(ws, answer.notes if answer else "", row=r, column=5, style=styles.WRAP)
        evidence = ctx.evidence_list(answer.evidence) if answer else ""
        write_text(ws, evidence, row=r, column=6, style=styles.WRAP)
    last = max(r, HEADER_ROW + 1)
    page.fit_rows(ws, HEADER_ROW + 1, last, page.widths_of(ws, "BCEF"))
    table(ctx, ws, TABLE_NAME, HEADER_ROW, last, HEADERS)
    dv = lists.validation("check")
    dv.add(f"D{HEADER_ROW + 1}:D{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"B1:F{last}"
    ws.flush()
    ctx.step()
