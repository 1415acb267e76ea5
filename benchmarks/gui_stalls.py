"""The longest freeze of the window while working on a 10,000-account audit (issue 15).

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.gui_stalls [--accounts 10000]``.

A 10 ms ``QTimer`` ticks through the whole run; each tick notes how late it is. The longest
gap between two ticks during a step is how long the event loop could not answer the user
then (a click, a repaint). Steps, each started from the event loop as a user's gesture is:
open the session file (``SessionController.open_file``), switch to the inventory (first
visit builds it; the step lasts until its rows' facts are all worked out), type a filter
word key by key and erase it, sort three columns, switch to an assessment step, to the
summary (until its figures are all filled in), and save. Goal: no stall over 100 ms; typing
in the filter ≤ 50 ms per key. On a shared machine the figures are upper bounds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # helpers.sample


class StallMeter:
    """The longest gap between ticks of a 10 ms timer since :meth:`reset`."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def _run_step(
    app,
    meter: StallMeter,
    step: Callable[[], object],
    settle_ms: int = 150,
    busy: Callable[[], bool] = lambda: False,
) -> float:
    """Run ``step`` from the event loop, let it settle (and ``busy`` go false: work it left
    for later turns of the loop counts in the step); the longest stall in ms."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    meter.reset()

    def settled() -> None:
        if busy():
            QTimer.singleShot(10, settled)
        else:
            loop.quit()

    def go() -> None:
        step()
        QTimer.singleShot(settle_ms, settled)

    QTimer.singleShot(0, go)
    loop.exec()
    return meter.longest * 1000


def measure(accounts: int) -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from helpers.sample import generated_audit
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from wizard.sessions.session import Session
    from wizard.sessions.store import save_session

    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, value in (
            ("VIGIE_STATE_DIR", folder / "state"),
            ("VIGIE_LOG_DIR", folder / "log"),
            ("VIGIE_SETTINGS", folder / "settings.ini"),
        ):
            os.environ[name] = str(value)
        path = folder / "big.vigie"
        save_session(Session(audit=generated_audit(accounts, seed=1)), path)
        app = QApplication.instance() or QApplication([])
        from ui import dialogs
        from ui.main_window import MainWindow
        from ui.models.accounts_model import COL_FOLLOWERS, COL_HANDLE, COL_PROBLEMS
        from ui.settings import AppSettings
        from ui.wizard import PageId, assessment_id

        dialogs.ask_save_discard_cancel = lambda *a: dialogs.SaveChoice.DISCARD  # type: ignore[assignment]
        dialogs.info = lambda *a, **k: None  # type: ignore[assignment]  # "attachments missing"
        window = MainWindow(AppSettings.at_path(folder / "settings.ini"))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        meter = StallMeter()
        rows.append(
            ("open the session", _run_step(app, meter, lambda: window.controller.open_file(path)))
        )
        wizard = window.wizard
        rows.append(
            (
                "go to the inventory",
                _run_step(
                    app,
                    meter,
                    lambda: window.wizard.go_to(PageId.INVENTORY),
                    busy=lambda: window.wizard.page(PageId.INVENTORY).model.warming,
                ),
            )
        )
        page = window.wizard.page(PageId.INVENTORY)
        keys = []
        for text in [
            "q",
            "qu",
            "que",
            "queb",
            "quebe",
            "quebec",
            "quebe",
            "queb",
            "que",
            "qu",
            "q",
            "",
        ]:
            keys.append(
                _run_step(app, meter, lambda t=text: page.filter_edit.setText(t), settle_ms=30)
            )
        rows.append(("filter, longest key", max(keys)))
        for name, column in (
            ("handle", COL_HANDLE),
            ("followers", COL_FOLLOWERS),
            ("problems", COL_PROBLEMS),
        ):
            sort = lambda c=column: page.table.sortByColumn(c, Qt.SortOrder.AscendingOrder)  # noqa: E731
            rows.append((f"sort by {name}", _run_step(app, meter, sort)))
        rows.append(
            (
                "go to an assessment step",
                _run_step(app, meter, lambda: window.wizard.go_to(assessment_id(0))),
            )
        )
        rows.append(
            (
                "go to the summary",
                _run_step(
                    app,
                    meter,
                    lambda: window.wizard.go_to(PageId.SUMMARY),
                    busy=lambda: window.wizard.page(PageId.SUMMARY).filling,
                ),
            )
        )
        rows.append(("save", _run_step(app, meter, window.controller.save, settle_ms=400)))
        del wizard
        meter.timer.stop()
        window.document.undo_stack.clear()
        window.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    args = parser.parse_args(argv)
    rows = measure(args.accounts)
    for name, ms in rows:
        flag = "" if ms <= 100 else "   over 100 ms"
        print(f"longest stall: {name:28} {ms:8.0f} ms{flag}")
    print("goal: no stall over 100 ms (filter ≤ 50 ms per key)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
