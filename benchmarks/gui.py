"""GUI timings (issue 4): filter and sort on a 10,000-account inventory.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.gui``. Target: ≤ 50 ms per filter
keystroke; start-up to an interactive window (``python -m ui.app``) ≤ 0.8 s.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date, timedelta


def _accounts(count: int):
    from wizard.audit.model import Account, AccountKind, AccountStatus, MfaCoverage

    rng = random.Random(4)
    platforms = ["x", "facebook", "instagram", "linkedin", "youtube", "tiktok", "other"]
    words = ["ville", "quebec", "culture", "sport", "parc", "biblio", "jeunesse", "eau", "info"]
    return [
        Account(
            platform=rng.choice(platforms),
            handle=f"{rng.choice(words)}_{rng.choice(words)}{n}",
            display_name=f"{rng.choice(words).title()} {rng.choice(words).title()}",
            owning_unit=rng.choice(["Communications", "Loisirs", "Culture", ""]),
            kind=rng.choice(list(AccountKind)),
            status=rng.choice(list(AccountStatus)),
            mfa=rng.choice(list(MfaCoverage)),
            followers=rng.randrange(0, 200_000),
            last_post=date(2026, 1, 1) - timedelta(days=rng.randrange(0, 900)),
        )
        for n in range(count)
    ]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def bench_filter_sort(count: int = 10_000) -> dict[str, float]:
    """Build the inventory page on ``count`` accounts; time typing in the filter and sorting.

    Each keystroke is timed until the view has processed the change (events flushed).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.document import AuditDocument
    from ui.models.accounts_model import COL_FOLLOWERS, COL_HANDLE, COL_PROBLEMS
    from ui.pages.inventory import InventoryPage
    from wizard.audit.model import new_audit
    from wizard.sessions.session import Session

    app = QApplication.instance() or QApplication([])
    audit = new_audit()
    audit.accounts = _accounts(count)
    document = AuditDocument(Session(audit=audit))
    start = time.perf_counter()
    page = InventoryPage(document, today=date(2026, 3, 1))
    page.resize(1366, 768)
    page.show()
    app.processEvents()
    results = {"page_build_ms": _ms(start)}
    keystrokes = []
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
        start = time.perf_counter()
        page.filter_edit.setText(text)
        app.processEvents()
        keystrokes.append(_ms(start))
    results["filter_keystroke_median_ms"] = statistics.median(keystrokes)
    results["filter_keystroke_max_ms"] = max(keystrokes)
    start = time.perf_counter()
    page.problem_filter.setCurrentIndex(page.problem_filter.findData("no_mfa"))
    app.processEvents()
    results["problem_filter_ms"] = _ms(start)
    page.problem_filter.setCurrentIndex(0)
    for name, column in (
        ("handle", COL_HANDLE),
        ("followers", COL_FOLLOWERS),
        ("problems", COL_PROBLEMS),
    ):
        start = time.perf_counter()
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        results[f"sort_{name}_ms"] = _ms(start)
    page.filter_edit.setText("quebec")
    start = time.perf_counter()
    page.filter_edit.setText("quebe")
    app.processEvents()
    results["filter_keystroke_while_sorted_ms"] = _ms(start)
    page.close()
    document.undo_stack.blockSignals(True)
    return results


def bench_startup(runs: int = 5) -> dict[str, float]:
    """``python -m ui.app`` until its window is shown and the event loop runs, then closed
    by ``VIGIE_QUIT_AFTER_MS=0``: whole-process wall and CPU seconds (medians), start-up
    and shut-down included, with private settings and log folders. Target: ≤ 0.8 s."""
    import resource
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "VIGIE_QUIT_AFTER_MS": "0",
            "VIGIE_SETTINGS": str(Path(tmp) / "settings.ini"),
            "VIGIE_LOG_DIR": str(Path(tmp) / "logs"),
        }
        for index in range(runs + 1):  # the first run warms the file cache
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "ui.app"],
                cwd=root,
                env=env,
                check=True,
                timeout=60,
                capture_output=True,
            )
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if index:
                walls.append(wall)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {"startup_wall_s": statistics.median(walls), "startup_cpu_s": statistics.median(cpus)}


def main() -> None:
    for name, value in bench_filter_sort().items():
        print(f"{name:36} {value:8.1f} ms")
    for name, value in bench_startup().items():
        print(f"{name:36} {value:8.2f} s")
    print("targets: filter keystroke ≤ 50 ms; start-up to an interactive window ≤ 0.8 s")


if __name__ == "__main__":
    main()
