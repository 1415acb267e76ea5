"""Small readers shared by the workbook tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from wizard.audit.model import Audit
from wizard.workbook import export_workbook
from wizard.workbook import inventory as inv


def export(audit: Audit, tmp_path: Path, lang: str = "fr", **kwargs) -> Path:
    path = tmp_path / f"audit-{lang}.xlsx"
    export_workbook(audit, path, lang=lang, **kwargs)
    return path


def load(path: Path) -> Workbook:
    return load_workbook(path)


def inventory_values(book: Workbook, field: str, sheet: str) -> list[object]:
    """The values of one inventory column, account rows only."""
    ws = book[sheet]
    col = inv.letter(field)
    return [ws[f"{col}{row}"].value for row in range(inv.FIRST_ROW, ws.max_row + 1)]
