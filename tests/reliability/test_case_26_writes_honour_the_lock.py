"""Issue 18, case 15: every command that writes a session honours a live lock.

``merge -o`` and ``demo`` used to overwrite a session a colleague held open (only
``import-accounts`` refused); two such writes and the single ``.bak`` lost their version.
"""

from __future__ import annotations

from pathlib import Path

from helpers.reliability import vigie

from wizard.sessions.store import acquire_lock


def _demo(path: Path) -> Path:
    done = vigie("demo", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_demo_refuses_a_session_someone_has_open(tmp_path: Path) -> None:
    target = _demo(tmp_path / "held.vigie")
    before = target.read_bytes()
    with acquire_lock(target):  # this test process is alive: the lock is live
        done = vigie("demo", str(target))
    assert done.returncode == 1
    assert "is open by" in done.stderr
    assert "Traceback" not in done.stderr
    assert target.read_bytes() == before
    assert not (tmp_path / "held.vigie.bak").exists()


def test_merge_output_refuses_a_session_someone_has_open(tmp_path: Path) -> None:
    mine = _demo(tmp_path / "a.vigie")
    theirs = tmp_path / "b.vigie"
    theirs.write_bytes(mine.read_bytes())
    target = _demo(tmp_path / "held.vigie")
    before = target.read_bytes()
    with acquire_lock(target):
        first = vigie("merge", str(mine), str(theirs), "-o", str(target))
        second = vigie("merge", str(mine), str(theirs), "-o", str(target))
    for done in (first, second):
        assert done.returncode == 1, done.stdout
        assert "is open by" in done.stderr
    assert target.read_bytes() == before
    assert not (tmp_path / "held.vigie.bak").exists()


def test_merge_output_is_written_and_unlocked_when_nobody_holds_it(tmp_path: Path) -> None:
    mine = _demo(tmp_path / "a.vigie")
    theirs = tmp_path / "b.vigie"
    theirs.write_bytes(mine.read_bytes())
    target = tmp_path / "merged.vigie"
    done = vigie("merge", str(mine), str(theirs), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.exists()
    assert not (tmp_path / ".merged.vigie.lock").exists()
