"""Case 21: CSV in the encodings and shapes people send (Windows-1252, UTF-8 with BOM,
UTF-16, ``;`` separators, blank lines, duplicate rows, unknown columns): read correctly,
duplicates reported and never doubled, through ``vigie import-accounts``."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import IMPORTS, vigie

from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

PASS = IMPORTS / "pass"

SOURCES = {
    "semicolon_cp1252.csv": "(CSV, separator ';', Windows-1252)",
    "utf8_bom.csv": "UTF-8 with BOM",
    "utf16_tab.txt": "UTF-16",
    "tab_separated.tsv": "(CSV, separator tab, UTF-8)",
    "blank_lines_duplicates.csv": "(CSV, separator ',', UTF-8)",
}


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(Session.new(), path)
    return path


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_read_with_the_right_encoding_and_separator(session_file: Path, name: str) -> None:
    before = session_file.read_bytes()
    done = vigie("import-accounts", str(session_file), str(PASS / name))
    assert done.returncode == 0, done.stderr
    assert SOURCES[name] in done.stdout.splitlines()[0]
    assert "Nothing changed" in done.stdout
    assert session_file.read_bytes() == before  # only --apply writes


def test_accents_survive_windows_1252(session_file: Path) -> None:
    done = vigie("import-accounts", str(session_file), str(PASS / "semicolon_cp1252.csv"))
    assert "Abonnés" in done.stdout
    assert "Ã" not in done.stdout  # no mojibake


def test_duplicates_reported_and_never_doubled(session_file: Path) -> None:
    source = str(PASS / "blank_lines_duplicates.csv")
    first = vigie("import-accounts", str(session_file), source, "--apply")
    assert first.returncode == 0, first.stderr
    assert "6 skipped (duplicates)" in first.stdout
    assert "row 5: same account as row 3" in first.stdout
    assert "Unknown columns (not imported): 'Code interne'" in first.stdout
    assert "row 45: no URL or handle identifies the account" in first.stdout
    count = len(load_session(session_file).session.audit.accounts)
    assert count == 30
    again = vigie("import-accounts", str(session_file), source, "--apply")
    assert again.returncode == 0, again.stderr
    assert len(load_session(session_file).session.audit.accounts) == count
