"""A write-only worksheet with just enough random access for the small sheets.

Measured: for 10,000 accounts, openpyxl's normal mode spent longer creating, storing and
sorting cell objects than writing them (build 13 s + save 12 s against 8 s for a plain
write-only loop of the same cells, and 265 MB). So the whole workbook is write-only: the
inventory streams its rows (:meth:`Sheet.stream`), and the small sheets write into
:class:`Sheet`, which keeps their cells in a dict and appends them in row order on
:meth:`Sheet.flush`. Everything else (widths, heights, validations, conditional formats,
tables, charts, print setup) goes to the underlying write-only worksheet, which supports it
as long as widths, freeze panes and views are set before the first row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn

from wizard.workbook import openpyxl_internals as internals
from wizard.workbook.row_xml import Piece

_OWN = {"ws", "_cells", "_rows_written", "max_row"}


class Sheet:
    """Cells by (row, column) until :meth:`flush`; everything else passes through."""

    ws: Any
    """openpyxl's write-only worksheet; typed loosely because its stubs leave out what it
    gets from ``Worksheet._setup`` at run time (dimensions, merged cells, validations)."""
    _cells: dict[tuple[int, int], Cell]
    _rows_written: int
    max_row: int

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        # Rows appended here hold only Cell objects (or None); openpyxl's generic converter
        # tries each as a value first and formats an error message per cell, which cost
        # about a tenth of the export.
        internals.cells_appended_as_given(ws)
        object.__setattr__(self, "ws", ws)
        object.__setattr__(self, "_cells", {})
        object.__setattr__(self, "_rows_written", 0)
        object.__setattr__(self, "max_row", 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ws, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self.ws, name, value)

    def cell(self, row: int, column: int) -> Cell:
        if row <= self._rows_written:
            raise ValueError(f"row {row} of {self.ws.title} was already written")
        cell = self._cells.get((row, column))
        if cell is None:
            cell = Cell(self.ws, row=row, column=column)
            self._cells[(row, column)] = cell
            if row > self.max_row:
                self.max_row = row
        return cell

    def merge_cells(self, start_row: int, start_column: int, end_row: int, end_column: int) -> None:

        first = f"{get_column_letter(start_column)}{start_row}"
        self.ws.merged_cells.add(f"{first}:{get_column_letter(end_column)}{end_row}")

    def add_data_validation(self, dv: DataValidation) -> None:
        self.ws.data_validations.append(dv)

    def add_table(self, table: Table, headers: list[str]) -> None:
        """Write-only sheets cannot read their header cells back: name the columns here."""
        table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
        table.autoFilter = AutoFilter(ref=table.ref)  # openpyxl adds it only when naming
        internals.add_table(self.ws, table)  # refuses a name already used

    def flush(self, upto: int | None = None) -> None:
        """Append every buffered row up to ``upto`` (default: all), in order."""
        last = self.max_row if upto is None else upto
        by_row: dict[int, list[Cell]] = {}
        for (row, _col), cell in self._cells.items():
            if row <= last:
                by_row.setdefault(row, []).append(cell)
        for row in range(self._rows_written + 1, last + 1):
            cells = sorted(by_row.get(row, []), key=lambda c: c.column)
            self.ws.append(_row_list(cells))
        self._cells = {k: v for k, v in self._cells.items() if k[0] > last}
        self._rows_written = max(self._rows_written, last)

    def stream(self, row: int, cells: Iterable[Cell | Piece | None]) -> None:
        """Append ``row`` now (after any buffered rows above it); the cells may be reused
        by the caller as soon as this returns, since the row is already written."""
        if self._cells:
            self.flush(row - 1)
        if row != self._rows_written + 1:
            raise ValueError(f"row {row} of {self.ws.title} is out of order")
        self.ws.append(list(cells))
        self._rows_written = row
        self.max_row = max(self.max_row, row)


def _row_list(cells: list[Cell]) -> list[Cell | None]:
    if not cells:
        return []
    values: list[Cell | None] = [None] * cells[-1].column
    for cell in cells:
        values[cell.column - 1] = cell
    return values
