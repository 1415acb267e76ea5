"""What every ``vigie`` subcommand that changes a session file does the same way."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from wizard.cli.terminal import one_line
from wizard.messages import localise
from wizard.sessions.atomic import remove_leftovers
from wizard.sessions.store import acquire_lock, backup_original, save_session

EXIT_OK = 0
EXIT_PROBLEM = 1

T = TypeVar("T")


def fail(message: str) -> int:
    """One line on stderr, exit code 1: no traceback ever reaches the user."""
    print(f"vigie: {one_line(message)}", file=sys.stderr)
    return EXIT_PROBLEM


def add_deliverable_arguments(parser: argparse.ArgumentParser, what: str, names_shown: str) -> None:
    """What every command writing a deliverable takes: the session, ``-o`` the ``what`` to
    write, ``--lang``, and ``--include-names`` (``names_shown``: whose names it shows)."""
    parser.add_argument("file", type=Path, help="the session file (.vigie)")
    parser.add_argument("-o", "--output", type=Path, required=True, help=f"the {what} to write")
    parser.add_argument(
        "--lang", choices=("fr", "en"), help=f"{what} language (default: the engagement's)"
    )
    parser.add_argument(
        "--include-names",
        action="store_true",
        help=f"show {names_shown} names (default: roles only)",
    )


def fail_session(exc, lang: str = "en") -> int:
    """A session error: its reason, then each field it names (as ``vigie check`` does),
    so "the audit is not valid" always says where."""
    print(f"vigie: {one_line(localise(exc.reason, lang))}", file=sys.stderr)
    for problem in getattr(exc, "problems", None) or []:
        print(f"vigie:   {one_line(localise(problem, lang))}", file=sys.stderr)
    return EXIT_PROBLEM


NOT_CONTENT = {"modified", "app_version", "client_returns", "last_step"}
"""What a save stamps, the log of client returns and the step the auditor was on: a change
of these alone is no change (a returned workbook with nothing accepted must not rewrite the
file nor rotate its backup)."""


def _content(audit) -> bytes:
    return audit.model_dump_json(exclude=NOT_CONTENT).encode("utf-8")


def change_in_place(loaded, path: Path, change: Callable[[], T]) -> tuple[T, bool]:
    """Apply ``change`` to a loaded session and save it back under the lock, only if the
    audit changed; return what ``change`` returned and whether the file was written.

    The file must not have changed since it was loaded (the save checks its fingerprint);
    a file migrated from an older format keeps its original as a backup. Raises
    :class:`wizard.sessions.store.SessionError` with a one-line reason.
    """

    with acquire_lock(path):
        remove_leftovers(path, max_age=0)  # ours to clean: no other save can be running
        before = _content(loaded.session.audit)
        result = change()
        if loaded.migrated_from is None and _content(loaded.session.audit) == before:
            return result, False
        if loaded.migrated_from is not None:
            backup_original(path, loaded.migrated_from)
        save_session(loaded.session, path, expected_fingerprint=loaded.fingerprint)
    return result, True


def write_session(session, path: Path) -> None:
    """Save ``session`` as ``path`` (a new file, or one replaced) under ``path``'s lock.

    A session someone holds open is never overwritten behind their back: their live lock
    refuses the write with :class:`wizard.sessions.store.LockedError` (a stale one is taken over).
    """

    with acquire_lock(path):
        remove_leftovers(path, max_age=0)
        save_session(session, path)
