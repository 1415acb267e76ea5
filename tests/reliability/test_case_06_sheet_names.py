"""Case 6: organisation or account names with ``[]:*?/\\``, over 31 characters, or
"History": sheet, table and defined names never come from user text."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.workbook_probe import export_via_command, session_with_text
from openpyxl import load_workbook

from wizard.workbook import strings

HOSTILE = [
    "Ville [Québec]: *?/\\ communications",
    "History",
    "Historique",
    "A" * 200,
    "Sheet1",
    "'quoted'",
    "tblInventory",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_names_are_fixed_whatever_the_text(tmp_path: Path, lang: str) -> None:
    session = session_with_text(HOSTILE, org=HOSTILE[0])
    workbook = export_via_command(session, tmp_path, "--lang", lang)
    book = load_workbook(workbook)
    assert book.sheetnames == [*strings.sheet_names(lang), strings.LISTS_SHEET, "_vigie"]
    assert all(len(name) <= 31 for name in book.sheetnames)
    tables = {t for ws in book.worksheets for t in ws.tables}
    assert tables == {"tblInventory", "tblLegal", "tblRisks", "tblActions", "tblEvidence"}
    for name in book.defined_names:
        assert not any(text in name for text in HOSTILE if text != "tblInventory"), name
