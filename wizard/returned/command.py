"""``vigie merge-workbook FILE.vigie RETURNED.xlsx [--apply]``: list the client's changes;
apply them (and save the session atomically, under its lock) only with ``--apply``.

Exit 0 when the workbook was reviewed (and, with ``--apply``, the session saved); 1 when
the workbook, the session or the save has a problem, with one line saying which; never a
traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from wizard.cli.support import EXIT_OK, change_in_place, fail, fail_session
from wizard.messages import Message, localise
from wizard.returned import ReturnedWorkbookError, apply_changes, review_workbook
from wizard.returned.changes import ChangeKind
from wizard.returned.report import report_lines
from wizard.sessions.store import SessionError, load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie merge-workbook",
        description=(
            "Review the changes a client made in an exported workbook and apply them to the "
            "session. Prints every change; changes the session only with --apply."
        ),
    )
    parser.add_argument("session", type=Path, help="the session file (.vigie)")
    parser.add_argument("workbook", type=Path, help="the workbook the client sent back (.xlsx)")
    parser.add_argument("--apply", action="store_true", help="apply the changes and save")
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="the workbook's language (default: read from it) and of this report (default: en)",
    )
    parser.add_argument(
        "--delete",
        action="store_true",
        help="with --apply, also delete the items whose rows the client deleted",
    )
    parser.add_argument(
        "--as-new-data",
        action="store_true",
        help="accept a workbook exported from another audit: every row is new data",
    )
    parser.add_argument("--returned-by", default="", help="who sent the workbook back (noted)")
    return parser


def run_merge_workbook(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))

    lang = args.lang or "en"
    try:
        loaded = load_session(args.session, keep_evidence=False)
    except SessionError as exc:
        return fail_session(exc, lang)
    audit = loaded.session.audit
    try:
        changeset = review_workbook(
            audit, args.workbook, allow_foreign=args.as_new_data, lang=args.lang
        )
    except ReturnedWorkbookError as exc:
        return fail(localise(exc.reason, lang))
    print("\n".join(report_lines(changeset, lang)))
    if not args.apply:
        print(Message("returned.cli.nothing_changed").text(lang))
        return EXIT_OK
    accepted = changeset.default_accepted()
    if args.delete:
        accepted |= {c.key for c in changeset.changes if c.kind is ChangeKind.DELETED}
    try:
        summary, saved = change_in_place(
            loaded,
            args.session,
            lambda: apply_changes(audit, changeset, accepted, returned_by=args.returned_by),
        )
    except SessionError as exc:
        return fail_session(exc, lang)
    print("\n".join(summary.lines(lang)))
    print(
        Message("returned.cli.saved", path=args.session).text(lang)
        if saved
        else Message("returned.cli.unchanged", path=args.session).text(lang)
    )
    return EXIT_OK
