"""Case 5: CRLF (and lone CR) in notes: normalised to LF; the round trip is stable, through
the session file and the workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.reliability import SESSIONS
from openpyxl import load_workbook

from wizard.audit.model import Account, Action
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook, strings
from wizard.workbook import inventory as inv

CRLF_FILE = SESSIONS / "pass" / "v1-crlf-notes.vigie"
EXPECTED = "Compte principal\nrevu en 2024\npar la DG"


def test_typed_or_pasted_crlf_becomes_lf() -> None:
    assert Account(notes="a\r\nb\rc").notes == "a\nb\nc"
    action = Action(title="t")
    action.detail = "x\r\ny"
    assert action.detail == "x\ny"


def test_file_with_crlf_loads_normalised_and_stays_stable(tmp_path: Path) -> None:
    path = tmp_path / "crlf.vigie"
    shutil.copy(CRLF_FILE, path)
    first = load_session(path)
    assert first.session.audit.accounts[0].notes == EXPECTED
    save_session(first.session, path)
    second = load_session(path)
    save_session(second.session, path)
    third = load_session(path)
    assert third.session.audit == second.session.audit
    workbook = export_workbook(third.session, tmp_path / "crlf.xlsx", lang="fr")
    ws = load_workbook(workbook)[strings.sheet_name("inventory", "fr")]
    assert ws[f"{inv.letter('notes')}{inv.FIRST_ROW}"].value == EXPECTED
