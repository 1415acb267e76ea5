"""What every ``vigie`` subcommand that changes a session file does the same way."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

EXIT_OK = 0
EXIT_PROBLEM = 1

T = TypeVar("T")


def fail(message: str) -> int:
    """One line on stderr, exit code 1: no traceback ever reaches the user."""
    print(f"vigie: {message}", file=sys.stderr)
    return EXIT_PROBLEM


def change_in_place(loaded, path: Path, change: Callable[[], T]) -> T:
    """Apply ``change`` to a loaded session and save it back under the lock.

    The file must not have changed since it was loaded (the save checks its fingerprint);
    a file migrated from an older format keeps its original as a backup. Raises
    :class:`wizard.store.SessionError` with a one-line reason.
    """
    from wizard.store import acquire_lock, backup_original, save_session

    with acquire_lock(path):
        result = change()
        if loaded.migrated_from is not None:
            backup_original(path, loaded.migrated_from)
        save_session(loaded.session, path, expected_fingerprint=loaded.fingerprint)
    return result


def write_session(session, path: Path) -> None:
    """Save ``session`` as ``path`` (a new file, or one replaced) under ``path``'s lock.

    A session someone holds open is never overwritten behind their back: their live lock
    refuses the write with :class:`wizard.store.LockedError` (a stale one is taken over).
    """
    from wizard.store import acquire_lock, save_session

    with acquire_lock(path):
        save_session(session, path)
