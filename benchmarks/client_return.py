"""Time to review a returned workbook (issue 7): a 10,000-account export, a few cells edited.

Run: ``python -m benchmarks.client_return [--accounts 10000] [--repeat 3]``.

Preparation (not timed, its own process): the audit is generated with
``generated_audit(N, seed=1)`` (tests/helpers), saved as a session (its ids are random, so the
measurements load it rather than regenerate it), exported in French, and a few cells are edited
with openpyxl as a client would (statuses, followers, a date typed as text, an answer, an
action status, a new account, a deleted row), then saved. Each measurement is a fresh
process that loads that session (not timed) and times
:func:`wizard.returned.review_workbook`; peak memory is that process's ``ru_maxrss``, printed
with the resident size before the review so the review's own share can be read.
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
SEED = 1
EDITS = 9
"""Change keys the prepared workbook must yield (checked, so a broken review is not fast)."""


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _audit(accounts: int):
    from helpers.sample import generated_audit

    return generated_audit(accounts, seed=SEED)


def prepare(accounts: int, path: Path) -> None:
    from openpyxl import load_workbook

    from wizard.sessions.session import Session
    from wizard.sessions.store import save_session
    from wizard.workbook import export_workbook, strings

    audit = _audit(accounts)
    save_session(Session(audit=audit), path.with_suffix(".vigie"))
    export_workbook(audit, path, lang="fr")
    book = load_workbook(path)
    ws = book[strings.sheet_name("inventory", "fr")]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "id")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1)}
    ids = [a.id for a in audit.accounts]
    ws.cell(rows[ids[10]], cols["Notes"]).value = "revu par le client"
    ws.cell(rows[ids[500]], cols["Abonnés"]).value = 4242
    ws.cell(rows[ids[5000 % len(ids)]], cols["Dernière publication"]).value = "15/03/2024"
    ws.cell(rows[ids[-1]], cols["Abonnés"]).value = "beaucoup"
    new = ws.max_row + 1
    ws.cell(new, cols["Plateforme"]).value = "Bluesky"
    ws.cell(new, cols["Identifiant"]).value = "client.bsky.social"
    ws.delete_rows(rows[ids[42]])
    assessment = book[strings.sheet_name("assessment", "fr")]
    criterion = next(iter(audit.framework.criteria())).id
    top = audit.framework.max_level
    level = audit.answer(criterion).level
    for row in range(1, assessment.max_row + 1):
        if assessment.cell(row, 1).value == criterion:
            assessment.cell(row, 6).value = 0 if level == top else top
    plan = book[strings.sheet_name("action_plan", "fr")]
    done = [r for r in range(1, plan.max_row + 1) if plan.cell(r, 9).value == "À faire"]
    plan.cell(done[0], 9).value = '="Terminée"'  # a formula: refused
    plan.cell(done[1], 9).value = "Terminée"
    book.save(path)


def measure_once(path: Path) -> dict[str, float]:
    import openpyxl  # noqa: F401 - imported before timing

    from wizard.returned import review_workbook
    from wizard.sessions.store import load_session

    audit = load_session(path.with_suffix(".vigie")).session.audit
    before = _peak_mb()
    start, cpu = time.perf_counter(), time.process_time()
    changeset = review_workbook(audit, path)
    seconds, cpu_s = time.perf_counter() - start, time.process_time() - cpu
    if len(changeset.changes) != EDITS:
        raise SystemExit(f"expected {EDITS} changes, got {len(changeset.changes)}")
    return {"seconds": seconds, "cpu": cpu_s, "peak_mb": _peak_mb(), "before_mb": before}


def _child(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.client_return", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(done.stderr.strip() or done.stdout.strip())
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--prepare", type=Path, help="internal")
    parser.add_argument("--one", type=Path, help="internal")
    args = parser.parse_args(argv)
    if args.prepare:
        prepare(args.accounts, args.prepare)
        return
    if args.one:
        print(json.dumps(measure_once(args.one)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "returned.xlsx"
        _child("--accounts", str(args.accounts), "--prepare", str(path))
        runs = [
            json.loads(_child("--accounts", str(args.accounts), "--one", str(path)))
            for _ in range(args.repeat)
        ]
    seconds = statistics.median(r["seconds"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    before = max(r["before_mb"] for r in runs)
    print(
        f"review of a returned {args.accounts:,}-account workbook: {seconds:.2f} s "
        f"(cpu {cpu:.2f} s, median of {args.repeat}), peak {peak:.0f} MB "
        f"({before:.0f} MB before the review)"
    )


if __name__ == "__main__":
    main()
