"""Read a question bank written in a spreadsheet, as untrusted input.

The file passes the same zip pre-check as an account import
(:func:`wizard.xlsx.zipcheck.check_xlsx`: size, zip bombs, entities, row length) with tighter
limits, a macro-enabled workbook is refused
whatever its name, and each sheet is streamed by :mod:`wizard.xlsx.stream` within row and
column bounds. Only values are read: every formula is refused with its sheet and cell.

The rows become the same raw table a TOML bank parses into, validated by
:func:`wizard.bank.framework.validate_bank_data`; each problem's key path is then turned back
into the sheet, row and column it came from, and every problem is reported, not the first.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.bank.framework import BankError, Framework, validate_bank_data
from wizard.bank.layout import SHEETS, Column, SheetLayout, column_letter
from wizard.importers.errors import ImportFileError
from wizard.xlsx import stream
from wizard.xlsx.zipcheck import ZipLimits, check_xlsx

BANK_ZIP_LIMITS = ZipLimits(
    file_size=10 * 1024 * 1024,
    entries=200,
    total_uncompressed=100 * 1024 * 1024,
    entry_uncompressed=60 * 1024 * 1024,
    shared_strings=40 * 1024 * 1024,
    sheets=50,
)
"""A bank of 200 sections of 50 criteria with long texts stays far below these."""

MAX_ROWS = 10_001
"""The header plus the most criteria a bank may hold (200 sections × 50)."""
MAX_COLUMNS = 40
MACRO_SUFFIXES = (".xlsm", ".xltm", ".xlsb", ".xls")


class _Formula(str):
    """A cell holding a formula (its text), refused by the reader."""


@dataclass
class _Reading:
    source: str
    data: dict[str, Any] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    """Key path (``sections[2].title.fr``) → ``sheet 'Sections', row 4, column title_fr``."""
    problems: list[str] = field(default_factory=list)

    def refuse(self, where: str, reason: str) -> None:
        self.problems.append(f"{where}: {reason}")


def read_bank_workbook(path: Path) -> Framework:
    """The bank in the spreadsheet ``path``; :class:`BankError` with every problem found."""
    path = Path(path)
    source = str(path)
    _refuse_macros(path, source)
    try:
        size = path.stat().st_size
        if size > BANK_ZIP_LIMITS.file_size:
            limit = BANK_ZIP_LIMITS.file_size // (1024 * 1024)
            raise BankError(
                source,
                [
                    f"is {size / (1024 * 1024):.0f} MB, "
                    f"more than a bank may be ({limit} MB); refused"
                ],
            )
        check_xlsx(path, limits=BANK_ZIP_LIMITS)
    except ImportFileError as exc:
        raise BankError(source, [_refusal(exc.reason, path.name)]) from None
    except OSError as exc:
        raise BankError(source, [f"cannot be read: {exc.strerror or exc}"]) from None
    with warnings.catch_warnings():  # openpyxl warns about every extension it drops
        warnings.simplefilter("ignore")
        reading = _read(path, source)
    result = validate_bank_data(reading.data)
    if isinstance(result, Framework) and not reading.problems:
        return result
    located = [] if isinstance(result, Framework) else result
    problems = reading.problems + [_located(reading, key, reason) for key, reason in located]
    raise BankError(source, problems)


_NOT_FOR_BANKS = {
    "import.xlsx.text": "{file} is a text file, not an .xlsx workbook; save the bank as .xlsx",
}
"""Refusals of the account import whose advice ("import it as CSV") does not fit a bank."""


def _refusal(reason: object, name: str) -> str:
    key = getattr(reason, "key", None)
    if isinstance(key, str) and key in _NOT_FOR_BANKS:
        return _NOT_FOR_BANKS[key].format(file=name)
    return str(reason)


def _refuse_macros(path: Path, source: str) -> None:
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise BankError(
            source,
            [
                f"a {path.suffix.lower()} workbook is refused (macros or an old format); "
                "save it as an Excel workbook (.xlsx) without macros"
            ],
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n.lower() for n in archive.namelist()]
    except (zipfile.BadZipFile, OSError):
        return  # check_xlsx names the problem
    if any(n.endswith(("vbaproject.bin", "vbadata.xml")) or "/macrosheets/" in n for n in names):
        raise BankError(
            source,
            ["the workbook holds macros; refused (save it as .xlsx without macros)"],
        )


def _open(path: Path, source: str) -> Any:
    from openpyxl import load_workbook  # lazy: openpyxl loads only when a bank spreadsheet is read

    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from KeyError to zlib.error
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BankError(source, [f"damaged or not a valid workbook ({reason[:160]})"]) from None


def _read(path: Path, source: str) -> _Reading:
    book = _open(path, source)
    reading = _Reading(source)
    try:
        names = set(book.sheetnames)
        for layout in SHEETS:
            if layout.name not in names:
                reading.refuse(
                    f"sheet {layout.name!r}",
                    "is missing (write the bank with `vigie bank template` and keep its sheets)",
                )
                continue
            _read_sheet(reading, book, book[layout.name], layout)
    except (stream.XmlAttack, stream.RowTooLong) as exc:
        raise BankError(source, [f"refused: {exc}"]) from None
    except BankError:
        raise
    except Exception as exc:  # a damaged sheet part: zlib, expat, KeyError…
        raise BankError(source, [f"damaged or not a valid workbook ({exc})"[:200]]) from None
    finally:
        book.close()
    return reading


def _rows(book: Any, ws: Any, reading: _Reading, name: str) -> list[tuple[int, tuple[object, ...]]]:
    declared = ws.max_row
    if declared is not None and declared > MAX_ROWS:
        raise BankError(
            reading.source,
            [f"sheet {name!r}: {declared:,} rows, more than {MAX_ROWS - 1:,} a bank may hold"],
        )
    if not stream.available(book, ws):
        raise BankError(reading.source, [f"sheet {name!r} cannot be read"])
    rows = stream.SheetStream(book, ws, 1, MAX_ROWS, MAX_COLUMNS, formula=_Formula)
    found = list(rows)
    if not rows.beyond:
        return found
    raise BankError(
        reading.source, [f"sheet {name!r}: more than {MAX_ROWS - 1:,} rows a bank may hold"]
    )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(reading: _Reading, book: Any, ws: Any, layout: SheetLayout) -> None:
    rows = _rows(book, ws, reading, layout.name)
    sheet = f"sheet {layout.name!r}"
    header = rows[0][1] if rows and rows[0][0] == 1 else ()
    columns: dict[int, Column] = {}
    for index, value in enumerate(header):
        if _blank(value):
            continue
        key = str(value).strip().lower()
        column = layout.column(key)
        if column is None:
            reading.refuse(
                f"{sheet}, cell {column_letter(index)}1",
                f"unknown column {str(value)[:40]!r} (the columns are "
                + ", ".join(c.key for c in layout.columns)
                + ")",
            )
        elif column in columns.values():
            reading.refuse(f"{sheet}, cell {column_letter(index)}1", f"column {key!r} repeated")
        else:
            columns[index] = column
    for required in layout.columns:
        if required not in columns.values() and header:
            reading.refuse(sheet, f"column {required.key!r} is missing from row 1")
    if not header:
        reading.refuse(sheet, "row 1 must hold the column keys; it is empty")
        return
    records: list[tuple[int, dict[str, Any]]] = []
    for number, values in rows[1:]:
        record = _record(reading, sheet, number, values, columns)
        if record:
            records.append((number, record))
    _place(reading, layout, sheet, records, columns)


def _record(
    reading: _Reading,
    sheet: str,
    number: int,
    values: tuple[object, ...],
    columns: dict[int, Column],
) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for index, value in enumerate(values):
        if isinstance(value, _Formula):
            reading.refuse(
                f"{sheet}, cell {column_letter(index)}{number}",
                f"holds a formula ({str(value)[:40]}); a bank holds values only",
            )
            continue
        column = columns.get(index)
        if column is None or _blank(value):
            if column is None and not _blank(value):
                reading.refuse(
                    f"{sheet}, cell {column_letter(index)}{number}",
                    "a value in a column without a key in row 1",
                )
            continue
        record[column.key] = _typed(value, column)
    return record


def _typed(value: object, column: Column) -> object:
    """Numbers typed as text become numbers; a whole float in ``value`` becomes an int."""
    if column.numeric and isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return value
    if column.numeric and isinstance(value, float) and value.is_integer():
        return int(value)
    if not column.numeric and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value) if column.key in {"id", "version", "section", "group"} else value
    return value


def _fields(
    reading: _Reading,
    path: str,
    where: str,
    record: dict[str, Any],
    columns: dict[int, Column],
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    """The bank's table for one row: ``title_fr`` → ``title.fr``; locations recorded."""
    reading.where[path] = where
    out: dict[str, Any] = {}
    for index, column in columns.items():
        if column.key in skip:
            continue
        cell = f"{where}, column {column.key} ({column_letter(index)})"
        text_key, lang = column.text_key, column.lang
        if text_key and lang:
            reading.where[f"{path}.{text_key}"] = f"{where} ({text_key}_fr, {text_key}_en)"
            reading.where[f"{path}.{text_key}.{lang}"] = cell
            if column.key in record:
                out.setdefault(text_key, {})[lang] = record[column.key]
            else:
                out.setdefault(text_key, {})
        else:
            reading.where[f"{path}.{column.key}"] = cell
            if column.key in record:
                out[column.key] = record[column.key]
    for key in [k for k, v in out.items() if v == {}]:
        del out[key]  # a text blank in every language: "required key is missing"
    return out


