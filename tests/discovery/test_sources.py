"""Each kind of source discovery reads, on the fictional Coopérative Boréale's saved pages:
every account is found with the page and the words that link to it; share buttons, posts,
the site's own pages and a saved page's resource folder are not accounts."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from helpers.discovery import DATA, SITE

from wizard.discovery import DiscoveryError, scan
from wizard.messages import localise

CAMPAIGN = "https://www.coop-boreale.example/campagne/"
CONTACT = "https://www.coop-boreale.example/contact.html"
HOME = "https://www.coop-boreale.example/"

SITE_ACCOUNTS = {
    "facebook:coopboreale",
    "instagram:coopboreale",
    "linkedin:coop-boreale",
    "youtube:coopboreale",
    "x:coopboreale",
    "mastodon:coopboreale@mastodon.social",
    "threads:coopboreale",
    "instagram:fondationnordet",
    "instagram:forets.vivantes",
    "tiktok:foretsvivantes",
    "x:foretsvivantes",
    "linkedin_person:example-directrice",
}


def _where(result, key: str) -> set[tuple[str, str, str]]:
    return {(s.page, s.text, s.via) for s in result.accounts[key].sightings}


def test_a_folder_of_saved_pages_finds_every_account_with_its_page() -> None:
    result = scan([SITE])
    assert set(result.accounts) == SITE_ACCOUNTS
    assert result.pages == 5  # index_files/ (the saved page's widgets) is not read
    assert result.warnings == []
    assert (CAMPAIGN, "@forets.vivantes sur Instagram", "a") in _where(
        result, "instagram:forets.vivantes"
    )
    assert (CAMPAIGN, "TikTok", "a") in _where(result, "tiktok:foretsvivantes")
    assert (CONTACT, "Fondation Nordet", "a") in _where(result, "instagram:fondationnordet")


def test_each_kind_of_link_is_read() -> None:
    result = scan([SITE])
    assert (CONTACT, "", "rel-me") in _where(result, "mastodon:coopboreale@mastodon.social")
    assert (HOME, "sameAs", "json-ld") in _where(result, "youtube:coopboreale")
    assert (HOME, "twitter:site", "card") in _where(result, "x:coopboreale")
    assert (CAMPAIGN, "twitter:creator", "card") in _where(result, "x:foretsvivantes")
    # an icon link is named by its aria-label, an image link by its alt text
    assert (HOME, "Instagram", "a") in _where(result, "instagram:coopboreale")
    assert (HOME, "YouTube", "a") in _where(result, "youtube:coopboreale")


def test_share_buttons_posts_and_home_pages_are_not_accounts() -> None:
    result = scan([SITE])
    assert result.share_links == 8  # 4 share buttons on two pages
    assert result.dropped_links >= 5  # javascript:print() on each page, mailto:, tel:
    keys = " ".join(result.accounts)
    assert "sharer" not in keys
    assert "intent" not in keys
    assert "reseau_pub_nordique" not in keys  # inside index_files/, a saved widget


def test_the_account_is_canonical_as_import_makes_it() -> None:
    found = scan([SITE]).accounts["instagram:coopboreale"]
    assert found.url == "https://instagram.com/coopboreale"  # ?hl=fr dropped
    assert found.seen == 5  # the footer of four pages (not the microsite) and the JSON-LD


def test_one_saved_page() -> None:
    result = scan([SITE / "contact.html"])
    assert result.pages == 1
    assert "threads:coopboreale" in result.accounts
    assert result.accounts["threads:coopboreale"].first.page == CONTACT


def test_a_sitemap_reads_the_pages_saved_beside_it_and_names_the_missing_ones() -> None:
    result = scan([SITE / "sitemap.xml"])
    assert set(result.accounts) == SITE_ACCOUNTS
    assert result.pages == 5
    [warning] = result.warnings
    assert "sitemap.xml: 1 listed page is not saved beside it" in warning
    assert "emplois.html" in warning


def test_a_netscape_bookmarks_export() -> None:
    result = scan([DATA / "bookmarks.html"])
    assert set(result.accounts) == {"facebook:coopboreale", "flickr:coopboreale"}
    assert _where(result, "flickr:coopboreale") == {
        ("bookmarks.html", "Coop Boréale — Flickr", "a")
    }


def test_a_firefox_json_bookmarks_export() -> None:
    result = scan([DATA / "bookmarks.json"])
    assert set(result.accounts) == {"pinterest:coopboreale"}
    assert result.accounts["pinterest:coopboreale"].first.text == "Coop Boréale (Pinterest)"


def test_a_chrome_bookmarks_file(tmp_path: Path) -> None:
    chrome = {
        "roots": {
            "bookmark_bar": {
                "children": [
                    {
                        "name": "Boréale",
                        "type": "url",
                        "url": "https://www.instagram.com/coopboreale/",
                    }
                ],
                "type": "folder",
            },
            "other": {"children": [], "type": "folder"},
        },
        "version": 1,
    }
    path = tmp_path / "Bookmarks"
    path.write_text(json.dumps(chrome), encoding="utf-8")
    assert set(scan([path]).accounts) == {"instagram:coopboreale"}


def test_a_har_archive_reads_its_html_responses() -> None:
    result = scan([DATA / "visite.har"])
    boutique = "https://www.coop-boreale.example/boutique.html"
    assert (boutique, "Pinterest", "a") in _where(result, "pinterest:coopboreale")
    assert result.pages == 1


def test_a_har_archive_with_a_base64_body(tmp_path: Path) -> None:
    body = b'<a href="https://www.tiktok.com/@coopboreale">TikTok</a>'
    har = {
        "log": {
            "entries": [
                {
                    "request": {"url": "https://www.coop-boreale.example/"},
                    "response": {
                        "content": {
                            "mimeType": "text/html",
                            "encoding": "base64",
                            "text": base64.b64encode(body).decode(),
                        }
                    },
                }
            ]
        }
    }
    path = tmp_path / "b64.har"
    path.write_text(json.dumps(har), encoding="utf-8")
    assert set(scan([path]).accounts) == {"tiktok:coopboreale"}


def test_a_windows_1252_page_declared_in_its_head() -> None:
    result = scan([DATA / "ancien-site.html"])
    assert result.warnings == []
    assert result.accounts["facebook:coopboreale"].first.text == "notre page Facebook – Boréale"


def test_several_sources_at_once_merge_their_sightings() -> None:
    result = scan([SITE, DATA / "bookmarks.html", DATA / "bookmarks.json"])
    assert {"flickr:coopboreale", "pinterest:coopboreale"} <= set(result.accounts)
    pages = result.accounts["facebook:coopboreale"].pages
    assert "bookmarks.html" in pages
    assert HOME in pages


def test_a_page_given_twice_is_read_once() -> None:
    result = scan([SITE, SITE / "sitemap.xml"])
    assert result.pages == 5


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("archive.warc.gz", "WARC archives are not read"),
        ("archive.warc", "WARC archives are not read"),
        ("notes.docx", "not a web page"),
    ],
)
def test_sources_vigie_does_not_read_are_refused_by_name(tmp_path: Path, name, expected) -> None:
    path = tmp_path / name
    path.write_bytes(b"WARC/1.0\r\n")
    with pytest.raises(DiscoveryError) as caught:
        scan([path])
    assert expected in caught.value.reason
    assert name in caught.value.reason


def test_a_missing_source_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(DiscoveryError, match="nope: no such file or folder"):
        scan([SITE, tmp_path / "nope"])


def test_refusals_read_in_french(tmp_path: Path) -> None:
    with pytest.raises(DiscoveryError) as caught:
        scan([tmp_path / "nope.html"])
    french = localise(caught.value.reason, "fr")
    assert french.endswith("nope.html : fichier ou dossier introuvable")


def test_a_platform_home_page_is_not_an_account(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    page.write_text(
        '<a href="https://www.facebook.com/">Facebook</a><a href="https://twitter.com/#!/">X</a>'
        '<a href="https://www.instagram.com">Instagram</a>'
        '<a href="https://www.youtube.com/watch?v=abc">a video</a>',
        encoding="utf-8",
    )
    result = scan([page])
    assert result.accounts == {}
