"""Platform and handle from what a row says: the platform column, a handle, a URL.

Kept apart from :mod:`rows` so the rules for names people give platforms ("Twitter",
"LinkedIn (page)", "fb") and for handles typed by hand can be read and tested on their own.
Everything is cached per process: a large list repeats the same few platform names.
"""

from __future__ import annotations

import functools
import re

from wizard.importers import values as v
from wizard.platforms import OTHER, catalogue, recognise

_PLATFORM_EXTRAS = {
    "twitter": "x",
    "fb": "facebook",
    "ig": "instagram",
    "insta": "instagram",
    "yt": "youtube",
    "linked in": "linkedin",
    "you tube": "youtube",
    "site web": OTHER,
    "site internet": OTHER,
    "website": OTHER,
    "web": OTHER,
    "autre": OTHER,
    "balado": "podcast",
    "google plus": "googleplus",
    "g+": "googleplus",
    "swarm": "foursquare",
    "ustream tv": "ustream",
    "x twitter": "x",
}


@functools.cache
def _platform_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for info in catalogue().values():
        for text in (info.id, info.name_fr, info.name_en):
            names.setdefault(v.fold(text), info.id)
            names.setdefault(v.fold(text.split("(")[0]), info.id)
    for alias, pid in _PLATFORM_EXTRAS.items():
        names.setdefault(alias, pid)
    return names


def parse_platform(value: object) -> str | None:
    """A platform id from a name as people write it ("Twitter", "LinkedIn (page)", "fb")."""
    return _platform_id(v.as_text(value))


@functools.lru_cache(maxsize=1024)
def _platform_id(text: str) -> str | None:
    """Cached: a 50,000-row list repeats a dozen platform names."""
    folded = v.fold(text)
    if not folded:
        return None
    found = _platform_names().get(folded)
    if found is None:
        raise ValueError(f"{text!r} is not a platform Vigie knows")
    return found


@functools.cache
def _case_insensitive() -> frozenset[str]:
    """Catalogue platforms whose handles compare and store lowercase."""
    return frozenset(p.id for p in catalogue().values() if p.id != OTHER and not p.case_sensitive)


def same_family(column: str, found: str) -> bool:
    """LinkedIn pages and profiles share a name in people's lists: not a disagreement."""
    return {column, found} == {"linkedin", "linkedin_person"}


def same_handle(given: str, recognised: str) -> bool:
    """``acme`` names ``acme@mastodon.social`` and ``acme.bsky.social``: no disagreement."""
    given, recognised = given.casefold(), recognised.casefold()
    return recognised in (given, f"{given}.bsky.social") or recognised.split("@")[0] == given


def looks_like_address(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(("http://", "https://", "www.")) or (
        lowered.startswith("@") and lowered.count("@") == 2
    )


_HANDLE = re.compile(r"@?[\w.\-]{1,100}(@[\w.\-]{1,200})?")
"""A handle as typed: ``acme``, ``@acme``, ``acme.bsky.social``, ``acme@mastodon.social``."""


def looks_like_handle(text: str) -> bool:
    """One word of handle characters: not ``N/A``, ``TBD?`` or ``javascript:void(0)``."""
    return _HANDLE.fullmatch(text) is not None


def clean_handle(text: str, platform: str) -> str:
    """``@Acme`` → ``acme`` on platforms whose handles ignore case, as recognition stores them."""
    handle = text.strip().removeprefix("@")
    return handle.lower() if platform in _case_insensitive() else handle


@functools.lru_cache(maxsize=4096)
def canonical_url(platform: str, handle: str) -> str:
    """The account URL for a handle typed without one, when the catalogue can build it."""
    info = catalogue().get(platform)
    if info is None or not info.hosts or "/" in handle or " " in handle:
        return ""
    if "@" in handle and platform == "mastodon":
        user, _, instance = handle.partition("@")
        candidates = [f"@{user}@{instance}"]
    else:
        host = info.hosts[0]
        candidates = [f"https://{host}/{handle}", f"https://{host}/@{handle}"]
    for text in candidates:
        found = recognise(text)
        same = found.platform == platform and found.handle.casefold() == handle.casefold()
        if found.recognised and same:
            return found.url
    return ""
