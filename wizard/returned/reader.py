"""Read a returned workbook safely and find its tables, whatever the client did to it.

The file passes the xlsx pre-check of docs/reliability.md (:func:`wizard.xlsx.zipcheck.check_xlsx`)
before openpyxl opens it read-only, with ``data_only=False`` so a formula typed where a value
belongs is seen as a formula (never its cached value), and with explicit row and column
bounds so a forged ``<dimension>`` costs nothing.

Sheets are found by the role marker in their A1 cell (a hidden column), so renamed sheets
work; an export made before the markers is found by its sheet names, then by its headers.
The layout follows the workbook format version: format 1 held the legal checklist and the
risk register on one sheet, format 2 gives each its own (:func:`headers.sheet_of_role`).
The very hidden ``_vigie`` sheet (audit id, language, export time) is found by its content,
since LibreOffice turns it into a plain hidden sheet. Columns are found by their headers,
so hidden, moved or added columns do not matter; rows are read whole and matched by id later.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from wizard.importers.errors import ImportFileError
from wizard.returned import headers, sheetxml
from wizard.returned.errors import ReturnedWorkbookError
from wizard.returned.values import Formula, is_blank
from wizard.workbook import strings
from wizard.workbook.meta import WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION
from wizard.xlsx.zipcheck import check_xlsx

MAX_ROWS = 200_000 + 1_000
"""The audit's account limit plus title and header rows."""
MAX_COLS = 200
SNIFF_ROWS = 40
"""Rows searched for a header when a sheet has no marker (an export from before markers)."""


@dataclass
class Table:
    """One table of a returned sheet: its columns by field key and its non-blank rows."""

    role: str
    sheet: str
    header_row: int
    columns: dict[str, int]
    """Field key → 0-based column index."""
    rows: list[tuple[int, tuple[object, ...]]] = field(default_factory=list)
    """(row number, values) below the header, blank rows left out."""
    unknown_columns: list[str] = field(default_factory=list)

    def value(self, values: tuple[object, ...], key: str) -> object:
        index = self.columns.get(key)
        if index is None or index >= len(values):
            return None
        return values[index]


@dataclass
class ReturnedWorkbook:
    file_name: str
    meta: dict[str, str]
    tables: dict[str, Table]
    sheets: list[str]
    warnings: list[str] = field(default_factory=list)

    @property
    def audit_id(self) -> str:
        return self.meta.get("audit_id", "")

    @property
    def lang(self) -> str:
        return self.meta.get("lang", "fr") if self.meta.get("lang") in ("fr", "en") else "fr"

    @property
    def include_names(self) -> bool:
        return self.meta.get("include_names") == "yes"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


def _entity_attack(exc: BaseException) -> bool:
    if isinstance(exc, sheetxml.XmlAttack):
        return True
    return "DefusedXmlException" in {cls.__name__ for cls in type(exc).__mro__}


def _value(cell) -> object:
    value = cell.value
    if getattr(cell, "data_type", None) == "f" and value is not None:
        return Formula(str(getattr(value, "text", value)))
    return value


