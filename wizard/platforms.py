"""The platform catalogue, and recognising an account (platform + handle) from what people paste.

Auditors paste whatever they have: a URL copied from a phone app with tracking parameters, a
link-shim from an e-mail, ``@name@instance``, a bare ``name.bsky.social``. The inventory needs
one canonical form of each so that duplicates are found and the workbook shows clean links.

What is specific to a platform lives in ``resources/platforms.toml`` (hosts, path shapes,
reserved words, canonical URL templates); this module is the general machinery plus the few
cases that are not a table lookup: Mastodon on any instance, ``@user@instance`` addresses,
subdomain handles and redirect unwrapping.

Decisions worth knowing:

* A URL of content rather than an account (a post, a video, ``youtu.be/…``) is recognised as
  that platform with ``recognised=False``; the handle is the author when the URL shows it,
  else empty, and the URL is the cleaned input (so the auditor can still open it).
* Only ``http``/``https`` URLs are kept: anything else (``javascript:``, ``mailto:``, control
  characters, over-long text) gives platform ``other`` with an empty URL, never an exception.
* Outside the catalogue only ``www.`` is dropped from the host: ``m.example.org`` may be a
  different site. Catalogue hosts also drop ``m.``, ``mobile.`` and locale subdomains.
"""

from __future__ import annotations

import functools
import re
import string
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from wizard.text import URL_LIMIT, find_bad_character

OTHER = "other"
"""The platform of anything the catalogue does not know."""

FEDIVERSE = "mastodon"
"""The platform given to ``/@name`` on hosts outside the catalogue and to ``@user@host``."""

_MAX_HANDLE = 200
_MAX_REDIRECTS = 3
_MAX_HOST = 253  # the DNS limit
_DEFAULT_DROP = "(www|m|mobile)"
_URL_SAFE = "@:._-~+!$'()*,;="
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"

_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):(.*)", re.IGNORECASE | re.DOTALL)
_HOST = re.compile(r"[\w\-]+(\.[\w\-]+)*")
_IPV6 = re.compile(r"[0-9a-f:.]+")
_DOMAIN = re.compile(r"[\w\-]+(\.[\w\-]+)*\.[^\W\d_]{2,}")
_BARE_HOST = re.compile(r"([\w\-]+\.)+[\w\-]+(:\d+)?|\[[0-9a-f:.]+\](:\d+)?", re.IGNORECASE)
_FEDI_USER = re.compile(r"[a-z0-9_.\-]{1,64}", re.IGNORECASE)
_FEDI_REMOTE = re.compile(r"/@([^/@]+)@([^/@]+)(/.*)?")
_BARE_HANDLE = re.compile(r"[\w.\-]{1,100}")


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

    def name(self, lang: str) -> str:
        """Display name in ``lang`` ("fr" or "en"); any other language gets English."""
        return self.name_fr if lang.lower().startswith("fr") else self.name_en


@dataclass(frozen=True)
class Recognition:
    """What :func:`recognise` made of a piece of text.

    ``recognised`` is True only when both the platform and the account are known; a post URL
    on a known platform is ``recognised=False`` with that platform.
    """

    platform: str
    handle: str
    url: str
    host: str
    recognised: bool


# --------------------------------------------------------------------------- catalogue data


@dataclass(frozen=True)
class _Rule:
    """One URL shape of a platform; see the header of ``platforms.toml``."""

    path: re.Pattern[str]
    handle: str
    url: str
    hosts: frozenset[str]
    query: str
    query_value: re.Pattern[str] | None
    lower: bool


@dataclass(frozen=True)
class _Subdomain:
    base: str
    handle: str
    url: str
    exclude: frozenset[str]


@dataclass(frozen=True)
class _Platform:
    info: PlatformInfo
    accounts: tuple[_Rule, ...]
    contents: tuple[_Rule, ...]
    subdomains: tuple[_Subdomain, ...]
    reserved: frozenset[str]
    drop: re.Pattern[str]
    keep_params: frozenset[str]
    short_hosts: frozenset[str]


@dataclass(frozen=True)
class _Redirect:
    hosts: tuple[str, ...]
    path: re.Pattern[str] | None
    params: tuple[str, ...]