def _place(
    reading: _Reading,
    layout: SheetLayout,
    sheet: str,
    records: list[tuple[int, dict[str, Any]]],
    columns: dict[int, Column],
) -> None:
    key = layout.list_key
    if key is None:
        if len(records) != 1:
            reading.refuse(sheet, f"must hold exactly one row below the keys, holds {len(records)}")
            return
        number, record = records[0]
        reading.data.update(_fields(reading, "", f"{sheet}, row {number}", record, columns))
        return
    if key != "criteria":
        reading.where[key] = sheet
        reading.data[key] = [
            _fields(reading, f"{key}[{i}]", f"{sheet}, row {number}", record, columns)
            for i, (number, record) in enumerate(records)
        ]
        return
    sections = reading.data.get("sections", [])
    by_id = {s.get("id"): (i, s) for i, s in enumerate(sections) if isinstance(s, dict)}
    for number, record in records:
        where = f"{sheet}, row {number}"
        owner = by_id.get(record.get("section"))
        if owner is None:
            reading.refuse(
                f"{where}, column section",
                f"unknown section {record.get('section')!r}"
                if "section" in record
                else "says no section (write the id of a row of the Sections sheet)",
            )
            continue
        index, section = owner
        criteria = section.setdefault("criteria", [])
        path = f"sections[{index}].criteria[{len(criteria)}]"
        criteria.append(_fields(reading, path, where, record, columns, skip=("section",)))
    for index, _section in by_id.values():
        path = f"sections[{index}]"
        reading.where.setdefault(f"{path}.criteria", reading.where[path])


