"""How long the window stops answering while a 10,000-account session is read or written.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.long_work [--accounts 10000]``.
A 5 ms timer ticks on the GUI thread; the longest gap between two ticks is the longest
freeze. "Before" calls the core on the GUI thread (as open and save did); "after" goes
through ``ui.long_work.run_with_progress`` (as they do now). Target: ≤ 100 ms. The worker
holds Python's GIL while it works, so the figure depends on how long the core's C parts
(JSON parsing, pydantic validation) run without releasing it.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample


def longest_gap(run: Callable[[], object]) -> tuple[float, float]:
    """(longest gap between GUI-thread ticks, whole run), in seconds."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    start = time.perf_counter()
    ticks.append(start)
    timer.start()
    run()
    end = time.perf_counter()
    timer.stop()
    ticks.append(end)
    return max(b - a for a, b in itertools.pairwise(ticks)), end - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    args = parser.parse_args(argv)

    from helpers.sample import generated_audit
    from PySide6.QtWidgets import QApplication

    from ui.long_work import run_with_progress
    from wizard.sessions import store
    from wizard.sessions.session import Session

    app = QApplication.instance() or QApplication([])
    session = Session(audit=generated_audit(args.accounts, seed=1))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vigie"
        store.save_session(session, path)
        store.load_session(path)  # warm-up
        cases = {
            "open": lambda: store.load_session(path),
            "save": lambda: store.save_session(session, path),
        }
        print(f"{args.accounts:,} accounts; longest freeze of the window (target ≤ 100 ms)")
        for name, call in cases.items():
            before, whole = longest_gap(call)
            after, _ = longest_gap(
                lambda call=call, name=name: run_with_progress(None, name, lambda _p, _c: call())
            )
            print(
                f"{name:5} before (GUI thread) {before * 1000:6.0f} ms   "
                f"after (runner) {after * 1000:6.0f} ms   (work {whole * 1000:.0f} ms)"
            )
    del app


if __name__ == "__main__":
    main()
