"""Hostile and careless sources: every limit is a warning naming the file (or a one-line
refusal for a source given by name), the scan stays bounded, and what was read is kept."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from wizard.discovery import DiscoveryCancelled, DiscoveryError, scan
from wizard.discovery import scanner as scan_module
from wizard.discovery import walk as walk_module

FB = '<a href="https://www.facebook.com/coopboreale">Facebook</a>'


def _page(folder: Path, name: str, body: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return path


def test_a_page_over_the_size_cap_is_skipped_by_name(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scan_module, "MAX_PAGE_BYTES", 1000)
    _page(tmp_path, "big.html", FB + " " * 2000)
    _page(tmp_path, "small.html", '<a href="https://www.instagram.com/coopboreale/">IG</a>')
    result = scan([tmp_path])
    assert set(result.accounts) == {"instagram:coopboreale"}
    [warning] = result.warnings
    assert "big.html" in warning
    assert "not read (limit 1,000 bytes per page)" in warning


def test_a_named_source_over_its_cap_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scan_module, "MAX_PAGE_BYTES", 1000)
    path = _page(tmp_path, "big.html", FB + " " * 2000)
    with pytest.raises(DiscoveryError, match=r"big.html: 2,\d+ bytes, over the 1,000-byte limit"):
        scan([path])


def test_the_total_cap_stops_the_scan_and_keeps_what_was_read(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(scan_module, "MAX_TOTAL_BYTES", 250)
    for i in range(5):
        _page(tmp_path, f"p{i}.html", f'<a href="https://www.instagram.com/acct{i}/">x</a>' * 2)
    result = scan([tmp_path])
    assert result.stopped
    assert 1 <= result.pages < 5
    assert set(result.accounts) == {f"instagram:acct{i}" for i in range(result.pages)}
    assert any("total read limit" in w and f"p{result.pages}.html" in w for w in result.warnings)


def test_thousands_of_files_are_capped_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scan_module, "MAX_PAGES", 100)
    for i in range(150):
        _page(tmp_path, f"page{i:04d}.html", FB)
    result = scan([tmp_path])
    assert result.pages == 100
    assert any("only the first 100 are read" in w and "page0100.html" in w for w in result.warnings)


def test_a_folder_walk_stops_after_its_entry_cap(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(walk_module, "MAX_ENTRIES", 20)
    for i in range(30):
        _page(tmp_path, f"x{i:02d}.txt", "not a page")
    _page(tmp_path, "zz.html", FB)
    result = scan([tmp_path])
    assert result.pages == 0
    assert any("more than 20 files and folders walked" in w for w in result.warnings)


def test_malformed_html_keeps_every_link_it_can_read(tmp_path: Path) -> None:
    broken = (
        "<html><body><div><p><a href='https://www.instagram.com/coopboreale/'>IG<a "
        'href="https://www.facebook.com/coopboreale">FB</p></div><a href="https://x.com/'
        'coopboreale">X <b><i>unclosed<script>if (a < b) {}</scr<!-- <a href=x'
        "\x00\x01</html><<<>>>&&&;"
    )
    path = _page(tmp_path, "broken.html", broken)
    result = scan([path])
    assert {"instagram:coopboreale", "facebook:coopboreale", "x:coopboreale"} <= set(
        result.accounts
    )


def test_a_huge_page_of_links_is_capped_with_a_warning(tmp_path: Path, monkeypatch) -> None:
    from wizard.discovery import links

    monkeypatch.setattr(links, "MAX_LINKS_PER_PAGE", 50)
    monkeypatch.setattr(scan_module, "MAX_LINKS_PER_PAGE", 50)
    body = "".join(f'<a href="https://www.instagram.com/a{i}/">{i}</a>' for i in range(200))
    path = _page(tmp_path, "links.html", body)
    result = scan([path])
    assert len(result.accounts) == 50
    assert any("links.html: more than 50 links" in w for w in result.warnings)


def test_javascript_data_and_mail_links_are_dropped(tmp_path: Path) -> None:
    body = (
        "<a href=\"javascript:location='https://www.instagram.com/evil/'\">js</a>"
        '<a href=" JavaScript:void(0)">js</a>'
        '<a href="data:text/html,<a href=https://www.instagram.com/evil2/>">data</a>'
        '<a href="vbscript:msgbox(1)">vb</a>'
        '<a href="mailto:x@coop-boreale.example">mail</a>' + FB
    )
    result = scan([_page(tmp_path, "js.html", body)])
    assert set(result.accounts) == {"facebook:coopboreale"}
    assert result.dropped_links == 5


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom8.html", b"\xef\xbb\xbf" + "<a href='https://x.com/coop'>Boréale</a>".encode()),
        ("bom16.html", "\ufeff<a href='https://x.com/coop'>Boréale</a>".encode("utf-16-le")),
        (
            "meta.html",
            '<meta charset="iso-8859-1"><a href="https://x.com/coop">Boréale</a>'.encode("latin-1"),
        ),
    ],
)
def test_non_utf8_pages_are_read_by_their_bom_or_charset(tmp_path, name, data) -> None:
    result = scan([_page(tmp_path, name, data)])
    assert result.warnings == []
    assert result.accounts["x:coop"].first.text == "Boréale"


def test_an_undeclared_legacy_page_is_read_as_cp1252_with_a_warning(tmp_path: Path) -> None:
    data = "<a href='https://x.com/coop'>Boréale – été</a>".encode("cp1252")
    result = scan([_page(tmp_path, "old.html", data)])
    assert result.accounts["x:coop"].first.text == "Boréale – été"
    [warning] = result.warnings
    assert "old.html: neither UTF-8 nor the declared encoding" in warning


def test_a_wrong_charset_declaration_falls_back_to_utf8(tmp_path: Path) -> None:
    data = '<meta charset="no-such-codec"><a href="https://x.com/coop">été</a>'.encode()
    result = scan([_page(tmp_path, "bad-charset.html", data)])
    assert result.accounts["x:coop"].first.text == "été"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_a_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _page(site, "index.html", FB)
    os.symlink(site, site / "loop")
    os.symlink(tmp_path, site / "up")
    result = scan([site])
    assert result.pages == 1
    assert sum("symbolic link to a folder, not followed" in w for w in result.warnings) == 2


def test_deeply_nested_folders_stop_at_the_depth_cap(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(walk_module, "MAX_DEPTH", 5)
    deep = tmp_path.joinpath(*[f"d{i}" for i in range(12)])
    _page(deep, "deep.html", FB)
    _page(tmp_path / "d0", "shallow.html", '<a href="https://x.com/coop">x</a>')
    result = scan([tmp_path])
    assert set(result.accounts) == {"x:coop"}
    assert any("nested more than 5 levels deep" in w for w in result.warnings)


def test_a_named_pipe_among_the_pages_is_skipped(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    _page(tmp_path, "ok.html", FB)
    os.mkfifo(tmp_path / "pipe.html")
    result = scan([tmp_path])  # must not hang on the pipe
    assert set(result.accounts) == {"facebook:coopboreale"}
    assert any("pipe.html: cannot be read" in w for w in result.warnings)


def test_a_sitemap_with_entities_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
        '"&lol;&lol;&lol;">]><urlset><url><loc>&lol2;</loc></url></urlset>'
    )
    path = _page(tmp_path, "sitemap.xml", bomb)
    with pytest.raises(DiscoveryError, match=r"sitemap\.xml: a DOCTYPE or entity declaration"):
        scan([path])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<urlset><url><loc>https://a.example/</loc>", "unreadable XML"),
        ("<html><body>not a sitemap</body></html>", "not a sitemap"),
    ],
)
def test_a_broken_or_foreign_sitemap_is_refused(tmp_path: Path, text, expected) -> None:
    with pytest.raises(DiscoveryError, match=expected):
        scan([_page(tmp_path, "sitemap.xml", text)])


def test_a_sitemap_never_reads_outside_its_folder(tmp_path: Path) -> None:
    _page(tmp_path, "secret.html", FB)
    site = tmp_path / "site"
    sitemap = (
        "<urlset><url><loc>https://a.example/../secret.html</loc></url>"
        "<url><loc>https://a.example/%2e%2e/secret.html</loc></url></urlset>"
    )
    result = scan([_page(site, "sitemap.xml", sitemap)])
    assert result.accounts == {}
    assert result.pages == 0


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("broken.har", "{not json", "broken.har: unreadable JSON"),
        ("other.har", '{"log": {}}', "other.har: not a HAR archive"),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "deep.json: unreadable JSON"),
        ("empty.json", '{"children": []}', "empty.json: not a bookmarks export"),
    ],
)
def test_broken_archives_are_refused_in_one_line(tmp_path: Path, name, text, expected) -> None:
    with pytest.raises(DiscoveryError) as caught:
        scan([_page(tmp_path, name, text)])
    assert expected in caught.value.reason
    assert "\n" not in caught.value.reason


def test_a_broken_json_ld_block_is_a_warning_and_the_page_still_counts(tmp_path: Path) -> None:
    body = '<script type="application/ld+json">{"sameAs": [</script>' + FB
    result = scan([_page(tmp_path, "ld.html", body)])
    assert set(result.accounts) == {"facebook:coopboreale"}
    assert any("ld.html: unreadable JSON-LD block" in w for w in result.warnings)


def test_control_characters_in_names_and_link_text_are_not_kept(tmp_path: Path) -> None:
    body = '<a href="https://x.com/coop">Bor\u0007éale\u202e \ud800 ok</a>'
    name = "evil\u001b[31m.html"
    result = scan([_page(tmp_path, name, body.encode("utf-8", "surrogatepass"))])
    sighting = result.accounts["x:coop"].first
    assert "\u0007" not in sighting.text
    assert "\u202e" not in sighting.text
    assert "\u001b" not in sighting.page


def test_cancel_stops_between_pages(tmp_path: Path) -> None:
    for i in range(5):
        _page(tmp_path, f"p{i}.html", FB)
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 2

    with pytest.raises(DiscoveryCancelled):
        scan([tmp_path], progress=lambda done, _label: seen.append(done), cancel=cancel)
    assert len(seen) == 2
