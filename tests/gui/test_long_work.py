"""The one runner for long work (ui/long_work.py): off the GUI thread, progress, cancel,
a result or one clear line, and the window's event loop running meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui.long_work import Runner, WorkCancelled, run_with_progress
from wizard.importers import ImportCancelled


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(qtbot):
    runner = Runner()
    threads: list[int] = []
    results: list[object] = []
    progress: list[tuple[int, int]] = []
    runner.sig_progress.connect(lambda done, total: progress.append((done, total)))
    runner.sig_done.connect(lambda result: threads.append(threading.get_ident()))

    def work(report, cancel):
        threads.append(threading.get_ident())
        for step in range(3):
            report(step + 1, 3)
        return "written"

    with qtbot.waitSignal(runner.sig_finished, timeout=10_000):
        runner.start(work, results.append)
    assert results == ["written"]
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert threads[0] != threading.get_ident()
    assert threads[1] == threading.get_ident()
    assert not runner.is_busy()


def test_cancel_stops_the_work_at_its_next_check_and_says_so(qtbot):
    runner = Runner()
    started = threading.Event()
    done: list[object] = []
    runner.sig_done.connect(done.append)

    def work(report, cancel):
        started.set()
        while not cancel():
            threading.Event().wait(0.005)
        raise ImportCancelled

    runner.start(work)
    assert started.wait(5)
    assert runner.is_busy()
    with qtbot.waitSignal(runner.sig_cancelled, timeout=10_000):
        assert runner.cancel()
    assert done == []
    assert not runner.is_busy()


def test_a_failure_is_one_line_naming_the_file(qtbot, tmp_path: Path):
    runner = Runner()
    missing = tmp_path / "nowhere" / "book.xlsx"

    def work(report, cancel):
        return missing.read_bytes()

    with qtbot.waitSignal(runner.sig_failed, timeout=10_000) as failed:
        runner.start(work)
    (text,) = failed.args
    assert text.startswith(str(missing))
    assert "\n" not in text
    assert "Traceback" not in text


def test_a_dropped_job_never_reports(qtbot):
    runner = Runner()
    release = threading.Event()
    reported: list[object] = []
    runner.sig_done.connect(reported.append)
    runner.start(lambda report, cancel: release.wait(10) and "old")
    assert runner.drop()
    with qtbot.waitSignal(runner.sig_done, timeout=10_000):
        runner.start(lambda report, cancel: "new")
    release.set()
    runner.shutdown()
    QApplication.processEvents()
    assert reported == ["new"]


def test_run_with_progress_returns_the_result_and_raises_the_works_own_error(qtbot):
    assert run_with_progress(None, "…", lambda report, cancel: 42) == 42
    with pytest.raises(KeyError):
        run_with_progress(None, "…", lambda report, cancel: {}["missing"])


def test_while_waiting_the_gui_thread_keeps_running_its_event_loop(qtbot):
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    seen_while_working: list[int] = []

    def work(report, cancel):
        before = len(ticks)
        for _ in range(500):
            if len(ticks) >= before + 3:
                break
            threading.Event().wait(0.01)
        seen_while_working.append(len(ticks) - before)

    run_with_progress(None, "…", work)
    timer.stop()
    assert seen_while_working[0] >= 3, "the GUI thread's timers did not run during the work"


def test_long_work_shows_a_progress_window_whose_cancel_returns_at_once(qtbot):
    release = threading.Event()
    shown: list[str] = []

    def cancel_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QProgressDialog) and box.isVisible():
            shown.append(box.labelText())
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            QTimer.singleShot(20, cancel_when_shown)

    QTimer.singleShot(0, cancel_when_shown)
    try:
        with pytest.raises(WorkCancelled):
            run_with_progress(None, "Reading the book…", lambda report, cancel: release.wait(30))
    finally:
        release.set()
    assert shown == ["Reading the book…"]