_KEY_PATH = re.compile(r"\b(?:scale|stages|groups|sections|legal)\[\d+\](?:\.\w+|\[\d+\])*")


def _where(reading: _Reading, key_path: str) -> str | None:
    path = key_path
    while path:
        if path in reading.where:
            return reading.where[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _row_of(reading: _Reading, match: re.Match[str]) -> str:
    """A key path quoted in a reason (``already used at sections[0].criteria[1].id``) as the
    row it came from."""
    where = _where(reading, match.group(0))
    return where.split(", column ")[0] if where else match.group(0)


def _located(reading: _Reading, key_path: str, reason: str) -> str:
    """``sheet 'Criteria', row 12, column text_en (E): reason`` for a bank key path."""
    reason = _KEY_PATH.sub(lambda m: _row_of(reading, m), reason)
    where = _where(reading, key_path)
    if where is not None:
        if ", column " in where and reason.startswith("required key is missing"):
            reason = "the cell is empty" + reason.removeprefix("required key is missing")
        return f"{where}: {reason}"
    top = key_path.split(".")[0].split("[")[0]
    if top in {c.text_key or c.key for c in SHEETS[0].columns}:
        return f"sheet {SHEETS[0].name!r}, column {top}: {reason}"
    return f"{key_path}: {reason}"
