"""docs/reliability.md's time and memory limits for refused files, measured outside the test suite.

Run: ``python -m benchmarks.limits`` (everything) or ``python -m benchmarks.limits commands``
(``commands``: each hostile file through ``vigie check`` / ``vigie import-accounts`` in a fresh,
measured process; ``in-process``: ``load_session`` and ``plan_import`` timed with
``time.perf_counter`` and their Python allocations with ``tracemalloc``).

The tests check that each file is refused with its own reason and that the refusal finishes
(pytest's per-test timeout catches a hang); how fast and with how little memory is this
script's job, because a wall-clock assertion fails on a busy machine and passes on a fast one
whatever the code does. Prints one line per file: limit check (``ok`` or ``OVER``), seconds,
peak MB, the limits and the file; exits 1 when any figure is over its limit.

Limits (docs/reliability.md): every refused file within 2 s and 200 MB; case 17's session files
(over the size limit, zip bombs, unsafe names) within 1 s, the 3 GB file with under 100 MB;
in process, the store refuses case 17's bombs within 1 s and 20 MB of Python allocations.
"""

from __future__ import annotations

import importlib
import struct
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # helpers.reliability, helpers.session_corpus, …

TIME_LIMIT_S = 2.0
MEMORY_LIMIT_MB = 200.0
CASE17_TIME_LIMIT_S = 1.0
HUGE_FILE_MEMORY_LIMIT_MB = 100.0
IN_PROCESS_BOMB_LIMIT_MB = 20.0

SESSION_PRELOAD = ("wizard.sessions.store", "wizard.audit.secrets")
IMPORT_PRELOAD = (
    "wizard.sessions.store",
    "wizard.importers.command",
    "wizard.importers.plan",
    "openpyxl",
)


@dataclass(frozen=True)
class Figure:
    """One refused input, measured, with the limits it must stay within."""

    what: str
    seconds: float
    peak_mb: float
    time_limit: float
    memory_limit: float

    @property
    def over(self) -> bool:
        return self.seconds >= self.time_limit or self.peak_mb >= self.memory_limit

    def line(self) -> str:
        verdict = "OVER" if self.over else "ok"
        limits = f"(< {self.time_limit:g} s, < {self.memory_limit:g} MB)"
        return f"{verdict:4} {self.seconds:6.3f} s {self.peak_mb:7.1f} MB {limits:22} {self.what}"


def _commands(folder: Path) -> Iterator[Figure]:
    """Each corpus file through the command a user would run, in a measured process."""
    from helpers.reliability import IMPORTS, run_measured
    from helpers.session_corpus import FAIL, REFUSALS

    from wizard.sessions.session import Session
    from wizard.sessions.store import save_session

    for name, (case, _) in sorted(REFUSALS.items()):
        copy = folder / name
        copy.write_bytes((FAIL / name).read_bytes())
        measured = run_measured("check", str(copy), preload=SESSION_PRELOAD)
        limit = CASE17_TIME_LIMIT_S if case == 17 else TIME_LIMIT_S
        yield Figure(f"check {name}", measured.seconds, measured.peak_mb, limit, MEMORY_LIMIT_MB)
    huge = folder / "huge.vigie"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: no disk used
    measured = run_measured("check", str(huge), preload=("wizard.sessions.store",))
    yield Figure(
        "check a 3 GB file",
        measured.seconds,
        measured.peak_mb,
        CASE17_TIME_LIMIT_S,
        HUGE_FILE_MEMORY_LIMIT_MB,
    )
    session = folder / "audit.vigie"
    for path in sorted(p for p in (IMPORTS / "fail").iterdir() if p.name != "README.md"):
        save_session(Session.new(), session)
        argv = ("import-accounts", str(session), str(path), "--apply")
        measured = run_measured(*argv, preload=IMPORT_PRELOAD)
        what = f"import-accounts {path.name}"
        yield Figure(what, measured.seconds, measured.peak_mb, TIME_LIMIT_S, MEMORY_LIMIT_MB)


def _refuse(what: str, action: Callable[[], object]) -> None:
    try:
        action()
    except Exception:  # every refusal is expected here; the tests check which one
        return
    raise SystemExit(f"{what}: was not refused")


def _timed(what: str, action: Callable[[], object], seconds: float, mb: float) -> Figure:
    """``action`` (which must raise: a refusal) timed, then run again under ``tracemalloc``
    for its peak Python allocations (tracing slows it down too much to time both at once)."""
    started = time.perf_counter()
    _refuse(what, action)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    try:
        _refuse(what, action)
        peak = tracemalloc.get_traced_memory()[1] / 1024**2
    finally:
        tracemalloc.stop()
    return Figure(what, elapsed, peak, seconds, mb)


def _bombs(folder: Path) -> Iterator[tuple[str, Path]]:
    """The store tests' case 17 archives, built the same way."""
    from helpers.audits import make_session
    from helpers.hostile_sessions import deflated_zeros, raw_deflated_zip

    from wizard.sessions.store import save_session

    sparse = folder / "over-2gb.vigie"
    with sparse.open("wb") as handle:
        handle.truncate(2 * 1024**3 + 1)
    yield "file over 2 GB", sparse
    zeros = deflated_zeros()
    for what, name, size in (
        ("audit.json declaring 208 MiB", "audit.json", 208 * 1024**2),
        ("member declaring 4 GB", "audit.json", 0xFFFF_FFF0),
        ("1,000:1 compression ratio", "evidence/" + "0" * 64, 99 * 1024**2),
    ):
        yield what, raw_deflated_zip(folder / f"{size}.vigie", name, zeros, size)
    forged = folder / "forged.vigie"
    save_session(make_session(), forged)
    data = bytearray(forged.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 60_000, 60_000)
    forged.write_bytes(bytes(data))
    yield "forged entry count", forged


def _in_process(folder: Path) -> Iterator[Figure]:
    """Imports happen first, untimed, as in the measured commands (``preload``)."""
    for module in (*SESSION_PRELOAD, *IMPORT_PRELOAD):
        importlib.import_module(module)
    from helpers.audits import make_audit
    from helpers.reliability import IMPORTS
    from helpers.session_corpus import FAIL, REFUSALS

    from wizard.importers.plan import plan_import
    from wizard.sessions.store import load_session

    for what, path in _bombs(folder):
        yield _timed(
            f"load_session: {what}",
            lambda path=path: load_session(path),
            CASE17_TIME_LIMIT_S,
            IN_PROCESS_BOMB_LIMIT_MB,
        )
    for name in sorted(REFUSALS):
        path = FAIL / name
        yield _timed(
            f"load_session {name}",
            lambda path=path: load_session(path),
            TIME_LIMIT_S,
            MEMORY_LIMIT_MB,
        )
    for path in sorted(p for p in (IMPORTS / "fail").iterdir() if p.name != "README.md"):
        yield _timed(
            f"plan_import {path.name}",
            lambda path=path: plan_import(path, make_audit(accounts=0)),
            TIME_LIMIT_S,
            MEMORY_LIMIT_MB,
        )


PARTS = {"commands": _commands, "in-process": _in_process}


def main(argv: list[str]) -> int:
    parts = argv or list(PARTS)
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        print(f"unknown part {unknown[0]!r}: choose from {', '.join(PARTS)}", file=sys.stderr)
        return 2
    over = 0
    with tempfile.TemporaryDirectory(prefix="vigie-limits-") as tmp:
        for part in parts:
            folder = Path(tmp) / part
            folder.mkdir()
            for figure in PARTS[part](folder):
                over += figure.over
                print(figure.line(), flush=True)
    print(f"{over} over their limit" if over else "every refusal within its limits")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
