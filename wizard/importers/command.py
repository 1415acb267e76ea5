"""``vigie import-accounts FILE.vigie INPUT``: print the import report; change the file only
with ``--apply``.

Exit 0 when the input was read (and, with ``--apply``, the session saved); 1 when the input,
the session or the save has a problem, with one line saying which; never a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from wizard.cli.support import EXIT_OK, change_in_place, fail, fail_session
from wizard.importers.errors import ImportCancelled, ImportFileError
from wizard.importers.plan import DUPLICATE_CHOICES, ImportOptions, apply_plan, plan_import
from wizard.sessions.store import SessionError, load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie import-accounts",
        description=(
            "Import accounts from a CSV, XLSX or plain list of URLs into a session file. "
            "Prints what would change; changes the file only with --apply."
        ),
    )
    parser.add_argument("session", type=Path, help="the session file (.vigie)")
    parser.add_argument("input", type=Path, help="the list to import (.csv, .xlsx, .txt)")
    parser.add_argument("--sheet", help="the worksheet to read (default: the first)")
    parser.add_argument("--apply", action="store_true", help="import and save the session")
    parser.add_argument(
        "--on-duplicate",
        choices=DUPLICATE_CHOICES,
        default="skip",
        help="an account already met: skip it (default), merge (fill empty fields), add anyway",
    )
    parser.add_argument(
        "--keep-unknown", action="store_true", help="copy unknown columns into the notes"
    )
    parser.add_argument("--all", action="store_true", help="list every row in the report")
    parser.add_argument(
        "--no-header",
        action="store_true",
        help="the first row is data: map the columns from their content",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (number from 1, or header) to a field (url, handle, platform, "
        "languages, owning_unit, website, notes…, or ignore); repeatable",
    )
    return parser


def _overrides(pairs: list[str]) -> dict[str, str] | str:
    """``["4=url", "Site=website"]`` as a dict, or the one-line error for a malformed pair."""
    found: dict[str, str] = {}
    for pair in pairs:
        column, sep, key = pair.partition("=")
        if not sep or not column.strip() or not key.strip():
            return f"--map {pair}: expected COLUMN=FIELD, e.g. --map 4=url"
        found[column.strip()] = key.strip()
    return found


def run_import(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))

    try:
        loaded = load_session(args.session, keep_evidence=False)
    except SessionError as exc:
        return fail_session(exc)
    audit = loaded.session.audit
    overrides = _overrides(args.map)
    if isinstance(overrides, str):
        return fail(overrides)
    options = ImportOptions(
        on_duplicate=args.on_duplicate,
        keep_unknown=args.keep_unknown,
        no_header=args.no_header,
        overrides=overrides,
    )
    limit = None if args.all else 50
    try:
        plan = plan_import(args.input, audit, options, sheet=args.sheet)
        if not args.apply:
            print("\n".join(plan.report.lines(limit)))
            print("Nothing changed: run again with --apply to import.")
            return EXIT_OK
        report, saved = change_in_place(loaded, args.session, lambda: apply_plan(audit, plan))
    except ImportFileError as exc:
        return fail(exc.reason)
    except ImportCancelled:
        return fail("import cancelled; nothing changed")
    except SessionError as exc:
        return fail_session(exc)
    print("\n".join(report.lines(limit)))
    if saved:
        print(f"Saved {args.session} ({len(audit.accounts):,} accounts).")
    else:
        print(f"Nothing to import: {args.session} left as it was.")
    return EXIT_OK
