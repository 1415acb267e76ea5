"""The ``vigie`` entry point (``ui/launch.py``): subcommands to the core, none to the window."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import ui.launch
from wizard.cli.main import EXIT_NO_GUI, EXIT_OK

ROOT = Path(__file__).resolve().parent.parent


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )


def test_subcommands_through_the_entry_point_never_import_qt(tmp_path):
    code = (
        "import sys\n"
        "from ui.launch import main\n"
        "assert main(['demo', sys.argv[1]]) == 0\n"
        "assert main(['check', sys.argv[1]]) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui.app'))]\n"
        "assert not loaded, loaded\n"
    )
    result = _python("-c", code, str(tmp_path / "demo.vigie"))
    assert result.returncode == 0, result.stderr


def test_no_subcommand_opens_the_window_with_the_arguments(tmp_path, monkeypatch):
    session = tmp_path / "audit.vigie"
    session.write_bytes(b"")
    opened: list[list[str]] = []
    monkeypatch.setattr(ui.launch, "open_window", lambda argv: opened.append(argv) or EXIT_OK)
    assert ui.launch.main([str(session)]) == EXIT_OK
    assert opened == [[str(session)]]


def test_a_missing_file_is_refused_before_the_window_opens(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ui.launch, "open_window", lambda argv: 99)
    assert ui.launch.main([str(tmp_path / "nowhere.vigie")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_python_m_wizard_runs_subcommands_only():
    result = _python("-m", "wizard")
    assert result.returncode == EXIT_NO_GUI
    assert "not part of this command" in result.stderr
    assert "Traceback" not in result.stderr


LAZY_AT_START = (
    "ui.pages.summary",
    "ui.pages.inventory",
    "ui.bank_choice",
    "ui.long_work",
    "ui.export_worker",
    "ui.report_export",
    "openpyxl",
)
"""Modules the window never needs up to the demo's engagement step."""


def _demo_window(tmp_path: Path, quit_when: str) -> tuple[int, list[str]]:
    """Start ``vigie --demo`` until it quits by itself: how many objects its exit handlers
    left out of the last collection, and the modules it had loaded, in order."""
    code = (
        "import sys\n"
        "from ui.launch import main\n"
        "assert main(['--demo']) == 0\n"
        "import atexit, gc\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count())\n"
        "print(repr(list(sys.modules)))\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "VIGIE_QUIT_AFTER_MS": "0",
        "VIGIE_QUIT_WHEN": quit_when,
        "VIGIE_SETTINGS": str(tmp_path / "settings.ini"),
        "VIGIE_STATE_DIR": str(tmp_path / "state"),
        "VIGIE_LOG_DIR": str(tmp_path / "log"),
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr
    *_, frozen, modules = result.stdout.strip().splitlines()
    return int(frozen), ast.literal_eval(modules)


def test_the_demo_window_reaches_its_engagement_step_without_later_steps(tmp_path):
    _, loaded = _demo_window(tmp_path, "opened")
    assert "ui.pages.engagement" in loaded  # the demo reached its step before the quit
    assert [name for name in LAZY_AT_START if name in loaded] == []


FIRST_FRAME_NEVER = ("pydantic", "wizard.audit.model", "wizard.sessions.store", "ui.document")
"""What the window's first frame is drawn without: the core's model, sessions, the document."""


def test_the_first_frame_is_drawn_before_the_core_is_imported(tmp_path):
    _, loaded = _demo_window(tmp_path, "drawn")
    assert "ui.pages.start" in loaded  # the start page was built and drawn
    assert [name for name in FIRST_FRAME_NEVER if name in loaded] == []


def test_the_window_skips_the_last_collection_at_exit(tmp_path):
    """Once the window has closed, the interpreter's last cyclic collection would walk every
    live object (~40 ms) for nothing: the exit handlers freeze them instead."""
    frozen, _ = _demo_window(tmp_path, "opened")
    assert frozen > 10_000
