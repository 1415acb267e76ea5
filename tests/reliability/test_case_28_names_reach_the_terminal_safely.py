"""Issue 18, case 9 (and issue 13's closed pipe): what a command prints cannot break it.

A session whose name is not valid UTF-8 made ``check`` exit 70, and ``import-accounts
--apply`` save the file and *then* exit 70, so the exit code lied. Escape sequences in names
reached the terminal raw. ``vigie … | head`` ended in "internal error: Broken pipe".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers.reliability import ROOT

from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

UTF8_LOCALE = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}
"""What a real UTF-8 locale (en_US.UTF-8…) gives Python: strict UTF-8 on stdout. (C.UTF-8
alone would switch on surrogateescape and hide the fault.)"""


def _vigie(*argv: str | bytes, stdout: int = subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {**os.environ, **UTF8_LOCALE}
    return subprocess.run(
        [sys.executable, "-m", "wizard.cli.main", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
        cwd=ROOT,
        env=env,
    )


def _urls(path: Path, count: int) -> Path:
    path.write_text("".join(f"https://x.com/user{i}\n" for i in range(count)), encoding="utf-8")
    return path


def test_a_name_that_is_not_utf8_is_checked_and_saved_with_a_true_exit_code(
    tmp_path: Path,
) -> None:
    session = os.fsencode(tmp_path) + b"/caf\xe9.vigie"  # Latin-1 bytes: invalid UTF-8
    save_session(Session.new(), Path(os.fsdecode(session)))

    check = _vigie("check", session)
    assert check.returncode == 0, check.stderr
    assert b"caf\\xe9.vigie: valid" in check.stdout

    urls = _urls(tmp_path / "urls.txt", 3)
    applied = _vigie("import-accounts", session, str(urls), "--apply")
    assert applied.returncode == 0, applied.stderr
    assert b"internal error" not in applied.stderr
    assert b"Saved " in applied.stdout
    assert len(load_session(Path(os.fsdecode(session))).session.audit.accounts) == 3


def test_escape_sequences_in_a_name_are_shown_escaped(tmp_path: Path) -> None:
    name = tmp_path / "evil\x1b]0;pwned\x07\x9b31m.vigie"
    name.write_bytes(b"not a session")
    done = _vigie("check", str(name))
    assert done.returncode == 1
    line = done.stderr.decode("utf-8")
    assert "\x1b" not in line
    assert "\x07" not in line
    assert "\x9b" not in line
    assert "\\x1b]0;pwned\\x07\\x9b31m.vigie" in line


def test_a_reader_that_stops_reading_is_no_internal_error(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    urls = _urls(tmp_path / "urls.txt", 5000)  # a report far larger than a pipe's buffer
    reader, writer = os.pipe()
    os.close(reader)  # `| head` that has already gone
    try:
        done = _vigie("import-accounts", str(session), str(urls), "--all", "--apply", stdout=writer)
    finally:
        os.close(writer)
    assert b"internal error" not in done.stderr
    assert b"Broken pipe" not in done.stderr
    assert done.returncode == 0, done.stderr
    # the command still did its work: the exit code tells the truth
    assert len(load_session(session).session.audit.accounts) == 5000


def test_a_newline_in_a_name_keeps_the_error_on_one_line(tmp_path: Path) -> None:
    name = tmp_path / "two\nlines.vigie"
    name.write_bytes(b"not a session")
    for argv in (["check", str(name)], ["import-accounts", str(name), str(name)]):
        done = _vigie(*argv)
        assert done.returncode == 1
        lines = done.stderr.decode("utf-8").splitlines()
        assert len(lines) == 1, lines
        assert "two\\nlines.vigie" in lines[0]
