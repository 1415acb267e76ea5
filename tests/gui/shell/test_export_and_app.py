"""The summary's export worker, and the application started as a user starts it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from helpers.shell import answer

from ui.pages.summary_export import suggested_name
from ui.wizard import PageId
from wizard import workbook

ROOT = Path(__file__).resolve().parents[3]


def _panel(window):
    window.controller.open_demo()
    assert window.go_to(PageId.SUMMARY)
    return window.wizard.page(PageId.SUMMARY).export_panel


def test_summary_shows_scores_and_statistics(window):
    window.controller.open_demo()
    window.go_to(PageId.SUMMARY)
    page = window.wizard.page(PageId.SUMMARY)
    assert len(page.chart.bars()) == len(window.document.audit.framework.sections)
    assert page.overall_label.text().endswith("%")
    assert page.stat_labels["total"].text() == str(len(window.document.audit.accounts))
    assert page.findings_list.count() > 0


def test_export_runs_off_the_gui_thread_and_writes_the_workbook(
    window, qtbot, tmp_path, monkeypatch
):
    panel = _panel(window)
    target = tmp_path / "demo.xlsx"
    with qtbot.waitSignal(panel.sig_exported, timeout=60_000) as blocker:
        panel.start_export(target)
        assert panel.is_running()
        assert panel.cancel_button.isEnabled()
    assert blocker.args == [target]
    assert target.exists()
    assert target.stat().st_size > 0
    qtbot.waitUntil(panel.export_button.isEnabled)
    assert panel.open_button.isEnabled()
    opened = answer(monkeypatch, "open_path", True)
    panel.folder_button.click()
    assert opened == [(tmp_path,)]


def test_export_can_be_cancelled(window, qtbot, tmp_path, monkeypatch):
    started = threading.Event()
    gui_thread = threading.get_ident()
    seen_threads = []

    def slow_export(session, path, lang, include_names, progress, cancel):
        seen_threads.append(threading.get_ident())
        started.set()
        for step in range(500):
            progress(step, 500)
            if cancel():
                raise workbook.ExportCancelled
            threading.Event().wait(0.01)
        raise AssertionError("the export was not cancelled")

    monkeypatch.setattr(workbook, "export_workbook", slow_export)
    panel = _panel(window)
    target = tmp_path / "never.xlsx"
    panel.start_export(target)
    assert started.wait(5)
    # the runner's signal, not the job's: the job emits from its worker thread, where
    # waitSignal's timer cannot be stopped (Qt warns, and a Qt warning fails the test)
    with qtbot.waitSignal(panel.runner.sig_finished, timeout=10_000):
        panel.cancel_button.click()
    qtbot.waitUntil(panel.export_button.isEnabled)
    assert panel.status.text() == "Export cancelled."
    assert seen_threads
    assert seen_threads[0] != gui_thread
    assert not target.exists()


def test_export_failure_is_explained(window, qtbot, tmp_path, monkeypatch):
    def failing(*args, **kwargs):
        raise workbook.ExportError("the file is open in another program")

    monkeypatch.setattr(workbook, "export_workbook", failing)
    warned = answer(monkeypatch, "warn", None)
    panel = _panel(window)
    panel.start_export(tmp_path / "x.xlsx")
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert warned[0][3] == "the file is open in another program"
    qtbot.waitUntil(panel.export_button.isEnabled)
    assert panel.export_button.isEnabled()


def test_suggested_export_name_is_safe():
    from datetime import date

    name = suggested_name('A/B: "C"?', date(2026, 3, 1))
    assert name == "A B C - audit 2026-03-01.xlsx"
    assert suggested_name("", date(2026, 3, 1)).startswith("Vigie")


def _run_app(tmp_path, *args):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        VIGIE_QUIT_AFTER_MS="1500",
        VIGIE_SETTINGS=str(tmp_path / "settings.ini"),
        VIGIE_STATE_DIR=str(tmp_path / "state"),
        VIGIE_LOG_DIR=str(tmp_path / "log"),
    )
    return subprocess.run(
        [sys.executable, "-m", "ui.app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_app_starts_with_the_demo_and_quits(tmp_path):
    result = _run_app(tmp_path, "--demo")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_app_opens_a_file_from_the_command_line(tmp_path):
    from wizard.demo import demo_session
    from wizard.sessions.store import save_session

    path = tmp_path / "demo.vigie"
    save_session(demo_session(), path)
    result = _run_app(tmp_path, str(path))
    assert result.returncode == 0, result.stderr
    assert str(path) in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert not (tmp_path / ".demo.vigie.lock").exists()  # released on quit
