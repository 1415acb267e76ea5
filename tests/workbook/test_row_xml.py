"""Rows written as text (wizard.workbook.row_xml): the same bytes openpyxl's own serialiser
writes, hostile text included, and openpyxl's serialiser no longer runs for the export's rows."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers.hostile_text import HOSTILE, hostile_accounts
from helpers.reliability import vigie
from helpers.sample import generated_audit
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.worksheet._writer import WorksheetWriter

from wizard.audit.model import Audit
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import build_workbook, cells, styles
from wizard.workbook import openpyxl_internals as internals
from wizard.workbook.cells import (
    StreamColumn,
    internal_link,
    write_formula,
    write_text,
    write_value,
)
from wizard.workbook.memory import keep_in_memory
from wizard.workbook.sheet import Sheet
from wizard.workbook.writer import save_atomic

EXPORTED_AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _hostile_audit() -> Audit:
    audit = generated_audit(30, seed=3)
    audit.accounts.extend(hostile_accounts())
    return audit


@pytest.fixture
def openpyxl_rows() -> Iterator[None]:
    """Rows through openpyxl's own serialiser, every other shortcut still on."""
    internals.use_row_text(False)
    yield
    internals.use_row_text(True)


def _parts(path: Path) -> dict[str, bytes]:
    """Every part of the archive, the save time left out."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def _both_ways(
    write: Callable[[Path], None], tmp_path: Path
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    internals.use_row_text(False)
    try:
        write(tmp_path / "openpyxl.xlsx")
    finally:
        internals.use_row_text(True)
    write(tmp_path / "text.xlsx")
    return _parts(tmp_path / "openpyxl.xlsx"), _parts(tmp_path / "text.xlsx")


def _hostile_sheet(path: Path, in_memory: bool = False) -> None:
    """Every kind of cell the export writes, with hostile text, in one write-only sheet."""
    book = Workbook(write_only=True)
    styles.register(book)
    ws = book.create_sheet("Hostile")
    if in_memory:
        keep_in_memory(ws)
    sheet = Sheet(ws)
    # columns of streamed rows, as the inventory writes them (styled before the first row)
    text = StreamColumn(sheet, 1, styles.WRAP, column_style=True)
    url = StreamColumn(sheet, 2, styles.TEXT, styles.LINK)
    when = StreamColumn(sheet, 3, styles.DATE)
    count = StreamColumn(sheet, 4, styles.NUMBER)
    for row, text_value in enumerate(HOSTILE, start=1):
        write_text(sheet, text_value, row=row, column=1, style=styles.WRAP)
        write_text(sheet, text_value, row=row, column=3)  # no style
    sheet.row_dimensions[2].height = 45
    write_text(sheet, "", row=1, column=5, style=styles.TEXT)  # styled, empty
    write_text(sheet, None, row=2, column=5)  # nothing at all
    write_value(sheet, 0, row=1, column=6, style=styles.NUMBER)
    write_value(sheet, -12.5, row=2, column=6, style=styles.DECIMAL)
    write_value(sheet, 10**20, row=3, column=6)
    write_value(sheet, 1 / 3, row=4, column=6, style=styles.PERCENT)
    write_value(sheet, float("nan"), row=5, column=6)
    write_value(sheet, True, row=6, column=6)
    write_value(sheet, False, row=7, column=6)
    write_value(sheet, date(1900, 2, 28), row=8, column=6, style=styles.DATE)
    write_value(sheet, date(2026, 3, 1), row=9, column=6, style=styles.DATE)
    write_value(sheet, datetime(2026, 3, 1, 13, 45, 30), row=10, column=6, style=styles.DATETIME)
    write_formula(sheet, '=IF(A1<>"",LEN(A1)&" <chars>",0)', row=11, column=6)
    write_formula(sheet, "=SUM(F1:F4)", row=12, column=6, style=styles.SCORE)
    internal_link(write_text(sheet, "go & see", row=13, column=6), "'Other <sheet>'!A1")
    sheet.flush()
    links = ["https://example.org/?a=1&b=<2>", "javascript:alert(1)", "", "http://x.y/ z"]
    for index, value in enumerate([*HOSTILE, "", None]):
        row = len(HOSTILE) + 1 + index
        cells = [
            text.text(value),
            url.url(links[index % len(links)]),
            when.value(date(2020, 1, 1 + index % 28) if index % 3 else None),
            count.value(index if index % 2 else None),
        ]
        sheet.stream(row, cells)
    save_atomic(book, path)


def test_hostile_rows_are_the_bytes_openpyxl_writes(tmp_path: Path) -> None:
    through_openpyxl, as_text = _both_ways(_hostile_sheet, tmp_path)
    assert as_text == through_openpyxl


def test_hostile_rows_kept_in_memory_are_the_bytes_openpyxl_writes(tmp_path: Path) -> None:
    """The encrypted export's sheets write to memory: the same text goes there."""
    through_openpyxl, as_text = _both_ways(lambda p: _hostile_sheet(p, True), tmp_path)
    assert as_text == through_openpyxl


