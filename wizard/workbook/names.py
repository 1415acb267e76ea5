"""Defined names: the lookup tables formulas refer to, by a readable name.

Names are fixed ASCII identifiers that cannot be read as a cell reference (``A1``, ``R1C1``)
and never come from user text.
"""

from __future__ import annotations

import re

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook

LEVELS = "Vigie_Levels"
STAGE_NAMES = "Vigie_StageNames"
STAGE_MINS = "Vigie_StageMins"
REPORT_DATE = "Vigie_ReportDate"
"""The one cell every time-based figure is measured from (on the Cover), never TODAY():
the workbook keeps saying what was true on the report date, however late it is opened."""

_VALID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,254}$")
_CELL_LIKE = re.compile(r"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")


def is_valid_name(name: str) -> bool:
    """Excel's rules for defined and table names (which openpyxl does not check)."""
    return bool(_VALID.match(name)) and not _CELL_LIKE.match(name)


def define(workbook: Workbook, name: str, reference: str) -> None:
    if not is_valid_name(name):
        raise ValueError(f"not a valid Excel name: {name!r}")
    workbook.defined_names[name] = DefinedName(name, attr_text=reference)
