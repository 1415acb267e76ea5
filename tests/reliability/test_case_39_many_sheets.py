"""Issue 18, case 12: a ``workbook.xml`` listing 50,000–100,000 sheets (a 333 KB part) kept
``merge-workbook`` busy for a minute and the import for 20 s: openpyxl builds every sheet
up front. The sheet count is bounded in the pre-check, before openpyxl opens the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.hostile_xlsx import build, workbook_xml
from helpers.reliability import vigie

from wizard.importers.errors import ImportFileError
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.xlsx.zipcheck import check_xlsx


@pytest.fixture
def many(tmp_path: Path) -> Path:
    path = tmp_path / "many.xlsx"
    path.write_bytes(build(workbook=workbook_xml(5_000)))
    return path


def test_refused_before_openpyxl_opens_it(many: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        check_xlsx(many)
    assert refused.value.reason.startswith("many.xlsx lists 5,000 sheets, more than 1,000")


@pytest.mark.parametrize("command", ["import-accounts", "merge-workbook"])
def test_every_command_refuses_it(tmp_path: Path, many: Path, command: str) -> None:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    done = vigie(command, str(session), str(many))
    assert done.returncode == 1
    assert "lists 5,000 sheets" in done.stderr


def test_a_workbook_with_a_few_sheets_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "few.xlsx"
    path.write_bytes(build(workbook=workbook_xml(30)))
    check_xlsx(path)
