"""Stream the cell values of one worksheet straight from its XML, with expat.

openpyxl's read-only reader builds a dict and an object per cell and parses inline strings
(what a write-only export holds) through its descriptor machinery: reading a 10,000-account
inventory that way took ~12 s. This reader feeds the sheet part to expat and keeps only the
values, using what openpyxl already read: the shared strings, the date styles and the epoch.
Used by the account import (:mod:`wizard.importers.workbook`) and the client-workbook review
(:mod:`wizard.returned.sheetxml`, which marks formulas); both fall back to openpyxl when the
workbook object lacks what this needs (:func:`available`).

Values are those of openpyxl's ``data_only`` read: a formula gives its cached value, unless a
``formula`` callable is passed, which then receives the formula text (``=…``) and returns
what to yield instead.

Safety as in docs/reliability.md: the file passed the zip pre-check; a DOCTYPE or entity
declaration is refused here too (as defusedxml would), and rows and columns are bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pyexpat import ParserCreate
from typing import Any, NoReturn

CHUNK = 1 << 16

Row = tuple[int, tuple[object, ...]]


class XmlAttack(ValueError):
    """The sheet declares a DOCTYPE or entities."""


MAX_ROW_CELLS = 16_384
"""Excel's column limit (XFD). expat hands every cell to Python, used or not: one row of
9 million cells past the useful columns took 20 s. A row longer than any spreadsheet
program can make is refused as soon as it is met."""


class RowTooLong(ValueError):
    """A row holds more cells, or a cell further right, than Excel allows."""


def available(book: Any, ws: Any) -> bool:
    """Whether ``book`` (openpyxl, read-only) exposes what this reader needs."""
    return all(
        hasattr(obj, name)
        for obj, name in (
            (book, "_archive"),
            (book, "_date_formats"),
            (book, "epoch"),
            (ws, "_worksheet_path"),
            (ws, "_shared_strings"),
        )
    )


_COLUMNS: dict[str, int] = {}


def _column(reference: str) -> int:
    letters = reference.rstrip("0123456789")
    number = _COLUMNS.get(letters)
    if number is None:
        number = 0
        for char in letters:
            number = number * 26 + ord(char) - 64
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = number
    return number


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)


class _Reader:
    def __init__(
        self,
        book: Any,
        ws: Any,
        first: int,
        last: int,
        cols: int,
        formula: Callable[[str], object] | None,
    ) -> None:
        # lazy: openpyxl loads when a workbook is read, not when the app starts (the bank
        # reader, which imports this module, is on the start-up path)
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.from_excel, self.from_iso8601 = from_excel, from_ISO8601
        self.strings = ws._shared_strings
        self.dates = book._date_formats
        self.durations = getattr(book, "_timedelta_formats", ())
        self.epoch = book.epoch
        self.formula_value = formula
        self.first, self.last, self.cols = first, last, cols
        self.rows: list[Row] = []
        self.row_number = 0
        self.cells: dict[int, object] = {}
        self.col = 0
        self.row_cells = 0
        self.kind = "n"
        self.style = 0
        self.text: list[str] = []
        self.value: str | None = None
        self.formula: str | None = None
        self.inline: list[str] = []
        self.in_phonetic = False
        self.capture = ""
        self.done = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name if ":" not in name else name.rpartition(":")[2]
        if tag == "c":
            reference = attrs.get("r")
            self.col = _column(reference) if reference else self.col + 1
            self.row_cells += 1
            if self.row_cells > MAX_ROW_CELLS or self.col > MAX_ROW_CELLS:
                raise RowTooLong(
                    f"row {self.row_number:,} holds more than {MAX_ROW_CELLS:,} cells, "
                    "Excel's limit"
                )
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            self.value = self.formula = None
            self.inline = []
        elif tag == "t" or tag == "v" or tag == "f":
            if not self.in_phonetic:
                self.capture, self.text = tag, []
        elif tag == "row":
            number = attrs.get("r")
            self.row_number = int(number) if number else self.row_number + 1
            self.cells = {}
            self.col = 0
            self.row_cells = 0
        elif tag == "rPh":
            self.in_phonetic = True

    def chars(self, data: str) -> None:
        if self.capture:
            self.text.append(data)

    def end(self, name: str) -> None:
        tag = name if ":" not in name else name.rpartition(":")[2]
        if tag == self.capture:
            text = "".join(self.text)
            if tag == "v":
                self.value = text
            elif tag == "f":
                self.formula = text
            else:
                self.inline.append(text)
            self.capture = ""
        elif tag == "rPh":
            self.in_phonetic = False
        elif tag == "c":
            if self.first <= self.row_number <= self.last and self.col <= self.cols:
                value = self._cell_value()
                if value is not None:
                    self.cells[self.col] = value
        elif tag == "row":
            if self.row_number > self.last:
                self.done = True
            elif self.cells and self.row_number >= self.first:
                width = max(self.cells)
                self.rows.append(
                    (self.row_number, tuple(self.cells.get(c) for c in range(1, width + 1)))
                )

    def _cell_value(self) -> object:
        if self.formula is not None and self.formula_value is not None:
            return self.formula_value("=" + self.formula if self.formula else "=(shared formula)")
        kind, value = self.kind, self.value
        if kind == "inlineStr":
            return "".join(self.inline) or None
        if value is None or value == "":
            return None
        if kind == "s":
            return self.strings[int(value)]
        if kind in ("str", "e"):
            return value
        if kind == "b":
            return value.strip() in ("1", "true")
        if kind == "d":
            return self.from_iso8601(value)
        number = _number(value)
        if self.style in self.dates:
            try:
                return self.from_excel(number, self.epoch, timedelta=self.style in self.durations)
            except (OverflowError, ValueError):
                return "#VALUE!"  # as openpyxl: a date serial out of range is an error
        return number


def _refuse(*_args: object) -> NoReturn:
    raise XmlAttack("the sheet declares XML entities")


class SheetStream:
    """Iterates (row number, values) of the rows ``first``…``last`` holding a value, values
    up to column ``cols`` (trailing empty cells cut). After iteration, :attr:`beyond` says
    whether the sheet holds a row (blank or not) past ``last``."""

    def __init__(
        self,
        book: Any,
        ws: Any,
        first: int,
        last: int,
        cols: int,
        *,
        formula: Callable[[str], object] | None = None,
    ) -> None:
        self.book, self.ws = book, ws
        self._reader = _Reader(book, ws, first, last, cols, formula)

    @property
    def beyond(self) -> bool:
        return self._reader.done

    def __iter__(self) -> Iterator[Row]:
        reader = self._reader
        parser = ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = reader.start
        parser.EndElementHandler = reader.end
        parser.CharacterDataHandler = reader.chars
        parser.StartDoctypeDeclHandler = _refuse
        parser.EntityDeclHandler = _refuse
        parser.ExternalEntityRefHandler = _refuse
        with self.book._archive.open(self.ws._worksheet_path) as source:
            while not reader.done:
                chunk = source.read(CHUNK)
                parser.Parse(chunk, not chunk)
                yield from reader.rows
                reader.rows = []
                if not chunk:
                    break


def iter_rows(
    book: Any,
    ws: Any,
    first: int,
    last: int,
    cols: int,
    *,
    formula: Callable[[str], object] | None = None,
) -> Iterator[Row]:
    """(row number, values) of the rows ``first``…``last`` holding a value; see
    :class:`SheetStream`."""
    return iter(SheetStream(book, ws, first, last, cols, formula=formula))
