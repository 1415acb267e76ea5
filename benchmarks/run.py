"""Run every benchmark and print one table.

Run: ``python -m benchmarks.run [--table]``. First the speed goals of issue 15, each whole
process beside its floor measured in the same run and the ratio
(:mod:`benchmarks.whole_process`); ``--table`` stops there. Then each other
``benchmarks/<name>.py`` runs in its own process (``python -m benchmarks.<name>``) so one
cannot skew another's memory; every line it prints becomes a row, under its name. Modules
keep their own detailed options.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _modules() -> list[str]:
    skipped = ("run", "__init__", "whole_process")
    return sorted(p.stem for p in HERE.glob("*.py") if p.stem not in skipped)


def _run(name: str) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}"],
        cwd=HERE.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode:
        lines.append(f"FAILED (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
    return done.returncode, lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print("Issue 15: whole processes against their floors (same run; trust the ratios)")
    code, lines = _run("whole_process")
    print("\n".join(lines))
    if "--table" in args:
        return code
    print()
    failures = bool(code)
    width = max(len(name) for name in _modules())
    print(f"{'benchmark':{width}} | result")
    print(f"{'-' * width}-+-{'-' * 70}")
    for name in _modules():
        code, lines = _run(name)
        failures += bool(code)
        for index, line in enumerate(lines or ["(no output)"]):
            print(f"{name if index == 0 else '':{width}} | {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
