"""Issue 18, "also found": a plain list of URLs whose URLs hold ``,`` or ``;`` was taken for
a CSV (its "header" a URL, its rows cut at the commas). A first line that is an address
makes the file a list."""

from __future__ import annotations

from pathlib import Path

from wizard.importers.sources import read_source


def test_urls_with_commas_and_semicolons_are_a_list(tmp_path: Path) -> None:
    source = tmp_path / "urls.txt"
    urls = [
        "https://www.facebook.com/profile.php?id=100,200",
        "https://x.com/ville;mobile",
        "https://www.instagram.com/ville/?a=1,2",
    ]
    source.write_text("\n".join(urls) + "\n", encoding="utf-8")
    table = read_source(source)
    assert table.kind == "list"
    assert [cells[0] for _, cells in table.rows] == urls


def test_a_csv_with_a_header_is_still_a_csv(tmp_path: Path) -> None:
    source = tmp_path / "accounts.csv"
    source.write_text("Plateforme;Lien\nFacebook;https://www.facebook.com/ville\n")
    table = read_source(source)
    assert table.kind == "csv"
    assert table.separator == ";"
