"""Saving when things go wrong: disk full (RELIABILITY case 9), process killed mid-save (10),
read-only folder or a file held open elsewhere (11). Each time the previous file and its
backup survive byte for byte and no temp file is left behind."""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

import pytest
from helpers.audits import make_session

from wizard.sessions.store import SaveError, backup_path, save_session

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name or "bak-tmp" in p.name)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """A file saved twice: (path, current bytes, backup bytes)."""
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    save_session(make_session(org="Version B"), path)
    return path, path.read_bytes(), backup_path(path).read_bytes()


# --- case 9: disk full; case 11: read-only folder


def _fail_after(limit: int, monkeypatch: pytest.MonkeyPatch, error: int = errno.ENOSPC) -> None:
    """``os.write`` writes ``limit`` bytes (the last call short), then the disk is "full"."""
    real_write = os.write
    budget = [limit]

    def write(fd: int, data: bytes) -> int:
        if budget[0] <= 0:
            raise OSError(error, os.strerror(error))
        chunk = bytes(data[: budget[0]])
        budget[0] -= len(chunk)
        return real_write(fd, chunk)

    monkeypatch.setattr(os, "write", write)


@pytest.mark.parametrize("limit", [0, 100, 5000])
def test_case9_disk_full_keeps_original_and_backup(
    saved: tuple[Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    path, before, backup = saved
    session = make_session(accounts=200, org="Version C")
    audit_before = session.audit.model_copy(deep=True)
    _fail_after(limit, monkeypatch)
    with pytest.raises(SaveError) as caught:
        save_session(session, path)
    assert "disk is full" in caught.value.reason
    assert str(path) in caught.value.reason
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup
    assert _leftovers(path.parent) == []
    assert session.audit.engagement == audit_before.engagement  # the work is still in memory


def test_case9_write_that_lies_about_its_size_is_caught(
    saved: tuple[Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What QSaveFile did: report every byte written while a part never reached the disk."""
    path, before, _ = saved
    real_write = os.write
    calls = [0]

    def lying_write(fd: int, data: bytes) -> int:
        calls[0] += 1
        if calls[0] == 1:
            return real_write(fd, data)
        return len(data)

    monkeypatch.setattr(os, "write", lying_write)
    with pytest.raises(SaveError):
        save_session(make_session(accounts=50, org="C"), path)
    assert path.read_bytes() == before
    assert _leftovers(path.parent) == []


_FSIZE_CHILD = """
import resource, signal, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from helpers.audits import make_session
from wizard.sessions.store import SaveError, save_session
session = make_session(accounts=2000, org="Too big")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
try:
    save_session(session, Path({path!r}))
except SaveError as exc:
    print(exc.reason)
    sys.exit(3)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_case9_real_short_writes_with_a_file_size_limit(
    saved: tuple[Path, bytes, bytes],
) -> None:
    """The kernel itself cuts the writes short (no monkeypatching): the original survives."""
    import subprocess

    path, before, backup = saved
    code = _FSIZE_CHILD.format(tests=str(ROOT / "tests"), path=str(path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 3, done.stderr
    assert "too large" in done.stdout
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup
    assert _leftovers(path.parent) == []


def test_replace_refused_keeps_original_and_backup(
    saved: tuple[Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file another program holds open: PermissionError."""
    path, before, backup = saved
    real_replace = os.replace

    def replace(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        if Path(dst) == path:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(SaveError, match=r"replacing the file.*permission denied"):
        save_session(make_session(org="C"), path)
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup
    assert _leftovers(path.parent) == []


def test_case11_read_only_folder(
    saved: tuple[Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Running as root makes chmod useless, so the refusal is simulated at ``os.open``."""
    path, before, backup = saved
    real_open = os.open

    def open_(name: os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EROFS, "Read-only file system")
        return real_open(name, flags, mode)

    monkeypatch.setattr(os, "open", open_)
    with pytest.raises(SaveError, match="read-only disk"):
        save_session(make_session(org="C"), path)
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup


def test_save_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_session(make_session(), tmp_path / "nowhere" / "audit.vigie")


def test_old_leftovers_are_cleaned_recent_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "audit.vigie"
    old = tmp_path / ".audit.vigie.tmp-deadbeef"
    recent = tmp_path / ".audit.vigie.tmp-cafebabe"
    for leftover in (old, recent):
        leftover.write_bytes(b"partial")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    save_session(make_session(), path)
    assert not old.exists()
    assert recent.exists()


# --- case 10: killed mid-save

_KILL_LOOP = """
import json, os, random, signal, sys, time
sys.path.insert(0, {tests!r})
from pathlib import Path
from helpers.audits import make_session
from wizard.sessions.store import load_session, save_session

path = Path({path!r})
sessions = [make_session(accounts=300, org=name) for name in ("Version B", "Version C")]
for session in sessions:
    session.add_evidence("big.bin", random.randbytes(300_000))
rng = random.Random(10)
for _ in range(20):
    pid = os.fork()  # this helper has one thread, so forking is safe on every Python
    if pid == 0:
        try:
            while True:
                for session in sessions:
                    save_session(session, path)
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0.05, 0.35))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    leftovers = [p for p in path.parent.iterdir() if "tmp-" in p.name]
    for leftover in leftovers:
        leftover.unlink()
    result = {{"name": load_session(path).session.audit.engagement.organisation.name}}
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        result["backup"] = load_session(backup).session.audit.engagement.organisation.name
    result["interrupted"] = bool(leftovers)
    print(json.dumps(result), flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_case10_killed_mid_save_leaves_old_or_new(tmp_path: Path) -> None:
    """20 saves SIGKILLed at random moments: each time the file (and its backup) opens and is
    one of the versions, never a mix."""
    import json
    import subprocess

    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    code = _KILL_LOOP.format(tests=str(ROOT / "tests"), path=str(path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == 20
    versions = {"Version A", "Version B", "Version C"}
    for result in results:
        assert result["name"] in versions
        assert result.get("backup", "Version A") in versions
    assert {r["name"] for r in results} & {"Version B", "Version C"}, "no save ever finished"
    assert any(r["interrupted"] for r in results), "no kill landed in the middle of a save"
