"""``vigie export FILE.vigie -o OUT.xlsx [--lang fr|en] [--include-names]
[--password-file F | --ask-password]``.

Exit 0 on success; 1 with one line on stderr when the session cannot be read or the
workbook cannot be written. Never a traceback: every expected failure has a reason.
A password (from a file, or typed without echo) encrypts the workbook; it is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.bank.languages import missing_language_notice

if TYPE_CHECKING:
    from wizard.audit.model import Audit

from wizard.cli.support import add_deliverable_arguments, fail
from wizard.sessions.errors import SessionError
from wizard.sessions.store import load_session
from wizard.workbook import ExportCancelled, ExportError, export_workbook
from wizard.workbook.encryption import Password, PasswordError, password_from_file


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie export", description="Export the audit workbook (.xlsx) of a session."
    )
    add_deliverable_arguments(parser, "workbook", "owners', administrators' and auditors'")
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help="encrypt the workbook with the password in file F (one line; its line break "
        "is not part of the password)",
    )
    parser.add_argument(
        "--ask-password",
        action="store_true",
        help="encrypt the workbook with a password typed at the prompt (not shown)",
    )
    return parser


def _ask_password() -> Password:
    """Typed twice without echo; the two must match."""

    try:
        first = getpass.getpass("Workbook password: ")
        second = getpass.getpass("Same password again: ")
    except (EOFError, KeyboardInterrupt):
        raise PasswordError("no password typed") from None
    if first != second:
        raise PasswordError("the two passwords differ")
    return Password(first)


def _password(options: argparse.Namespace) -> Password | None:
    if options.password_file is not None and options.ask_password:
        raise PasswordError("choose --password-file or --ask-password, not both")
    if options.password_file is not None:
        return password_from_file(options.password_file)
    if options.ask_password:
        return _ask_password()
    return None


def run_export(args: list[str]) -> int:
    """Parse ``args``, load the session, export; return the exit code."""
    options = _parser().parse_args(args)

    try:
        password = _password(options)
    except PasswordError as exc:
        return fail(str(exc))
    try:
        session = load_session(options.file).session
    except SessionError as exc:
        return fail(exc.reason)
    try:
        path = export_workbook(
            session,
            options.output,
            lang=options.lang,
            include_names=options.include_names,
            password=password,
        )
    except (ExportError, ExportCancelled) as exc:
        return fail(str(exc) or "export cancelled")
    _language_warning(options.file, session.audit, options.lang)
    protected = " (protected with a password)" if password is not None else ""
    print(f"Workbook written to {path}{protected}")
    return 0


def _language_warning(file: object, audit: Audit, lang: str | None) -> None:
    """Say so when the workbook's language is one the audit's question bank lacks."""

    shown = lang or audit.engagement.language
    notice = missing_language_notice(audit.framework, shown, "en")
    if notice:
        print(f"{file}: warning: {notice}", file=sys.stderr)
