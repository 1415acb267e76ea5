"""The one place user text reaches a cell.

openpyxl turns any string starting with ``=`` into a formula and ``#N/A``-like strings into
error cells; LibreOffice then evaluates them (docs/reliability.md, case 1). A
leading apostrophe would become visible data, so the safe form is: set the value, force the
cell type to string, and give the cell a ``quotePrefix`` style so Excel and LibreOffice also
keep it literal when the user edits it. Every piece of user text goes through
:func:`write_text` (or, for a streamed column, :class:`StreamColumn`, whose ``url`` makes a
short http(s) URL a link).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from wizard.workbook import openpyxl_internals as internals
from wizard.workbook import row_xml
from wizard.workbook.row_xml import Piece
from wizard.workbook.sheet import Sheet

Target = Worksheet | Sheet | Cell
"""A cell, or a sheet plus row and column."""

EXCEL_CELL_CHARS = 32_767
"""openpyxl cuts longer text to this many characters (as ``Cell.check_string`` does)."""

HYPERLINK_LIMIT = 2_079
"""Excel refuses longer hyperlink targets; those are written as plain text."""

_RISKY_START = ("=", "+", "-", "@")
_RISKY_FIRST = frozenset("=+-@#")
"""First characters (after blanks) of the risky starts and of the error values."""
_ERROR_LIKE = re.compile(
    r"^\s*#(N/A|NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|GETTING_DATA|SPILL!|CALC!)"
)
_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


def apply_style(cell: Cell, name: str) -> None:
    """Give ``cell`` the named style ``name``.

    Assigning ``cell.style`` looks the name up and rebuilds the style array on every call,
    which was a third of the export time for 10,000 accounts; the adapter computes the array
    once per workbook and copies it (the same thing openpyxl stores).
    """
    internals.set_style(cell, name)


def _cell(target: Target, row: int | None, column: int | None) -> Cell:
    if isinstance(target, Cell):
        return target
    if row is None or column is None:
        raise TypeError("a worksheet target needs row and column")
    cell = target.cell(row=row, column=column)
    if not isinstance(cell, Cell):
        raise TypeError(f"row {row}, column {column} is inside a merged range")
    return cell


def needs_quote_prefix(value: str) -> bool:
    """Whether a spreadsheet program would read this text as a formula or an error value.

    Leading blanks are ignored: Excel strips them when the user re-enters the cell.
    """
    first = value[:1]
    if first not in _RISKY_FIRST and not first.isspace():  # most text: one test, no regex
        return False
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


def _checked(value: str) -> str:
    """What openpyxl's ``Cell.check_string`` does to a ``str``: cut at Excel's length limit,
    refuse characters XML cannot hold (the model refuses them before, this is the backstop)."""
    value = value[:EXCEL_CELL_CHARS]
    if ILLEGAL_CHARACTERS_RE.search(value):
        raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
    return value


_MEMO_SIZE = 1_000
"""Texts a ``repeated`` column keeps ready (a list of labels is far shorter)."""


class StreamColumn:
    """The cells of one column of a streamed sheet (:meth:`Sheet.stream`), one per look.

    The fast path of :func:`write_text` and :func:`write_value` for
    thousands of rows, with the same rules: user text is a string cell, quote-prefixed when
    a spreadsheet would read it as a formula or an error; only short http(s) URLs become
    links. Each method returns the cell to put in the row (None: nothing to write); it is
    valid until the next call. When the sheet writes its rows as text
    (:func:`.openpyxl_internals.rows_as_text`), that "cell" is the cell's XML text already
    (a :class:`~wizard.workbook.row_xml.Piece`): no cell object is filled for each value.
    """

    __slots__ = (
        "_book",
        "_dates",
        "_heads",
        "_letter",
        "_link",
        "_memo",
        "_pieces",
        "_plain",
        "_quoted",
        "_skip_empty",
    )

    def __init__(
        self,
        ws: Worksheet | Sheet,
        column: int,
        style: str | None,
        link_style: str | None = None,
        *,
        column_style: bool = False,
        repeated: bool = False,
    ) -> None:
        """With ``column_style``, the whole column gets ``style`` (set it before the first
        row is written) and empty cells are left out: they look the same, and a tenth of a
        large inventory's cells are empty. Rows above and below the data then show the
        column's look unless they have cells of their own. ``repeated``: the column's texts
        come from a short list (dropdown labels, yes/no): each is checked and turned into
        its cell's text once, not once per row."""
        sheet = ws.ws if isinstance(ws, Sheet) else ws
        self._plain = internals.fixed_style_cell(sheet, column, style)
        self._quoted = internals.fixed_style_cell(sheet, column, style, quoted=True)
        self._link = (
            None if link_style is None else internals.fixed_style_cell(sheet, column, link_style)
        )
        self._dates = self._plain.is_date
        self._skip_empty = column_style and style is not None
        self._letter = get_column_letter(column)
        if self._skip_empty and style is not None:
            internals.set_column_style(sheet, self._letter, style)
        self._pieces = internals.rows_as_text(sheet)
        self._book = sheet.parent
        looks = (self._plain, self._quoted, self._link) if self._pieces else ()
        self._heads = tuple(row_xml.head(c) if c is not None else "" for c in looks)
        self._memo: dict[str, Piece] | None = {} if repeated and self._pieces else None

    def _empty(self) -> Cell | Piece | None:
        if self._skip_empty:
            return None
        cell = self._plain
        if self._pieces:
            if not cell.has_style:
                return None  # openpyxl leaves out an empty cell without a look
            return row_xml.value_piece(self._letter, self._heads[0], self._book, None, "n")
        internals.set_number(cell, None, "n")
        return cell

    def text(self, value: str | None) -> Cell | Piece | None:
        """User text, as :func:`write_text` writes it."""
        if not value:
            return self._empty()
        if not isinstance(value, str):
            raise TypeError("write_text takes text")
        memo = self._memo
        if memo is not None and value in memo:
            return memo[value]
        quoted = needs_quote_prefix(value)
        if self._pieces:
            piece = row_xml.text_piece(self._letter, self._heads[quoted], _checked(value))
            if memo is not None and len(memo) < _MEMO_SIZE:
                memo[value] = piece
            return piece
        cell = self._quoted if quoted else self._plain
        internals.set_text(cell, _checked(value), checked=True)
        return cell

    def url(self, url: str | None) -> Cell | Piece | None:
        """A URL: a link when it is a short http(s) URL (:func:`is_linkable`), plain text
        otherwise (the column needs a ``link_style``)."""
        if not url or not is_linkable(url):
            return self.text(url)
        cell = self._link  # an http(s) URL never needs the quote prefix
        if cell is None:
            raise TypeError("this column was made without a link style")
        if self._pieces:
            link = Hyperlink(ref="", target=url)  # its ref is set when written
            return row_xml.text_piece(self._letter, self._heads[2], _checked(url), link)
        internals.set_text(cell, _checked(url), checked=True)
        internals.set_link(cell, url)  # its ref is set when written
        return cell

    def value(self, value: int | float | date | datetime | bool | None) -> Cell | Piece | None:
        """A number, date or boolean the program computed, as :func:`write_value` writes it."""
        kind = type(value)
        if value is None:
            return self._empty()
        if kind is int or kind is float:
            data_type = "n"
        elif kind is date or kind is datetime:
            if not self._dates:  # binding would change the style: not for a fixed cell
                raise TypeError("a date column needs a date style")
            data_type = "d"
        elif kind is bool:
            data_type = "b"
        else:
            raise TypeError(f"{kind.__name__} goes through write_text or write_value")
        if self._pieces:
            return row_xml.value_piece(self._letter, self._heads[0], self._book, value, data_type)
        internals.set_number(self._plain, value, data_type)
        return self._plain
