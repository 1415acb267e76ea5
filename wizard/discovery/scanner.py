"""Reading the sources a user gave into the accounts their pages link to.

:func:`scan` takes files and folders as given on the command line or chosen in the dialog,
reads each page within the limits of :mod:`wizard.discovery.limits`, and gathers every
account found with where it was found (page, link text, kind of link). A source that cannot
be what it claims (a missing file, a WARC, a JSON file that is not bookmarks) refuses the
whole scan with :class:`DiscoveryError` before anything is compared; a bad page inside a
folder (too big, unreadable, odd encoding, broken JSON-LD) is a warning naming it, and the
scan goes on. Progress and cancel are checked between pages.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wizard.discovery import formats
from wizard.discovery.accounts import account_of, is_share_link
from wizard.discovery.decode import decode_page
from wizard.discovery.limits import (
    MAX_ARCHIVE_BYTES,
    MAX_LINKS_PER_PAGE,
    MAX_PAGE_BYTES,
    MAX_PAGES,
    MAX_SIGHTINGS,
    MAX_SITEMAP_URLS,
    MAX_TOTAL_BYTES,
    PAGE_SUFFIXES,
)
from wizard.discovery.links import Link, PageLinks, clean_text, read_links
from wizard.discovery.walk import saved_pages
from wizard.messages import Message
from wizard.sessions.regular_file import open_regular

Progress = Callable[[int, str], None]
"""Pages read so far, and the one being read."""
Cancel = Callable[[], bool]


class DiscoveryError(Exception):
    """A source cannot be read; ``reason`` is one line naming it. Nothing was compared."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class DiscoveryCancelled(Exception):
    """The user cancelled between two pages."""


@dataclass(frozen=True)
class Sighting:
    """One place an account was found."""

    page: str
    """The page's address when it has one, else its file (relative to the source)."""
    text: str
    """The link's words (or ``sameAs``, ``twitter:site``…)."""
    via: str
    """``a``, ``rel-me``, ``json-ld``, ``card`` or ``bookmark``."""


@dataclass
class FoundAccount:
    """An account the pages link to, with its canonical form and every place it was seen."""

    key: str
    platform: str
    handle: str
    url: str
    sightings: list[Sighting] = field(default_factory=list)
    seen: int = 0
    """Times it was linked (the sightings list keeps the first few places)."""

    @property
    def first(self) -> Sighting:
        return self.sightings[0]

    @property
    def pages(self) -> list[str]:
        return list(dict.fromkeys(s.page for s in self.sightings))


@dataclass
class ScanResult:
    sources: list[str]
    accounts: dict[str, FoundAccount] = field(default_factory=dict)
    pages: int = 0
    bytes_read: int = 0
    share_links: int = 0
    dropped_links: int = 0
    """``javascript:``, ``data:``, ``mailto:``… links left out."""
    warnings: list[str] = field(default_factory=list)
    stopped: bool = False
    """A total cap was reached: later pages were not read."""


