"""Read a question bank written in a spreadsheet, as untrusted input.

The file passes the same zip pre-check as an account import
(:func:`wizard.xlsx.zipcheck.check_xlsx`: size, zip bombs, entities, row length) with tighter
limits, a macro-enabled workbook is refused
whatever its name, and each sheet is streamed by :mod:`wizard.xlsx.stream` within row and
column bounds. Only values are read: every formula is refused with its sheet and cell.

The rows become the same raw table a TOML bank parses into, validated by
:func:`wizard.bank.framework.validate_bank_data`; each problem's key path is then turned back
into the sheet, row and column it came from, and every problem is reported, not the first.
Places and reasons are catalogue messages (``bank.where.*``, ``bank.sheet.*``, ``bank.cell.*``)
so the GUI shows them in the reader's language.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.bank.framework import BankError, Framework, problem_at, validate_bank_data
from wizard.bank.layout import SHEETS, Column, SheetLayout, column_letter
from wizard.importers.errors import ImportFileError
from wizard.messages import Message
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


@dataclass(frozen=True)
class _Place:
    """Where a value of the bank was read: a sheet, maybe its row, maybe a column of the row
    (``column`` and its ``letter``), or the pair of columns of a text (``text``_fr, _en)."""

    sheet: str
    row: int | None = None
    column: str | None = None
    letter: str | None = None
    text: str | None = None

    def message(self) -> Message:
        if self.row is None:
            return Message("bank.where.sheet", sheet=self.sheet)
        if self.text is not None:
            return Message("bank.where.text", sheet=self.sheet, row=self.row, text=self.text)
        if self.column is not None and self.letter is not None:
            return Message(
                "bank.where.cell_of_column",
                sheet=self.sheet,
                row=self.row,
                column=self.column,
                letter=self.letter,
            )
        if self.column is not None:
            return Message("bank.where.column", sheet=self.sheet, row=self.row, column=self.column)
        return Message("bank.where.row", sheet=self.sheet, row=self.row)

    def of_row(self) -> _Place:
        return _Place(self.sheet, self.row)


def _cell(sheet: str, index: int, row: int) -> Message:
    return Message("bank.where.cell", sheet=sheet, cell=f"{column_letter(index)}{row}")


@dataclass
class _Reading:
    source: str
    data: dict[str, Any] = field(default_factory=dict)
    where: dict[str, _Place] = field(default_factory=dict)
    """Key path (``sections[2].title.fr``) → sheet 'Sections', row 4, column title_fr."""
    problems: list[str] = field(default_factory=list)

    def refuse(self, where: Message, reason: Message) -> None:
        self.problems.append(problem_at(where, reason))


def read_bank_workbook(path: Path) -> Framework:
    """The bank in the spreadsheet ``path``; :class:`BankError` with every problem found."""
    path = Path(path)
    source = str(path)
    _refuse_macros(path, source)
    try:
        size = path.stat().st_size
        if size > BANK_ZIP_LIMITS.file_size:
            limit = BANK_ZIP_LIMITS.file_size // (1024 * 1024)
            too_large = Message("bank.workbook_too_large", size=size / (1024 * 1024), limit=limit)
            raise BankError(source, [too_large])
        check_xlsx(path, limits=BANK_ZIP_LIMITS)
    except ImportFileError as exc:
        raise BankError(source, [_refusal(exc.reason, path.name)]) from None
    except OSError as exc:
        problem = str(exc.strerror or exc)
        raise BankError(source, [Message("bank.unreadable", problem=problem)]) from None
    with warnings.catch_warnings():  # openpyxl warns about every extension it drops
        warnings.simplefilter("ignore")
        reading = _read(path, source)
    result = validate_bank_data(reading.data)
    if isinstance(result, Framework) and not reading.problems:
        return result
    located = [] if isinstance(result, Framework) else result
    problems = reading.problems + [_located(reading, key, reason) for key, reason in located]
    raise BankError(source, problems)


_NOT_FOR_BANKS = {"import.xlsx.text": "bank.xlsx_is_text"}
"""Refusals of the account import whose advice ("import it as CSV") does not fit a bank."""


def _refusal(reason: object, name: str) -> str:
    """The zip check's refusal (already a message in both languages) as a bank problem."""
    if isinstance(reason, Message):
        return (
            Message(_NOT_FOR_BANKS[reason.key], file=name)
            if reason.key in _NOT_FOR_BANKS
            else reason
        )
    return str(reason)


