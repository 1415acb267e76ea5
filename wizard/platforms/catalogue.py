"""The platform catalogue: ``resources/platforms.toml`` loaded, checked and indexed by host.

What is specific to a platform (hosts, path shapes, reserved words, canonical URL templates,
link shims, tracking parameters) is data, so that adding a platform is an edit to the TOML,
not to code. This module turns that data into compiled rules once per process (the names
first, for the tables and pick-lists; the rules when recognition first needs them) and refuses
a malformed file at load (bad regex, a template naming a group its regex lacks, a duplicate id,
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


def _info(raw: dict[str, Any]) -> PlatformInfo:
    """The entry's names and flags: what a table or a pick-list shows, no rule compiled."""
    pid = raw["id"]
    if not re.fullmatch(r"[a-z0-9_\-]{1,40}", pid):
        raise CatalogueError(f"platform id {pid!r} is not [a-z0-9_-]")
    return PlatformInfo(
        id=pid,
        name_fr=raw["name"]["fr"],
        name_en=raw["name"]["en"],
        hosts=tuple(raw.get("hosts", ())),
        case_sensitive=raw.get("case_sensitive", False),
        closed=raw.get("closed", False),
    )


def _platform(raw: dict[str, Any], info: PlatformInfo) -> Platform:
    pid = info.id
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


def parse_infos(data: dict[str, Any]) -> dict[str, PlatformInfo]:
    """Each platform's names and flags by id, in display order, refusing a bad or duplicate
    id and a misplaced ``other``; no rule compiled."""
    infos: dict[str, PlatformInfo] = {}
    for raw in data["platform"]:
        info = _info(raw)
        if info.id in infos:
            raise CatalogueError(f"platform {info.id!r} is listed twice")
        infos[info.id] = info
    if list(infos)[-1:] != [OTHER] or FEDIVERSE not in infos:
        raise CatalogueError(f"the catalogue must hold {FEDIVERSE!r} and end with {OTHER!r}")
    return infos


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """Build the catalogue from parsed TOML: :func:`parse_infos`, then every rule compiled
    and checked."""
    infos = parse_infos(data)
    platforms: dict[str, Platform] = {}
    by_host: dict[str, list[Platform]] = {}
    for raw, info in zip(data["platform"], infos.values(), strict=True):
        platform = _platform(raw, info)
        platforms[info.id] = platform
        for host in info.hosts:
            by_host.setdefault(host, []).append(platform)
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
def _shipped_data() -> dict[str, Any]:
    """The shipped TOML, read and parsed once per process."""
    source = resources.files("resources") / "platforms.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))


@functools.cache
def shipped() -> Catalogue:
    """Checked and compiled once per process: recognition runs for every pasted line of a
    large import."""
    return parse_catalogue(_shipped_data())


@functools.cache
def _shipped_infos() -> dict[str, PlatformInfo]:
    """Names and flags of the shipped platforms, without compiling their rules (a hundred
    regular expressions): the inventory's first paint needs the names only; recognition
    compiles the rules when it first runs."""
    return parse_infos(_shipped_data())


def catalogue() -> dict[str, PlatformInfo]:
    """Every platform in display order, ``other`` last."""
    return dict(_shipped_infos())


def platform_name(platform_id: str, lang: str) -> str:
    """Display name of a platform; an unknown id (from a newer file) is shown as itself."""
    info = _shipped_infos().get(platform_id)
    return info.name(lang) if info else platform_id


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
    info = _shipped_infos().get(platform_id)
    return info is not None and info.closed


def is_tracking(key: str) -> bool:
    """True for a query parameter that only tracks the click (``utm_source``, ``fbclid``…)."""
    loaded = shipped()
    key = key.lower()
    return key in loaded.tracking or key.startswith(loaded.tracking_prefixes)
