"""Issue 18, "also found": 64 KB of junk after a valid session was called "truncated", and
``/proc/self/environ`` (a file whose size the system reports as 0) "empty (0 bytes)"."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from helpers.reliability import vigie


def test_data_appended_after_a_session_is_named_so(tmp_path: Path) -> None:
    path = tmp_path / "audit.vigie"
    assert vigie("demo", str(path)).returncode == 0
    with path.open("ab") as handle:
        handle.write(os.urandom(70_000))
    done = vigie("check", str(path))
    assert done.returncode == 1
    assert "unknown data after its end" in done.stderr
    assert "truncated" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_a_system_file_of_unknown_size_is_not_called_empty() -> None:
    done = vigie("check", "/proc/self/environ")
    assert done.returncode == 1
    assert "empty" not in done.stderr
    assert "not a Vigie session" in done.stderr
