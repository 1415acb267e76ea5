"""The links of one saved page, read with :mod:`html.parser`.

What an organisation's page says about its accounts is in a few places: ``<a href>`` (footer
icons, contact pages), ``<link rel="me">`` (the verification link Mastodon and others read),
JSON-LD ``sameAs`` (what search engines read), and the social card tags ``twitter:site`` /
``twitter:creator`` (an ``@handle``) and ``article:publisher`` / ``og:see_also``. Relative
addresses are resolved against ``<base href>``, else the page's own address when it has one
(a sitemap's or a HAR's page, or the "saved from url" comment browsers write). Only http(s)
addresses are kept: ``javascript:``, ``data:``, ``mailto:`` and the like are dropped and
counted. The parser is the standard library's: it never raises on malformed HTML, and the
number of links and the size of JSON-LD blocks are capped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit

from wizard.discovery.limits import MAX_JSON_LD, MAX_LINKS_PER_PAGE, MAX_TEXT

_CARD_HANDLES = frozenset({"twitter:site", "twitter:creator"})
_CARD_URLS = frozenset({"article:publisher", "article:author", "og:see_also"})
_SAVED_FROM = "saved from url="
_TEXT_TAGS = frozenset({"img", "svg", "span", "i"})


@dataclass(frozen=True)
class Link:
    """One address a page points to: absolute http(s), with the words that went with it."""

    url: str
    text: str
    via: str
    """``a``, ``rel-me``, ``json-ld``, ``card`` or ``bookmark``."""


@dataclass
class PageLinks:
    """What :func:`read_links` found in one page."""

    links: list[Link] = field(default_factory=list)
    address: str = ""
    """The page's own address (canonical link, ``og:url``, or the "saved from" comment)."""
    dropped: int = 0
    """Links that are not http(s): ``javascript:``, ``data:``, ``mailto:``…"""
    too_many: bool = False
    problems: list[str] = field(default_factory=list)
    """Why JSON-LD blocks could not be read."""
    broken: str = ""
    """What stopped the parser, if anything did (the links before it are kept)."""


def clean_text(text: str) -> str:
    """Link text fit to keep as evidence: one line, printable characters only, capped."""
    printable = "".join(c for c in text if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF)
    words = " ".join(printable.split())
    return words if len(words) <= MAX_TEXT else words[: MAX_TEXT - 1].rstrip() + "…"


