"""Read one worksheet with openpyxl, after :mod:`wizard.xlsx.zipcheck` has passed it.

Read-only mode with explicit ``max_row``/``max_col``: openpyxl otherwise trusts the sheet's
``<dimension>``, and a forged ``A1:XFD1048576`` pads every row to 16,384 cells
(docs/reliability.md). ``data_only`` gives formulas' cached values, never formula text. The cells
themselves are read by :mod:`wizard.xlsx.stream` (expat, same values, several times faster),
openpyxl's own ``iter_rows`` being the fallback. Imported only when an xlsx file is read, so
the CSV path and the GUI start-up do not pay for openpyxl.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import load_workbook

from wizard.importers.errors import ImportCancelled, ImportFileError
from wizard.importers.table import MAX_COLS, MAX_ROWS, Table, Ticker, blank_row
from wizard.messages import Message
from wizard.workbook.strings import sheet_name
from wizard.xlsx import stream as xlsx_stream

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

_DIMENSION_SLACK = 1_000
"""Title rows and blank lines above the data still fit a sheet at the row limit."""


def _entity_attack(exc: BaseException) -> bool:
    """defusedxml's refusals (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden),
    and the streaming reader's."""
    if isinstance(exc, xlsx_stream.XmlAttack):
        return True
    names = {cls.__name__ for cls in type(exc).__mro__}
    return "DefusedXmlException" in names


def _open(path: Path) -> Workbook:
    name = path.name
    # openpyxl refuses a path ending in .xls ("use xlrd") before looking inside; an .xlsx
    # renamed .xls is read from its bytes (bounded by the pre-check) instead.
    source = io.BytesIO(path.read_bytes()) if path.suffix.lower() == ".xls" else path
    try:
        return load_workbook(source, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from KeyError to zlib.error
        if _entity_attack(exc):
            raise ImportFileError(Message("import.xlsx.entities", file=name)) from None
        raise ImportFileError(
            Message("import.xlsx.invalid", file=name, problem=_short(exc))
        ) from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _choose(wb: Workbook, sheet: str | None, name: str) -> str:
    """The chosen sheet, else the Vigie export's inventory sheet, else the first visible one."""

    names = list(wb.sheetnames)
    worksheets = [ws.title for ws in wb.worksheets]
    if sheet is not None:
        if sheet not in worksheets:
            listed = ", ".join(repr(n) for n in worksheets) or Message("import.file.none")
            raise ImportFileError(
                Message("import.xlsx.no_sheet", file=name, sheet=sheet, sheets=listed)
            )
        return sheet
    for lang in ("fr", "en"):
        if sheet_name("inventory", lang) in worksheets:
            return sheet_name("inventory", lang)
    visible = [
        ws.title for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"
    ]
    if not visible:
        raise ImportFileError(f"{name} has no visible worksheet (sheets: {names})")
    return visible[0]


def _check_dimension(ws, name: str) -> int:
    """Columns to read. A declared size beyond the limits is refused rather than trusted."""
    rows, cols = ws.max_row, ws.max_column
    if rows is None or cols is None:
        return MAX_COLS
    if rows > MAX_ROWS + _DIMENSION_SLACK or cols > MAX_COLS:
        raise ImportFileError(
            f"{name} is not a workbook Vigie can import: sheet {ws.title!r} declares "
            f"{rows:,} rows × {cols:,} columns (forged size information, or far more than "
            f"a list of accounts; the limits are {MAX_ROWS:,} rows and {MAX_COLS} columns)"
        )
    return max(cols, 1)


def read(path: Path, sheet: str | None, ticker: Ticker) -> Table:
    """The non-blank rows of one sheet, with their row numbers; errors as ImportFileError."""
    name = path.name
    wb = _open(path)
    try:
        title = _choose(wb, sheet, name)
        ws = wb[title]
        cols = _check_dimension(ws, name)
        ticker.total = ws.max_row or 0
        rows = _rows(ws, cols, name, ticker)
        return Table(name, "xlsx", rows, sheet=title, sheets=list(wb.sheetnames))
    except (ImportFileError, ImportCancelled):
        raise
    except Exception as exc:  # a damaged part found while reading: CRC, XML, zlib…
        if _entity_attack(exc):
            raise ImportFileError(
                f"{name} is not a valid workbook: it declares XML entities; refused"
            ) from None
        raise ImportFileError(
            f"{name} is damaged or not a valid workbook ({_short(exc)})"
        ) from None
    finally:
        wb.close()


def _rows(ws, cols: int, name: str, ticker: Ticker) -> list[tuple[int, tuple[object, ...]]]:
    """The non-blank rows, each ``cols`` wide as openpyxl gives them: through the expat
    reader of :mod:`wizard.xlsx.stream` when the workbook allows it, else openpyxl's."""
    if xlsx_stream.available(ws.parent, ws):
        return _stream_rows(ws, cols, name, ticker)
    rows: list[tuple[int, tuple[object, ...]]] = []
    limit = MAX_ROWS + _DIMENSION_SLACK
    for number, cells in enumerate(
        ws.iter_rows(min_row=1, max_row=limit + 1, max_col=cols, values_only=True), start=1
    ):
        if number > limit:
            _too_many(name)
        if blank_row(cells):
            continue
        rows.append((number, cells))
        ticker.tick(len(rows))
    return rows


def _stream_rows(ws, cols: int, name: str, ticker: Ticker) -> list[tuple[int, tuple]]:
    rows: list[tuple[int, tuple[object, ...]]] = []
    limit = MAX_ROWS + _DIMENSION_SLACK
    stream = xlsx_stream.SheetStream(ws.parent, ws, 1, limit, cols)
    previous = 0
    for number, cells in stream:
        if number <= previous:  # openpyxl drops a row written out of order
            continue
        previous = number
        if blank_row(cells):
            continue
        if len(cells) < cols:
            cells = cells + (None,) * (cols - len(cells))
        rows.append((number, cells))
        ticker.tick(len(rows))
    if stream.beyond:
        _too_many(name)
    return rows


def _too_many(name: str) -> None:
    raise ImportFileError(f"{name} has more than {MAX_ROWS:,} rows; split it")
