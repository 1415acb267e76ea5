"""``vigie check FILE.vigie``: open a session the way the app does and say what is wrong with it.

Exit 0 when it opens (warnings on stderr: load warnings, dangling references, text that looks
like a secret; one summary line on stdout), 1 with one line per problem when it does not.

The whole check runs with the cyclic garbage collector off
(:func:`~wizard.sessions.gc_pause.gc_paused`): it builds one audit, reads it and lets it go,
and the audit holds no reference cycles, so a collection could only walk its ~700,000
objects (10,000 accounts) for nothing; reference counting frees them as usual when the
check ends.

Nor does the interpreter's last collection run when the process ends after a check: it would
walk every object still alive (~300,000: the modules and the audit's pydantic schemas) to
free cycles a moment before the process frees everything anyway. ``gc.freeze()`` is
registered to run at exit, after the output is written; a check writes no file that an
object in a cycle could still have to flush.

Nor is the audit freed object by object once it is reported (~15 ms for 10,000 accounts):
the loaded result is left in a reference cycle of its own, which only a collection can free.
In a ``vigie check`` process none runs before the frozen exit, so the operating system takes
the memory back at once, with the rest of the process; a longer-lived caller (the tests) gets
it back at its next full collection.
"""

from __future__ import annotations

import atexit
import gc
import sys
from pathlib import Path

from wizard.audit.references import dangling_references
from wizard.audit.secrets import find_secrets
from wizard.cli.terminal import one_line
from wizard.sessions.gc_pause import gc_paused
from wizard.sessions.store import LoadResult, SessionError, load_session

_OK, _PROBLEM = 0, 1
"""``wizard.cli.main``'s EXIT_OK and EXIT_PROBLEM (that module loads this one)."""


def run_check(path: Path) -> int:
    """Check ``path``; print what a user needs; return the exit code."""
    _no_collection_at_exit()
    with gc_paused():
        return _check(path)


_at_exit: list[bool] = []


def _no_collection_at_exit() -> None:
    if not _at_exit:
        atexit.register(gc.freeze)
        _at_exit.append(True)


def _check(path: Path) -> int:
    try:
        result = load_session(path, keep_evidence=False)
    except SessionError as exc:
        label = f"{path.name}: "
        problems = getattr(exc, "problems", None) or [exc.reason.removeprefix(label)]
        for problem in problems:
            print(one_line(f"{path}: {problem}"), file=sys.stderr)
        return _PROBLEM
    audit = result.session.audit
    warnings = [*result.warnings, *dangling_references(audit)]
    warnings += [f"{w.path} {w.reason}" for w in find_secrets(audit)]
    for warning in warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    if result.migrated_from is not None:
        print(f"{path}: format {result.migrated_from} would be migrated on save")
    stored = len({e.sha256 for e in audit.evidence} & set(result.stored_evidence))
    missing = len(audit.evidence) - stored
    print(
        f"{path}: valid (format {audit.format_version}, {len(audit.accounts)} accounts, "
        f"{len(audit.answers)} answers, {stored} attachments"
        + (f", {missing} missing" if missing else "")
        + (f", {len(warnings)} warnings" if warnings else "")
        + ")"
    )
    _left_to_the_exit(result)
    return _OK


def _left_to_the_exit(result: LoadResult) -> None:
    """Hold ``result`` in a cycle nothing else refers to: returning frees none of it."""
    cycle: list[object] = [result]
    cycle.append(cycle)
