"""Closing the window while it waits on long work (opening, saving, merging) is refused:
the work ends and its result arrives; the window closes normally afterwards."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from ui import busy
from ui.long_work import run_with_progress


def test_a_close_request_during_long_work_is_refused_until_the_work_ends(window, qtbot):
    release = threading.Event()
    attempts: list[bool] = []

    def work(report, cancel):
        release.wait(10)
        return "saved"

    def close_then_release():
        attempts.append(window.close())  # what the window manager's close button does
        release.set()

    QTimer.singleShot(50, close_then_release)
    result = run_with_progress(window, "Saving…", work, can_cancel=False)
    assert result == "saved"
    assert attempts == [False]
    assert window.isVisible()
    assert "still working" in window.statusBar().currentMessage()
    assert not busy.busy()
    assert window.close()


def test_busy_is_cleared_when_the_work_fails(window):
    def work(report, cancel):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        run_with_progress(window, "Saving…", work, can_cancel=False)
    assert not busy.busy()
