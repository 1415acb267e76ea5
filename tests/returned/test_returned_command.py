"""``vigie merge-workbook``: prints the review, changes the session only with --apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.returned import ClientBook, edit

from wizard.audit import model as m
from wizard.cli.main import EPILOG, main
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook


@pytest.fixture
def session_file(demo, tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(demo, path)
    return path


@pytest.fixture
def returned(session_file: Path, tmp_path: Path) -> Path:
    audit = load_session(session_file).session.audit
    path = export_workbook(audit, tmp_path / "client.xlsx", lang="fr")

    def client(book: ClientBook) -> None:
        book.set("inventory", audit.accounts[0].id, "Statut", "Fermé")
        book.set("inventory", audit.accounts[1].id, "Abonnés", "beaucoup")
        book.delete_row("inventory", audit.accounts[2].id)

    return edit(path, client)


def test_listed_in_the_help() -> None:
    assert "merge-workbook" in EPILOG


def test_review_prints_changes_and_leaves_the_file_alone(session_file, returned, capsys) -> None:
    before = session_file.read_bytes()
    assert main(["merge-workbook", str(session_file), str(returned), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "== Inventory (3)" in out
    assert "Status: “Active” → “Closed”" in out
    assert "REFUSED: 'beaucoup' is text where a number belongs" in out
    assert "deleted by the client" in out
    assert "Nothing changed" in out
    assert session_file.read_bytes() == before


def test_apply_saves_the_accepted_changes(session_file, returned, capsys) -> None:
    audit = load_session(session_file).session.audit
    first, third = audit.accounts[0].id, audit.accounts[2].id
    code = main(
        ["merge-workbook", str(session_file), str(returned), "--apply", "--returned-by", "DG"]
    )
    assert code == 0
    assert "1 change(s) applied" in capsys.readouterr().out
    after = load_session(session_file).session.audit
    assert after.account(first).status is m.AccountStatus.CLOSED
    assert after.account(third) is not None  # deleted rows need --delete
    assert after.client_returns[-1].returned_by == "DG"
    assert main(["merge-workbook", str(session_file), str(returned), "--apply", "--delete"]) == 0
    assert load_session(session_file).session.audit.account(third) is None


def test_problems_exit_1_with_one_line(session_file, tmp_path, capsys) -> None:
    csv = tmp_path / "list.xlsx"
    csv.write_text("handle\nx\n", encoding="utf-8")
    assert main(["merge-workbook", str(session_file), str(csv)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("vigie: ")
    assert "Traceback" not in err
    assert main(["merge-workbook", str(tmp_path / "none.vigie"), str(csv)]) == 1
    assert main(["merge-workbook", str(session_file), str(tmp_path / "none.xlsx")]) == 1


def test_a_foreign_workbook_needs_as_new_data(session_file, tmp_path, capsys) -> None:
    other = m.new_audit()
    other.accounts.append(m.Account(handle="ailleurs", platform="x"))
    path = export_workbook(other, tmp_path / "other.xlsx", lang="en")
    before = session_file.read_bytes()
    answers = load_session(session_file).session.audit.answers
    assert main(["merge-workbook", str(session_file), str(path), "--apply"]) == 1
    assert "another audit" in capsys.readouterr().err
    assert session_file.read_bytes() == before
    assert main(["merge-workbook", str(session_file), str(path), "--as-new-data", "--apply"]) == 0
    after = load_session(session_file).session.audit
    assert "ailleurs" in [a.handle for a in after.accounts]
    assert after.answers == answers  # new data never clears the assessment


def test_lang_fr_prints_the_review_in_french_and_english_stays_the_default(
    session_file, returned, capsys
) -> None:
    assert main(["merge-workbook", str(session_file), str(returned), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "REFUSÉ : 'beaucoup' est du texte à la place d'un nombre" in out
    assert "supprimé par le client" in out
    assert "Rien n'a changé" in out
    assert "REFUSED" not in out
    assert main(["merge-workbook", str(session_file), str(returned)]) == 0
    assert "REFUSED: 'beaucoup' is text where a number belongs" in capsys.readouterr().out
