"""Case 2: text that looks like an error value (``#N/A``, ``#REF!``…): a text cell, never an
error cell, in openpyxl and after LibreOffice has re-saved the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.workbook_probe import cells, export_via_command, libreoffice_resave, session_with_text

ERROR_LIKE = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_via_command(session_with_text(ERROR_LIKE), tmp_path_factory.mktemp("c2"))


def _check(path: Path) -> None:
    seen = {text: 0 for text in ERROR_LIKE}
    for cell in cells(path):
        assert cell.data_type != "e", (cell.parent.title, cell.coordinate, cell.value)
        if cell.value in seen:
            assert cell.data_type == "s"
            seen[cell.value] += 1
    assert all(count >= 4 for count in seen.values()), seen


def test_error_like_text_is_text(exported: Path) -> None:
    _check(exported)


@pytest.mark.libreoffice
def test_still_text_after_libreoffice_resaves_it(exported: Path, tmp_path: Path) -> None:
    _check(libreoffice_resave(exported, tmp_path))
