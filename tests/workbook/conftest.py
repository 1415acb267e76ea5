"""Fixtures for the workbook tests: LibreOffice as an independent reader.

LibreOffice tests skip (with the reason) only on a developer machine without ``soffice``;
under CI (``CI`` set) a missing ``soffice`` fails them, because CI installs it and a silent
skip would hide that the recomputation and round-trip checks never ran.
"""

from __future__ import annotations

import pytest
from helpers.libreoffice import find_soffice


@pytest.fixture
def soffice() -> str:
    return find_soffice()
