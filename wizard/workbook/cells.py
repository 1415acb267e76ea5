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
from datetime import date, datetime

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

HYPERLINK_LIMIT = 2_079
"""Excel refuses longer hyperlink targets; those are written as plain text."""

_RISKY_START = ("=", "+", "-", "@")
_ERROR_LIKE = re.compile(
    r"^\s*#(N/A|NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!)"
)
_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


def _cell(target: Worksheet | Cell, row: int | None, column: int | None) -> Cell:
    if isinstance(target, Worksheet):
        if row is None or column is None:
            raise TypeError("a worksheet target needs row and column")
        return target.cell(row=row, column=column)
    return target


def needs_quote_prefix(value: str) -> bool:
    """Whether a spreadsheet program would read this text as a formula or an error value.

    Leading blanks are ignored: Excel strips them when the user re-enters the cell.
    """
    stripped = value.lstrip()
    return stripped.startswith(_RISKY_START) or bool(_ERROR_LIKE.match(stripped))


def write_text(
    target: Worksheet | Cell,
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
        cell.style = style
    if not value:
        cell.value = None
        return cell
    cell.value = value
    cell.data_type = "s"
    if needs_quote_prefix(value):
        cell.quotePrefix = True
    return cell


def is_linkable(url: str) -> bool:
    """http(s) URLs short enough for Excel; anything else (javascript:, file:…) is not."""
    return len(url) <= HYPERLINK_LIMIT and bool(_URL.match(url))


def write_url(
    target: Worksheet | Cell,
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
        cell.style = link_style
    return cell


def write_value(
    target: Worksheet | Cell,
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
        cell.style = style
    cell.value = value
    return cell


def write_formula(
    target: Worksheet | Cell,
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
        cell.style = style
    cell.value = formula
    return cell


def internal_link(cell: Cell, location: str) -> None:
    """Make ``cell`` jump to ``location`` (e.g. ``'Summary'!A1``) inside the workbook."""
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location)