def test_hostile_text_reads_back_as_the_same_literal_text(tmp_path: Path) -> None:
    _hostile_sheet(tmp_path / "text.xlsx")
    ws = load_workbook(tmp_path / "text.xlsx")["Hostile"]
    read = [(ws.cell(row, 1).value, ws.cell(row, 1).data_type) for row in range(1, 20)]
    # XML turns a bare carriage return into a line feed when read, as openpyxl's writer does
    expected = [(t.replace("\r", "\n"), "s") for t in HOSTILE]
    assert read == expected


def test_risky_text_stays_quoted_text(tmp_path: Path) -> None:
    _hostile_sheet(tmp_path / "text.xlsx")
    ws = load_workbook(tmp_path / "text.xlsx")["Hostile"]
    quoted = {ws.cell(row, 1).value for row in range(1, 20) if ws.cell(row, 1).quotePrefix}
    assert quoted == {'=HYPERLINK("http://x")', "+33 1 23 45 67 89", "-12", "@handle"} | {
        "#N/A",
        " =1+1",
    }


def _fallback_rows(path: Path) -> None:
    """Cells the text writer leaves to openpyxl: a comment, rich text."""
    book = Workbook(write_only=True)
    sheet = Sheet(book.create_sheet("Rare"))
    write_text(sheet, "before", row=1, column=1)
    noted = write_text(sheet, "noted", row=2, column=2)
    noted.comment = Comment("a < b & c", "Vigie")
    rich = sheet.cell(row=3, column=1)
    rich.value = CellRichText("plain ", TextBlock(InlineFont(b=True), "bold & <b>"))
    write_text(sheet, "after", row=4, column=1)
    sheet.flush()
    book.save(path)


def test_a_row_the_text_writer_does_not_mirror_is_left_to_openpyxl(tmp_path: Path) -> None:
    through_openpyxl, as_text = _both_ways(_fallback_rows, tmp_path)
    assert as_text == through_openpyxl


def test_the_exported_workbook_is_the_bytes_openpyxl_writes(tmp_path: Path) -> None:
    audit = _hostile_audit()

    def write(path: Path) -> None:
        build_workbook(audit, "fr", exported_at=EXPORTED_AT).save(path)

    through_openpyxl, as_text = _both_ways(write, tmp_path)
    assert as_text == through_openpyxl


def _rows_openpyxl_writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The numbers of the rows openpyxl's own writer writes from now on."""
    rows: list[int] = []
    original = WorksheetWriter.write_row

    def counted(self: WorksheetWriter, xf: Any, row: Any, row_idx: int) -> None:
        rows.append(row_idx)
        original(self, xf, row, row_idx)

    monkeypatch.setattr(WorksheetWriter, "write_row", counted)
    return rows


