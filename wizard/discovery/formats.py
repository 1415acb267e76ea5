"""Sources that are not one HTML page: sitemaps, HAR archives and JSON bookmarks exports.

* A sitemap (``sitemap.xml``) lists a site's pages by address. Discovery never fetches
  anything: it reads the pages saved beside the sitemap under the same path
  (``/about/`` → ``about/index.html``, ``/about`` → ``about.html``…), and says how many are
  missing. It is read with expat, DOCTYPE and entity declarations refused (the XML bombs).
* A HAR archive (the browser's "Save all as HAR") is JSON: each request's address, and the
  body of each HTML response, read as a page at that address.
* Firefox (``bookmarks-*.json``) and Chrome (``Bookmarks``) exports are JSON trees whose
  nodes carry ``uri`` or ``url`` and a title. Netscape bookmark files (what every browser
  exports as HTML) are plain pages and go the page way.

WARC archives are not read: Python has no reader for them and the one package
(``warcio``) is not worth a dependency for this; the refusal says to save HTML or a HAR.
"""

from __future__ import annotations

import base64
import binascii
import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.parsers import expat

from wizard.discovery.decode import decode_page
from wizard.discovery.limits import MAX_PAGES, MAX_SITEMAP_URLS, MAX_TEXT


class FormatError(Exception):
    """The file is not what its name says: a message id of :mod:`wizard.messages` and its
    parameters but the file's name, which the caller adds."""

    def __init__(self, key: str, **params: str) -> None:
        self.key, self.params = key, params
        super().__init__(key)


# --------------------------------------------------------------------------- sitemap


@dataclass
class Sitemap:
    pages: list[str]
    """Page addresses (``<url><loc>``)."""
    sitemaps: list[str]
    """Nested sitemap addresses (``<sitemap><loc>``, in a sitemap index)."""
    too_many: bool = False


class _Refused(Exception):
    pass


def read_sitemap(data: bytes) -> Sitemap:
    """The addresses a sitemap lists. Raises :class:`FormatError` (DOCTYPE or entities,
    malformed XML, another root element)."""
    found = Sitemap([], [])
    stack: list[str] = []
    text: list[str] = []
    roots: list[str] = []

    def local(name: str) -> str:
        return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]

    def start(name: str, _attrs: dict[str, str]) -> None:
        if not roots:
            roots.append(local(name))
        stack.append(local(name))
        text.clear()

    def end(_name: str) -> None:
        tag = stack.pop()
        if tag == "loc" and stack:
            value = "".join(text).strip()
            target = found.pages if stack[-1] == "url" else found.sitemaps
            if stack[-1] in ("url", "sitemap") and value:
                if len(found.pages) + len(found.sitemaps) >= MAX_SITEMAP_URLS:
                    found.too_many = True
                else:
                    target.append(value)
        text.clear()

    def refuse(*_args: object) -> None:
        raise _Refused()

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except _Refused:
        raise FormatError("discover.source.doctype") from None
    except expat.ExpatError as exc:
        if not roots or roots[0] not in ("urlset", "sitemapindex"):
            raise FormatError("discover.source.not_sitemap") from None
        raise FormatError(
            "discover.source.bad_xml",
            problem=f"{expat.ErrorString(exc.code)}, line {exc.lineno}",
        ) from None
    if not roots or roots[0] not in ("urlset", "sitemapindex"):
        raise FormatError("discover.source.not_sitemap")
    return found


def local_file(root: Path, address: str) -> Path | None:
    """The file saved under ``root`` for the page at ``address``, if any; never outside it."""
    path = unquote(urlsplit(address).path or "/")
    clean = posixpath.normpath("/" + path.lstrip("/")).lstrip("/")
    if clean in ("", "."):
        clean = ""
    parts = [p for p in clean.split("/") if p]
    if any(p in ("..", ".") for p in parts):
        return None
    base = root.joinpath(*parts) if parts else root
    candidates = [base / "index.html", base / "index.htm"]
    if parts:
        candidates = [
            base,
            base.with_name(base.name + ".html"),
            base.with_name(base.name + ".htm"),
            *candidates,
        ]
    resolved_root = root.resolve()
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.resolve().is_relative_to(resolved_root):
                return candidate
        except OSError:
            continue
    return None


# --------------------------------------------------------------------------- HAR


@dataclass(frozen=True)
class HarPage:
    address: str
    text: str


def read_har(data: bytes) -> tuple[list[HarPage], list[str], bool]:
    """The HTML pages of a HAR archive, the other requests' addresses, and whether the
    entry cap cut it. Raises :class:`FormatError` (not JSON, no ``log.entries``)."""
    document = _json(data)
    log = document.get("log") if isinstance(document, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise FormatError("discover.source.not_har")
    pages: list[HarPage] = []
    others: list[str] = []
    for entry in entries[:MAX_PAGES]:
        request = entry.get("request") if isinstance(entry, dict) else None
        address = request.get("url") if isinstance(request, dict) else None
        if not isinstance(address, str):
            continue
        response = entry.get("response")
        content = response.get("content") if isinstance(response, dict) else None
        body = _har_body(content) if isinstance(content, dict) else None
        if body is None:
            others.append(address)
        else:
            pages.append(HarPage(address, body))
    return pages, others, len(entries) > MAX_PAGES


def _har_body(content: dict[str, Any]) -> str | None:
    """An HTML response's text, decoded from base64 when the archive stored it so."""
    mime = content.get("mimeType")
    text = content.get("text")
    if not (isinstance(mime, str) and "html" in mime.lower() and isinstance(text, str)):
        return None
    if content.get("encoding") == "base64":
        try:
            raw = base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError):
            return None

        return decode_page(raw)[0]
    return text


# --------------------------------------------------------------------------- JSON bookmarks


@dataclass(frozen=True)
class Bookmark:
    url: str
    title: str


def read_json_bookmarks(data: bytes) -> list[Bookmark]:
    """Every bookmark of a Firefox or Chrome JSON export. Raises :class:`FormatError`
    (not JSON, no bookmark in it)."""
    found = list(_bookmarks(_json(data)))
    if not found:
        raise FormatError("discover.source.not_bookmarks")
    return found


def _bookmarks(node: Any, depth: int = 0) -> Iterator[Bookmark]:
    if depth > 64:
        return
    if isinstance(node, list):
        for item in node:
            yield from _bookmarks(item, depth + 1)
        return
    if not isinstance(node, dict):
        return
    address = node.get("uri") or node.get("url")
    if isinstance(address, str) and address.startswith(("http://", "https://")):
        title = node.get("title") or node.get("name") or ""
        yield Bookmark(address, str(title)[: MAX_TEXT * 2])
    for key in ("children", "roots"):  # Firefox folders; Chrome's bar, other and synced
        child = node.get(key)
        if isinstance(child, dict):
            yield from _bookmarks(list(child.values()), depth + 1)
        elif isinstance(child, list):
            yield from _bookmarks(child, depth + 1)


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FormatError(
            "discover.source.bad_json", problem=str(exc).splitlines()[0][:120]
        ) from None
