"""The bank reader is on the app's start-up path (the bank list of the first page); openpyxl,
the slowest import Vigie has, loads only once a spreadsheet bank is really read."""

from __future__ import annotations

import subprocess
import sys

from wizard.bank.framework import default_bank
from wizard.bank.template import write_bank_workbook

CODE = """
import sys
from pathlib import Path
from wizard.bank.files import list_banks, read_bank_file
list_banks(Path(sys.argv[1]).parent / "none")
assert "openpyxl" not in sys.modules, "loaded before any spreadsheet was read"
print(len(list(read_bank_file(Path(sys.argv[1])).criteria())))
"""


def test_listing_banks_loads_no_openpyxl_and_reading_a_spreadsheet_still_works(tmp_path):
    target = write_bank_workbook(tmp_path / "bank.xlsx", default_bank())
    result = subprocess.run(
        [sys.executable, "-c", CODE, str(target)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(list(default_bank().criteria()))
