"""Case 18: a session from a newer format version: "made by a newer Vigie, update"; never
overwritten, by the command line or by the GUI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.reliability import answer, vigie
from helpers.session_corpus import FAIL, check_refused, names

from wizard.sessions.locking import lock_path

NEWER = FAIL / "newer_version.vigie"


@pytest.mark.parametrize("name", names(18))
def test_refused_with_its_reason(name: str, tmp_path: Path) -> None:
    check_refused(name, tmp_path)


def test_no_command_writes_to_it(tmp_path: Path) -> None:
    path = tmp_path / "future.vigie"
    shutil.copy(NEWER, path)
    accounts = tmp_path / "accounts.txt"
    accounts.write_text("https://www.facebook.com/saintexemple2\n", encoding="utf-8")
    for argv in (
        ["export", str(path), "-o", str(tmp_path / "out.xlsx")],
        ["import-accounts", str(path), str(accounts), "--apply"],
        ["merge", str(path), str(path), "-o", str(tmp_path / "merged.vigie")],
    ):
        done = vigie(*argv)
        assert done.returncode == 1, (argv, done.stderr)
        assert "newer version of Vigie" in done.stderr
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == NEWER.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.txt", "future.vigie"]


def test_gui_says_update_and_leaves_the_file_alone(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "future.vigie"
    shutil.copy(NEWER, path)
    warned = answer(monkeypatch, "warn", None)
    assert not window.controller.open_file(path)
    [(_, title, text, reason)] = warned
    assert title == "Newer file"
    assert "Update Vigie" in text
    assert "format 99" in reason
    assert not lock_path(path).exists()
    assert path.read_bytes() == NEWER.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.vigie"]
