"""``vigie compare OLD.vigie NEW.vigie [--lang fr|en] [--map MAP.toml]``: the progress since a
baseline audit, as text. Exit 0 on success; 1 with one line on stderr when a file cannot be
read. Never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard.cli.support import fail_session
from wizard.cli.terminal import one_line
from wizard.history.compare import CriterionMapError, compare_audits, load_criterion_map
from wizard.history.report import format_comparison
from wizard.sessions.errors import SessionError
from wizard.sessions.store import load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie compare", description="Show the progress from a baseline audit to a newer one."
    )
    parser.add_argument("old", type=Path, help="the baseline session (last year's .vigie)")
    parser.add_argument("new", type=Path, help="the newer session (.vigie)")
    parser.add_argument("--lang", choices=("fr", "en"), help="default: the newer audit's")
    parser.add_argument(
        "--map", type=Path, help="TOML file mapping old criterion ids to new ones ([criteria])"
    )
    return parser


def _fail(message: str) -> int:
    print(f"vigie: {one_line(message)}", file=sys.stderr)
    return 1


def _unknown_ids(mapping: dict[str, str], old, new) -> list[str]:
    """The map's ids that are no criterion of the audit they should name (typos, an older
    bank): ignored, but named, so a comparison is never quietly wrong."""
    old_ids = {c.id for c in old.framework.criteria()}
    new_ids = {c.id for c in new.framework.criteria()}
    problems = [
        f"{key!r} is not a criterion of the baseline audit; line ignored"
        for key in mapping
        if key not in old_ids
    ]
    problems += [
        f"{key!r} = {value!r}: {value!r} is not a criterion of the newer audit; line ignored"
        for key, value in mapping.items()
        if key in old_ids and value not in new_ids
    ]
    return problems


def run_compare(args: list[str]) -> int:
    """Parse ``args``, load both sessions, print the comparison; return the exit code."""
    options = _parser().parse_args(args)

    try:
        mapping = load_criterion_map(options.map) if options.map else None
        old = load_session(options.old, keep_evidence=False).session.audit
        new = load_session(options.new, keep_evidence=False).session.audit
    except SessionError as exc:
        return fail_session(exc)
    except CriterionMapError as exc:
        return _fail(str(exc))
    for problem in _unknown_ids(mapping or {}, old, new):
        print(f"vigie: warning: {options.map}: {problem}", file=sys.stderr)
    comparison = compare_audits(old, new, criterion_map=mapping)
    sys.stdout.write(format_comparison(comparison, options.lang or new.engagement.language))
    return 0
