"""The Evidence sheet: every attachment, where it is used, its SHA-256, when it was attached
and when it was captured (blank when the auditor did not say).

The hash lets the client check that a file they receive is the one the audit cited.
"""

from __future__ import annotations

from openpyxl.worksheet.table import Table, TableStyleInfo

from wizard.workbook import page, styles
from wizard.workbook.cells import write_text, write_value
from wizard.workbook.context import ExportContext

TABLE_NAME = "tblEvidence"
HEADER_ROW = 3
HEADERS = (
    "id",
    "file_name",
    "description",
    "linked_to",
    "media_type",
    "size",
    "sha256",
    "added",
    "captured",
)
WIDTHS = {"A": 10, "B": 26, "C": 28, "D": 28, "E": 14, "F": 12, "G": 30, "H": 16, "I": 14}
LINKED_DONORS = {"C": 20.0, "B": 20.0}
"""Where "Linked to" takes the width its longest handle needs (column → narrowest): the
description, then the file name. It is at most 28 + 14 = 42 wide (about 50 characters)."""


def _users(ctx: ExportContext) -> dict[str, list[str]]:
    """SHA-256 → the criteria, legal items and accounts that cite it (by readable name)."""
    audit = ctx.audit
    users: dict[str, list[str]] = {}
    for cid, answer in audit.answers.items():
        for digest in answer.evidence:
            users.setdefault(digest, []).append(cid)
    for lid, legal in audit.legal.items():
        for digest in legal.evidence:
            users.setdefault(digest, []).append(lid)
    for account in audit.accounts:
        for digest in account.evidence:
            name = account.handle or account.display_name or account.id[:8]
            users.setdefault(digest, []).append(f"{name} ({ctx.platform(account.platform)})")
    return users


def build(ctx: ExportContext) -> None:
    ws = ctx.new_sheet(ctx.sheet("evidence"))
    page.set_widths(ws, WIDTHS)
    write_text(ws, ctx.sheet("evidence"), row=1, column=2, style=styles.TITLE)
    ws.row_dimensions[1].height = 30
    for col, key in enumerate(HEADERS, start=1):
        write_text(ws, ctx.t(key), row=HEADER_ROW, column=col, style=styles.HEADER)
    ws.column_dimensions["A"].hidden = True
    users = _users(ctx)
    shown = (line for item in ctx.audit.evidence for line in users.get(item.sha256, []))
    page.widen(ws, "D", page.width_for(page.longest_word(shown)), LINKED_DONORS)
    page.fit_header(ws, HEADER_ROW, 1, len(HEADERS))
    r = HEADER_ROW
    for item in ctx.audit.evidence:
        r += 1
        write_text(ws, item.sha256, row=r, column=1)
        write_text(ws, item.filename, row=r, column=2, style=styles.WRAP)
        write_text(ws, item.description, row=r, column=3, style=styles.WRAP)
        write_text(ws, "\n".join(users.get(item.sha256, [])), row=r, column=4, style=styles.WRAP)
        write_text(ws, item.media_type, row=r, column=5, style=styles.WRAP)
        write_value(ws, item.size, row=r, column=6, style=styles.NUMBER)
        write_text(ws, item.sha256, row=r, column=7, style=styles.WRAP)
        added = item.added.replace(tzinfo=None)
        write_value(ws, added, row=r, column=8, style=styles.DATETIME)
        if item.captured is not None:  # blank: the capture date is unknown
            write_value(ws, item.captured, row=r, column=9, style=styles.DATE)
    last = max(r, HEADER_ROW + 1)
    page.fit_rows(ws, HEADER_ROW + 1, last, page.widths_of(ws, "BCDEG"))
    table = Table(displayName=TABLE_NAME, ref=f"A{HEADER_ROW}:I{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table, [ctx.t(key) for key in HEADERS])
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    page.setup(ctx, ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"B1:I{last}"
    ws.flush()
    ctx.step()
