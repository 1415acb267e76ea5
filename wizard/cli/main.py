"""The ``vigie`` command: subcommands that run without a screen, and the junction to the window.

The core never imports the GUI: with no subcommand, :func:`main` calls the ``gui`` function its
caller passes (``ui/launch.py``, the ``vigie`` entry point, passes the one that opens the window);
``python -m wizard`` passes none and says so.

Exit codes: 0 success; 1 the file or the data has a problem (one line per problem on stderr);
2 the command line is wrong; 3 the desktop interface cannot start here; 70 an internal error
(logged, never shown as a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wizard import __version__
from wizard.cli.terminal import one_line, safe_output

if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_NO_GUI = 3
EXIT_INTERNAL = 70

EPILOG = """\
commands that run without a screen:
  vigie demo OUT.vigie                 write the demonstration audit to a session file
  vigie check FILE.vigie               validate a session file
  vigie export FILE.vigie -o OUT.xlsx  export the audit workbook [--lang fr|en] [--include-names]
                                       [--password-file F | --ask-password]
  vigie report FILE.vigie -o OUT.docx  write the audit report (Word) [--lang fr|en]
                                       [--include-names] [--pdf [OUT.pdf]]
  vigie import-accounts FILE.vigie IN  import accounts from CSV/XLSX/URL list [--apply] [--sheet S]
  vigie discover FILE.vigie SOURCE…    accounts linked from saved web pages vs the inventory
                                       [--apply] [--not-ours URL] [--lang fr|en] [--all]
  vigie compare OLD.vigie NEW.vigie    progress since a baseline audit [--lang fr|en] [--map M.toml]
  vigie merge A.vigie B.vigie -o C.vigie  merge two auditors' sessions (writes only without
                                       conflicts) [--prefer mine|theirs|recent] [--force] [--base]
  vigie merge-workbook FILE.vigie RETURNED.xlsx  review the client's changes in a returned
                                       workbook [--apply] [--lang fr|en] [--delete]
  vigie bank template OUT.xlsx         the question-bank spreadsheet to fill in [--empty]
  vigie bank check FILE                validate a bank (.toml or .xlsx), every problem located
  vigie bank convert IN.xlsx OUT.toml  a spreadsheet bank to the TOML Vigie loads

exit codes: 0 success, 1 problem with the file or data (one line per problem),
2 wrong command line, 3 the desktop interface cannot start, 70 internal error (logged).
"""


def _gui_parser() -> argparse.ArgumentParser:
    import argparse  # lazy: `vigie check FILE`, the most frequent call, needs no parser

    parser = argparse.ArgumentParser(
        prog="vigie",
        description="Vigie: social media presence and governance audit wizard.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vigie {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the demonstration audit")
    parser.add_argument("file", nargs="?", type=Path, help="a session file (.vigie) to open")
    return parser


def _fail(message: str) -> int:
    print(f"vigie: {one_line(message)}", file=sys.stderr)
    return EXIT_PROBLEM


def cmd_demo(argv: Sequence[str]) -> int:
    import argparse  # lazy: `vigie check FILE`, the most frequent call, needs no parser

    parser = argparse.ArgumentParser(prog="vigie demo", description="Write the demo audit.")
    parser.add_argument("out", type=Path, help="the session file to write (.vigie)")
    args = parser.parse_args(argv)
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.cli.support import write_session
    from wizard.demo import demo_session
    from wizard.sessions.store import SessionError

    try:
        write_session(demo_session(), args.out)
    except SessionError as exc:
        return _fail(exc.reason)
    print(f"Demonstration audit written to {args.out}")
    return EXIT_OK


def _check_parser() -> argparse.ArgumentParser:
    import argparse  # lazy: `vigie check FILE`, the most frequent call, needs no parser

    parser = argparse.ArgumentParser(prog="vigie check", description="Validate a session file.")
    parser.add_argument("file", type=Path, help="the session file to check (.vigie)")
    return parser


def _plain_file(argv: Sequence[str]) -> Path | None:
    """The file of ``vigie check FILE`` when the command line is just that (one argument, not
    an option): what :func:`_check_parser` makes of it, without building it (argparse and
    its help formatter were ~3 ms of a check). None: the parser decides."""
    if len(argv) == 1 and not argv[0].startswith("-"):
        return Path(argv[0])
    return None


def cmd_check(argv: Sequence[str]) -> int:
    path = _plain_file(argv) or _check_parser().parse_args(argv).file
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.cli.check import run_check

    return run_check(path)


def cmd_export(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.workbook.command import run_export

    return run_export(list(argv))


def cmd_report(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.report.command import run_report

    return run_report(list(argv))


def cmd_import_accounts(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.importers.command import run_import

    return run_import(list(argv))


def cmd_discover(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.discovery.command import run_discover

    return run_discover(list(argv))


def cmd_compare(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.cli.compare import run_compare

    return run_compare(list(argv))


def cmd_merge(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.cli.merge import run_merge

    return run_merge(list(argv))


def cmd_merge_workbook(argv: Sequence[str]) -> int:
    # lazy: only the chosen subcommand's modules load (openpyxl, python-docx, the store)
    from wizard.returned.command import run_merge_workbook

    return run_merge_workbook(argv)


def cmd_bank(argv: Sequence[str]) -> int:
    from wizard.cli.bank import run_bank  # lazy: a subcommand's modules load only when it runs

    return run_bank(argv)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "export": cmd_export,
    "report": cmd_report,
    "import-accounts": cmd_import_accounts,
    "discover": cmd_discover,
    "compare": cmd_compare,
    "merge": cmd_merge,
    "merge-workbook": cmd_merge_workbook,
    "bank": cmd_bank,
}


Gui = Callable[[list[str]], int]
"""Opens the desktop window with the command line's arguments; returns the exit code."""


def _start_gui(argv: Sequence[str], gui: Gui | None) -> int:
    args = _gui_parser().parse_args(argv)
    if args.file is not None and not args.file.exists():
        return _fail(f"{args.file}: no such file")
    if gui is None:
        print(
            "vigie: the desktop interface is not part of this command; run `vigie` "
            "(or `python -m ui.launch`), or give a subcommand (see --help)",
            file=sys.stderr,
        )
        return EXIT_NO_GUI
    return gui(list(argv))


def _log_internal_error(exc: BaseException) -> Path | None:
    try:
        # lazy: inside the try, so even a broken log module cannot hide the failure
        from wizard.logs import log_exception

        return log_exception(exc)
    except Exception:  # the log must never hide the original failure
        return None


def main(argv: Sequence[str] | None = None, gui: Gui | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        with safe_output():
            return _run(argv, gui)
    return _run(argv, gui)


def _run(argv: list[str], gui: Gui | None) -> int:
    try:
        if argv and argv[0] in COMMANDS:
            return COMMANDS[argv[0]](argv[1:])
        return _start_gui(argv, gui)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # no traceback reaches the user
        where = _log_internal_error(exc)
        hint = f" (details in {where})" if where else ""
        print(f"vigie: internal error: {exc}{hint}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
