"""Issue 18, case 13: one row of 9 million cells beyond column 200 (14 MB, under the ratio
limit) took 16–21 s: openpyxl parses a sheet without ``<dimension>`` whole when it opens it,
and every cell reached Python although only 200 columns are read. A row longer than Excel
allows (16,384 cells) is refused by the zip pre-check (C-level byte counts, before openpyxl),
and by the streaming reader as soon as it meets one."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.hostile_xlsx import ACCOUNT_ROW, HEADER_ROW, build, sheet_xml, wide_row
from helpers.reliability import vigie

from wizard.importers.sources import read_source
from wizard.sessions.session import Session
from wizard.sessions.store import save_session


def test_a_row_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    session = tmp_path / "audit.vigie"
    save_session(Session.new(), session)
    source = tmp_path / "wide.xlsx"
    source.write_bytes(build(sheet=sheet_xml(HEADER_ROW.encode() + wide_row(200_000))))
    done = vigie("import-accounts", str(session), str(source))
    assert done.returncode == 1
    assert "a row of xl/worksheets/sheet1.xml holds" in done.stderr
    assert "more than Excel's 16,384" in done.stderr


def test_the_reader_refuses_such_a_row_too(tmp_path: Path) -> None:
    """Second line of defence, when the pre-check cannot see the cells (a prefixed tag)."""
    from openpyxl import load_workbook

    from wizard.xlsx.stream import RowTooLong, iter_rows

    source = tmp_path / "wide.xlsx"
    source.write_bytes(build(sheet=sheet_xml(HEADER_ROW.encode() + wide_row(20_000))))
    book = load_workbook(source, read_only=True)
    try:
        with pytest.raises(RowTooLong):
            list(iter_rows(book, book.worksheets[0], 1, 100, 200))
    finally:
        book.close()


def test_cells_beyond_the_useful_columns_are_still_ignored_when_legal(tmp_path: Path) -> None:
    source = tmp_path / "wide_ok.xlsx"
    rows = HEADER_ROW.encode() + ACCOUNT_ROW.encode() + wide_row(1_000)
    source.write_bytes(build(sheet=sheet_xml(rows)))
    table = read_source(source)
    assert [number for number, _ in table.rows] == [1, 2]


def test_an_xlsx_renamed_xls_is_read_as_the_docs_say(tmp_path: Path) -> None:
    """Also found: openpyxl refused the ``.xls`` name ("use xlrd") before looking inside."""
    source = tmp_path / "renamed.xls"
    source.write_bytes(build())
    table = read_source(source)
    assert [number for number, _ in table.rows] == [1, 2]
