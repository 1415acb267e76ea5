"""Case 17: a session file over the size limit, a zip bomb, path-traversal member names:
refused before parsing with the file's own reason. The pytest timeout catches a hang;
time and memory (under a second, little memory) are measured by benchmarks/limits.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import run_measured
from helpers.session_corpus import check_refused, names


@pytest.mark.parametrize("name", names(17))
def test_refused_with_its_reason(name: str, tmp_path: Path) -> None:
    check_refused(name, tmp_path)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    """A 3 GB file (sparse: no disk used) is refused by its size, without reading it."""
    path = tmp_path / "huge.vigie"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024**3)
    measured = run_measured("check", str(path), preload=("wizard.sessions.store",))
    assert measured.returncode == 1
    assert "over the 2,147,483,648-byte limit" in measured.stderr
