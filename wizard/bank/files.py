"""Bank files wherever they are: one reader for ``.toml`` and ``.xlsx``, and a folder of banks.

A consultant keeps banks in a folder (chosen in the settings) or opens one file; both go
through :func:`read_bank_file`, so the GUI, ``vigie bank check`` and a new audit accept and
refuse exactly the same files. :func:`list_banks` reads a folder without ever failing: a bad
file is listed with its first problem so the consultant sees why it cannot be chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wizard.bank.framework import BankError, Framework, load_bank
from wizard.bank.spreadsheet import MACRO_SUFFIXES, read_bank_workbook
from wizard.messages import Message
from wizard.sessions.regular_file import irregular_kind

BANK_SUFFIXES = (".toml", ".xlsx")
MAX_TOML_BYTES = 5 * 1024 * 1024
"""The shipped bank is 90 KB; 200 sections of 50 long criteria stay below this."""
MAX_LISTED = 200


def _not_regular(path: Path) -> Message | None:
    """Why ``path`` is not an ordinary file (a folder, a named pipe…), or None when it is one
    or does not exist (reading it then says so)."""
    kind = irregular_kind(path)
    return None if kind is None else Message("bank.not_regular", file=path.name, kind=Message(kind))


def read_bank_file(path: Path) -> Framework:
    """The bank in ``path`` (TOML or spreadsheet); :class:`BankError` with every problem."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    try:
        special = _not_regular(path)
        if special:
            raise BankError(source, [special])
        size = path.stat().st_size
    except OSError as exc:
        problem = str(exc.strerror or exc)
        raise BankError(source, [Message("bank.unreadable", problem=problem)]) from None
    if suffix == ".toml":
        if size > MAX_TOML_BYTES:
            raise BankError(source, [Message("bank.toml_too_large", size=size / 1048576)])
        return load_bank(path)

    if suffix == ".xlsx" or suffix in MACRO_SUFFIXES:
        return read_bank_workbook(path)
    raise BankError(source, [Message("bank.not_bank_file")])


@dataclass(frozen=True)
class BankEntry:
    """One file of a bank folder: its bank, or why it cannot be used."""

    path: Path
    bank: Framework | None
    problem: str = ""
    """Why it cannot be used: a :class:`Message` (its first problem, and how many more)."""


def list_banks(folder: Path) -> list[BankEntry]:
    """The bank files of ``folder`` (not its subfolders), sorted by name; never raises."""
    try:
        names = sorted(
            p for p in Path(folder).iterdir() if p.suffix.lower() in BANK_SUFFIXES and p.is_file()
        )
    except OSError:
        return []
    entries: list[BankEntry] = []
    for path in names[:MAX_LISTED]:
        if path.name.startswith(("~$", ".~lock")):
            continue  # an office program's lock file beside an open workbook
        try:
            entries.append(BankEntry(path, read_bank_file(path)))
        except BankError as exc:
            first = exc.problems[0] if exc.problems else Message("bank.unreadable.short")
            more = len(exc.problems) - 1
            if more:
                first = Message("bank.more_problems", problem=first, count=more)
            entries.append(BankEntry(path, None, first))
    return entries
