"""Where a ``vigie --demo`` start goes: the first frame, then the demo's engagement step.

Run: ``python -m benchmarks.start_up [--runs 5]``. Each run is a fresh process started the way
``ui/launch.py`` starts the window (the command-line parser, then Qt and the window's light
modules, no core), timed from the first line of its script: PySide6 and ``ui.app``
imported, the first frame drawn (the start page of a window with no audit open yet), then,
on the next turns, the core imported, the demo opened and its engagement step shown. Medians
in milliseconds; on a private Xvfb display when ``Xvfb`` is installed, else offscreen. The
whole process against a bare window is ``benchmarks.whole_process``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.whole_process import ROOT, _display

DRIVER = """
import time
start = time.perf_counter()
marks = {}
def mark(name):
    marks[name] = round(1000 * (time.perf_counter() - start), 1)
import json, sys
import wizard.cli.main
mark("command line parser imported")
import PySide6.QtWidgets
mark("PySide6 imported")
import ui.app
mark("ui.app imported")
attach_and_open = ui.app.attach_and_open
def timed(window, args):
    mark("first frame drawn")
    attach_and_open(window, args)
    mark("engagement step shown")
ui.app.attach_and_open = timed
ui.app.main(["--demo"])
print(json.dumps(marks))
"""

STEPS = (
    "command line parser imported",
    "PySide6 imported",
    "ui.app imported",
    "first frame drawn",
    "engagement step shown",
)


def measure(runs: int = 5) -> dict[str, float]:
    """Median milliseconds from the script's start to each step."""
    seen: dict[str, list[float]] = {step: [] for step in STEPS}
    with tempfile.TemporaryDirectory() as tmp, _display() as screen:
        env = {
            **os.environ,
            **screen,
            "VIGIE_SETTINGS": str(Path(tmp) / "settings.ini"),
            "VIGIE_LOG_DIR": str(Path(tmp) / "logs"),
            "VIGIE_STATE_DIR": str(Path(tmp) / "state"),
            "VIGIE_QUIT_AFTER_MS": "0",
            # bytecode as an installed Vigie has it, written by the warm-up run (as in
            # benchmarks.whole_process), even where PYTHONDONTWRITEBYTECODE is set
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "bytecode"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(runs + 1):  # the first one warms the disk cache and the bytecode
            done = subprocess.run(
                [sys.executable, "-c", DRIVER],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
                timeout=120,
            )
            marks = json.loads(done.stdout.strip().splitlines()[-1])
            if run:
                for step in STEPS:
                    seen[step].append(marks[step])
    return {step: statistics.median(values) for step, values in seen.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    for step, ms in measure(args.runs).items():
        print(f"vigie --demo: {step:24} {ms:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
