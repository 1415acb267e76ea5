"""The one place user text reaches a cell.

openpyxl turns any string starting with ``=`` into a formula and ``#N/A``-like strings into
error cells; LibreOffice then evaluates them (RELIABILITY.md, "Formula injection"). A
leading apostrophe would become visible data, so the safe form is: set the value, force the
cell type to string, and give the cell a ``quotePrefix`` style so Excel and LibreOffice also
keep it literal when the user edits it. Every piece of user text goes through
:func:`write_text`; URLs go through :func:`write_url`.
"""

from __future__ import annotations

import re
from copy import copy
from datetime import date, datetime
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from wizard.workbook.sheet import Sheet

Target = Worksheet | Sheet | Cell
"""A cell, or a sheet plus row and column."""

HYPERLINK_LIMIT = 2_079
"""Excel refuses longer hyperlink targets; those are written as plain text."""

_RISKY_START = ("=", "+", "-", "@")
_ERROR_LIKE = re.compile(
    r"^\s*#(N/A|NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!)"
)
_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


_STYLES: WeakKeyDictionary[Workbook, dict[str, StyleArray]] = WeakKeyDictionary()


def apply_style(cell: Cell, name: str) -> None:
    """Give ``cell`` the named style ``name``.

    Assigning ``cell.style`` looks the name up and rebuilds the style array on every call,
    which was a third of the export time for 10,000 accounts; the array is computed once
    per workbook and copied (the same thing openpyxl stores).
    """
    cache = _STYLES.setdefault(cell.parent.parent, {})
    array = cache.get(name)
    if array is None:
        cell.style = name
        cache[name] = copy(cell._style)
    else:
        cell._style = copy(array)


def _cell(target: Target, row: int | None, column: int | None) -> Cell:
    if isinstance(target, Cell):
        return target
    if row is None or column is None:
        raise TypeError("a worksheet target needs row and column")
    return target.cell(row=row, column=column)


def needs_quote_prefix(value: str) -> bool:
    """Whether a spreadsheet program would read this text as a formula or an error value.

    Leading blanks are ignored: Excel strips them when the user re-enters the cell.
    """
    stripped = value.lstrip()
    return stripped.startswith(_RISKY_START) or bool(_ERROR_LIKE.match(stripped))


def write_text(
    target: Target,
    value: str | None,
    row: int | None = None,
    column: int | None = None,
    style: str | None = None,
) -> Cell:
    """Write ``value`` as literal text (never a formula, never an error); return the cell.

    ``style`` is the name of a registered named style. Empty text leaves the cell empty.
    """
    cell = _cell(target, row, column)
    if style is not None:
        apply_style(cell, style)
    if not value:
        cell.value = None
        return cell
    cell.value = value
    cell.data_type = "s"
    if needs_quote_prefix(value):
        cell.quotePrefix = True
    elif cell.has_style and cell.quotePrefix:  # a streamed cell reused from the row above
        cell.quotePrefix = False
    return cell


def is_linkable(url: str) -> bool:
    """http(s) URLs short enough for Excel; anything else (javascript:, file:…) is not."""
    return len(url) <= HYPERLINK_LIMIT and bool(_URL.match(url))


def write_url(
    target: Target,
    url: str | None,
    row: int | None = None,
    column: int | None = None,
    style: str | None = None,
    link_style: str = "Hyperlink",
) -> Cell:
    """Write a URL: a hyperlink when it is a short http(s) URL, plain text otherwise."""
    cell = write_text(target, url, row, column, style)
    if url and is_linkable(url):
        cell.hyperlink = Hyperlink(ref=cell.coordinate, target=url)
        apply_style(cell, link_style)
    elif cell.hyperlink is not None:  # a streamed cell reused from the row above
        cell.hyperlink = None
    return cell


def write_value(
    target: Target,
    value: int | float | date | datetime | bool | None,
    row: int | None = None,
    column: int | None = None,
    style: str | None = None,
) -> Cell:
    """Write a number, date or boolean the program computed (never text)."""
    if isinstance(value, str):
        raise TypeError("text goes through write_text")
    cell = _cell(target, row, column)
    if style is not None:
        apply_style(cell, style)
    cell.value = value
    return cell


def write_formula(
    target: Target,
    formula: str,
    row: int | None = None,
    column: int | None = None,
    style: str | None = None,
) -> Cell:
    """Write a formula the workbook builds itself (never from user text)."""
    if not formula.startswith("="):
        raise ValueError("a formula starts with '='")
    cell = _cell(target, row, column)
    if style is not None:
        apply_style(cell, style)
    cell.value = formula
    return cell


def internal_link(cell: Cell, location: str) -> None:
    """Make ``cell`` jump to ``location`` (e.g. ``'Summary'!A1``) inside the workbook."""
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location)
