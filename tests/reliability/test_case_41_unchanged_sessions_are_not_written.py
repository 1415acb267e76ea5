"""Issue 18, "also found": an operation that changes nothing rewrote the session and rotated
its ``.bak`` (a header-only CSV with ``--apply``; ``merge-workbook --apply`` with nothing
to apply, which also logged a client return). A session is written only when it changed.
And a temp file left by a killed save is cleaned as soon as the file's lock is held."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import leftovers, vigie

from wizard.sessions.store import backup_path, load_session


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    assert vigie("demo", str(path)).returncode == 0
    return path


def test_a_header_only_csv_applied_writes_nothing(session: Path, tmp_path: Path) -> None:
    source = tmp_path / "empty.csv"
    source.write_text("Plateforme,Lien\n", encoding="utf-8")
    before = session.read_bytes()
    done = vigie("import-accounts", str(session), str(source), "--apply")
    assert done.returncode == 0, done.stderr
    assert "left as it was" in done.stdout
    assert session.read_bytes() == before
    assert not backup_path(session).exists()


def test_an_untouched_returned_workbook_applied_writes_nothing(
    session: Path, tmp_path: Path
) -> None:
    workbook = tmp_path / "audit.xlsx"
    assert vigie("export", str(session), "-o", str(workbook)).returncode == 0
    before = session.read_bytes()
    done = vigie("merge-workbook", str(session), str(workbook), "--apply")
    assert done.returncode == 0, done.stderr
    assert "left as it was" in done.stdout
    assert session.read_bytes() == before
    assert not backup_path(session).exists()
    assert load_session(session).session.audit.client_returns == []


def test_a_real_change_is_still_saved_and_a_killed_save_cleaned(
    session: Path, tmp_path: Path
) -> None:
    leftover = tmp_path / ".audit.vigie.tmp-0badf00d"
    leftover.write_bytes(b"PK\x03\x04 half a file from a killed save")
    source = tmp_path / "one.txt"
    source.write_text("https://x.com/brand_new\nhttps://x.com/brand_newer\n", encoding="utf-8")
    done = vigie("import-accounts", str(session), str(source), "--apply")
    assert done.returncode == 0, done.stderr
    assert "Saved" in done.stdout
    assert backup_path(session).exists()
    assert leftovers(tmp_path) == []
