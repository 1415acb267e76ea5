"""Case 7: long pick-lists (27 platforms and more, every enumeration): every drop-down refers
to a range on the hidden list sheet, never an inline list Excel would have to "repair"."""

from __future__ import annotations

import re
from pathlib import Path

from helpers.workbook_probe import export_via_command
from openpyxl import load_workbook

from wizard.audit.model import Account, new_audit
from wizard.platforms import catalogue
from wizard.sessions.session import Session
from wizard.workbook import strings

EXCEL_LIST_FORMULA_LIMIT = 255


def test_every_validation_refers_to_the_hidden_list_sheet(tmp_path: Path) -> None:
    audit = new_audit()
    audit.accounts = [Account(platform=pid, handle=f"h{i}") for i, pid in enumerate(catalogue())]
    workbook = export_via_command(Session(audit=audit), tmp_path)
    book = load_workbook(workbook)
    assert book[strings.LISTS_SHEET].sheet_state == "hidden"
    validations = [dv for ws in book.worksheets for dv in ws.data_validations.dataValidation]
    assert len(validations) >= 10
    for dv in validations:
        if dv.type != "list":
            continue
        assert dv.formula1.startswith(f"'{strings.LISTS_SHEET}'!$"), dv.formula1
        assert len(dv.formula1) <= EXCEL_LIST_FORMULA_LIMIT
        assert '"' not in dv.formula1  # not an inline list
    spans = [_rows(dv.formula1) for dv in validations if dv.type == "list"]
    assert max(spans) >= len(catalogue())  # the platform list, too long to write inline


def _rows(formula: str) -> int:
    first, last = (int(n) for n in re.findall(r"\$(\d+)", formula))
    return last - first + 1
