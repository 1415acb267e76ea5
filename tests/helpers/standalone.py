"""Running Vigie the way a user gets it, away from this checkout (packaging tests only).

``clean_env`` gives a process nothing of this machine's development set-up: a home folder of
its own, no virtual environment, no ``PYTHONPATH``, and a ``PATH`` reduced to what is asked
(by default an empty folder: the standalone app must need no program from ``PATH``).
``virtual_display`` starts Xvfb on a free display for the window; ``windows`` lists the
windows on it; ``grab_screen`` saves a screenshot of it.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.programs import need_program

ROOT = Path(__file__).resolve().parents[2]
GRABBER = ROOT / "tests" / "tools" / "grab_screen.py"


def clean_env(home: Path, path: list[Path] | None = None, **extra: str) -> dict[str, str]:
    """An environment with its own home and per-user folders, and only ``path`` on PATH."""
    empty = home / "empty-bin"
    empty.mkdir(parents=True, exist_ok=True)
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": os.pathsep.join(str(p) for p in (path or [empty])),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "VIGIE_SETTINGS": str(home / "settings.ini"),
        "VIGIE_LOG_DIR": str(home / "logs"),
    }
    env.update(extra)
    return env


def run(
    args: list[str | Path], env: dict[str, str], cwd: Path, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def virtual_display(width: int = 1280, height: int = 800) -> Iterator[str]:
    """A fresh Xvfb on a free display number (it writes the number once it accepts clients)."""
    xvfb = need_program("Xvfb", "xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        number = pipe.readline().strip().decode()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@dataclass(frozen=True)
class Window:
    title: str
    wm_class: str
    width: int
    height: int


def windows(display: str) -> list[Window]:
    """The windows on ``display``, from ``xwininfo -root -tree`` (class "" when none)."""
    xwininfo = need_program("xwininfo", "x11-utils")
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(
        [xwininfo, "-root", "-tree"], env=env, capture_output=True, text=True, check=False
    )
    found = re.findall(
        r'^\s+0x[0-9a-f]+ "(.*)": \((?:"([^"]*)" "[^"]*")?\)\s+(\d+)x(\d+)',
        done.stdout,
        flags=re.MULTILINE,
    )
    return [Window(title, wm_class, int(w), int(h)) for title, wm_class, w, h in found]


def grab_screen(display: str, out: Path) -> None:
    """Save a PNG of the whole ``display`` (Qt on xcb, in a process of its own)."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, str(GRABBER), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def wait_until(condition: Callable[[], bool], limit_seconds: float, what: str) -> None:
    """Poll ``condition`` until it holds; fail saying ``what`` never happened."""
    deadline = time.monotonic() + limit_seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} within {limit_seconds:.0f} s")
        time.sleep(0.25)


def guide_images(guide: Path) -> list[str]:
    """The image paths the Markdown guide refers to (relative to its folder)."""
    text = guide.read_text(encoding="utf-8")
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