@dataclass(frozen=True)
class _Catalogue:
    platforms: dict[str, _Platform]
    by_host: dict[str, tuple[_Platform, ...]]
    redirects: tuple[_Redirect, ...]
    tracking: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    fedi_exclude: tuple[str, ...]


class CatalogueError(ValueError):
    """The shipped catalogue is malformed: a packaging or editing mistake, caught by tests."""


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


def _rule(raw: dict[str, Any], platform: dict[str, Any], where: str, *, account: bool) -> _Rule:
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
    return _Rule(
        path=path,
        handle=handle,
        url=url,
        hosts=frozenset(raw.get("hosts", ())),
        query=raw.get("query", ""),
        query_value=query_value,
        lower=case == "lower",
    )


def _platform(raw: dict[str, Any]) -> _Platform:
    pid = raw["id"]
    if not re.fullmatch(r"[a-z0-9_\-]{1,40}", pid):
        raise CatalogueError(f"platform id {pid!r} is not [a-z0-9_-]")
    info = PlatformInfo(
        id=pid,
        name_fr=raw["name"]["fr"],
        name_en=raw["name"]["en"],
        hosts=tuple(raw.get("hosts", ())),
        case_sensitive=raw.get("case_sensitive", False),
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
        _Subdomain(s["base"], s["handle"], s["url"], frozenset(s.get("exclude", ())))
        for s in raw.get("subdomain", ())
    )
    return _Platform(
        info=info,
        accounts=accounts,
        contents=contents,
        subdomains=subdomains,
        reserved=frozenset(raw.get("reserved", ())),
        drop=_compile(raw.get("drop_subdomains", _DEFAULT_DROP), f"{pid}.drop_subdomains"),
        keep_params=frozenset(raw.get("keep_params", ())),
        short_hosts=frozenset(raw.get("short_hosts", ())),
    )


def parse_catalogue(data: dict[str, Any]) -> _Catalogue:
    """Build the catalogue from parsed TOML, refusing duplicates and a misplaced ``other``."""
    platforms: dict[str, _Platform] = {}
    by_host: dict[str, list[_Platform]] = {}
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
        _Redirect(
            hosts=tuple(r["hosts"]),
            path=_compile(r["path"], "redirect") if "path" in r else None,
            params=tuple(r["params"]),
        )
        for r in data.get("redirect", ())
    )
    tracking = data.get("tracking", {})
    return _Catalogue(
        platforms=platforms,
        by_host={host: tuple(found) for host, found in by_host.items()},
        redirects=redirects,
        tracking=frozenset(p.lower() for p in tracking.get("params", ())),
        tracking_prefixes=tuple(tracking.get("prefixes", ())),
        fedi_exclude=tuple(data.get("fediverse", {}).get("exclude_hosts", ())),
    )


@functools.cache
def _catalogue() -> _Catalogue:
    """Parsed once per process: recognition runs for every pasted line of a large import."""
    source = resources.files("resources") / "platforms.toml"
    return parse_catalogue(tomllib.loads(source.read_text(encoding="utf-8")))


def catalogue() -> dict[str, PlatformInfo]:
    """Every platform in display order, ``other`` last."""
    return {pid: p.info for pid, p in _catalogue().platforms.items()}


def platform_name(platform_id: str, lang: str) -> str:
    """Display name of a platform; an unknown id (from a newer file) is shown as itself."""
    platform = _catalogue().platforms.get(platform_id)
    return platform.info.name(lang) if platform else platform_id


# --------------------------------------------------------------------------- small helpers


def _nothing(host: str = "", url: str = "", handle: str = "") -> Recognition:
    return Recognition(OTHER, handle, url, host, False)


def _is_suffix(host: str, base: str) -> bool:
    return host == base or host.endswith("." + base)


def _clean_value(value: str | None, lower: bool) -> str:
    """A captured group as stored: case-folded where the platform ignores case."""
    text = value or ""
    return text.lower() if lower else text


