"""Small layout blocks several sheets share: a section subtitle, a row of column headers and
the Excel table over a block of rows."""

from __future__ import annotations

from openpyxl.worksheet.table import Table, TableStyleInfo

from wizard.workbook import page, styles
from wizard.workbook.cells import write_text
from wizard.workbook.context import ExportContext
from wizard.workbook.sheet import Sheet as Worksheet


def subtitle(ws: Worksheet, row: int, label: str) -> int:
    """A section subtitle in column B; returns the next free row."""
    write_text(ws, label, row=row, column=2, style=styles.SUBTITLE)
    ws.row_dimensions[row].height = 22
    return row + 1


def headers(
    ctx: ExportContext, ws: Worksheet, row: int, keys: tuple[str, ...], first_col: int = 2
) -> int:
    """Column headers (labels in the export language) from ``first_col``; the next row."""
    for col, key in enumerate(keys, start=first_col):
        write_text(ws, ctx.t(key), row=row, column=col, style=styles.HEADER)
    page.fit_header(ws, row, first_col, first_col + len(keys) - 1)
    return row + 1


def table(
    ctx: ExportContext, ws: Worksheet, name: str, header: int, last: int, keys: tuple[str, ...]
) -> None:
    """A striped Excel table named ``name`` over columns A… (one per key), rows ``header``
    to ``last`` (at least one data row, so an empty table stays valid)."""
    end = chr(ord("A") + len(keys) - 1)
    found = Table(displayName=name, ref=f"A{header}:{end}{max(last, header + 1)}")
    found.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(found, [ctx.t(key) for key in keys])