def scan(
    sources: Sequence[Path],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ScanResult:
    """Read every source and return the accounts found. Raises :class:`DiscoveryError` for a
    source that cannot be read at all, :class:`DiscoveryCancelled` when cancelled."""
    for source in sources:
        _check_source(source)
    scanner = _Scanner(ScanResult([s.name or str(s) for s in sources]), progress, cancel)
    for source in sources:
        scanner.source(source)
    return scanner.result


def _check_source(source: Path) -> None:
    """Refuse, before reading anything, what is missing or a format Vigie does not read."""
    if not source.exists():
        raise DiscoveryError(Message("discover.source.missing", source=str(source)))
    name = source.name.lower()
    if source.is_dir():
        return
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        raise DiscoveryError(Message("discover.source.warc", source=str(source)))
    if not name.endswith((*PAGE_SUFFIXES, ".xml", ".json", ".har")) and name != "bookmarks":
        raise DiscoveryError(Message("discover.source.unknown", source=str(source)))


class _Scanner:
    def __init__(self, result: ScanResult, progress: Progress | None, cancel: Cancel | None):
        self.result, self.progress, self.cancel = result, progress, cancel
        self.read_files: set[str] = set()

    # --- sources

    def source(self, path: Path) -> None:
        name = path.name.lower()
        if path.is_dir():
            self.folder(path)
        elif name.endswith(".xml"):
            self.sitemap(path)
        elif name.endswith(".har"):
            self.har(path)
        elif name.endswith(".json") or name == "bookmarks":
            self.json_bookmarks(path)
        else:
            data = self._read_source(path, MAX_PAGE_BYTES)
            self.page(str(path.name), data, "")

    def folder(self, root: Path) -> None:
        for path in saved_pages(root, self.warn):
            if self.result.stopped:
                return
            label = str(Path(root.name) / path.relative_to(root))
            data = self._read_page_file(path, label)
            if data is not None:
                self.page(label, data, "")

    def sitemap(self, path: Path, depth: int = 0) -> None:
        data = self._read_source(path, MAX_PAGE_BYTES)
        try:
            listed = formats.read_sitemap(data)
        except formats.FormatError as exc:
            raise DiscoveryError(self._format_reason(path, exc)) from None
        if listed.too_many:
            self.warn(
                Message("discover.warn.sitemap_urls", source=str(path), limit=MAX_SITEMAP_URLS)
            )
        root = path.parent
        missing: list[str] = []
        for address in listed.pages:
            if self.result.stopped:
                return
            local = formats.local_file(root, address)
            if local is None:
                missing.append(address)
                continue
            data_page = self._read_page_file(local, address)
            if data_page is not None:
                self.page(address, data_page, address)
        for address in listed.sitemaps:
            nested = formats.local_file(root, address)
            if nested is not None and depth < 3 and nested.suffix.lower() == ".xml":
                self.sitemap(nested, depth + 1)
            elif nested is None:
                missing.append(address)
        if missing:
            self.warn(
                Message(
                    "discover.warn.sitemap_missing",
                    source=str(path),
                    count=len(missing),
                    first=missing[0],
                )
            )

    def har(self, path: Path) -> None:
        data = self._read_source(path, MAX_ARCHIVE_BYTES)
        try:
            pages, others, cut = formats.read_har(data)
        except formats.FormatError as exc:
            raise DiscoveryError(self._format_reason(path, exc)) from None
        if cut:
            self.warn(Message("discover.warn.har_entries", source=str(path), limit=MAX_PAGES))
        label = path.name
        self.links(label, [Link(a, "", "a") for a in others])
        for found in pages:
            if self.result.stopped:
                return
            self._tick(found.address)
            self.result.pages += 1
            self.found_links(found.address, read_links(found.text, found.address))

    def json_bookmarks(self, path: Path) -> None:
        data = self._read_source(path, MAX_ARCHIVE_BYTES)
        try:
            marks = formats.read_json_bookmarks(data)
        except formats.FormatError as exc:
            raise DiscoveryError(self._format_reason(path, exc)) from None
        self._tick(path.name)
        self.result.pages += 1
        self.links(path.name, [Link(b.url, clean_text(b.title), "bookmark") for b in marks])

    # --- pages

    def page(self, label: str, data: bytes, address: str) -> None:
        self._tick(label)
        self.result.pages += 1
        text, guessed = decode_page(data)
        if guessed:
            self.warn(Message("discover.warn.encoding", page=label))
        self.found_links(label, read_links(text, address))

    def found_links(self, label: str, found: PageLinks) -> None:
        page = found.address or label
        self.result.dropped_links += found.dropped
        for problem in found.problems:
            self.warn(Message("discover.warn.json_ld", page=label, problem=problem))
        if found.broken:
            self.warn(Message("discover.warn.parse", page=label, problem=found.broken))
        if found.too_many:
            self.warn(Message("discover.warn.links", page=label, limit=MAX_LINKS_PER_PAGE))
        self.links(page, found.links)

    def links(self, page: str, links: list[Link]) -> None:
        accounts = self.result.accounts
        page = _printable(page)
        for link in links:
            recognised = account_of(link.url)
            if recognised is None:
                if is_share_link(link.url):
                    self.result.share_links += 1
                continue
            key, found = recognised
            account = accounts.get(key)
            if account is None:
                account = accounts[key] = FoundAccount(key, found.platform, found.handle, found.url)
            account.seen += 1
            sighting = Sighting(page, link.text, link.via)
            if len(account.sightings) < MAX_SIGHTINGS and sighting not in account.sightings:
                account.sightings.append(sighting)

    # --- reading files within the limits

    def _read_page_file(self, path: Path, label: str) -> bytes | None:
        """A page inside a folder or a sitemap: any problem is a warning, not a refusal."""
        real = os.path.realpath(path)
        if real in self.read_files:
            return None
        self.read_files.add(real)
        if self.result.pages >= MAX_PAGES:
            self.result.stopped = True
            self.warn(Message("discover.warn.files", page=label, limit=MAX_PAGES))
            return None
        try:
            with open_regular(path) as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > MAX_PAGE_BYTES:
                    self.warn(
                        Message(
                            "discover.warn.page_too_big",
                            page=label,
                            size=size,
                            limit=MAX_PAGE_BYTES,
                        )
                    )
                    return None
                if not self._budget(size, label):
                    return None
                return handle.read(MAX_PAGE_BYTES + 1)[:MAX_PAGE_BYTES]
        except OSError as exc:
            self.warn(Message("discover.warn.unreadable", page=label, problem=_problem(exc)))
            return None

    def _read_source(self, path: Path, limit: int) -> bytes:
        """A file given as a source: any problem refuses the scan."""
        try:
            with open_regular(path) as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > limit:
                    raise DiscoveryError(
                        Message("discover.source.too_big", source=str(path), size=size, limit=limit)
                    )
                self.read_files.add(os.path.realpath(path))
                self._budget(size, str(path))
                return handle.read(limit + 1)[:limit]
        except OSError as exc:
            raise DiscoveryError(
                Message("discover.source.unreadable", source=str(path), problem=_problem(exc))
            ) from None

    def _budget(self, size: int, label: str) -> bool:
        if self.result.bytes_read + size > MAX_TOTAL_BYTES:
            self.result.stopped = True
            self.warn(Message("discover.warn.total", page=label, limit=MAX_TOTAL_BYTES))
            return False
        self.result.bytes_read += size
        return True

    def _format_reason(self, path: Path, exc: formats.FormatError) -> Message:
        return Message(exc.key, source=str(path), **exc.params)

    def _tick(self, label: str) -> None:
        if self.cancel is not None and self.cancel():
            raise DiscoveryCancelled()
        if self.progress is not None:
            self.progress(self.result.pages, label)

    def warn(self, message: str) -> None:
        if message not in self.result.warnings:
            self.result.warnings.append(message)


def _printable(label: str) -> str:
    """A page's name fit to store: a file name may hold controls or undecodable bytes."""
    return "".join(c for c in label if c.isprintable())[:2000]


def _problem(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
