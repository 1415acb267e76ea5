"""``vigie import-accounts``: a report without --apply, the saved session with it, and the
acceptance case: 2,000 URLs of mixed platforms, each account once after import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.import_corpus import FAIL, PASS, mixed_url_lines

from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, main
from wizard.platforms import OTHER, account_key, recognise
from wizard.sessions.store import load_session, save_session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(make_session(accounts=2), path)
    return path


def test_without_apply_nothing_changes(session_file, capsys):
    before = session_file.read_bytes()
    assert main(["import-accounts", str(session_file), str(PASS / "utf8_bom.csv")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Would import: 80 added" in out
    assert "--apply" in out
    assert session_file.read_bytes() == before


def test_apply_saves_and_a_second_run_skips_everything(session_file, capsys):
    args = ["import-accounts", str(session_file), str(PASS / "fr_title_block.xlsx"), "--apply"]
    assert main(args) == EXIT_OK
    assert "Imported: 60 added" in capsys.readouterr().out
    assert len(load_session(session_file).session.audit.accounts) == 62
    assert main(args) == EXIT_OK
    assert "Imported: 0 added, 0 merged, 61 skipped" in capsys.readouterr().out
    assert len(load_session(session_file).session.audit.accounts) == 62
    assert (session_file.parent / "audit.vigie.bak").exists()


def test_sheet_option_and_duplicate_choice(session_file, capsys):
    args = ["import-accounts", str(session_file), str(PASS / "fr_title_block.xlsx")]
    assert main([*args, "--sheet", "Comptes", "--on-duplicate", "merge"]) == EXIT_OK
    assert "1 merged" in capsys.readouterr().out
    assert main([*args, "--sheet", "Nope"]) == EXIT_PROBLEM
    assert "no sheet 'Nope'" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["zip_bomb.xlsx", "encrypted.xlsx", "garbage.csv"])
def test_bad_input_is_one_line_and_exit_1(session_file, capsys, name):
    assert main(["import-accounts", str(session_file), str(FAIL / name)]) == EXIT_PROBLEM
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert name in err
    assert "Traceback" not in err


def test_bad_session_is_one_line_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "bad.vigie"
    bad.write_bytes(b"not a zip")
    assert main(["import-accounts", str(bad), str(PASS / "utf8_bom.csv")]) == EXIT_PROBLEM
    assert "Traceback" not in capsys.readouterr().err


def test_help_lists_the_command(capsys):
    assert main(["--help"]) == EXIT_OK
    assert "vigie import-accounts" in capsys.readouterr().out


def test_acceptance_two_thousand_urls_of_mixed_platforms(session_file, tmp_path):
    """Every row on a catalogue platform recognised, duplicates reported, and after --apply
    the session (and the workbook exported from it) lists every account once."""
    lines = mixed_url_lines(2000, seed=3)
    source = tmp_path / "urls.csv"
    source.write_text("URL\n" + "\n".join(lines) + "\n", encoding="utf-8")
    expected = {}
    on_catalogue = 0
    for line in lines:
        found = recognise(line)
        assert found.platform != OTHER or "example-" in line
        on_catalogue += found.platform != OTHER
        expected.setdefault(account_key(found.platform, found.handle, found.url), line)
    run = [
        sys.executable,
        "-m",
        "wizard.cli.main",
        "import-accounts",
        str(session_file),
        str(source),
    ]
    dry = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert dry.returncode == 0, dry.stderr
    duplicates = 2000 - len(expected)
    assert duplicates > 150
    assert f"{duplicates:,} skipped (duplicates)" in dry.stdout
    recognised_line = (
        f"Platform recognised from the URL (platform column empty): {on_catalogue:,} rows"
    )
    assert recognised_line in dry.stdout
    done = subprocess.run([*run, "--apply"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    audit = load_session(session_file).session.audit
    imported = audit.accounts[2:]
    keys = [account_key(a.platform, a.handle, a.url) for a in imported]
    assert len(keys) == len(set(keys)) == len(expected)
    recognised = [a for a in imported if a.platform != OTHER]
    assert all(a.handle for a in recognised)

    from openpyxl import load_workbook

    from wizard.workbook import export_workbook

    book = export_workbook(audit, tmp_path / "out.xlsx", lang="en")
    wb = load_workbook(book, read_only=True)
    try:
        ws = wb["Inventory"]
        rows = [r[0] for r in ws.iter_rows(min_row=4, min_col=3, max_col=3, values_only=True)]
    finally:
        wb.close()
    assert len(rows) == len(audit.accounts)
