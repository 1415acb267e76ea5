"""Issue 18, case 14: a UTF-8 CSV with one line pasted from a Windows-1252 file.

It used to be decoded whole as Windows-1252: "Ville de Montréal" was stored as
"Ville de MontrÃ©al", exit 0, no warning. Now each line is decoded on its own, the odd line
is read as Windows-1252 and named in a warning, and every name is stored intact.
"""

from __future__ import annotations

from pathlib import Path

from helpers.reliability import vigie

from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

UTF8_ROWS = [
    "Plateforme,Lien,Nom",
    "Facebook,https://www.facebook.com/montreal/,Ville de Montréal",
    "Instagram,https://www.instagram.com/quebec/,Québec ville",
]
CP1252_ROW = "LinkedIn,https://www.linkedin.com/company/gatineau/,Gatineau élégante"


def test_one_windows_1252_line_in_a_utf8_file(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    source = tmp_path / "mixed.csv"
    data = "\n".join(UTF8_ROWS).encode("utf-8") + b"\n" + CP1252_ROW.encode("cp1252") + b"\n"
    source.write_bytes(data)

    done = vigie("import-accounts", str(session), str(source), "--apply")

    assert done.returncode == 0, done.stderr
    assert "line 4 was in Windows-1252" in done.stdout  # the odd line is named
    assert "Ã" not in done.stdout
    stored = load_session(session).session.audit.accounts
    text = " ".join(a.model_dump_json() for a in stored)
    assert "Ã" not in text  # no mojibake stored
    for name in ("Ville de Montréal", "Gatineau élégante"):
        assert name in text


def test_a_file_wholly_in_windows_1252_still_reads_without_warning(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    source = tmp_path / "cp1252.csv"
    text = "\n".join([UTF8_ROWS[0], UTF8_ROWS[1], CP1252_ROW]) + "\n"
    source.write_bytes(text.encode("cp1252"))
    done = vigie("import-accounts", str(session), str(source), "--apply")
    assert done.returncode == 0, done.stderr
    assert "Windows-1252" in done.stdout.splitlines()[0]
    assert "Warning" not in done.stdout
    stored = load_session(session).session.audit.accounts
    text = " ".join(a.model_dump_json() for a in stored)
    for name in ("Ville de Montréal", "Gatineau élégante"):
        assert name in text