def _refuse_macros(path: Path, source: str) -> None:
    if path.suffix.lower() in MACRO_SUFFIXES:
        raise BankError(source, [Message("bank.macro_format", suffix=path.suffix.lower())])
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n.lower() for n in archive.namelist()]
    except (zipfile.BadZipFile, OSError):
        return  # check_xlsx names the problem
    if any(n.endswith(("vbaproject.bin", "vbadata.xml")) or "/macrosheets/" in n for n in names):
        raise BankError(source, [Message("bank.macros")])


def _open(path: Path, source: str) -> Any:
    from openpyxl import load_workbook  # lazy: openpyxl loads only when a bank spreadsheet is read

    try:
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises anything from KeyError to zlib.error
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BankError(source, [Message("bank.damaged", problem=reason[:160])]) from None


def _read(path: Path, source: str) -> _Reading:
    book = _open(path, source)
    reading = _Reading(source)
    try:
        names = set(book.sheetnames)
        for layout in SHEETS:
            if layout.name not in names:
                reading.refuse(_Place(layout.name).message(), Message("bank.sheet.missing"))
                continue
            _read_sheet(reading, book, book[layout.name], layout)
    except stream.XmlAttack:
        raise BankError(source, [Message("bank.xml_entities")]) from None
    except stream.RowTooLong as exc:  # its text says which row, in English
        raise BankError(source, [Message("bank.refused", problem=str(exc))]) from None
    except BankError:
        raise
    except Exception as exc:  # a damaged sheet part: zlib, expat, KeyError…
        damaged = Message("bank.damaged", problem=str(exc)[:160])
        raise BankError(source, [damaged]) from None
    finally:
        book.close()
    return reading


