"""Issue 17: a question bank is untrusted input (a colleague's file, a download). Every
hostile or damaged bank given to ``vigie bank check`` is refused with one clear line per
problem, exit 1, no traceback: macros (by name and by content), formulas (with their cell),
XML entities, a zip bomb, an oversized file, a forged row count, too many rows, a CSV or
nothing at all under a workbook's name, a named pipe, an oversized TOML. The GUI shows the same
refusals in French to a French user."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.banks import sized_bank
from helpers.reliability import vigie
from openpyxl import load_workbook

from wizard.bank.files import read_bank_file
from wizard.bank.framework import BankError
from wizard.bank.template import write_bank_workbook
from wizard.messages import localise


def _template(path: Path) -> Path:
    return write_bank_workbook(path, sized_bank(3))


def _rezip(path: Path, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, edit(info.filename, old.read(info)))
        for name, data in extra.items():
            new.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def macro_by_name(folder: Path) -> Path:
    source = _template(folder / "bank.xlsx")
    target = folder / "bank.xlsm"
    source.rename(target)
    return target


def macro_inside(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    _rezip(path, lambda _n, data: data, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 64})
    return path


def formula(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    book = load_workbook(path)
    book["Criteria"]["F3"] = '=HYPERLINK("http://evil.example","click")'
    book.save(path)
    return path


def entities(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    doctype = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet7.xml":
            return doctype + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
        return data

    _rezip(path, edit, {})
    return path


def zip_bomb(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    _rezip(path, lambda _n, data: data, {"xl/media/filler.xml": b" " * (70 * 1024 * 1024)})
    return path


def oversized(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    _rezip(path, lambda _n, data: data, {"xl/media/noise.bin": os.urandom(11 * 1024 * 1024)})
    return path


def forged_dimension(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet7.xml":
            start = data.index(b"<dimension")
            end = data.index(b"/>", start) + 2
            return data[:start] + b'<dimension ref="A1:I1048576"/>' + data[end:]
        return data

    _rezip(path, edit, {})
    return path


def too_many_rows(folder: Path) -> Path:
    path = _template(folder / "bank.xlsx")
    book = load_workbook(path)
    sheet = book["Groups"]
    for number in range(10_010):
        sheet.append([f"X{number}", "Groupe", "Group"])
    book.save(path)
    return path


def csv_renamed(folder: Path) -> Path:
    path = folder / "bank.xlsx"
    path.write_text("id,title_fr,title_en\nG1,Groupe,Group\n", encoding="utf-8")
    return path


def empty(folder: Path) -> Path:
    path = folder / "bank.xlsx"
    path.write_bytes(b"")
    return path


def named_pipe(folder: Path) -> Path:
    path = folder / "bank.toml"
    os.mkfifo(path)
    return path


def huge_toml(folder: Path) -> Path:
    path = folder / "bank.toml"
    path.write_text("# " + "x" * (6 * 1024 * 1024) + "\n", encoding="utf-8")
    return path


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "macro-enabled name": (macro_by_name, "a .xlsm workbook is refused"),
    "macros inside an .xlsx": (macro_inside, "the workbook holds macros; refused"),
    "formula": (formula, "sheet 'Criteria', cell F3: holds a formula (=HYPERLINK("),
    "XML entities": (entities, "declares XML entities"),
    "zip bomb": (zip_bomb, "would expand to more than 100 MB"),
    "oversized file": (oversized, "is 11 MB, more than a bank may be (10 MB); refused"),
    "forged row count": (forged_dimension, "sheet 'Criteria': 1,048,576 rows, more than 10,000"),
    "too many rows": (
        too_many_rows,
        "sheet 'Groups': 10,012 rows, more than 10,000 a bank may hold",
    ),
    "CSV renamed": (csv_renamed, "is a text file, not an .xlsx workbook; save the bank as .xlsx"),
    "empty file": (empty, "is empty (0 bytes)"),
    "named pipe": (named_pipe, "not a file"),
    "huge TOML": (huge_toml, "more than a bank may be (5 MB); refused"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_bank_is_refused_with_one_clear_line(tmp_path: Path, case: str) -> None:
    make, words = CASES[case]
    path = make(tmp_path)
    done = vigie("bank", "check", str(path))
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert words in done.stderr, done.stderr
    assert done.stdout == ""
    for line in done.stderr.splitlines():
        assert line.startswith((f"{path}: ", "vigie: ")), line


def test_convert_of_a_refused_bank_writes_nothing(tmp_path: Path) -> None:
    path = formula(tmp_path)
    out = tmp_path / "bank.toml"
    done = vigie("bank", "convert", str(path), str(out))
    assert done.returncode == 1
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bank.xlsx"]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_bank_is_refused_in_french_too(tmp_path: Path, case: str) -> None:
    make, words = CASES[case]
    with pytest.raises(BankError) as caught:
        read_bank_file(make(tmp_path))
    problems = caught.value.problems
    assert any(words in localise(problem, "en") for problem in problems)
    for problem in problems:
        assert localise(problem, "en") == problem
        assert localise(problem, "fr") != problem, problem  # written in French, not English
