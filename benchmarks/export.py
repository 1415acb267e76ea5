"""Workbook export timings (issue 3): ours against the openpyxl floor, measured in one run.

Run: ``python -m benchmarks.export [--repeat 3] [--sizes 1000,10000]``.

Each measurement is a fresh subprocess (so peak memory, ``ru_maxrss``, is that case's own):
the audit is built first and not timed; then either ``export_workbook`` is timed, or the
*floor*: a plain openpyxl write-only loop that appends exactly the cell values our
workbook holds (read back from our own export beforehand, formulas included) and saves.
Ours and the floor alternate, and medians are printed, because the machine is shared and
noisy: compare the ratio, not absolute times across runs.
Targets: demo ≤ 1 s; 10,000 accounts ≤ 1.3 × the floor and ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample

ROOT = Path(__file__).resolve().parent.parent


def _audit(size: str):
    if size == "demo":
        from wizard.demo import demo_session

        return demo_session().audit
    from helpers.sample import generated_audit

    return generated_audit(int(size), seed=1)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ours(size: str, out: Path) -> dict[str, float]:
    # wizard first, as in the app: it keeps openpyxl on its standard-library XML path (and
    # the export's row writer on); openpyxl imported first would pick lxml
    importlib.import_module("wizard")
    import openpyxl  # noqa: F401 - imported before timing, as the floor does

    from wizard.workbook import export_workbook

    audit = _audit(size)
    start, cpu = time.perf_counter(), time.process_time()
    export_workbook(audit, out, lang="fr")
    return _result(start, cpu)


def _result(start: float, cpu: float) -> dict[str, float]:
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "peak_mb": _peak_mb(),
    }


def _read_values(path: Path) -> list[tuple[str, list[list[object]]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in book]
    book.close()
    return sheets


def _floor(size: str, out: Path, reference: Path) -> dict[str, float]:
    from openpyxl import Workbook

    _audit(size)  # same resident data as ours
    sheets = _read_values(reference)
    start, cpu = time.perf_counter(), time.process_time()
    book = Workbook(write_only=True)
    for title, rows in sheets:
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(out)
    return _result(start, cpu)


def _run(case: str, size: str, folder: Path) -> dict[str, float]:
    args = [sys.executable, "-m", "benchmarks.export", "--one", case, size, str(folder)]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(sizes: list[str], repeat: int) -> list[dict[str, object]]:
    """One result row per size: median seconds and peak memory of ours and of the floor."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            _run("ours", size, folder)  # warm-up, and the reference file for the floor
            ours, floor = [], []
            for _ in range(repeat):
                ours.append(_run("ours", size, folder))
                floor.append(_run("floor", size, folder))
            rows.append(_summary(size, ours, floor))
    return rows


def _summary(size: str, ours: list[dict], floor: list[dict]) -> dict[str, object]:
    ours_s = statistics.median(r["seconds"] for r in ours)
    floor_s = statistics.median(r["seconds"] for r in floor)
    ours_cpu = statistics.median(r["cpu"] for r in ours)
    floor_cpu = statistics.median(r["cpu"] for r in floor)
    return {
        "case": "demo" if size == "demo" else f"{int(size):,} accounts",
        "floor_s": floor_s,
        "ours_s": ours_s,
        "ratio": ours_s / floor_s,
        "floor_cpu": floor_cpu,
        "ours_cpu": ours_cpu,
        "cpu_ratio": ours_cpu / floor_cpu,
        "ours_mb": max(r["peak_mb"] for r in ours),
        "floor_mb": max(r["peak_mb"] for r in floor),
    }


def results(sizes: list[str] | None = None, repeat: int = 3) -> list[dict[str, object]]:
    """For ``benchmarks.run``: the same rows :func:`main` prints."""
    return measure(sizes or ["demo", "1000", "10000"], repeat)


def print_table(rows: list[dict[str, object]]) -> None:
    print(
        f"{'case':16} {'floor s':>8} {'ours s':>8} {'ratio':>6} {'floor cpu':>9} "
        f"{'ours cpu':>8} {'ratio':>6} {'ours MB':>8} {'floor MB':>9}"
    )
    for r in rows:
        print(
            f"{r['case']:16} {r['floor_s']:8.2f} {r['ours_s']:8.2f} {r['ratio']:6.2f} "
            f"{r['floor_cpu']:9.2f} {r['ours_cpu']:8.2f} {r['cpu_ratio']:6.2f} "
            f"{r['ours_mb']:8.0f} {r['floor_mb']:9.0f}"
        )
    print("wall and CPU seconds are medians; on a shared machine trust the CPU ratio")
    print("targets: demo ours ≤ 1 s; 10,000 accounts ratio ≤ 1.3 and ours ≤ 200 MB")


def _one(case: str, size: str, folder: Path) -> None:
    ours_path = folder / f"ours-{size}.xlsx"
    if case == "ours":
        result = _ours(size, ours_path)
    else:
        result = _floor(size, folder / f"floor-{size}.xlsx", ours_path)
    print(json.dumps(result))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="demo,1000,10000")
    parser.add_argument("--one", nargs=3, metavar=("CASE", "SIZE", "FOLDER"), help="internal")
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one[0], args.one[1], Path(args.one[2]))
        return
    os.environ.setdefault("PYTHONHASHSEED", "0")
    print_table(measure(args.sizes.split(","), args.repeat))


if __name__ == "__main__":
    main()