def _usable_value(value: str) -> bool:
    """A group must stay one clean path segment, with nothing left encoded in it."""
    return (
        len(value) <= _MAX_HANDLE
        and not any(ch in value for ch in "/?#%")
        and find_bad_character(value, multiline=False) is None
    )


def _fill(template: str, values: dict[str, str], *, for_url: bool) -> str:
    if for_url:
        values = {k: quote(v, safe=_URL_SAFE) if k != "host" else v for k, v in values.items()}
    return template.format_map(values)


def _host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _normalise_path(path: str) -> str:
    """The form rules match against: percent-decoded (a pasted URL and a typed one must meet),
    one leading slash, no empty segments, no trailing slash. An encoded ``/`` stays encoded
    so it cannot add a path level."""
    segments = [unquote(s).replace("/", "%2F") for s in path.split("/") if s]
    return "/" + "/".join(segments)


def _build_url(host: str, port: int | None, path: str, params: list[tuple[str, str]]) -> str:
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port not in (80, 443):
        netloc += f":{port}"
    url = "https://" + netloc + ("" if path == "/" else quote(path, safe=_PATH_SAFE))
    return url + ("?" + urlencode(params) if params else "")


def _drop_subdomains(host: str, base: str, drop: re.Pattern[str]) -> str:
    """``fr-ca.m.facebook.com`` → ``facebook.com``: leading labels that only pick a variant."""
    while host != base and "." in host:
        label, rest = host.split(".", 1)
        if not drop.fullmatch(label) or not _is_suffix(rest, base):
            break
        host = rest
    return host


def _lookup_host(host: str) -> tuple[str, tuple[_Platform, ...]] | None:
    """The longest catalogue host that ``host`` is, or is a subdomain of."""
    labels = host.split(".")
    by_host = _catalogue().by_host
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        if candidate in by_host:
            return candidate, by_host[candidate]
    return None


# --------------------------------------------------------------------------- entry points


def recognise(text: str) -> Recognition:
    """Platform, canonical handle and canonical URL of a pasted URL or handle.

    Never raises: anything it cannot read is platform ``other``, not recognised. The result
    always fits the model's limits, since percent-encoding can make a URL longer than the
    text it came from.
    """
    found = _recognise(text, 0)
    if len(found.url) > URL_LIMIT or len(found.handle) > _MAX_HANDLE:
        return Recognition(found.platform, "", "", found.host, False)
    return found


def _recognise(text: str, depth: int) -> Recognition:
    text = text.strip().strip("<>\"'").strip()
    text = text.replace("\t", "").replace("\n", "").replace("\r", "")
    if not text or len(text) > URL_LIMIT or find_bad_character(text, multiline=False):
        return _nothing()
    if text.startswith("@"):
        return _recognise_at(text[1:], depth)
    if text.startswith("//"):
        return _recognise_url("https:" + text, depth)
    scheme = _SCHEME.fullmatch(text)
    if scheme and scheme.group(1).lower() in ("http", "https"):
        return _recognise_url(text, depth)
    first = re.split(r"[/?#]", text, maxsplit=1)[0]
    if re.fullmatch(r"/?[ru]/[\w\-]+/?", text, re.IGNORECASE):
        return _recognise_url("https://reddit.com/" + text.lstrip("/"), depth)
    if "@" not in first and " " not in text and _BARE_HOST.fullmatch(first):
        return _recognise_url("https://" + text, depth)
    return _nothing()


def _recognise_at(rest: str, depth: int) -> Recognition:
    """``@user@instance`` (fediverse), ``@name.bsky.social``, or a bare ``@name``."""
    if "@" in rest:
        user, _, instance = rest.partition("@")
        if _FEDI_USER.fullmatch(user) and _DOMAIN.fullmatch(instance) and "@" not in instance:
            return _fediverse_address(user, instance, depth)
        return _nothing()
    if not _BARE_HANDLE.fullmatch(rest):
        return _nothing()
    if "." in rest:
        found = _recognise_url("https://" + rest, depth)
        if found.recognised and found.platform == "bluesky":
            return found
    return _nothing(handle=rest)


