"""Cycles are collected on the GUI thread, never on a worker (ui/gui_collector.py)."""

from __future__ import annotations

import gc
import threading

from ui import gui_collector
from ui.long_work import run_with_progress


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_workers_allocations_never_run_the_collector(qtbot):
    assert not gc.isenabled()  # installed for every GUI test, as by the application
    threads: set[int] = set()

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.add(threading.get_ident())

    gc.callbacks.append(note)
    try:

        def work(report, cancel):
            return len([_Cycle() for _ in range(50_000)])  # would cross every threshold

        assert run_with_progress(None, "Working…", work) == 50_000
        qtbot.waitUntil(lambda: gui_collector.collect_due() == -1, timeout=5_000)
    finally:
        gc.callbacks.remove(note)
    assert threads <= {threading.get_ident()}


def test_the_timer_collects_what_is_due_on_the_gui_thread(qtbot):
    gc.collect()
    for _ in range(gc.get_threshold()[0] + 10):
        _Cycle()
    assert gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5_000)
