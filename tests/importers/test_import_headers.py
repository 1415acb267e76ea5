"""Header names in French and English, and the header row found under a title block."""

from __future__ import annotations

import pytest

from wizard.importers.headers import (
    FIELDS,
    IGNORE,
    SECRET,
    find_header_row,
    match_header,
    suggest_mapping,
)
from wizard.workbook.inventory import COLUMNS
from wizard.workbook.strings import inventory_header, text


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Plateforme", "platform"), ("PLATFORM", "platform"), ("Réseau", "platform"),
        ("Network", "platform"), ("Social NETWORK", "platform"),
        ("Compte", "handle"), ("Identifiant", "handle"), ("Handle", "handle"),
        ("User name", "handle"), ("Username", "handle"),
        ("URL", "url"), ("Lien", "url"), ("Adresse", "url"), ("Link", "url"),
        ("Lien vers le compte", "url"), ("URL du compte", "url"), ("Profile URL", "url"),
        ("Responsable", "owner"), ("Owner", "owner"), ("Responsable du compte", "owner"),
        ("Abonnés", "followers"), ("Followers", "followers"), ("# Followers", "followers"),
        ("Nombre d'abonnés (mars 2024)", "followers"),
        ("Dernière publication", "last_post"), ("Last post", "last_post"),
        ("Last Post Date", "last_post"),
        ("Statut", "status"), ("Status", "status"),
        ("Date de création du compte", "created"),
        ("Nom du compte", "display_name"),
        ("Commentaires", "notes"),
        ("Mot de passe", SECRET), ("Password", SECRET), ("Codes de secours", SECRET),
        ("Identifiants conservés", "credentials"),
    ],
)  # fmt: skip
def test_french_and_english_variants(header, field):
    assert match_header(header) == field


def test_every_export_column_is_recognised_in_both_languages():
    """The project's own Inventory sheet must re-import: headers come from its strings."""
    for column in COLUMNS:
        for lang in ("fr", "en"):
            if column.key in ("id", "problems"):
                assert match_header(text(column.key, lang)) == IGNORE
            elif column.key in (
                "evidence",
                "followers_change",
                "official_link",  # what a discovery recorded is not a list's to say
                "official_link_source",
            ):
                assert match_header(inventory_header(column.key, lang)) == IGNORE
            else:
                assert match_header(inventory_header(column.key, lang)) == column.key
                assert column.key in FIELDS


def test_unknown_and_repeated_columns_are_reported():
    mapping = suggest_mapping(["Réseau", "Lien", "Budget", "URL", "", "Mot de passe"])
    assert mapping.fields == {0: "platform", 1: "url"}
    assert mapping.unknown == [2]
    assert mapping.ignored == [3]
    assert mapping.secret == [5]


def test_header_row_found_under_a_title_block():
    rows = [
        ("Inventaire des comptes — Ville de Saint-Exemple", None, None),
        ("Préparé par la Direction des communications", None, None),
        ("Plateforme", "Lien", "Abonnés"),
        ("Facebook", "https://facebook.com/ville", "1 200"),
    ]
    assert find_header_row(rows) == 2


def test_one_column_list_headed_url_has_a_header():
    assert find_header_row([("URL",), ("https://x.com/a",)]) == 0
    assert find_header_row([("https://x.com/a",), ("https://x.com/b",)]) is None
