"""The one place the export reaches into openpyxl's private attributes (with its row writer,
:mod:`.row_xml`), and the public way beside each shortcut.

Why: a 10,000-account workbook is ~300,000 cells, and openpyxl's public setters do work per
cell that the export does not need (measured in issue 3): the named-style lookup of
``cell.style = name`` (a third of the export), the value-or-cell guess of a write-only
sheet's row converter that formats an error message per ``Cell`` it is given (a tenth), and
the style-id hash of every cell written, and (issue 15) the element-by-element serialiser
that wrote each cell's XML (two thirds of the whole ``vigie export`` process for 10,000
accounts). The shortcuts assign what those setters would end up storing: ``cell._style``
(a copy of the named style's array), ``cell._value``, ``cell._hyperlink``, the worksheet's
``_values_to_row``, a column's ``_style``; and they replace a write-only sheet's
``_write_rows`` by one that writes each row as the text :mod:`.row_xml` builds, the same
characters openpyxl would write (``tests/workbook/test_row_xml.py`` compares the bytes).

They hold for the openpyxl versions ``pyproject.toml`` allows (3.1.x). :func:`fast` is true
only when this openpyxl has every attribute they use; otherwise (or after ``use_fast(False)``,
which the tests use) every caller takes the public API, which writes the same workbook,
slower. ``tests/workbook/test_openpyxl_internals.py`` exports through both and compares
them cell by cell, and fails when a shortcut's attribute disappears.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Generator, Iterable, Iterator
from copy import copy
from types import MethodType, SimpleNamespace
from typing import Any
from weakref import WeakKeyDictionary

import openpyxl
from et_xmlfile.xmlfile import _IncrementalFileWriter  # type: ignore[import-untyped]
from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table

from wizard.workbook.row_xml import row_xml

TESTED = "3.1."
"""The openpyxl series the shortcuts were written against (the pin in pyproject.toml)."""


def supported() -> bool:
    """Whether this openpyxl has everything the shortcuts assign."""
    slots = {slot for klass in Cell.__mro__ for slot in getattr(klass, "__slots__", ())}
    return (
        openpyxl.__version__.startswith(TESTED)
        and {"_value", "_style", "_hyperlink", "_comment"} <= slots
        and callable(getattr(WriteOnlyWorksheet, "_values_to_row", None))
        and callable(getattr(WriteOnlyWorksheet, "_write_rows", None))
        and callable(getattr(Workbook, "_duplicate_name", None))
        and isinstance(getattr(Cell, "style_id", None), property)
        and isinstance(getattr(Cell, "has_style", None), property)
        and callable(getattr(_IncrementalFileWriter(_no_output), "_file", None))
    )


def _no_output(text: str) -> None:
    """A text writer that drops what it is given (to probe et_xmlfile's stream writer)."""


_fast = supported()


def fast() -> bool:
    """Whether the shortcuts are on."""
    return _fast


def use_fast(value: bool) -> None:
    """Turn the shortcuts off (``False``) or back on when supported (tests of the fallback)."""
    global _fast
    _fast = value and supported()


_row_text = True


def use_row_text(value: bool) -> None:
    """With the shortcuts on, write rows through openpyxl's serialiser (``False``) or as
    text (:mod:`.row_xml`, the default); the tests compare the two byte for byte."""
    global _row_text
    _row_text = value


# --- styles

_STYLES: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def _style_array(workbook: Workbook, name: str) -> StyleArray:
    """The style array of the named style ``name``, computed once per workbook."""
    cache = _STYLES.setdefault(workbook, {})
    array = cache.get(name)
    if array is None:
        scratch = Cell(SimpleNamespace(parent=workbook))
        scratch.style = name
        array = cache[name] = scratch._style
    return array


def set_style(cell: Cell, name: str) -> None:
    """Give ``cell`` the named style ``name`` (``cell.style = name``, looked up once)."""
    if _fast:
        cell._style = copy(_style_array(cell.parent.parent, name))
    else:
        cell.style = name


def set_column_style(ws: Any, letter: str, name: str) -> None:
    """Give a whole column the named style ``name``."""
    dimension = ws.column_dimensions[letter]
    if _fast:
        dimension._style = copy(_style_array(ws.parent, name))
        return
    model = Cell(ws)  # a column takes a look, not a named style, through the public API
    model.style = name
    for part in ("font", "fill", "border", "alignment", "number_format", "protection"):
        setattr(dimension, part, copy(getattr(model, part)))


# --- values


def set_text(cell: Cell, value: str, checked: bool) -> None:
    """Store ``value`` as a string cell; ``checked``: already cut and checked as openpyxl's
    ``Cell.check_string`` does (the shortcut skips it)."""
    if _fast and checked:
        cell._value = value
    else:
        cell.value = value
    cell.data_type = "s"


def set_number(cell: Cell, value: Any, data_type: str) -> None:
    """Store a number, date or boolean whose type the caller has checked."""
    if _fast:
        cell._value = value
        cell.data_type = data_type
    else:
        cell.value = value


def set_link(cell: Cell, url: str) -> None:
    """Make ``cell`` a link to ``url``; its ``ref`` is set when the row is written."""
    if _fast:
        cell._hyperlink = Hyperlink(ref="", target=url)
    else:
        cell.hyperlink = url


# --- write-only sheets


def cells_appended_as_given(ws: WriteOnlyWorksheet) -> None:
    """Rows appended to ``ws`` will hold only ``Cell`` objects (or None): place them as they
    are, and write each row's XML as one string (:mod:`.row_xml`). openpyxl's converter
    tries each cell as a value first, and its serialiser writes a cell in a dozen pieces;
    the public path still works."""
    if _fast:
        ws._values_to_row = _cells_of_row  # type: ignore[method-assign]
        if _row_text and not openpyxl.LXML:  # lxml's stream takes no text as it is
            ws._write_rows = MethodType(_write_rows_as_text, ws)  # type: ignore[method-assign]


def rows_as_text(ws: Any) -> bool:
    """Whether ``ws`` writes its rows as the text :mod:`.row_xml` builds."""
    return getattr(getattr(ws, "_write_rows", None), "__func__", None) is _write_rows_as_text


def _cells_of_row(cells: Iterable[Cell | None], row_idx: int) -> Iterator[Cell]:
    for cell in cells:
        if cell is None:
            continue
        cell.row = row_idx
        if cell._hyperlink is not None:
            cell._hyperlink.ref = cell.coordinate
        yield cell


def _write_rows_as_text(ws: Any) -> Generator[None, list[Cell | None], None]:
    """openpyxl's ``WriteOnlyWorksheet._write_rows`` (the coroutine ``append`` sends rows
    to), writing each row as the text :func:`.row_xml.row_xml` builds, straight into the
    stream's text writer; a row it does not mirror, or a stream that is not the standard
    library's (``OPENPYXL_LXML=True``), goes through openpyxl's own ``write_row``."""
    try:
        xf = ws._writer.xf.send(True)
    except StopIteration:
        ws._already_saved()
    raw = xf._file if isinstance(xf, _IncrementalFileWriter) else None
    with xf.element("sheetData"):
        row_idx = 1
        try:
            while True:
                row = yield
                text = None if raw is None else row_xml(ws, row, row_idx)
                if text is None:
                    ws._writer.write_row(xf, _cells_of_row(row, row_idx), row_idx)
                else:
                    raw(text)
                row_idx += 1
        except GeneratorExit:
            pass
    ws._writer.xf.send(None)


def add_table(ws: WriteOnlyWorksheet, table: Table) -> None:
    """Add a table whose columns are already named (write-only sheets cannot read them)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
        ws.add_table(table)


def fixed_style_cell(ws: Any, column: int, style: str | None, quoted: bool = False) -> Cell:
    """A reusable cell of one look, for a streamed column: with the shortcuts, its style id
    is looked up once (the writer hashes the style of every cell it writes otherwise; never
    restyle it); without, an ordinary cell."""
    cell = _FixedCell(ws, row=1, column=column) if _fast else Cell(ws, row=1, column=column)
    if style is not None:
        set_style(cell, style)
    if quoted:
        cell.quotePrefix = True
    if _fast:
        cell.has_style = Cell.has_style.__get__(cell)
        cell.style_id = Cell.style_id.__get__(cell)
    return cell


class _FixedCell(Cell):
    """Its ``has_style`` and ``style_id`` are slots set once, in place of the properties."""

    __slots__ = ("has_style", "style_id")


# --- whole workbooks (no public equivalent: kept to the pinned series by :func:`supported`)


def discard(workbook: Workbook) -> None:
    """Close and delete the temp files of an abandoned write-only workbook."""
    for ws in workbook.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        if rows is not None:
            rows.close()
            ws._rows = None
        if writer is not None and os.path.exists(writer.out):
            writer.close()
            writer.cleanup()
            ws._writer = None


def order_sheets(workbook: Workbook, order: list[str]) -> None:
    """Put the sheets in ``order`` (``move_sheet`` refuses write-only sheets)."""
    workbook._sheets.sort(key=lambda sheet: order.index(sheet.title))
    workbook.active = 0
