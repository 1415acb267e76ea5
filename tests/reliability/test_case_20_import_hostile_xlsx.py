"""Case 20: hostile or damaged files given to the account import (zip bomb, XXE, billion
laughs, forged dimension, encrypted, ``.xls``, CSV renamed ``.xlsx``, truncated…): a specific
message, no traceback, the session untouched. The corpus and its generator belong to the
importer (tests/data/import/fail/); each file is run here through ``vigie import-accounts``
in a fresh process. The limits (2 s, 200 MB) are measured by benchmarks/limits.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import IMPORTS, run_measured

from wizard.sessions.session import Session
from wizard.sessions.store import save_session

FAIL = IMPORTS / "fail"

KEYWORDS = {
    "zip_bomb.xlsx": "like a zip bomb",
    "xxe.xlsx": "declares XML entities",
    "billion_laughs.xlsx": "declares XML entities",
    "forged_dimension.xlsx": "declares 1,048,576 rows × 16,384 columns",
    "encrypted.xlsx": "encrypted (password-protected) workbook",
    "legacy.xls": "legacy .xls workbook",
    "csv_renamed.xlsx": "is a text file (CSV?) with a workbook name",
    "truncated.xlsx": "truncated or damaged",
    "empty.xlsx": "is empty (0 bytes)",
    "empty.csv": "is empty (0 bytes)",
    "blank_lines.csv": "holds no data",
    "garbage.xlsx": "its content is not an .xlsx file",
    "garbage.csv": "not a text file (it holds binary data)",
    "path_traversal.xlsx": "suspicious path ('../../evil.xml')",
    "not_a_workbook.xlsx": "a zip archive but not an Excel workbook",
    "no_headers.csv": "no known column headers",
    "no_address_column.csv": "no column holds a URL or a handle",
    "document.pdf": ".pdf files are not supported",
}

PRELOAD = ("wizard.sessions.store", "wizard.importers.command", "wizard.importers.plan", "openpyxl")


def test_every_fail_file_has_a_keyword() -> None:
    assert {p.name for p in FAIL.iterdir() if p.name != "README.md"} == set(KEYWORDS)


@pytest.mark.parametrize("name", sorted(KEYWORDS))
def test_refused_with_a_specific_message(name: str, tmp_path: Path) -> None:
    session_path = tmp_path / "audit.vigie"
    save_session(Session.new(), session_path)
    before = session_path.read_bytes()
    measured = run_measured(
        "import-accounts", str(session_path), str(FAIL / name), "--apply", preload=PRELOAD
    )
    assert measured.returncode == 1, measured
    assert KEYWORDS[name] in measured.stderr, measured.stderr
    assert name in measured.stderr
    assert "Traceback" not in measured.stderr
    assert session_path.read_bytes() == before
