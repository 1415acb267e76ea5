"""Edit an exported workbook the way a client does: by sheet, by id, by header (tests only).

openpyxl's normal mode drops validations and charts when it re-saves; that does not matter
for what is read back, and LibreOffice re-saves the result like a client's office suite.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from wizard.workbook import strings


class ClientBook:
    def __init__(self, path: Path, lang: str = "fr") -> None:
        self.path, self.lang = path, lang
        self.book = load_workbook(path)

    def sheet(self, key: str) -> Worksheet:
        return self.book[strings.sheet_name(key, self.lang)]

    def header_row(self, key: str, second_label: str | None = None) -> int:
        ws = self.sheet(key)
        for row in range(1, ws.max_row + 1):
            if ws.cell(row, 1).value == "id" and (
                second_label is None or ws.cell(row, 2).value == second_label
            ):
                return row
        raise AssertionError(f"no header in {key}")

    def column(self, key: str, header: str, header_row: int | None = None) -> int:
        ws = self.sheet(key)
        row = header_row or self.header_row(key)
        for col in range(1, ws.max_column + 1):
            if ws.cell(row, col).value == header:
                return col
        raise AssertionError(f"no column {header!r} in {key}")

    def row_of(self, key: str, item_id: str) -> int:
        ws = self.sheet(key)
        for row in range(1, ws.max_row + 1):
            if ws.cell(row, 1).value == item_id:
                return row
        raise AssertionError(f"no row {item_id!r} in {key}")

    def set(self, key: str, item_id: str, header: str, value, header_row=None) -> None:
        ws = self.sheet(key)
        ws.cell(self.row_of(key, item_id), self.column(key, header, header_row)).value = value

    def get(self, key: str, item_id: str, header: str, header_row=None):
        ws = self.sheet(key)
        return ws.cell(self.row_of(key, item_id), self.column(key, header, header_row)).value

    def delete_row(self, key: str, item_id: str) -> None:
        self.sheet(key).delete_rows(self.row_of(key, item_id))

    def sort_inventory(self, header: str, reverse: bool = False) -> None:
        ws = self.sheet("inventory")
        first = self.header_row("inventory") + 1
        width = ws.max_column
        rows = [
            [ws.cell(r, c).value for c in range(1, width + 1)] for r in range(first, ws.max_row + 1)
        ]
        index = self.column("inventory", header) - 1
        rows.sort(key=lambda values: str(values[index] or "").casefold(), reverse=reverse)
        for offset, values in enumerate(rows):
            for c, value in enumerate(values, start=1):
                ws.cell(first + offset, c).value = value

    def append_inventory(self, values: dict[str, object], at: int | None = None) -> int:
        """A new account row (no id) at the end, or inserted at row ``at``."""
        ws = self.sheet("inventory")
        row = ws.max_row + 1
        if at is not None:
            ws.insert_rows(at)
            row = at
        for header, value in values.items():
            ws.cell(row, self.column("inventory", header)).value = value
        return row

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        self.book.save(target)
        return target


def edit(path: Path, change: Callable[[ClientBook], None], lang: str = "fr") -> Path:
    book = ClientBook(path, lang)
    change(book)
    return book.save()


def libreoffice_resave(soffice: str, source: Path, tmp_path: Path) -> Path:
    """``soffice --headless --convert-to xlsx``, as a client's office suite re-saves."""
    outdir = tmp_path / "resaved"
    outdir.mkdir(exist_ok=True)
    args = [
        soffice,
        f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(outdir),
        str(source),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    result = outdir / source.name
    assert result.exists(), done.stdout + done.stderr
    return result
