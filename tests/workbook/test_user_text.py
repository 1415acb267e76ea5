"""User text is text (docs/reliability.md cases 1, 2, 5, 6, 8): never a formula, never an error,
never a sheet or table name, identical when read back by openpyxl and by LibreOffice."""

from __future__ import annotations

import pytest
from helpers.libreoffice import sheets_as_csv
from helpers.workbook import export, inventory_values, load
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from wizard.audit.model import Account, Action, new_audit
from wizard.audit.text import EXCEL_CELL_LIMIT, check_text
from wizard.workbook import inventory as inv
from wizard.workbook import strings
from wizard.workbook.cells import HYPERLINK_LIMIT

RISKY = [
    '=HYPERLINK("http://evil.example","click")',
    "=cmd|' /C calc'!A0",
    "@SUM(A1:A3)",
    "+1",
    "-1",
    "\t=1+1",
    "=1+1",
    "#N/A",
    "#REF!",
    "#DIV/0!",
    " -2",
]


def _audit_with_notes(notes: list[str], org: str = "Org"):
    audit = new_audit()
    audit.engagement.organisation.name = org
    audit.accounts = [Account(handle=f"h{i}", notes=n) for i, n in enumerate(notes)]
    return audit


@pytest.mark.parametrize("text", RISKY)
def test_risky_text_is_a_literal_text_cell(tmp_path, text):
    """Cases 1 and 2: formulas and error values stay text, marked quotePrefix."""
    book = load(export(_audit_with_notes([text]), tmp_path, "en"))
    ws = book[strings.sheet_name("inventory", "en")]
    cell = ws[f"{inv.letter('notes')}{inv.FIRST_ROW}"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix


def test_crlf_in_notes_is_normalised_and_stable(tmp_path):
    """Case 5: CRLF becomes LF at input; the exported cell round-trips unchanged."""
    audit = _audit_with_notes(["line 1\r\nline 2\rline 3"])
    assert audit.accounts[0].notes == "line 1\nline 2\nline 3"
    book = load(export(audit, tmp_path))
    assert inventory_values(book, "notes", strings.sheet_name("inventory", "fr")) == [
        "line 1\nline 2\nline 3"
    ]


@pytest.mark.parametrize("name", ["Ville [Québec]: *?/\\", "History", "x" * 200, "=A1"])
def test_sheet_and_table_names_never_come_from_user_text(tmp_path, name):
    """Case 6."""
    book = load(export(_audit_with_notes(["n"], org=name), tmp_path))
    titles = [ws.title for ws in book.worksheets]
    assert titles == [*strings.sheet_names("fr"), strings.LISTS_SHEET, strings.META_SHEET]
    tables = {t for ws in book.worksheets for t in ws.tables}
    assert tables == {"tblInventory", "tblLegal", "tblRisks", "tblActions", "tblEvidence"}
    cover = book[strings.sheet_name("cover", "fr")]
    assert cover["B3"].value == name
    assert cover["B3"].data_type == "s"


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/page", True),
        ("http://example.org/" + "a" * (HYPERLINK_LIMIT - 19), True),
        ("https://example.org/" + "a" * HYPERLINK_LIMIT, False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("ftp://example.org/x", False),
        ('=HYPERLINK("http://x")', False),
    ],
)
def test_only_short_http_urls_become_links(tmp_path, url, linked):
    """Case 8."""
    audit = new_audit()
    audit.accounts = [Account(handle="h", url=url)]
    book = load(export(audit, tmp_path))
    ws = book[strings.sheet_name("inventory", "fr")]
    cell = ws[f"{inv.letter('url')}{inv.FIRST_ROW}"]
    assert cell.value == url
    assert cell.data_type == "s"
    assert (cell.hyperlink is not None) == linked


def _valid(text: str) -> bool:
    try:
        return check_text(text, limit=EXCEL_CELL_LIMIT, multiline=True) == text
    except ValueError:
        return False


model_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60
).filter(_valid)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(model_text, min_size=1, max_size=8))
def test_any_model_valid_text_round_trips_through_openpyxl(tmp_path_factory, texts):
    path = export(_audit_with_notes(texts), tmp_path_factory.mktemp("rt"))
    book = load_workbook(path)
    assert inventory_values(book, "notes", strings.sheet_name("inventory", "fr")) == texts


@pytest.mark.libreoffice
@settings(max_examples=1, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(model_text, min_size=30, max_size=30))
def test_model_valid_text_round_trips_through_libreoffice(tmp_path_factory, texts):
    """30 generated strings plus the risky ones in one workbook, converted once to CSV."""
    from helpers.libreoffice import find_soffice

    soffice = find_soffice()
    texts = texts + RISKY
    folder = tmp_path_factory.mktemp("lo")
    path = export(_audit_with_notes(texts), folder)
    rows = sheets_as_csv(soffice, path, folder)[strings.sheet_name("inventory", "fr")]
    col = inv.COLUMNS.index(next(c for c in inv.COLUMNS if c.key == "notes"))
    got = [row[col] for row in rows[inv.HEADER_ROW :]]
    assert got == texts


@pytest.mark.parametrize("detail", ["\n", "  ", "\n\n  \n"])
def test_an_actions_blank_detail_is_written_as_typed(tmp_path, detail):
    """Found by tests/reliability/test_properties.py: a detail of blank lines only was
    dropped from the plan's Action cell."""
    audit = new_audit()
    audit.actions = [Action(title="0", detail=detail)]
    path = export(audit, tmp_path)
    cells = {c.value for ws in load(path).worksheets for row in ws.iter_rows() for c in row}
    assert f"0\n{detail}" in cells