def _fediverse_address(user: str, instance: str, depth: int) -> Recognition:
    """``user@instance`` is the account at ``https://instance/@user``, whichever the platform.

    Going through the URL makes ``@zuck@threads.net`` land on Threads and keeps one canonical
    form for both ways of writing a Mastodon account.
    """
    if depth >= _MAX_REDIRECTS:
        return _nothing()
    return _recognise_url(f"https://{instance.lower()}/@{user}", depth + 1)


def _recognise_url(url: str, depth: int) -> Recognition:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _nothing()
    host = (parts.hostname or "").rstrip(".").lower()
    if not _valid_host(host):
        return _nothing()
    params = parse_qsl(parts.query, keep_blank_values=True)
    path = _normalise_path(parts.path)

    target = _redirect_target(host, path, params)
    if target and depth < _MAX_REDIRECTS:
        return _recognise(target, depth + 1)

    found = _lookup_host(host)
    remote = _FEDI_REMOTE.fullmatch(path)
    if remote and not remote.group(3) and (found is None or found[1][0].info.id == FEDIVERSE):
        return _fediverse_address(remote.group(1), remote.group(2), depth)
    if found is None:
        return _recognise_elsewhere(host, port, path, params)
    base, platforms = found
    host = _drop_subdomains(host, base, platforms[0].drop)
    return _recognise_on_platform(host, base, platforms, path, params)


def _valid_host(host: str) -> bool:
    """A DNS name (IDN allowed) or an IPv6 literal; ``urlsplit`` accepts far more."""
    if not host or len(host) > _MAX_HOST:
        return False
    return bool(_HOST.fullmatch(host) or (":" in host and _IPV6.fullmatch(host)))


def _redirect_target(host: str, path: str, params: list[tuple[str, str]]) -> str:
    """The destination of a link shim (``l.facebook.com/l.php?u=…``), or ""."""
    host = host.removeprefix("www.")
    for redirect in _catalogue().redirects:
        if not any(_is_suffix(host, h) for h in redirect.hosts):
            continue
        if redirect.path is not None and not redirect.path.fullmatch(path):
            continue
        for key, value in params:
            if key in redirect.params and value:
                return value
    return ""


def _recognise_on_platform(
    host: str,
    base: str,
    platforms: tuple[_Platform, ...],
    path: str,
    params: list[tuple[str, str]],
) -> Recognition:
    """Try each platform sharing the host (LinkedIn pages, then profiles), accounts first."""
    for platform in platforms:
        found = _match_subdomain(platform, host, base, path, params)
        if found:
            return found
    for platform in platforms:
        found = _match_rules(platform, platform.accounts, host, path, params, account=True)
        if found:
            return found
    for platform in platforms:
        found = _match_rules(platform, platform.contents, host, path, params, account=False)
        if found:
            return found
    first = platforms[0]
    return Recognition(first.info.id, "", _content_url(first, host, path, params), host, False)


def _recognise_elsewhere(
    host: str, port: int | None, path: str, params: list[tuple[str, str]]
) -> Recognition:
    """A host outside the catalogue: a Mastodon-like instance if the path is ``/@name``."""
    host = host.removeprefix("www.")
    is_fedi_host = (
        port in (None, 443)
        and _DOMAIN.fullmatch(host) is not None
        and not any(_is_suffix(host, h) for h in _catalogue().fedi_exclude)
    )
    if is_fedi_host and path.startswith("/@"):
        fedi = _catalogue().platforms[FEDIVERSE]
        found = _match_rules(fedi, fedi.accounts, host, path, params, account=True)
        found = found or _match_rules(fedi, fedi.contents, host, path, params, account=False)
        if found:
            return found
    kept = [(k, v) for k, v in params if not _is_tracking(k)]
    return _nothing(host=host, url=_build_url(host, port, path, kept))


def _is_tracking(key: str) -> bool:
    catalogue = _catalogue()
    key = key.lower()
    return key in catalogue.tracking or key.startswith(catalogue.tracking_prefixes)


def _content_url(platform: _Platform, host: str, path: str, params: list[tuple[str, str]]) -> str:
    """A catalogue platform's non-account URL, keeping only the parameters that identify it."""
    kept = [(k, v) for k, v in params if k in platform.keep_params]
    return _build_url(host, None, path, kept)


