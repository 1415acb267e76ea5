"""Hand-built workbooks for the hostile-input cases of issue 18 (and ``benchmarks/hostile.py``):
the only way to forge what openpyxl would never write (renamed parts, 100,000 sheets, a row
of millions of cells)."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterable

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"

HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
ACCOUNT_ROW = '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
TEXTS = ["Plateforme", "Lien", "Facebook", "https://www.facebook.com/ville/"]


def sheet_xml(rows: str | bytes) -> bytes:
    rows = rows.encode() if isinstance(rows, str) else rows
    return f'<worksheet xmlns="{MAIN}"><sheetData>'.encode() + rows + b"</sheetData></worksheet>"


def workbook_xml(sheet_count: int = 1) -> bytes:
    first = '<sheet name="Comptes" sheetId="1" r:id="rId1"/>'
    more = "".join(
        f'<sheet name="S{i}" sheetId="{i}" r:id="rId1"/>' for i in range(2, sheet_count + 1)
    )
    return (
        f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{first}{more}</sheets></workbook>'
    ).encode()


def build(
    *,
    texts: Iterable[str] = TEXTS,
    strings_part: str = "xl/sharedStrings.xml",
    sheet: bytes | None = None,
    workbook: bytes | None = None,
) -> bytes:
    """A minimal valid workbook; each argument replaces one part."""
    texts = list(texts)
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    short = strings_part.removeprefix("xl/")
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            f'<Types xmlns="{CT}">'
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
        "xl/workbook.xml": workbook or workbook_xml(),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="{short}"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet or sheet_xml(HEADER_ROW + ACCOUNT_ROW),
        strings_part: f'<sst xmlns="{MAIN}" count="{len(texts)}">{items}</sst>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def wide_row(cells: int, first_column: int = 201) -> bytes:
    """Row 3 holding ``cells`` numeric cells from ``first_column`` on (no reference after the
    first: each cell is the next column, as the format allows), values varied."""
    letters = ""
    number = first_column
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    noise = random.Random(cells)  # varied values: it must pass the zip-bomb ratio check
    values = b"".join(b"<c><v>%d</v></c>" % noise.getrandbits(20) for _ in range(cells - 1))
    return f'<row r="3"><c r="{letters}3"><v>1</v></c>'.encode() + values + b"</row>"