def test_openpyxl_serialises_none_of_the_exported_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work this saves: openpyxl's element-by-element writer is not called for a row."""
    rows = _rows_openpyxl_writes(monkeypatch)
    build_workbook(_hostile_audit(), "en", exported_at=EXPORTED_AT).save(tmp_path / "a.xlsx")
    assert rows == []


def test_openpyxl_rows_are_counted_when_the_text_writer_is_off(
    tmp_path, monkeypatch, openpyxl_rows
):
    """The counting above sees openpyxl's writer when it runs (the test can fail)."""
    rows = _rows_openpyxl_writes(monkeypatch)
    audit = _hostile_audit()
    build_workbook(audit, "en", exported_at=EXPORTED_AT).save(tmp_path / "a.xlsx")
    assert len(rows) > len(audit.accounts)


def _filled_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Text values stored in a cell object, and accounts, for one export."""
    filled: list[str] = []
    original = internals.set_text

    def counted(cell: Any, value: str, checked: bool) -> None:
        filled.append(value)
        original(cell, value, checked)

    monkeypatch.setattr(internals, "set_text", counted)
    audit = _hostile_audit()
    build_workbook(audit, "en", exported_at=EXPORTED_AT).save(tmp_path / "a.xlsx")
    return len(filled), len(audit.accounts)


def test_streamed_columns_fill_no_cell_per_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inventory's values go straight to text, not through a reused cell object."""
    filled, _accounts = _filled_cells(tmp_path, monkeypatch)
    assert filled == 0


def test_streamed_columns_fill_cells_when_rows_go_through_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, openpyxl_rows: None
) -> None:
    filled, accounts = _filled_cells(tmp_path, monkeypatch)
    assert filled > accounts


def test_a_repeated_column_checks_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropdown labels and yes/no repeat on every row: checked and turned into text once,
    the same text as a column that does it on every row."""
    checked: list[str] = []
    original = cells.needs_quote_prefix

    def counted(value: str) -> bool:
        checked.append(value)
        return original(value)

    monkeypatch.setattr(cells, "needs_quote_prefix", counted)
    book = Workbook(write_only=True)
    styles.register(book)
    sheet = Sheet(book.create_sheet("Labels"))
    repeated = StreamColumn(sheet, 1, styles.WRAP, repeated=True)
    every_row = StreamColumn(sheet, 1, styles.WRAP)
    texts = ["Oui", "Non", "=risky", "Oui & non <b>"] * 25
    pieces = [repeated.text(text) for text in texts]
    assert sorted(checked) == sorted(set(texts))
    assert pieces == [every_row.text(text) for text in texts]


def _inventory(path: Path) -> list[tuple[object, ...]]:
    ws = load_workbook(path, read_only=True)["Inventory"]
    return [row[1:] for row in ws.iter_rows(min_row=4, values_only=True)]  # ids are random


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")
        )


def test_with_lxml_asked_for_openpyxl_writes_the_rows_itself(tmp_path: Path) -> None:
    """OPENPYXL_LXML=True (the override wizard/__init__.py leaves open): lxml's stream takes no
    text as it is, so the rows go through openpyxl's own writer, with the same values."""
    session = tmp_path / "hostile.vigie"
    save_session(Session(audit=_hostile_audit()), session)
    default = vigie("export", str(session), "-o", str(tmp_path / "default.xlsx"), "--lang", "en")
    lxml = vigie(
        "export", str(session), "-o", str(tmp_path / "lxml.xlsx"), "--lang", "en",
        env={"OPENPYXL_LXML": "True"},
    )  # fmt: skip
    assert (default.returncode, lxml.returncode) == (0, 0), lxml.stderr
    assert _inventory(tmp_path / "lxml.xlsx") == _inventory(tmp_path / "default.xlsx")
    blanks = '<t xml:space="preserve">   </t>'  # lxml keeps all-blank text, openpyxl's stdlib not
    assert blanks in _sheet_xml(tmp_path / "lxml.xlsx")
    assert blanks not in _sheet_xml(tmp_path / "default.xlsx")
