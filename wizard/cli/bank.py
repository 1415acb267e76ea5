"""``vigie bank``: the consultant's question banks from the command line.

``template OUT.xlsx`` writes the spreadsheet to fill in (the shipped bank as a working
example, or ``--empty``); ``check FILE`` validates a ``.toml`` or ``.xlsx`` bank and prints
every problem with its file, sheet and row (or key path); ``convert IN OUT`` turns a
spreadsheet into the TOML Vigie loads (or back). Exit codes as every subcommand: 0 done,
1 a problem with a file (one line each on stderr), 2 a wrong command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from wizard.bank.files import read_bank_file
from wizard.bank.framework import BankError, Framework, default_bank
from wizard.bank.languages import check_notice
from wizard.bank.template import write_bank_workbook
from wizard.bank.toml_writer import write_bank_toml
from wizard.cli.terminal import one_line
from wizard.sessions.errors import SaveError
from wizard.workbook.errors import ExportError

EXIT_OK, EXIT_PROBLEM = 0, 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vigie bank", description="Question banks.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    template = commands.add_parser("template", help="write the bank spreadsheet to fill in")
    template.add_argument("out", type=Path, help="the workbook to write (.xlsx)")
    template.add_argument("--empty", action="store_true", help="headers only, no example")
    template.add_argument("--from", dest="source", type=Path, help="a bank to start from")
    check = commands.add_parser("check", help="validate a bank file (.toml or .xlsx)")
    check.add_argument("file", type=Path)
    convert = commands.add_parser("convert", help="IN.xlsx OUT.toml (or IN.toml OUT.xlsx)")
    convert.add_argument("source", type=Path)
    convert.add_argument("out", type=Path)
    return parser


def _problems(exc: BankError) -> int:
    for problem in exc.problems:
        print(one_line(f"{exc.source}: {problem}"), file=sys.stderr)
    return EXIT_PROBLEM


def _fail(message: str) -> int:
    print(f"vigie: {one_line(message)}", file=sys.stderr)
    return EXIT_PROBLEM


def summary(bank: Framework) -> str:
    criteria = len(bank.criteria())
    return (
        f"bank {bank.id!r} version {bank.version}: {len(bank.groups)} groups, "
        f"{len(bank.sections)} sections, {criteria} criteria, {len(bank.scale)} levels, "
        f"{len(bank.stages)} stages, {len(bank.legal)} legal items"
    )


def run_bank(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    if args.command == "template":
        return _template(args.out, args.source, args.empty)
    if args.command == "check":
        return _check(args.file)
    return _convert(args.source, args.out)


def _template(out: Path, source: Path | None, empty: bool) -> int:

    try:
        bank = None if empty else (read_bank_file(source) if source else default_bank())
        write_bank_workbook(out, bank)
    except BankError as exc:
        return _problems(exc)
    except ExportError as exc:
        return _fail(str(exc))
    print(one_line(f"Bank template written to {out}"))
    return EXIT_OK


def _check(path: Path) -> int:

    try:
        bank = read_bank_file(path)
    except BankError as exc:
        return _problems(exc)
    notice = check_notice(bank)
    if notice:
        print(one_line(f"{path}: warning: {notice}"), file=sys.stderr)
    print(one_line(f"{path}: valid {summary(bank)}"))
    return EXIT_OK


def _convert(source: Path, out: Path) -> int:

    suffix = out.suffix.lower()
    if suffix not in (".toml", ".xlsx"):
        return _fail(f"{out.name}: the converted bank must end in .toml (or .xlsx)")
    if out.resolve() == source.resolve():
        return _fail(f"{out.name}: the output would replace the input; choose another name")
    try:
        bank = read_bank_file(source)
        if suffix == ".toml":
            write_bank_toml(out, bank)
        else:
            write_bank_workbook(out, bank)
    except BankError as exc:
        return _problems(exc)
    except (SaveError, ExportError) as exc:
        return _fail(str(getattr(exc, "reason", exc)))
    print(one_line(f"{source} converted to {out} ({summary(bank)})"))
    return EXIT_OK
