"""How much a discovery reads: caps that keep a hostile or careless source bounded.

Saved pages come from anywhere (a client's zip, a crawler's dump, a folder with the whole
intranet in it). Each cap is checked before the work it bounds; going over one is a warning
naming the file, never a crash, and what was read before it is kept.
"""

from __future__ import annotations

MAX_PAGE_BYTES = 16 * 1024 * 1024
"""One saved page, bookmarks export or sitemap: larger ones are skipped with a warning."""

MAX_ARCHIVE_BYTES = 128 * 1024 * 1024
"""A HAR archive (JSON, read whole) or a JSON bookmarks export."""

MAX_TOTAL_BYTES = 512 * 1024 * 1024
"""Everything read in one discovery."""

MAX_PAGES = 20_000
"""Pages read in one discovery (a sitemap's, a folder's, a HAR's together)."""

MAX_ENTRIES = 200_000
"""Files and folders looked at while walking one folder."""

MAX_DEPTH = 32
"""Folder nesting walked below a source folder."""

MAX_LINKS_PER_PAGE = 50_000
"""Links kept from one page."""

MAX_TEXT = 200
"""Characters of link text kept as where-found evidence."""

MAX_JSON_LD = 1024 * 1024
"""Characters of one JSON-LD block."""

MAX_SITEMAP_URLS = 50_000
"""Addresses read from one sitemap (the sitemaps.org limit)."""

MAX_SIGHTINGS = 20
"""Places kept per account found (every page in a footer would repeat the same link)."""

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
"""What a folder walk reads as a saved page."""
