"""Print what importing account lists into an empty audit would do: rows, added, merged,
skipped, invalid, without writing anything.

Used to measure the importer on realistic lists (``tests/data/import/pass/registry_*``)::

    .venv/bin/python tools/import_counts.py tests/data/import/pass/registry_headerless.csv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.audit.model import Audit
from wizard.bank.framework import default_bank
from wizard.importers.errors import ImportFileError
from wizard.importers.plan import ImportOptions, plan_import


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--on-duplicate", default="skip", choices=("skip", "merge", "add"))
    args = parser.parse_args()
    print(f"{'file':45} {'rows':>6} {'added':>6} {'merged':>6} {'skipped':>7} {'invalid':>7}")
    for path in args.files:
        audit = Audit(framework=default_bank())
        try:
            plan = plan_import(path, audit, ImportOptions(on_duplicate=args.on_duplicate))
        except ImportFileError as exc:
            print(f"{path.name:45} refused: {exc.reason}")
            continue
        c = plan.report.counts()
        rows = len(plan.results)
        print(
            f"{path.name:45} {rows:>6} {c['added']:>6} {c['merged']:>6} "
            f"{c['skipped']:>7} {c['invalid']:>7}"
        )


if __name__ == "__main__":
    main()
