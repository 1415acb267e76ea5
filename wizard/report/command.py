"""``vigie report FILE.vigie -o OUT.docx [--lang fr|en] [--include-names] [--pdf [OUT.pdf]]``.

Exit 0 on success; 1 with one line on stderr when the session cannot be read or the report
(or its PDF) cannot be written. A missing LibreOffice costs only the PDF: the ``.docx`` is
written first and the message says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard.cli.support import add_deliverable_arguments, fail
from wizard.report import ExportCancelled, ExportError, export_report
from wizard.sessions.errors import SessionError
from wizard.sessions.store import load_session


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie report", description="Write the audit report (.docx) of a session."
    )
    add_deliverable_arguments(parser, "report", "auditors' and the client contact's")
    parser.add_argument(
        "--pdf",
        nargs="?",
        const=True,
        type=Path,
        metavar="OUT.pdf",
        help="also make a PDF with LibreOffice (default name: the report's, ending in .pdf)",
    )
    return parser


def run_report(args: list[str]) -> int:
    """Parse ``args``, load the session, write the report; return the exit code."""
    options = _parser().parse_args(args)

    pdf = options.output.with_suffix(".pdf") if options.pdf is True else options.pdf
    try:
        session = load_session(options.file).session
    except SessionError as exc:
        return fail(exc.reason)
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
        return fail(str(exc) or "report cancelled")
    print(f"Report written to {path}")
    if pdf is not None:
        print(f"PDF written to {pdf}")
    return 0
