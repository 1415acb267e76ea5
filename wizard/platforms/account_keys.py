"""Finding duplicate accounts: one key per account, whichever way it was written.

The inventory, the paste dialog, imports, merges and the progress comparison all need to
know when two rows are the same account, though one may have a typed ``@Acme`` and the other
only ``https://www.instagram.com/acme/?igsh=…``. The key is built from what
:func:`wizard.platforms.recognition.recognise` makes of the row, so every caller compares the same
way.
Import it through :mod:`wizard.platforms`.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from wizard.platforms.catalogue import OTHER, shipped
from wizard.platforms.recognition import Recognition, recognise


def account_key(platform: str, handle: str, url: str) -> str:
    """The identity used to find duplicate accounts: platform + handle, else canonical URL.

    Handles typed by hand are tolerated (``@Acme`` for Instagram meets ``acme``); a row with
    only a URL is recognised first, so it meets the row that has the handle. A handle that is
    the URL's canonical handle without one of its parts (``name`` with
    ``https://mastodon.social/@name``, whose handle is ``name@mastodon.social``; ``acme`` with
    ``facebook.com/groups/acme``) is completed from the URL, so that it meets the row that
    only has the URL or the full handle. "" means the row has nothing to compare.

    A key never stands for more than one account: a platform's home page
    (``https://twitter.com``, what ``twitter.com/#!/name`` used to become) names no account and
    gets "", and a site outside the catalogue keys on its whole canonical URL (path and
    identifying query included) rather than on a handle typed beside it.
    """
    handle = handle.strip().removeprefix("@")
    if handle and platform == OTHER and url.strip():
        handle = ""
    if handle:
        known = shipped().platforms.get(platform)
        if known is None or not known.info.case_sensitive:
            handle = handle.lower()
        if platform in _composite_handles() and url.strip():
            handle = _completed_handle(platform, handle, url)
        return f"{platform}:{handle}"
    found = recognise(url) if url.strip() else None
    if found is None:
        return ""
    if found.recognised:
        return f"{found.platform}:{found.handle}"
    if not found.url or (found.platform != OTHER and _is_home_page(found.url)):
        return ""
    return f"url:{found.url}"


def _is_home_page(url: str) -> bool:
    """``https://host`` with no path and no query: a site's front page, not an account."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


@functools.cache
def _composite_handles() -> frozenset[str]:
    """Platforms whose canonical handle may hold more than what people type: a template
    other than one bare value (``{user}@{host}``, ``r/{name}``, ``id{id}``…)."""
    bare = re.compile(r"\{\w+\}")
    return frozenset(
        pid
        for pid, platform in shipped().platforms.items()
        for template in (
            *(r.handle for r in platform.accounts),
            *(s.handle for s in platform.subdomains),
        )
        if not bare.fullmatch(template)
    )


def _completed_handle(platform: str, handle: str, url: str) -> str:
    """The URL's handle when ``handle`` is that handle with a part missing, else ``handle``.

    A part is what a separator (``@``, ``.``, ``/``, ``-``…) or a change between letters and
    digits (``id12345``) bounds: ``name`` lacks ``@mastodon.social`` from
    ``name@mastodon.social``, ``.bsky.social`` from ``name.bsky.social``, ``r/`` from
    ``r/name`` and ``id`` from ``id12345``. A handle that names another account is kept.
    """
    full = _url_handle(platform, url)
    folded, part = full.casefold(), handle.casefold()  # YouTube lowercases /c/ names only
    if len(folded) <= len(part):
        return handle
    if folded.startswith(part) and _is_part_edge(folded, len(part)):
        return full
    if folded.endswith(part) and _is_part_edge(folded, len(folded) - len(part)):
        return full
    return handle


@functools.lru_cache(maxsize=8192)
def _url_handle(platform: str, url: str) -> str:
    """The canonical handle of the account ``url`` names on ``platform``, or ""."""
    found = recognise(url)
    return found.handle if found.recognised and found.platform == platform else ""


def _is_part_edge(text: str, index: int) -> bool:
    before, after = text[index - 1], text[index]
    if not (before.isalnum() and after.isalnum()):
        return True
    return before.isdigit() != after.isdigit()


def same_account(a: Recognition, b: Recognition) -> bool:
    """True when two recognitions name the same account (both must have something to compare)."""
    key_a = account_key(a.platform, a.handle, a.url)
    return bool(key_a) and key_a == account_key(b.platform, b.handle, b.url)
