"""What "Protect with a password" costs: the workbook export with and without a password.

Run: ``python -m benchmarks.encrypted_export [--repeat 3] [--sizes demo,10000]``.

Each measurement is a fresh subprocess (so peak memory, ``ru_maxrss``, is that case's own):
the audit is built first and not timed; then ``export_workbook`` is timed, plain or with a
password. An encrypted export keeps its sheets in memory and encrypts the whole file in
memory (the plaintext never touches the disk), so memory is the figure to watch. Plain and
encrypted alternate and medians are printed: the machine is shared, compare the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample

ROOT = Path(__file__).resolve().parent.parent


def _audit(size: str):  # -> Audit
    if size == "demo":
        from wizard.demo import demo_session

        return demo_session().audit
    from helpers.sample import generated_audit

    return generated_audit(int(size), seed=1)


def _child(size: str, protected: bool) -> None:
    from wizard.workbook import export_workbook
    from wizard.workbook.encryption import Password

    audit = _audit(size)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.xlsx"
        password = Password("benchmark password") if protected else None
        start = time.perf_counter()
        export_workbook(audit, target, lang="fr", password=password)
        seconds = time.perf_counter() - start
        size_bytes = target.stat().st_size
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "bytes": size_bytes}))


def _measure(size: str, protected: bool) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.encrypted_export", "--child", size]
    if protected:
        command.append("--protected")
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="demo,10000")
    parser.add_argument("--child")
    parser.add_argument("--protected", action="store_true")
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.protected)
        return
    print(f"{'accounts':>9} {'plain s':>8} {'locked s':>9} {'plain MB':>9} {'locked MB':>10}")
    for size in args.sizes.split(","):
        runs: dict[bool, list[dict[str, float]]] = {False: [], True: []}
        for _ in range(args.repeat):
            for protected in (False, True):
                runs[protected].append(_measure(size, protected))
        plain, locked = (_medians(runs[protected]) for protected in (False, True))
        print(
            f"{size:>9} {plain['seconds']:8.2f} {locked['seconds']:9.2f} "
            f"{plain['peak_mb']:9.0f} {locked['peak_mb']:10.0f}"
        )


if __name__ == "__main__":
    main()