def _iter_rows(ws, first: int, last: int, cols: int) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, values) of the non-blank rows, trailing blanks cut."""
    book = ws.parent
    if sheetxml.available(book, ws):
        for number, values in sheetxml.iter_rows(book, ws, first, last, cols):
            end = len(values)
            while end and is_blank(values[end - 1]):
                end -= 1
            if end:
                yield number, values[:end]
        return
    for number, cells in enumerate(
        ws.iter_rows(min_row=first, max_row=last, max_col=cols), start=first
    ):
        values = tuple(_value(cell) for cell in cells)
        end = len(values)
        while end and is_blank(values[end - 1]):
            end -= 1
        if end:
            yield number, values[:end]


def _bounds(ws, name: str) -> tuple[int, int]:
    rows, cols = ws.max_row, ws.max_column
    if rows is not None and rows > MAX_ROWS:
        raise ReturnedWorkbookError(
            f"{name}: sheet {ws.title!r} declares {rows:,} rows, more than any audit holds; refused"
        )
    return (rows or MAX_ROWS), min(cols or MAX_COLS, MAX_COLS)


def _read_meta(book) -> dict[str, str] | None:
    for ws in book.worksheets:
        first = next(_iter_rows(ws, 1, 1, 2), None)
        if first is None or tuple(first[1][:2]) != ("format", WORKBOOK_FORMAT):
            continue
        meta: dict[str, str] = {}
        for _number, values in _iter_rows(ws, 1, 50, 2):
            if len(values) == 2 and isinstance(values[0], str) and isinstance(values[1], str):
                meta[values[0]] = values[1]
        return meta
    return None


def _format_version(meta: dict[str, str]) -> int:
    return int(meta["format_version"])  # checked by _check_meta


def _marker_role(ws, keys: tuple[str, ...]) -> str | None:
    first = next(_iter_rows(ws, 1, 1, 1), None)
    if first is None or not isinstance(first[1][0], str):
        return None
    text = first[1][0].strip()
    if not text.startswith(strings.MARKER_PREFIX):
        return None
    role = text.removeprefix(strings.MARKER_PREFIX)
    return role if role in keys else None


def _header_role(values: tuple[object, ...], roles: tuple[str, ...]) -> tuple[str, int] | None:
    """The table whose header ``values`` is (an ``id`` column first), with its match count."""
    if not values or not isinstance(values[0], str) or values[0].strip().casefold() != "id":
        return None
    best: tuple[str, int] | None = None
    for role in roles:
        found = {headers.key_of(role, v) for v in values} - {None}
        if len(found) >= 3 and (best is None or len(found) > best[1]):
            best = (role, len(found))
    return best


def _roles_of_sheet(key: str, version: int) -> tuple[str, ...]:
    sheet_of = headers.sheet_of_role(version)
    return tuple(role for role, sheet in sheet_of.items() if sheet == key)


def _tables(ws, sheet_key: str, name: str, version: int) -> list[Table]:
    """Read a whole data sheet and split it into its tables at each header row."""
    last, cols = _bounds(ws, name)
    roles = _roles_of_sheet(sheet_key, version)
    tables: list[Table] = []
    for number, values in _iter_rows(ws, 1, last, cols):
        match = _header_role(values, roles)
        if match is not None and match[0] not in {t.role for t in tables}:
            role = match[0]
            columns: dict[str, int] = {}
            unknown = []
            for index, header in enumerate(values):
                key = headers.key_of(role, header)
                if key is not None and key not in columns:
                    columns[key] = index
                elif not is_blank(header):
                    unknown.append(str(header))
            tables.append(Table(role, ws.title, number, columns, unknown_columns=unknown))
        elif tables:
            tables[-1].rows.append((number, values))
    return tables


def _sniff(ws, version: int) -> str | None:
    """The data sheet a sheet without marker is, by a header row near its top."""
    _last, cols = _bounds(ws, ws.title)
    sheet_of = headers.sheet_of_role(version)
    for _number, values in _iter_rows(ws, 1, SNIFF_ROWS, cols):
        match = _header_role(values, tuple(sheet_of))
        if match is not None:
            return sheet_of[match[0]]
    return None


def _locate(book, version: int) -> dict[str, Any]:
    """Data-sheet key → worksheet: by marker, else by exported name, else by headers."""
    keys = strings.marked_sheets(version)
    found: dict[str, Any] = {}
    unclaimed = []
    for ws in book.worksheets:
        role = _marker_role(ws, keys)
        if role is not None and role not in found:
            found[role] = ws
        else:
            unclaimed.append(ws)
    names = {strings.sheet_name(key, lang): key for key in keys for lang in ("fr", "en")}
    for ws in list(unclaimed):
        key = names.get(ws.title)
        if key is not None and key not in found:
            found[key] = ws
            unclaimed.remove(ws)
    for ws in unclaimed:
        if len(found) == len(keys):
            break
        key = _sniff(ws, version)
        if key is not None and key not in found:
            found[key] = ws
    return found


def _open(path: Path):

    try:
        check_xlsx(path)
    except ImportFileError as exc:
        raise ReturnedWorkbookError(exc.reason) from None
    except OSError as exc:
        raise ReturnedWorkbookError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from KeyError to zlib.error
        raise _invalid(path.name, exc) from None


def _invalid(name: str, exc: BaseException) -> ReturnedWorkbookError:
    if _entity_attack(exc):
        return ReturnedWorkbookError(
            f"{name} is not a valid workbook: it declares XML entities; refused"
        )
    return ReturnedWorkbookError(f"{name} is damaged or not a valid workbook ({_short(exc)})")


def _check_meta(name: str, meta: dict[str, str] | None) -> dict[str, str]:
    if meta is None or not meta.get("audit_id"):
        raise ReturnedWorkbookError(
            f"{name} is not a workbook exported by Vigie (its hidden _vigie sheet is missing); "
            "to add accounts from a plain list, use Import accounts instead"
        )
    try:
        version = int(meta.get("format_version", "0"))
    except ValueError:
        version = 0
    if version < 1:
        raise ReturnedWorkbookError(f"{name}: the workbook format version is unreadable")
    if version > WORKBOOK_FORMAT_VERSION:
        raise ReturnedWorkbookError(
            f"{name} was exported by a newer Vigie (workbook format {version}); update Vigie"
        )
    return meta


def read_returned(path: str | Path) -> ReturnedWorkbook:
    """The tables of a returned workbook; :class:`ReturnedWorkbookError` if it is unusable."""
    with warnings.catch_warnings():  # openpyxl warns about every extension it drops
        warnings.simplefilter("ignore")
        return _read(Path(path))


def _read(path: Path) -> ReturnedWorkbook:
    name = path.name
    book = _open(path)
    try:
        meta = _check_meta(name, _read_meta(book))
        version = _format_version(meta)
        located = _locate(book, version)
        tables: dict[str, Table] = {}
        warnings: list[str] = []
        for key in strings.marked_sheets(version):
            ws = located.get(key)
            if ws is None:
                lang = meta["lang"] if meta.get("lang") in ("fr", "en") else "fr"
                warnings.append(
                    f"sheet {strings.sheet_name(key, lang)!r} "
                    "is missing (deleted?): nothing was read from it and nothing in the "
                    "audit it covers changes"
                )
                continue
            for table in _tables(ws, key, name, version):
                tables[table.role] = table
            for role in _roles_of_sheet(key, version):
                if role not in tables:
                    warnings.append(
                        f"no {role} table found in sheet {ws.title!r} (its hidden id column or "
                        "its header row was deleted?): nothing was read from it"
                    )
        return ReturnedWorkbook(name, meta, tables, list(book.sheetnames), warnings)
    except ReturnedWorkbookError:
        raise
    except Exception as exc:  # a damaged part met while reading: CRC, XML, zlib…
        raise _invalid(name, exc) from None
    finally:
        book.close()
