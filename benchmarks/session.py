"""Session timings (issue 2): open and save a 10,000-account session.

Run: ``python -m benchmarks.session [--accounts 10000] [--repeat 7]``. The audit
(``generated_audit(n, seed=1)``, tests/helpers) is built and saved once untimed; then saves
and loads alternate, each timed in CPU (``time.process_time``) and wall seconds, and medians
are printed. The exact path (strict JSON pre-parse and pydantic with the Python text
validators), which files that are not as Vigie saved them still take, is timed as well, in
the same run, for comparison. Target: load ≤ 0.3 s and save ≤ 0.3 s on a quiet machine; on a
shared one trust the CPU figures and the ratio to the exact path.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # helpers.sample


def _timed(function) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    function()
    return time.process_time() - cpu, time.perf_counter() - start


def measure(accounts: int = 10_000, repeat: int = 7) -> dict[str, float]:
    from helpers.sample import generated_audit

    from wizard.audit.model import Audit
    from wizard.sessions import store
    from wizard.sessions.session import Session
    from wizard.sessions.strictjson import parse_json

    audit = generated_audit(accounts, seed=1)
    session = Session(audit=audit)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.vigie"
        store.save_session(session, path)  # warm-up, and the file to load
        store.load_session(path)
        raw = audit.model_dump_json().encode("utf-8")
        saves, loads, exact = [], [], []
        for _ in range(repeat):
            saves.append(_timed(lambda: store.save_session(session, path)))
            loads.append(_timed(lambda: store.load_session(path)))
            exact.append(_timed(lambda: (parse_json(raw, "bench"), Audit.model_validate_json(raw))))
        size = path.stat().st_size
    return {
        "accounts": accounts,
        "json_mb": len(raw) / 1e6,
        "file_mb": size / 1e6,
        "load_cpu": statistics.median(c for c, _ in loads),
        "load_wall": statistics.median(w for _, w in loads),
        "save_cpu": statistics.median(c for c, _ in saves),
        "save_wall": statistics.median(w for _, w in saves),
        "exact_parse_cpu": statistics.median(c for c, _ in exact),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    r = measure(args.accounts, args.repeat)
    print(
        f"{r['accounts']:,} accounts: audit.json {r['json_mb']:.1f} MB, file {r['file_mb']:.2f} MB"
    )
    print(f"load  cpu {r['load_cpu']:.3f} s  wall {r['load_wall']:.3f} s   (target ≤ 0.3 s)")
    print(f"save  cpu {r['save_cpu']:.3f} s  wall {r['save_wall']:.3f} s   (target ≤ 0.3 s)")
    print(
        f"exact path (strict parse + Python validators), for comparison: "
        f"cpu {r['exact_parse_cpu']:.3f} s"
    )


if __name__ == "__main__":
    main()
