"""Benchmark: importing 10,000 accounts from CSV and XLSX, against a bare openpyxl read.

Each case runs in its own process (so peak memory is the case's own, measured with
``resource.getrusage``) and is repeated; the median is printed. Machines are noisy: compare
the ratios printed by one run, not absolute times across runs (MEASURED.md).

    python benchmarks/import_accounts.py [--rows 10000] [--repeat 3]

Targets (issue 5): CSV import ≤ 2 s; XLSX import ≤ 1.3 × the bare read-only read.
Also prints how long each file of ``tests/data/import/fail`` takes to be refused.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = [
    "Plateforme", "Lien", "Identifiant", "Nom affiché", "Type", "Statut", "Créé le",
    "Unité responsable", "Responsable", "Abonnés", "Fréquence de publication",
    "Dernière publication", "Taux d'engagement", "MFA", "Vérifié", "Public cible", "Notes",
    "Budget", "Code interne", "Langues",
]  # fmt: skip
_PLATFORMS = (
    ("Facebook", "https://www.facebook.com/{h}/"),
    ("Instagram", "https://instagram.com/{h}"),
    ("X (Twitter)", "https://twitter.com/{h}"),
    ("LinkedIn", "https://www.linkedin.com/company/{h}/"),
    ("YouTube", "https://www.youtube.com/@{h}"),
    ("TikTok", "https://www.tiktok.com/@{h}"),
    ("Mastodon", "https://mastodon.social/@{h}"),
    ("", "https://bsky.app/profile/{h}.bsky.social"),
)


def row(i: int) -> list[object]:
    name, template = _PLATFORMS[i % len(_PLATFORMS)]
    handle = f"compte{i}"
    return [
        name, template.format(h=handle), handle, f"Compte n° {i} — Ville",
        ("Officiel (organisation)", "Programme ou campagne", "Inconnu")[i % 3],
        ("Actif", "Dormant", "À fermer", "Inconnu")[i % 4], date(2012 + i % 12, 1 + i % 12, 1),
        ("Communications", "Loisirs", "Culture")[i % 3], f"Personne {i % 50}", (i * 37) % 90_000,
        ("Quotidienne", "Hebdomadaire", "Mensuelle")[i % 3], date(2024, 1 + i % 12, 1 + i % 28),
        (i % 9) / 100, ("Oui", "Non", "")[i % 3], ("Oui", "Non")[i % 2], "Grand public",
        "Notes libres sur le compte" if i % 4 else "", 1000 + i, f"X-{i}", "fr, en",
    ]  # fmt: skip


def write_csv(path: Path, rows: int) -> None:
    def cell(value: object) -> str:
        if isinstance(value, date):
            return value.strftime("%d/%m/%Y")
        if isinstance(value, float):
            return f"{value * 100:.1f} %".replace(".", ",")
        return str(value)

    lines = [";".join(HEADERS)] + [";".join(cell(c) for c in row(i)) for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="cp1252", errors="replace")


def write_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Comptes")
    ws.append(["Inventaire des comptes de médias sociaux"])
    ws.append([])
    ws.append(HEADERS)
    for i in range(rows):
        ws.append(row(i))
    wb.save(path)


# --------------------------------------------------------------------------- child side


def _case_import(path: Path) -> dict:
    from wizard.audit.model import new_audit
    from wizard.importers.plan import apply_plan, plan_import

    audit = new_audit()
    cpu_start, started = time.process_time(), time.perf_counter()
    plan = plan_import(path, audit)
    report = apply_plan(audit, plan)
    elapsed, cpu_end = time.perf_counter() - started, time.process_time()
    return {"seconds": elapsed, "cpu_start": cpu_start, "cpu_end": cpu_end,
            "accounts": len(audit.accounts), **report.counts()}  # fmt: skip


def _case_bare(path: Path) -> dict:
    import warnings

    from openpyxl import load_workbook

    cpu_start, started = time.process_time(), time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(path, read_only=True, data_only=True)
        cells = sum(len(r) for r in wb.worksheets[0].iter_rows(values_only=True))
        wb.close()
    elapsed, cpu_end = time.perf_counter() - started, time.process_time()
    return {"seconds": elapsed, "cpu_start": cpu_start, "cpu_end": cpu_end, "cells": cells}


def child(case: str, path: Path) -> None:
    result = _case_bare(path) if case == "bare" else _case_import(path)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result["peak_mb"] = usage.ru_maxrss / 1024
    result["cpu"] = result.pop("cpu_end") - result.pop("cpu_start")
    print(json.dumps(result))


# --------------------------------------------------------------------------- parent side


def run_case(case: str, path: Path, repeat: int) -> dict:
    results = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--child", case, str(path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        results.append(json.loads(done.stdout))
    best = dict(results[0])
    best["seconds"] = statistics.median(r["seconds"] for r in results)
    best["cpu"] = statistics.median(r["cpu"] for r in results)
    best["peak_mb"] = max(r["peak_mb"] for r in results)
    return best


def fail_corpus() -> list[tuple[str, float, str]]:
    from wizard.audit.model import new_audit
    from wizard.importers import ImportFileError
    from wizard.importers.plan import plan_import

    audit = new_audit()
    timings = []
    for path in sorted((ROOT / "tests" / "data" / "import" / "fail").iterdir()):
        if path.suffix == ".md":
            continue
        started = time.perf_counter()
        try:
            plan_import(path, audit)
            outcome = "NOT REFUSED"
        except ImportFileError as exc:
            outcome = exc.reason
        timings.append((path.name, time.perf_counter() - started, outcome))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("CASE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as folder:
        csv_path, xlsx_path = Path(folder) / "accounts.csv", Path(folder) / "accounts.xlsx"
        write_csv(csv_path, args.rows)
        write_xlsx(xlsx_path, args.rows)
        print(f"{args.rows:,} rows × {len(HEADERS)} columns, median of {args.repeat} runs")
        csv = run_case("import", csv_path, args.repeat)
        xlsx = run_case("import", xlsx_path, args.repeat)
        bare = run_case("bare", xlsx_path, args.repeat)
    print(f"{'case':<30}{'wall s':>8}{'CPU s':>8}{'peak MB':>9}  notes")
    for label, r, note in (
        ("CSV import", csv, f"{csv['accounts']:,} accounts; target ≤ 2 s"),
        ("XLSX import", xlsx, f"{xlsx['accounts']:,} accounts"),
        ("bare openpyxl read-only read", bare, f"{bare['cells']:,} cells"),
    ):
        print(f"{label:<30}{r['seconds']:>8.2f}{r['cpu']:>8.2f}{r['peak_mb']:>9.0f}  {note}")
    print(
        f"XLSX import / bare read: {xlsx['seconds'] / bare['seconds']:.2f} wall, "
        f"{xlsx['cpu'] / bare['cpu']:.2f} CPU (target ≤ 1.3)"
    )
    print("\nRefusals (tests/data/import/fail):")
    for name, seconds, outcome in fail_corpus():
        print(f"  {name:<24}{seconds * 1000:>8.1f} ms  {outcome[:90]}")


if __name__ == "__main__":
    main()
