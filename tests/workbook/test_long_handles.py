"""Long handles (40 to 60 characters, no space) in the sheets that list accounts: the Risk
register's Accounts column, the Inventory's Handle column and the Evidence's "Linked to"
column list one account per line, are as wide as their longest handle up to a cap (the
width taken from prose columns, so the page keeps its print scale), and on paper a handle
within the cap prints whole, not cut mid-word."""

from __future__ import annotations

import pytest
from helpers.libreoffice import convert_many, find_soffice, printed_pages
from helpers.sample import long_handle_audit
from helpers.workbook import export, load
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from wizard.audit import model as m
from wizard.platforms import platform_name
from wizard.workbook import evidence, inventory, page, risks, strings


def _short_handles() -> m.Audit:
    audit = long_handle_audit()
    for i, account in enumerate(audit.accounts):
        account.handle = f"compte{i}"
    return audit


def _sheet(book: Workbook, key: str, lang: str) -> Worksheet:
    return book[strings.sheet_name(key, lang)]


def _width(ws: Worksheet, letter: str) -> float:
    return float(ws.column_dimensions[letter].width)


def _band(ws: Worksheet, first: str, last: str) -> float:
    start, end = (ord(c) - ord("A") + 1 for c in (first, last))
    return sum(_width(ws, get_column_letter(col)) for col in range(start, end + 1))


CASES = [
    # sheet, the column listing accounts, the widths by default, the printed band, donors
    ("risks", "J", risks.WIDTHS, ("B", "J"), risks.ACCOUNTS_DONORS),
    ("evidence", "D", evidence.WIDTHS, ("B", "I"), evidence.LINKED_DONORS),
]


@pytest.fixture(scope="module", params=["fr", "en"])
def books(request, tmp_path_factory) -> tuple[str, m.Audit, Workbook, Workbook]:
    lang = request.param
    tmp = tmp_path_factory.mktemp(f"handles-{lang}")
    (tmp / "long").mkdir()
    (tmp / "short").mkdir()
    audit = long_handle_audit()
    long_book = load(export(audit, tmp / "long", lang))
    short_book = load(export(_short_handles(), tmp / "short", lang))
    return lang, audit, long_book, short_book


def _lines(ws: Worksheet, column: str) -> list[str]:
    lines: list[str] = []
    for row in range(4, ws.max_row + 1):
        value = ws[f"{column}{row}"].value
        if isinstance(value, str):
            lines += value.split("\n")
    return lines


def test_the_risk_register_lists_one_account_per_line(books):
    lang, audit, book, _short = books
    ws = _sheet(book, "risks", lang)
    by_id = {a.id: a for a in audit.accounts}
    ordered = sorted(audit.risks, key=lambda r: -r.rating)
    for row, risk in enumerate(ordered, start=risks.HEADER_ROW + 1):
        lines = str(ws[f"J{row}"].value).split("\n")
        expected = [by_id[i] for i in risk.accounts]
        assert lines == [f"{a.handle} ({platform_name(a.platform, lang)})" for a in expected]


@pytest.mark.parametrize(("key", "column", "widths", "band", "donors"), CASES)
def test_a_column_listing_accounts_is_as_wide_as_its_longest_handle_up_to_a_cap(
    books, key, column, widths, band, donors
):
    lang, _audit, book, short_book = books
    ws, short = _sheet(book, key, lang), _sheet(short_book, key, lang)
    cap = widths[column] + sum(widths[c] - narrowest for c, narrowest in donors.items())
    longest = max(len(word) for line in _lines(ws, column) for word in line.split())
    assert _width(ws, column) == pytest.approx(min(page.width_for(longest), cap))
    assert _width(ws, column) > _width(short, column)
    # the width came from the prose columns: the printed band is as wide as with short
    # handles, so the sheet prints at the same scale
    assert _band(ws, *band) == pytest.approx(_band(short, *band))


def test_the_inventory_handle_column_fits_the_longest_handle_up_to_a_cap(books):
    lang, audit, book, short_book = books
    ws, short = _sheet(book, "inventory", lang), _sheet(short_book, "inventory", lang)
    handle, problems = inventory.letter("handle"), inventory.letter("problems")
    donors = inventory.HANDLE_DONORS.items()
    cap = _width(short, handle) + sum(
        _width(short, inventory.letter(key)) - narrowest for key, narrowest in donors
    )
    longest = max(len(a.handle) for a in audit.accounts)
    assert _width(ws, handle) == pytest.approx(min(page.width_for(longest), cap))
    assert _width(ws, handle) > page.width_for(45)
    assert _band(ws, "B", problems) == pytest.approx(_band(short, "B", problems))


@pytest.mark.libreoffice
def test_handles_within_the_cap_print_whole(tmp_path):
    """On LibreOffice's PDF, each handle of up to 45 characters is one word on the pages of
    the three sheets (before, a 40-character handle was cut in two or three)."""
    audit = long_handle_audit()
    path = export(audit, tmp_path, "en")
    convert_many(find_soffice(), [path], "pdf", tmp_path / "pdf", tmp_path / "profile")
    pages = printed_pages(tmp_path / "pdf" / f"{path.stem}.pdf", strings.sheet_names("en"))
    listed = {a.id for risk in audit.risks for a in audit.accounts if a.id in risk.accounts}
    linked = {a.id for a in audit.accounts if a.evidence}
    for key, shown in (
        ("inventory", {a.id for a in audit.accounts}),
        ("risks", listed),
        ("evidence", linked),
    ):
        sheet = strings.sheet_name(key, "en")
        words = {w for p in pages if p.sheet == sheet for w in p.words}
        for account in audit.accounts:
            if account.id in shown and len(account.handle) <= 45:
                assert account.handle in words, (key, account.handle)
