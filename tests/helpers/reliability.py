"""Shared by the docs/reliability.md case tests: paths, the ``vigie`` command in a subprocess,
time and memory measured from outside, and answers for the GUI's dialog seam."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SESSIONS = ROOT / "tests" / "data" / "sessions"
IMPORTS = ROOT / "tests" / "data" / "import"

_MARK = "@@measured@@"

_CHILD = """
import importlib, json, sys, time
argv, preload = json.loads(sys.argv[1]), json.loads(sys.argv[2])
import wizard.cli.main as cli
for name in preload:
    importlib.import_module(name)
started = time.perf_counter()
code = cli.main(argv)
seconds = time.perf_counter() - started
sys.stdout.flush()
print({mark!r} + json.dumps({{"code": code, "seconds": seconds}}), file=sys.stderr, flush=True)
sys.exit(code)
"""

_WRAPPER = """
import json, resource, subprocess, sys, time
child, argv, preload = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
done = subprocess.run(
    [sys.executable, "-c", child, argv, preload], capture_output=True, text=True, timeout=120
)
wall = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
print(json.dumps({
    "returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr,
    "wall": wall, "peak_mb": peak / scale,
}))
"""


@dataclass(frozen=True)
class Measured:
    """One ``vigie`` command run in a fresh process, measured by its parent."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    """Time spent in the command itself (imports excluded)."""
    wall: float
    """Whole process, interpreter start included."""
    peak_mb: float
    """Peak resident memory of the process (``ru_maxrss`` of the child)."""


def run_measured(*argv: str, preload: tuple[str, ...] = ()) -> Measured:
    """``vigie ARGV`` in a grandchild; its peak memory is read with ``RUSAGE_CHILDREN`` by a
    wrapper process that has no other child, so the figure is that command's alone."""
    child = _CHILD.format(mark=_MARK)
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, child, json.dumps(list(argv)), json.dumps(preload)],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        cwd=ROOT,
    )
    data = json.loads(done.stdout)
    stderr, _, tail = data["stderr"].rpartition(_MARK)
    timing = json.loads(tail) if tail else {"seconds": float("inf")}
    return Measured(
        data["returncode"], data["stdout"], stderr, timing["seconds"], data["wall"], data["peak_mb"]
    )


def vigie(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The ``vigie`` command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "wizard.cli.main", *argv],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


def python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Python code in a fresh process (tests/ on its path, for ``helpers``)."""
    prelude = f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r})\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )


def leftovers(folder: Path) -> list[str]:
    """Temp files a save or export left behind."""
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name or "bak-tmp" in p.name)


def answer(monkeypatch: Any, name: str, value: Any) -> list[tuple[Any, ...]]:
    """Make ``ui.dialogs.<name>`` return ``value``; the returned list records each call."""
    from ui import dialogs

    calls: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return value(*args) if callable(value) else value

    monkeypatch.setattr(dialogs, name, fake)
    return calls


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int) -> Iterator[Path]:
    """A real, small file system at ``folder`` (Linux, root only: skipped elsewhere), so
    "disk full" and "read-only" are the kernel's, not a simulation."""
    import pytest

    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root on Linux (simulated elsewhere)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def remount(folder: Path, options: str) -> None:
    """Change a :func:`tmpfs` mount: ``ro``, ``rw``, ``size=2m``…"""
    subprocess.run(["mount", "-o", f"remount,{options}", str(folder)], check=True)


def type_organisation(window: Any, name: str) -> None:
    """Type the organisation's name on the engagement page, as a user does."""
    from ui.wizard import PageId

    assert window.go_to(PageId.ENGAGEMENT)
    edit = window.wizard.page(PageId.ENGAGEMENT).org_name
    edit.setText(name)
    edit.textEdited.emit(name)


def disk_fills_after(monkeypatch: Any, budget: int, error: int = errno.ENOSPC) -> None:
    """``os.write`` accepts ``budget`` more bytes (the last write cut short), then fails with
    ``error``, as a disk does when it fills up part-way through a file."""
    real_write = os.write
    left = [budget]

    def write(fd: int, data: bytes) -> int:
        if left[0] <= 0:
            raise OSError(error, os.strerror(error))
        chunk = bytes(memoryview(data)[: left[0]])
        left[0] -= len(chunk)
        return real_write(fd, chunk)

    monkeypatch.setattr(os, "write", write)
