"""``vigie discover``: the three lists without --apply, the saved session with it, and a
one-line refusal (exit 1) for a source or a session it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.discovery import DATA, SITE, coop_audit

from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, main
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "coop.vigie"
    save_session(Session(audit=coop_audit()), path)
    return path


def test_without_apply_it_prints_three_lists_and_changes_nothing(session_file, capsys) -> None:
    before = session_file.read_bytes()
    assert main(["discover", str(session_file), str(SITE)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "5 pages read, 12 accounts found, 8 share links ignored" in out
    assert "Found on the pages, not in the inventory (9):" in out
    assert "In the inventory and linked from an official page (3):" in out
    assert "In the inventory, linked from no page provided (1):" in out
    assert "  coopboreale_officiel (tiktok)" in out
    assert (
        "  instagram: forets.vivantes  https://instagram.com/forets.vivantes  "
        "← https://www.coop-boreale.example/campagne/ “@forets.vivantes sur Instagram”"
    ) in out
    assert session_file.read_bytes() == before


def test_french_lists(session_file, capsys) -> None:
    assert main(["discover", str(session_file), str(SITE), "--lang", "fr"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Trouvés sur les pages, absents de l'inventaire (9) :" in out


def test_apply_saves_and_a_second_run_finds_nothing_new(session_file, capsys) -> None:
    args = ["discover", str(session_file), str(SITE), str(DATA / "bookmarks.html"), "--apply"]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert "10 accounts added, 3 linked from the official site, 1 linked from no page" in out
    audit = load_session(session_file).session.audit
    assert len(audit.accounts) == 15
    assert audit.discovery is not None
    assert audit.discovery.pages == 6
    assert (session_file.parent / "coop.vigie.bak").exists()
    assert main(args) == EXIT_OK
    assert "Found on the pages, not in the inventory (0):" in capsys.readouterr().out


def test_not_ours_sets_a_partner_aside_for_good(session_file, capsys) -> None:
    partner = "https://www.instagram.com/fondationnordet/"
    args = ["discover", str(session_file), str(SITE), "--not-ours", partner, "--apply"]
    assert main(args) == EXIT_OK
    assert "8 accounts added" in capsys.readouterr().out
    audit = load_session(session_file).session.audit
    assert ("instagram", "fondationnordet") not in {(a.platform, a.handle) for a in audit.accounts}
    assert audit.discovery is not None
    assert audit.discovery.not_ours == ["instagram:fondationnordet"]
    assert main(["discover", str(session_file), str(SITE)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Marked “not ours”, not proposed (1):" in out
    assert "Found on the pages, not in the inventory (0):" in out


def test_not_ours_must_name_an_account(session_file, capsys) -> None:
    args = ["discover", str(session_file), str(SITE), "--not-ours", "https://example.org/"]
    assert main(args) == EXIT_PROBLEM
    assert "--not-ours https://example.org/: not the address of an account" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [("site.warc.gz", "WARC archives are not read"), ("missing", "no such file or folder")],
)
def test_a_source_it_cannot_read_is_one_line_and_exit_1(session_file, capsys, name, expected):
    if name.endswith(".gz"):
        (session_file.parent / name).write_bytes(b"\x1f\x8b")
    before = session_file.read_bytes()
    assert main(["discover", str(session_file), str(session_file.parent / name)]) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert expected in err
    assert "Traceback" not in err
    assert session_file.read_bytes() == before


def test_a_bad_session_is_one_line_and_exit_1(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.vigie"
    bad.write_bytes(b"not a zip")
    assert main(["discover", str(bad), str(SITE)]) == EXIT_PROBLEM
    assert "Traceback" not in capsys.readouterr().err
