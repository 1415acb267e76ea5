"""Issue 18, case 11: an XLSX whose shared strings part is renamed (``xl/notes.xml``) in
``[Content_Types].xml`` and the relationships: openpyxl still loads it whole, but the
60 MB shared-strings limit looked at the part's *name*, so 224 MB of strings got in.
The limit now follows the part's declared role."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.hostile_xlsx import ACCOUNT_ROW, HEADER_ROW, TEXTS, build, sheet_xml

from wizard.importers.errors import ImportFileError
from wizard.importers.sources import read_source
from wizard.xlsx.zipcheck import ZipLimits, check_xlsx

SMALL = ZipLimits(shared_strings=1024 * 1024)


def _workbook(strings_part: str, text_bytes: int) -> bytes:
    """Shared strings in ``strings_part``, declared as such, holding ``text_bytes`` of text."""
    texts = TEXTS + [os.urandom(8000).hex() for _ in range(text_bytes // 16000)]
    rows = HEADER_ROW + ACCOUNT_ROW.replace("</row>", '<c r="C2" t="s"><v>4</v></c></row>')
    return build(texts=texts, strings_part=strings_part, sheet=sheet_xml(rows))


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(_workbook("xl/notes.xml", 2 * 1024 * 1024))
    return path


def test_openpyxl_does_read_the_renamed_part(renamed: Path) -> None:
    table = read_source(renamed)  # the default limits let 2 MB of text through
    assert any(len(str(cell)) == 16000 for _, row in table.rows for cell in row)


def test_the_limit_follows_the_declared_role(renamed: Path) -> None:
    with pytest.raises(ImportFileError) as refused:
        check_xlsx(renamed, limits=SMALL)
    assert "renamed.xlsx holds 2 MB of text, more than 1 MB" in refused.value.reason


def test_the_usual_name_is_still_limited(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    path.write_bytes(_workbook("xl/sharedStrings.xml", 2 * 1024 * 1024))
    with pytest.raises(ImportFileError):
        check_xlsx(path, limits=SMALL)
