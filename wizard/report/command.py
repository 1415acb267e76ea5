"""``vigie report FILE.vigie -o OUT.docx [--lang fr|en] [--include-names] [--pdf [OUT.pdf]]``.

Exit 0 on success; 1 with one line on stderr when the session cannot be read or the report
(or its PDF) cannot be written. A missing LibreOffice costs only the PDF: the ``.docx`` is
written first and the message says so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wizard.report import ExportCancelled, ExportError, export_report
from wizard.sessions.errors import SessionError
from wizard.sessions.store import load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie report", description="Write the audit report (.docx) of a session."
    )
    parser.add_argument("file", type=Path, help="the session file (.vigie)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the report to write")
    parser.add_argument(
        "--lang", choices=("fr", "en"), help="report language (default: the engagement's)"
    )
    parser.add_argument(
        "--include-names",
        action="store_true",
        help="show auditors' and the client contact's names (default: roles only)",
    )
    parser.add_argument(
        "--pdf",
        nargs="?",
        const=True,
        type=Path,
        metavar="OUT.pdf",
        help="also make a PDF with LibreOffice (default name: the report's, ending in .pdf)",
    )
    return parser


def _fail(message: str) -> int:
    print(f"vigie: {message}", file=sys.stderr)
    return 1


def run_report(args: list[str]) -> int:
    """Parse ``args``, load the session, write the report; return the exit code."""
    options = _parser().parse_args(args)

    pdf = options.output.with_suffix(".pdf") if options.pdf is True else options.pdf
    try:
        session = load_session(options.file).session
    except SessionError as exc:
        return _fail(exc.reason)
    try:
        path = export_report(
            session,
            options.output,
            lang=options.lang,
            include_names=options.include_names,
            pdf=pdf,
        )
    except (ExportError, ExportCancelled) as exc:
        if options.output.exists() and pdf is not None:
            print(f"Report written to {options.output}")
        return _fail(str(exc) or "report cancelled")
    print(f"Report written to {path}")
    if pdf is not None:
        print(f"PDF written to {pdf}")
    return 0
