"""The platform catalogue: ``resources/platforms.toml`` loaded, checked and indexed by host.

What is specific to a platform (hosts, path shapes, reserved words, canonical URL templates,
link shims, tracking parameters) is data, so that adding a platform is an edit to the TOML,
not to code. This module turns that data into compiled rules once per process and refuses a
malformed file at load (bad regex, a template naming a group its regex lacks, a duplicate id,
``other`` not last) so that a packaging or editing mistake fails the tests, never a user's
paste. Recognition itself (:mod:`wizard.platforms`) only reads what is built here.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

OTHER = "other"
"""The platform of anything the catalogue does not know."""

FEDIVERSE = "mastodon"
"""The platform given to ``/@name`` on hosts outside the catalogue and to ``@user@host``."""

_DEFAULT_DROP = "(www|m|mobile|web)"


# --------------------------------------------------------------------------- public types


@dataclass(frozen=True)
class PlatformInfo:
    """One catalogue entry, as the GUI and the workbook need it."""

    id: str
    name_fr: str
    name_en: str
    hosts: tuple[str, ...] = ()
    case_sensitive: bool = False
    """True when handles keep their case (YouTube channel ids); otherwise they compare
    case-insensitively and are stored lowercase."""
    closed: bool = False
    """The platform has shut down (MySpace, Google+, Vine…): its accounts are to be removed."""

    def name(self, lang: str) -> str:
        """Display name in ``lang`` ("fr" or "en"); any other language gets English."""
        return self.name_fr if lang.lower().startswith("fr") else self.name_en


# --------------------------------------------------------------------------- compiled data


@dataclass(frozen=True)
class Rule:
    """One URL shape of a platform; see the header of ``platforms.toml``."""

    path: re.Pattern[str]
    handle: str
    url: str
    hosts: frozenset[str]
    query: str
    query_value: re.Pattern[str] | None
    lower: bool


@dataclass(frozen=True)
class Subdomain:
    """An account named by a subdomain (``name.tumblr.com``)."""

    base: str
    handle: str
    url: str
    exclude: frozenset[str]


@dataclass(frozen=True)
class Platform:
    """A catalogue entry with its compiled rules."""

    info: PlatformInfo
    accounts: tuple[Rule, ...]
    contents: tuple[Rule, ...]
    subdomains: tuple[Subdomain, ...]
    reserved: frozenset[str]
    drop: re.Pattern[str]
    keep_params: frozenset[str]
    short_hosts: frozenset[str]


@dataclass(frozen=True)
class Redirect:
    """A link shim (``l.facebook.com/l.php?u=…``): where the real destination is."""

    hosts: tuple[str, ...]
    path: re.Pattern[str] | None
    params: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    """The whole catalogue, indexed for recognition."""

    platforms: dict[str, Platform]
    by_host: dict[str, tuple[Platform, ...]]
    redirects: tuple[Redirect, ...]
    tracking: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    fedi_exclude: tuple[str, ...]


class CatalogueError(ValueError):
    """The shipped catalogue is malformed: a packaging or editing mistake, caught by tests."""


# --------------------------------------------------------------------------- parsing


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise CatalogueError(f"{where}: bad regex {pattern!r}: {exc}") from None


def _check_template(template: str, names: set[str], where: str) -> None:
    """Refuse a template naming a group its regex lacks, so typos fail at load, not on use."""
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None and field not in names:
            raise CatalogueError(f"{where}: template {template!r} uses unknown {{{field}}}")


def _rule(raw: dict[str, Any], platform: dict[str, Any], where: str, *, account: bool) -> Rule:
    path = _compile(raw["path"], where)
    query_value = _compile(raw["query_value"], where) if "query_value" in raw else None
    names = set(path.groupindex) | set(query_value.groupindex if query_value else ()) | {"host"}
    default_handle = "{handle}" if "handle" in names else ""
    handle = raw.get("handle", default_handle)
    url = raw.get("url", "")
    if account and not (handle and url):
        raise CatalogueError(f"{where}: an account rule needs a handle and a url")
    _check_template(handle, names, where)
    _check_template(url, names, where)
    case = raw.get("case", "keep" if platform.get("case_sensitive", False) else "lower")
    return Rule(
        path=path,
        handle=handle,
        url=url,
        hosts=frozenset(raw.get("hosts", ())),
        query=raw.get("query", ""),
        query_value=query_value,
        lower=case == "lower",
    )


def _platform(raw: dict[str, Any]) -> Platform:
    pid = raw["id"]
    if not re.fullmatch(r"[a-z0-9_\-]{1,40}", pid):
        raise CatalogueError(f"platform id {pid!r} is not [a-z0-9_-]")
    info = PlatformInfo(
        id=pid,
        name_fr=raw["name"]["fr"],
        name_en=raw["name"]["en"],
        hosts=tuple(raw.get("hosts", ())),
        case_sensitive=raw.get("case_sensitive", False),
        closed=raw.get("closed", False),
    )
    accounts = tuple(
        _rule(r, raw, f"{pid}.account[{i}]", account=True)
        for i, r in enumerate(raw.get("account", ()))
    )
    contents = tuple(
        _rule(r, raw, f"{pid}.content[{i}]", account=False)
        for i, r in enumerate(raw.get("content", ()))
    )
    subdomains = tuple(
        Subdomain(s["base"], s["handle"], s["url"], frozenset(s.get("exclude", ())))
        for s in raw.get("subdomain", ())
    )
    return Platform(
        info=info,
        accounts=accounts,
        contents=contents,
        subdomains=subdomains,
        reserved=frozenset(raw.get("reserved", ())),
        drop=_compile(raw.get("drop_subdomains", _DEFAULT_DROP), f"{pid}.drop_subdomains"),
        keep_params=frozenset(raw.get("keep_params", ())),
        short_hosts=frozenset(raw.get("short_hosts", ())),
    )


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """Build the catalogue from parsed TOML, refusing duplicates and a misplaced ``other``."""
    platforms: dict[str, Platform] = {}
    by_host: dict[str, list[Platform]] = {}
    for raw in data["platform"]:
        platform = _platform(raw)
        if platform.info.id in platforms:
            raise CatalogueError(f"platform {platform.info.id!r} is listed twice")
        platforms[platform.info.id] = platform
        for host in platform.info.hosts:
            by_host.setdefault(host, []).append(platform)
    if list(platforms)[-1:] != [OTHER] or FEDIVERSE not in platforms:
        raise CatalogueError(f"the catalogue must hold {FEDIVERSE!r} and end with {OTHER!r}")
    redirects = tuple(
        Redirect(
            hosts=tuple(r["hosts"]),
            path=_compile(r["path"], "redirect") if "path" in r else None,
            params=tuple(r["params"]),
        )
        for r in data.get("redirect", ())
    )
    tracking = data.get("tracking", {})
    return Catalogue(
        platforms=platforms,
        by_host={host: tuple(found) for host, found in by_host.items()},
        redirects=redirects,
        tracking=frozenset(p.lower() for p in tracking.get("params", ())),
        tracking_prefixes=tuple(tracking.get("prefixes", ())),
        fedi_exclude=tuple(data.get("fediverse", {}).get("exclude_hosts", ())),
    )


# --------------------------------------------------------------------------- the shipped one


@functools.cache
def shipped() -> Catalogue:
    """Parsed once per process: recognition runs for every pasted line of a large import."""
    source = resources.files("resources") / "platforms.toml"
    return parse_catalogue(tomllib.loads(source.read_text(encoding="utf-8")))


def catalogue() -> dict[str, PlatformInfo]:
    """Every platform in display order, ``other`` last."""
    return {pid: p.info for pid, p in shipped().platforms.items()}


def platform_name(platform_id: str, lang: str) -> str:
    """Display name of a platform; an unknown id (from a newer file) is shown as itself."""
    platform = shipped().platforms.get(platform_id)
    return platform.info.name(lang) if platform else platform_id


def lookup_host(host: str) -> tuple[str, tuple[Platform, ...]] | None:
    """The longest catalogue host that ``host`` is, or is a subdomain of."""
    labels = host.split(".")
    by_host = shipped().by_host
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        if candidate in by_host:
            return candidate, by_host[candidate]
    return None


def is_closed_platform(platform_id: str) -> bool:
    """True for a platform of the catalogue that has shut down."""
    platform = shipped().platforms.get(platform_id)
    return platform is not None and platform.info.closed


def is_tracking(key: str) -> bool:
    """True for a query parameter that only tracks the click (``utm_source``, ``fbclid``…)."""
    loaded = shipped()
    key = key.lower()
    return key in loaded.tracking or key.startswith(loaded.tracking_prefixes)
