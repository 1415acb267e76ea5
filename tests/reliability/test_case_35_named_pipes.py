"""Issue 18, case 7: a named pipe given as the session, the import file, the ``--map`` or
found as the ``.lock`` file made the command wait forever for a writer. Anything that is
not a regular file is refused before it is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.reliability import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")


def _vigie(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard.cli.main", *argv],
        capture_output=True,
        text=True,
        timeout=20,  # a hang fails the test instead of stalling the suite
        check=False,
        cwd=ROOT,
    )


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    assert _vigie("demo", str(path)).returncode == 0
    return path


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.vigie"
    os.mkfifo(path)
    return path


def test_a_pipe_as_the_session(pipe: Path) -> None:
    done = _vigie("check", str(pipe))
    assert done.returncode == 1
    assert f"{pipe}: this is a named pipe, not a session file" in done.stderr


def test_a_pipe_as_the_import_file(session: Path, tmp_path: Path) -> None:
    for name in ("list.txt", "book.xlsx"):
        source = tmp_path / name
        os.mkfifo(source)
        done = _vigie("import-accounts", str(session), str(source))
        assert done.returncode == 1
        assert f"{name} is a named pipe, not a file" in done.stderr


def test_a_pipe_as_the_map(session: Path, pipe: Path) -> None:
    done = _vigie("compare", str(session), str(session), "--map", str(pipe))
    assert done.returncode == 1
    assert "is a named pipe, not a file" in done.stderr


def test_a_pipe_as_the_lock_file(session: Path, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / ".audit.vigie.lock")
    urls = tmp_path / "urls.txt"
    urls.write_text("https://x.com/a\n", encoding="utf-8")
    before = session.read_bytes()
    done = _vigie("import-accounts", str(session), str(urls), "--apply")
    assert done.returncode == 1
    assert ".audit.vigie.lock is a named pipe, not a file" in done.stderr
    assert session.read_bytes() == before


def test_a_pipe_opened_as_a_session_is_named_in_the_users_language(pipe: Path) -> None:
    """The window shows the refusal in its language: the kind of file is French too."""
    from wizard.messages import localise
    from wizard.sessions.store import SessionError, load_session

    with pytest.raises(SessionError) as caught:
        load_session(pipe)
    reason = caught.value.reason
    assert localise(reason, "fr") == "pipe.vigie : c'est un tube nommé, pas un fichier de session"
    assert localise(reason, "en") == "pipe.vigie: this is a named pipe, not a session file"
