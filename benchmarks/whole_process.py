"""Issue 15's table: whole processes against their floors, measured in the same run.

Run: ``python -m benchmarks.whole_process [--runs 5] [--accounts 10000]``. A 10,000-account
session (``generated_audit(n, seed=1)``) is saved once, untimed. Then, alternating, each a
fresh process, medians of ``--runs`` after one warm-up:

* ``vigie export`` of it (start, imports, load, export, exit), against the floor: a bare
  Python process that imports openpyxl, reads exactly the workbook's cell values (pickled
  beforehand from our own export, formulas included) and writes them in write-only mode;
* ``vigie check`` of it (open and validate), against ``python -c pass``;
* ``vigie --demo`` until its window is drawn (``VIGIE_QUIT_WHEN=drawn``: its first frame,
  the start page, before the core loads), against a bare PySide6 ``QMainWindow`` shown and
  quit on the event loop's first turn; then ``vigie --demo`` until the demo is open on its
  engagement step (``VIGIE_QUIT_AFTER_MS=0`` alone), against the same floor, for the record;
  on a private Xvfb display when ``Xvfb`` is installed, else offscreen.

Every child process (ours and the floors) finds its bytecode compiled, as in an installed
Vigie: the warm-up runs write it to a private cache (``PYTHONPYCACHEPREFIX``), even where
``PYTHONDONTWRITEBYTECODE`` is set.

The machine is shared: compare the ratios, measured in the same run, not absolute times.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # helpers.sample

FLOOR_EXPORT = """
import pickle, sys
from openpyxl import Workbook
with open(sys.argv[1], "rb") as f:
    sheets = pickle.load(f)
book = Workbook(write_only=True)
for title, rows in sheets:
    ws = book.create_sheet(title)
    for row in rows:
        ws.append(row)
book.save(sys.argv[2])
"""

FLOOR_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 760)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

GOALS = {"export": 1.3, "check": None, "window": 2.5}


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def _pair(ours: list[str], floor: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall seconds of ours and of the floor, alternating, after one warm-up each."""
    _seconds(ours, env)
    _seconds(floor, env)
    mine, base = [], []
    for _ in range(runs):
        mine.append(_seconds(ours, env))
        base.append(_seconds(floor, env))
    return statistics.median(mine), statistics.median(base)


def _session(folder: Path, accounts: int) -> Path:
    from helpers.sample import generated_audit

    from wizard.sessions.session import Session
    from wizard.sessions.store import save_session

    path = folder / "big.vigie"
    save_session(Session(audit=generated_audit(accounts, seed=1)), path)
    return path


def _cell_values(workbook: Path, out: Path) -> Path:
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in book]
    book.close()
    out.write_bytes(pickle.dumps(sheets))
    return out


@contextmanager
def _display() -> Iterator[dict[str, str]]:
    """A private Xvfb display's environment, or offscreen when Xvfb is missing."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def measure(runs: int = 5, accounts: int = 10_000) -> list[tuple[str, float, str, float | None]]:
    """Rows of (work, seconds, floor name, floor seconds or None)."""
    python = sys.executable
    rows: list[tuple[str, float, str, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            # bytecode as an installed Vigie has it (pip and the frozen app compile it): written
            # once by the warm-up runs, outside the source tree; PYTHONDONTWRITEBYTECODE
            # would have every timed run compile Vigie's modules again
            "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
            "VIGIE_SETTINGS": str(folder / "settings.ini"),
            "VIGIE_LOG_DIR": str(folder / "logs"),
            "VIGIE_QUIT_AFTER_MS": "0",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        session = _session(folder, accounts)
        workbook = folder / "ours.xlsx"
        export = [python, "-m", "ui.launch", "export", str(session), "-o", str(workbook)]
        subprocess.run(export, cwd=ROOT, env=env, check=True, capture_output=True)
        values = _cell_values(workbook, folder / "values.pickle")
        floor = [python, "-c", FLOOR_EXPORT, str(values), str(folder / "floor.xlsx")]
        ours_s, floor_s = _pair(export, floor, env, runs)
        work = f"vigie export, {accounts:,} accounts"
        rows.append((work, ours_s, "openpyxl write-only", floor_s))
        check = [python, "-m", "ui.launch", "check", str(session)]
        ours_s, floor_s = _pair(check, [python, "-c", "pass"], env, runs)
        rows.append((f"vigie check, {accounts:,} accounts", ours_s, "python -c pass", floor_s))
        with _display() as screen:
            where = "Xvfb" if "DISPLAY" in screen else "offscreen"
            window = [python, "-m", "ui.launch", "--demo"]
            floor = [python, "-c", FLOOR_WINDOW]
            drawn = {**env, **screen, "VIGIE_QUIT_WHEN": "drawn"}
            ours_s, floor_s = _pair(window, floor, drawn, runs)
            rows.append(
                (f"vigie --demo, window drawn ({where})", ours_s, "bare QMainWindow", floor_s)
            )
            opened = {**env, **screen}
            ours_s, floor_s = _pair(window, floor, opened, runs)
            rows.append(
                ("  … demo open on its engagement step", ours_s, "bare QMainWindow", floor_s)
            )
    return rows


def session_rows(accounts: int = 10_000) -> list[tuple[str, float, str, float | None]]:
    """Load and save in-process (CPU seconds, ``benchmarks.session``), no floor."""
    from benchmarks.session import measure as session_measure

    result = session_measure(accounts, repeat=5)
    return [
        (f"session load, {accounts:,} accounts (CPU)", result["load_cpu"], "json.loads", None),
        (f"session save, {accounts:,} accounts (CPU)", result["save_cpu"], "—", None),
    ]


def print_table(rows: list[tuple[str, float, str, float | None]]) -> None:
    print(f"{'work':44} {'ours s':>7}  {'floor':22} {'floor s':>7} {'ratio':>6}")
    for work, ours, floor_name, floor in rows:
        ratio = f"{ours / floor:6.2f}" if floor else "     —"
        floor_text = f"{floor:7.2f}" if floor is not None else "      —"
        print(f"{work:44} {ours:7.2f}  {floor_name:22} {floor_text} {ratio}")
    print(
        "goals: export ≤ 1.3× its floor; check ≤ 0.4 s; load and save ≤ 0.3 s each; "
        "window drawn ≤ 2.5× its floor (the demo's engagement step: no goal, for the record)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--accounts", type=int, default=10_000)
    args = parser.parse_args(argv)
    print_table(measure(args.runs, args.accounts) + session_rows(args.accounts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
