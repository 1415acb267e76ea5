"""The inventory's discovery columns: "Linked from the official site" and the linking page,
in both languages, off the printed band, and never editable through a returned workbook."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.workbook import export, inventory_values, load

from wizard.audit import labels
from wizard.audit.model import Account, Audit, Discovery
from wizard.bank.framework import default_bank
from wizard.returned.fields import READ_ONLY_INVENTORY
from wizard.workbook import inventory as inv


def _audit() -> Audit:
    audit = Audit(framework=default_bank())
    audit.accounts = [
        Account(
            platform="instagram",
            handle="coop",
            official_link=True,
            official_link_source="https://www.coop.example/contact.html",
        ),
        Account(platform="tiktok", handle="coop_officiel", official_link=False),
        Account(platform="x", handle="new"),
    ]
    audit.discovery = Discovery(when=datetime(2026, 12, 1, tzinfo=UTC), pages=5)
    return audit


@pytest.mark.parametrize(
    ("lang", "sheet", "headers", "words"),
    [
        ("fr", "Inventaire", ("Lié depuis le site officiel", "Page qui le lie"), ("Oui", "Non")),
        ("en", "Inventory", ("Linked from the official site", "Linking page"), ("Yes", "No")),
    ],
)
def test_columns_say_linked_and_where(tmp_path: Path, lang, sheet, headers, words) -> None:
    book = load(export(_audit(), tmp_path, lang))
    ws = book[sheet]
    row = inv.HEADER_ROW
    assert ws[f"{inv.letter('official_link')}{row}"].value == headers[0]
    assert ws[f"{inv.letter('official_link_source')}{row}"].value == headers[1]
    unchecked = labels.bool_label(None, lang)  # not checked: as every yes/no column says it
    assert inventory_values(book, "official_link", sheet) == [words[0], words[1], unchecked]
    sources = inventory_values(book, "official_link_source", sheet)
    assert sources == ["https://www.coop.example/contact.html", None, None]
    cell = ws[f"{inv.letter('official_link_source')}{inv.FIRST_ROW}"]
    assert cell.hyperlink is not None
    assert cell.hyperlink.target == sources[0]


def test_the_printed_band_is_unchanged() -> None:
    printed = [c.key for c in inv.COLUMNS[: [c.key for c in inv.COLUMNS].index(inv.PRINTED_LAST)]]
    assert "official_link" not in printed
    assert "official_link_source" not in printed


def test_a_returned_workbook_cannot_change_what_a_discovery_recorded() -> None:
    assert {"official_link", "official_link_source"} <= READ_ONLY_INVENTORY
