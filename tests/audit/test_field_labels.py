"""One table names an account's fields for every reader: both languages for every field,
and the workbook's Inventory headers, the comparison report and the import report read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from wizard.audit.field_labels import ACCOUNT_FIELDS, FORMER_HEADERS, field_label
from wizard.audit.model import Account
from wizard.demo import demo_session
from wizard.importers.headers import match_header
from wizard.workbook import export_workbook, strings


def test_every_field_of_an_account_has_a_label_in_french_and_in_english() -> None:
    for name in Account.model_fields:
        fr, en = field_label(name, "fr"), field_label(name, "en")
        assert fr.strip(), f"{name} has no French label"
        assert en.strip(), f"{name} has no English label"
        assert name in ACCOUNT_FIELDS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_fields_read_the_same(lang: str) -> None:
    labels = [field_label(name, lang) for name in ACCOUNT_FIELDS]
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_workbook_heads_the_inventory_with_the_same_words(lang: str, tmp_path: Path) -> None:
    book = load_workbook(export_workbook(demo_session(), tmp_path / "a.xlsx", lang=lang))
    sheet = book[strings.sheet_name("inventory", lang)]
    row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "id")
    headers = [sheet.cell(row, c).value for c in range(2, sheet.max_column + 1)]
    fields = [h for h in headers if h in {field_label(n, lang) for n in ACCOUNT_FIELDS}]
    assert len(fields) >= 30, headers
    for name in ("verified", "admin_count", "credentials", "platform", "engagement_rate"):
        assert field_label(name, lang) in headers


def test_headers_written_by_earlier_versions_are_still_read_on_import() -> None:
    for name, former in FORMER_HEADERS.items():
        for header in former:
            assert match_header(header) == name, header