def _match_subdomain(
    platform: _Platform, host: str, base: str, path: str, params: list[tuple[str, str]]
) -> Recognition | None:
    """``name.tumblr.com``: the account is the subdomain; other paths there are its posts."""
    for sub in platform.subdomains:
        if sub.base != base or not host.endswith("." + base):
            continue
        label = host[: -len(base) - 1]
        if "." in label or label in sub.exclude:
            continue
        values = {"sub": label, "host": host}
        handle = _fill(sub.handle, values, for_url=False)
        if path == "/":
            url = _fill(sub.url, values, for_url=True)
            return Recognition(platform.info.id, handle, url, _host_of(url), True)
        return Recognition(
            platform.info.id, handle, _content_url(platform, host, path, params), host, False
        )
    return None


def _match_rules(
    platform: _Platform,
    rules: tuple[_Rule, ...],
    host: str,
    path: str,
    params: list[tuple[str, str]],
    *,
    account: bool,
) -> Recognition | None:
    for rule in rules:
        values = _rule_values(platform, rule, host, path, params)
        if values is None:
            continue
        handle = _fill(rule.handle, values, for_url=False)
        if rule.handle and not handle:
            continue
        if account:
            url = _fill(rule.url, values, for_url=True)
            return Recognition(platform.info.id, handle, url, _host_of(url), True)
        url = _content_url(platform, host, path, params)
        return Recognition(platform.info.id, handle, url, host, False)
    return None


def _rule_values(
    platform: _Platform, rule: _Rule, host: str, path: str, params: list[tuple[str, str]]
) -> dict[str, str] | None:
    """The template values if ``rule`` matches this host, path and query, else None."""
    if host in platform.short_hosts or (rule.hosts and host not in rule.hosts):
        return None
    match = rule.path.fullmatch(path)
    if match is None:
        return None
    groups: dict[str, str | None] = dict(match.groupdict())
    if rule.query:
        # parse_qsl turns an unencoded "+" into a space: "phone=+1514…" arrives as " 1514…".
        value = next((v.strip() for k, v in params if k.lower() == rule.query), None)
        query_match = rule.query_value.fullmatch(value) if rule.query_value and value else None
        if query_match is None:
            return None
        groups.update(query_match.groupdict())
    values = {name: _clean_value(value, rule.lower) for name, value in groups.items()}
    if not all(_usable_value(v) for v in values.values()):
        return None
    if values.get("handle", "").lower() in platform.reserved:
        return None
    values["host"] = host
    return values


# --------------------------------------------------------------------------- dedupe


def account_key(platform: str, handle: str, url: str) -> str:
    """The identity used to find duplicate accounts: platform + handle, else canonical URL.

    Handles typed by hand are tolerated (``@Acme`` for Instagram meets ``acme``); a row with
    only a URL is recognised first, so it meets the row that has the handle. A handle that is
    the URL's canonical handle without one of its parts (``name`` with
    ``https://mastodon.social/@name``, whose handle is ``name@mastodon.social``; ``acme`` with
    ``facebook.com/groups/acme``) is completed from the URL, so that it meets the row that
    only has the URL or the full handle. "" means the row has nothing to compare.
    """
    handle = handle.strip().removeprefix("@")
    if handle:
        info = catalogue().get(platform)
        if info is None or not info.case_sensitive:
            handle = handle.lower()
        if platform in _composite_handles() and url.strip():
            handle = _completed_handle(platform, handle, url)
        return f"{platform}:{handle}"
    found = recognise(url) if url.strip() else None
    if found is None:
        return ""
    if found.recognised:
        return f"{found.platform}:{found.handle}"
    return f"url:{found.url}" if found.url else ""


@functools.cache
def _composite_handles() -> frozenset[str]:
    """Platforms whose canonical handle may hold more than what people type: a template
    other than one bare value (``{user}@{host}``, ``r/{name}``, ``id{id}``…)."""
    bare = re.compile(r"\{\w+\}")
    return frozenset(
        pid
        for pid, platform in _catalogue().platforms.items()
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
