"""Issue 18, case 11: an XLSX whose shared strings part is renamed (``xl/notes.xml``) in
``[Content_Types].xml`` and the relationships: openpyxl still loads it whole, but the
60 MB shared-strings limit looked at the part's *name*, so 224 MB of strings got in.
The limit now follows the part's declared role."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from wizard.importers.errors import ImportFileError
from wizard.importers.sources import read_source
from wizard.importers.zipcheck import ZipLimits, check_xlsx

SMALL = ZipLimits(shared_strings=1024 * 1024)


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _workbook(strings_part: str, text_bytes: int) -> bytes:
    """A minimal workbook whose shared strings live in ``strings_part``, declared as such."""
    texts = ["Plateforme", "Lien", "Notes", "Facebook", "https://www.facebook.com/ville/"]
    texts += [os.urandom(8000).hex() for _ in range(text_bytes // 16000)]
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    rows += '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
    rows += '<c r="C2" t="s"><v>5</v></c></row>'
    short = strings_part.removeprefix("xl/")
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SML}.worksheet+xml"/>'
            f'<Override PartName="/{strings_part}" ContentType="{SML}.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Comptes" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="{short}"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'
        ),
        strings_part: f'<sst xmlns="{MAIN}" count="{len(texts)}">{items}</sst>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


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
