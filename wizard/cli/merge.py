"""``vigie merge A.vigie B.vigie -o C.vigie [--prefer mine|theirs|recent] [--force]
[--base BASE.vigie]``: merge two auditors' sessions of one audit.

A is "mine", B is "theirs". Every conflict is printed; the merged file is written only when
none remains or ``--prefer`` settles them. Exit 0 when written; 1 when conflicts remain (nothing
written), the audits differ without ``--force``, or a file cannot be read or written (one line
on stderr). Never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard.cli.support import fail_session, write_session
from wizard.cli.terminal import one_line
from wizard.history.report import show_value
from wizard.sessions.errors import SessionError
from wizard.sessions.store import load_session
from wizard.teams.merge import DifferentAuditError, MergeError, apply_rule, merge_sessions


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie merge", description="Merge two sessions of the same audit (A = mine)."
    )
    parser.add_argument("mine", type=Path, help="session A (.vigie), kept on a conflict by 'mine'")
    parser.add_argument("theirs", type=Path, help="session B (.vigie)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the merged session")
    parser.add_argument(
        "--prefer",
        choices=("mine", "theirs", "recent"),
        help="settle every conflict: A's value, B's, or the value of the file saved last",
    )
    parser.add_argument(
        "--force", action="store_true", help="merge even though the audit ids differ"
    )
    parser.add_argument(
        "--base", type=Path, help="the session A and B both started from (fewer conflicts)"
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="default: A's engagement language")
    return parser


def _fail(message: str) -> int:
    print(f"vigie: {one_line(message)}", file=sys.stderr)
    return 1


def _print_report(result, lang: str) -> None:

    for item in result.one_sided:
        how = "deleted in the other, kept" if item.deleted_on_other else "kept"
        print(f"only in {item.side}: {item.item_kind} {item.label} ({how})")
    for c in result.conflicts:
        print(
            f"conflict: {c.item_kind} {c.label} [{c.item_id}] {c.field}: "
            f"A={show_value(c.mine, lang)} | B={show_value(c.theirs, lang)}"
        )


def run_merge(args: list[str]) -> int:
    """Parse ``args``, merge, print the conflicts, write when allowed; return the exit code."""
    options = _parser().parse_args(args)

    try:
        mine = load_session(options.mine).session
        theirs = load_session(options.theirs).session
        base = load_session(options.base).session if options.base else None
        result = merge_sessions(base, mine, theirs, force=options.force)
    except SessionError as exc:
        return fail_session(exc)
    except DifferentAuditError as exc:
        return _fail(f"cannot merge: {exc} (--force)")
    except MergeError as exc:
        return _fail(f"cannot merge: {exc}")
    _print_report(result, options.lang or mine.audit.engagement.language)
    found = len(result.conflicts)
    if found and options.prefer is None:
        return _fail(
            f"{found} conflict(s) remain; nothing written "
            "(choose with --prefer mine|theirs|recent, or resolve them in the app)"
        )
    try:
        if found:
            apply_rule(result, options.prefer)
            print(f"{found} conflict(s) settled by --prefer {options.prefer}")
        write_session(result.session, options.output)
    except MergeError as exc:
        return _fail(f"cannot merge: {exc}")
    except SessionError as exc:
        return fail_session(exc)
    audit = result.session.audit
    print(f"Merged session written to {options.output} ({len(audit.accounts)} accounts)")
    return 0
