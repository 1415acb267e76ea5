"""Issue 18, case 5: a CSV or text file with a field over 128 KiB in its first lines.

A 10 MB field, a 1 MB URL line or an unclosed quote made separator detection raise
"field larger than field limit": exit 70. Now the file is refused naming the line where
the field starts (or, for a URL list, the over-long line is one invalid row).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import vigie

from wizard.sessions.session import Session
from wizard.sessions.store import save_session


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    save_session(Session.new(), path)
    return path


def test_a_10_mb_field_is_refused_naming_its_line(session: Path, tmp_path: Path) -> None:
    source = tmp_path / "big_field.csv"
    source.write_text('Plateforme,Lien\nFacebook,"' + "x" * 10_000_000 + '"\n', encoding="utf-8")
    before = session.read_bytes()
    done = vigie("import-accounts", str(session), str(source), "--apply")
    assert done.returncode == 1
    assert "big_field.csv, line 2: a field is longer than 131,072 characters" in done.stderr
    assert session.read_bytes() == before


def test_an_unclosed_quote_is_refused_naming_where_it_opens(session: Path, tmp_path: Path) -> None:
    source = tmp_path / "unclosed.csv"
    rows = "X,https://x.com/b\n" * 20_000
    source.write_text(
        'Plateforme,Lien\nFacebook,"https://facebook.com/a\n' + rows, encoding="utf-8"
    )
    done = vigie("import-accounts", str(session), str(source))
    assert done.returncode == 1
    assert "unclosed.csv, line 2: a field is longer than" in done.stderr
    assert "a quote left open?" in done.stderr


def test_a_1_mb_url_line_is_one_invalid_row(session: Path, tmp_path: Path) -> None:
    source = tmp_path / "long_url.txt"
    source.write_text("https://x.com/" + "a" * 1_000_000 + "\nhttps://x.com/b\n", encoding="utf-8")
    done = vigie("import-accounts", str(session), str(source), "--apply")
    assert done.returncode == 0, done.stderr
    assert "1 added" in done.stdout
    assert "1 invalid" in done.stdout