def _rows(book: Any, ws: Any, reading: _Reading, name: str) -> list[tuple[int, tuple[object, ...]]]:
    declared = ws.max_row
    sheet = _Place(name).message()
    if declared is not None and declared > MAX_ROWS:
        too_many = Message("bank.sheet.too_many_rows", rows=declared, limit=MAX_ROWS - 1)
        raise BankError(reading.source, [problem_at(sheet, too_many)])
    if not stream.available(book, ws):
        raise BankError(reading.source, [Message("bank.sheet.unreadable", sheet=name)])
    rows = stream.SheetStream(book, ws, 1, MAX_ROWS, MAX_COLUMNS, formula=_Formula)
    found = list(rows)
    if not rows.beyond:
        return found
    beyond = Message("bank.sheet.beyond", limit=MAX_ROWS - 1)
    raise BankError(reading.source, [problem_at(sheet, beyond)])


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(reading: _Reading, book: Any, ws: Any, layout: SheetLayout) -> None:
    rows = _rows(book, ws, reading, layout.name)
    sheet = layout.name
    header = rows[0][1] if rows and rows[0][0] == 1 else ()
    columns: dict[int, Column] = {}
    for index, value in enumerate(header):
        if _blank(value):
            continue
        key = str(value).strip().lower()
        column = layout.column(key)
        if column is None:
            known = ", ".join(c.key for c in layout.columns)
            unknown = Message("bank.sheet.unknown_column", name=str(value)[:40], columns=known)
            reading.refuse(_cell(sheet, index, 1), unknown)
        elif column in columns.values():
            reading.refuse(_cell(sheet, index, 1), Message("bank.sheet.repeated_column", key=key))
        else:
            columns[index] = column
    for required in layout.columns:
        if required not in columns.values() and header:
            missing = Message("bank.sheet.missing_column", key=required.key)
            reading.refuse(_Place(sheet).message(), missing)
    if not header:
        reading.refuse(_Place(sheet).message(), Message("bank.sheet.no_header"))
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
            formula = Message("bank.cell.formula", formula=str(value)[:40])
            reading.refuse(_cell(sheet, index, number), formula)
            continue
        column = columns.get(index)
        if column is None or _blank(value):
            if column is None and not _blank(value):
                reading.refuse(_cell(sheet, index, number), Message("bank.cell.no_column"))
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
    where: _Place,
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
        cell = _Place(where.sheet, where.row, column.key, column_letter(index))
        text_key, lang = column.text_key, column.lang
        if text_key and lang:
            reading.where[f"{path}.{text_key}"] = _Place(where.sheet, where.row, text=text_key)
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
            one_row = Message("bank.sheet.one_row", count=len(records))
            reading.refuse(_Place(sheet).message(), one_row)
            return
        number, record = records[0]
        reading.data.update(_fields(reading, "", _Place(sheet, number), record, columns))
        return
    if key != "criteria":
        reading.where[key] = _Place(sheet)
        reading.data[key] = [
            _fields(reading, f"{key}[{i}]", _Place(sheet, number), record, columns)
            for i, (number, record) in enumerate(records)
        ]
        return
    sections = reading.data.get("sections", [])
    by_id = {s.get("id"): (i, s) for i, s in enumerate(sections) if isinstance(s, dict)}
    for number, record in records:
        where = _Place(sheet, number)
        owner = by_id.get(record.get("section"))
        if owner is None:
            reason = (
                Message("bank.cell.unknown_section", section=record.get("section"))
                if "section" in record
                else Message("bank.cell.no_section")
            )
            reading.refuse(_Place(sheet, number, "section").message(), reason)
            continue
        index, section = owner
        criteria = section.setdefault("criteria", [])
        path = f"sections[{index}].criteria[{len(criteria)}]"
        criteria.append(_fields(reading, path, where, record, columns, skip=("section",)))
    for index, _section in by_id.values():
        path = f"sections[{index}]"
        reading.where.setdefault(f"{path}.criteria", reading.where[path])


_KEY_PATH = re.compile(r"(?:scale|stages|groups|sections|legal)\[\d+\](?:\.\w+|\[\d+\])*")


def _where(reading: _Reading, key_path: str) -> _Place | None:
    path = key_path
    while path:
        if path in reading.where:
            return reading.where[path]
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else ""
    return None


def _rows_named(reading: _Reading, reason: str) -> str:
    """A key path quoted in a reason (``already used at sections[0].criteria[1].id``) given
    as the row it came from."""
    if not isinstance(reason, Message):
        return reason
    params = dict(reason.params)
    for name, value in params.items():
        if isinstance(value, str) and _KEY_PATH.fullmatch(value):
            place = _where(reading, value)
            if place is not None:
                params[name] = place.of_row().message()
    return Message(reason.key, **params)


_EMPTY_CELL = {
    "bank.key.missing": "bank.cell.empty",
    "bank.key.missing_language": "bank.cell.empty_language",
}
"""A text missing from a bank read from a sheet is an empty cell."""


def _located(reading: _Reading, key_path: str, reason: str) -> str:
    """``sheet 'Criteria', row 12, column text_en (E): reason`` for a bank key path."""
    reason = _rows_named(reading, reason)
    place = _where(reading, key_path)
    if place is not None:
        if place.column is not None and isinstance(reason, Message) and reason.key in _EMPTY_CELL:
            reason = Message(_EMPTY_CELL[reason.key], **reason.params)
        return problem_at(place.message(), reason)
    top = key_path.split(".")[0].split("[")[0]
    if top in {c.text_key or c.key for c in SHEETS[0].columns}:
        column = Message("bank.where.sheet_column", sheet=SHEETS[0].name, column=top)
        return problem_at(column, reason)
    return problem_at(key_path, reason)