class _LinkParser(HTMLParser):
    def __init__(self, address: str) -> None:
        super().__init__(convert_charrefs=True)
        self.found = PageLinks(address=address)
        self.base = address
        self._base_set = False
        self._anchor: tuple[str, list[str], str] | None = None
        self._json_ld: list[str] | None = None
        self._json_ld_size = 0

    # --- adding

    def _add(self, href: str, text: str, via: str) -> None:
        if self.found.too_many:
            return
        url = self._absolute(href)
        if url is None:
            return
        if len(self.found.links) >= MAX_LINKS_PER_PAGE:
            self.found.too_many = True
            return
        self.found.links.append(Link(url, clean_text(text), via))

    def _absolute(self, href: str) -> str | None:
        href = href.strip()
        if not href or href.startswith("#"):
            return None
        scheme = urlsplit(href).scheme.lower() if ":" in href.split("/", 1)[0] else ""
        if scheme and scheme not in ("http", "https"):
            self.found.dropped += 1
            return None
        if href.startswith("//"):
            return f"https:{href}"
        if scheme:
            return href
        if not self.base:
            return None  # a relative link of a page with no address: the site's own page
        resolved = urljoin(self.base, href)
        return resolved if urlsplit(resolved).scheme in ("http", "https") else None

    # --- parser callbacks

    def handle_comment(self, data: str) -> None:
        text = data.strip()
        if text.startswith(_SAVED_FROM) and not self.found.address:
            # "saved from url=(0033)https://www.example.org/page"
            url = text[len(_SAVED_FROM) :].split(")", 1)[-1].strip()
            if urlsplit(url).scheme in ("http", "https"):
                self.found.address = url
                if not self._base_set:
                    self.base = url

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag == "base" and values.get("href") and not self._base_set:
            resolved = self._absolute(values["href"])
            if resolved:
                self.base, self._base_set = resolved, True
        elif tag == "a":
            self._close_anchor()
            if values.get("href"):
                label = values.get("aria-label") or values.get("title") or ""
                self._anchor = (values["href"], [], label)
        elif tag == "link":
            self._link(values)
        elif tag == "meta":
            self._meta(values)
        elif tag == "script" and values.get("type", "").strip().lower() == "application/ld+json":
            self._json_ld, self._json_ld_size = [], 0
        elif tag in _TEXT_TAGS and self._anchor is not None:
            words = values.get("alt") or values.get("aria-label") or values.get("title")
            if words:
                self._anchor[1].append(f" {words} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._close_anchor()
        elif tag == "script" and self._json_ld is not None:
            self._read_json_ld("".join(self._json_ld))
            self._json_ld = None

    def handle_data(self, data: str) -> None:
        if self._json_ld is not None:
            self._json_ld_size += len(data)
            if self._json_ld_size <= MAX_JSON_LD:
                self._json_ld.append(data)
        elif self._anchor is not None and sum(map(len, self._anchor[1])) < MAX_TEXT * 4:
            self._anchor[1].append(data)

    def close(self) -> None:
        super().close()
        self._close_anchor()

    # --- tags

    def _close_anchor(self) -> None:
        if self._anchor is None:
            return
        href, parts, label = self._anchor
        self._anchor = None
        self._add(href, "".join(parts).strip() or label, "a")

    def _link(self, values: dict[str, str]) -> None:
        rels = values.get("rel", "").lower().split()
        href = values.get("href", "")
        if "canonical" in rels and href and not self.found.address:
            self.found.address = self._absolute(href) or ""
        if "me" in rels and href:
            self._add(href, values.get("title", ""), "rel-me")

    def _meta(self, values: dict[str, str]) -> None:
        name = (values.get("name") or values.get("property") or "").strip().lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if name == "og:url" and not self.found.address:
            self.found.address = self._absolute(content) or ""
        elif name in _CARD_HANDLES:
            handle = content.removeprefix("@")
            if "/" in handle or ":" in handle:
                self._add(content, name, "card")
            elif handle:
                self._add(f"https://x.com/{handle}", name, "card")
        elif name in _CARD_URLS:
            self._add(content, name, "card")

    def _read_json_ld(self, text: str) -> None:
        if self._json_ld_size > MAX_JSON_LD:
            self.found.problems.append(f"over {MAX_JSON_LD:,} characters")
            return
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            self.found.problems.append(str(exc).splitlines()[0][:120])
            return
        for url in _same_as(data):
            self._add(url, "sameAs", "json-ld")


def _same_as(data: Any, depth: int = 0) -> Iterator[str]:
    """Every ``sameAs`` address in a JSON-LD document (objects, lists, ``@graph``)."""
    if depth > 20:
        return
    if isinstance(data, list):
        for item in data[:10_000]:
            yield from _same_as(item, depth + 1)
    elif isinstance(data, dict):
        same = data.get("sameAs")
        for value in same if isinstance(same, list) else [same]:
            if isinstance(value, str):
                yield value
        for key, value in data.items():
            if key != "sameAs" and isinstance(value, dict | list):
                yield from _same_as(value, depth + 1)


def read_links(text: str, address: str = "") -> PageLinks:
    """Every http(s) link of one page; ``address`` is the page's own URL when known."""
    parser = _LinkParser(address)
    try:
        parser.feed(text)
        parser.close()
    except Exception as exc:  # html.parser tolerates almost anything; keep what was read
        parser.found.broken = f"{type(exc).__name__}: {exc}"[:120]
    return parser.found
