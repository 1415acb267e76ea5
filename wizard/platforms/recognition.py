"""Recognising an account (platform + handle) from what people paste.

Auditors paste whatever they have: a URL copied from a phone app with tracking parameters, a
link-shim from an e-mail, ``@name@instance``, a bare ``name.bsky.social``. The inventory needs
one canonical form of each so that duplicates are found and the workbook shows clean links.

What is specific to a platform lives in ``resources/platforms.toml`` (hosts, path shapes,
reserved words, canonical URL templates), loaded by :mod:`wizard.platforms.catalogue`; URL
pieces are read and rebuilt by :mod:`wizard.platforms.url_parts`. This module is the general
machinery
plus the few cases that are not a table lookup: Mastodon on any instance, ``@user@instance``
addresses, subdomain handles and redirect unwrapping. Import it through
:mod:`wizard.platforms`.

Decisions worth knowing:

* A URL of content rather than an account (a post, a video, ``youtu.be/…``) is recognised as
  that platform with ``recognised=False``; the handle is the author when the URL shows it,
  else empty, and the URL is the cleaned input (so the auditor can still open it).
* Only ``http``/``https`` URLs are kept: anything else (``javascript:``, ``mailto:``, control
  characters, over-long text) gives platform ``other`` with an empty URL, never an exception.
* Outside the catalogue only ``www.`` is dropped from the host: ``m.example.org`` may be a
  different site. Catalogue hosts also drop ``m.``, ``mobile.`` and locale subdomains.
* What old lists and exports add around a URL is removed first: HTML entities (``&amp;``),
  surrounding ``<…>`` or quotes, trailing punctuation (``.``, ``,``, an unbalanced ``)``) and
  the ``#!`` of hash-bang URLs (``twitter.com/#!/name`` is ``twitter.com/name``).
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from wizard.audit.text import URL_LIMIT, find_bad_character
from wizard.platforms.catalogue import (
    FEDIVERSE,
    OTHER,
    Platform,
    Redirect,
    Rule,
    is_tracking,
    lookup_host,
    shipped,
)
from wizard.platforms.url_parts import (
    BARE_HOST,
    DOMAIN,
    SCHEME,
    build_url,
    drop_subdomains,
    fill,
    host_of,
    is_suffix,
    normalise_path,
    valid_host,
)

_MAX_HANDLE = 200
_MAX_REDIRECTS = 3

_FEDI_USER = re.compile(r"[a-z0-9_.\-]{1,64}", re.IGNORECASE)
_FEDI_REMOTE = re.compile(r"/@([^/@]+)@([^/@]+)(/.*)?")
_BARE_HANDLE = re.compile(r"[\w.\-]{1,100}")
_NOT_ONE_SEGMENT = re.compile(r"[/?#%]")
_HASH_BANG = re.compile(r"/?#!/?")
"""``…/#!/name`` and ``…/#!name``: the account path of hash-bang era URLs (Twitter 2010-2012)."""
_TRAILING = ".,;:!?"
_CLOSERS = {")": "(", "]": "[", "}": "{"}


# --------------------------------------------------------------------------- public types


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


# --------------------------------------------------------------------------- small helpers


def _nothing(host: str = "", url: str = "", handle: str = "") -> Recognition:
    return Recognition(OTHER, handle, url, host, False)


def _clean_value(value: str | None, lower: bool) -> str:
    """A captured group as stored: case-folded where the platform ignores case."""
    text = value or ""
    return text.lower() if lower else text


def _usable_value(value: str) -> bool:
    """A group must stay one clean path segment, with nothing left encoded in it."""
    return (
        len(value) <= _MAX_HANDLE
        and _NOT_ONE_SEGMENT.search(value) is None
        and find_bad_character(value, multiline=False) is None
    )


# --------------------------------------------------------------------------- entry points


def recognise(text: str) -> Recognition:
    """Platform, canonical handle and canonical URL of a pasted URL or handle.

    Never raises: anything it cannot read is platform ``other``, not recognised. The result
    always fits the model's limits, since percent-encoding can make a URL longer than the
    text it came from.
    """
    return _recognise_once(text)


@functools.lru_cache(maxsize=16_384)
def _recognise_once(text: str) -> Recognition:
    """Remembered (answers are immutable, the shipped catalogue is parsed once per process):
    an import recognises each URL twice, for the row and for its duplicate key."""
    found = _recognise(text, 0)
    if len(found.url) > URL_LIMIT or len(found.handle) > _MAX_HANDLE:
        return Recognition(found.platform, "", "", found.host, False)
    return found


def _recognise(text: str, depth: int) -> Recognition:
    text = _unwrapped(text)
    if not text or len(text) > URL_LIMIT or find_bad_character(text, multiline=False):
        return _nothing()
    if text.startswith("@"):
        return _recognise_at(text[1:], depth)
    if text.startswith("//"):
        return _recognise_url("https:" + text, depth)
    scheme = SCHEME.fullmatch(text)
    if scheme and scheme.group(1).lower() in ("http", "https"):
        return _recognise_url(text, depth)
    first = re.split(r"[/?#]", text, maxsplit=1)[0]
    if re.fullmatch(r"/?[ru]/[\w\-]+/?", text, re.IGNORECASE):
        return _recognise_url("https://reddit.com/" + text.lstrip("/"), depth)
    if "@" not in first and " " not in text and BARE_HOST.fullmatch(first):
        return _recognise_url("https://" + text, depth)
    return _nothing()


def _unwrapped(text: str) -> str:
    """The URL or handle inside what was pasted: entities decoded, ``<…>``, quotes, tabs,
    line breaks and trailing punctuation removed."""
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\t", "").replace("\n", "").replace("\r", "")
    previous = None
    while text != previous:
        previous = text
        text = text.strip().strip("<>\"'").strip().rstrip(_TRAILING)
        if text[-1:] in _CLOSERS and text.count(text[-1]) > text.count(_CLOSERS[text[-1]]):
            text = text[:-1]
    return text


def _recognise_at(rest: str, depth: int) -> Recognition:
    """``@user@instance`` (fediverse), ``@name.bsky.social``, or a bare ``@name``."""
    if "@" in rest:
        user, _, instance = rest.partition("@")
        if _FEDI_USER.fullmatch(user) and DOMAIN.fullmatch(instance) and "@" not in instance:
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
    if "#!" in url:
        url = _HASH_BANG.sub("/", url, count=1)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _nothing()
    host = (parts.hostname or "").rstrip(".").lower()
    if not valid_host(host):
        return _nothing()
    params = parse_qsl(parts.query, keep_blank_values=True)
    path = normalise_path(parts.path)

    target = _redirect_target(host, path, params)
    if target and depth < _MAX_REDIRECTS:
        return _recognise(target, depth + 1)

    found = lookup_host(host)
    remote = _FEDI_REMOTE.fullmatch(path)
    if remote and not remote.group(3) and (found is None or found[1][0].info.id == FEDIVERSE):
        return _fediverse_address(remote.group(1), remote.group(2), depth)
    if found is None:
        return _recognise_elsewhere(host, port, path, params)
    base, platforms = found
    host = drop_subdomains(host, base, platforms[0].drop)
    return _recognise_on_platform(host, base, platforms, path, params)


def _redirect_target(host: str, path: str, params: list[tuple[str, str]]) -> str:
    """The destination of a link shim (``l.facebook.com/l.php?u=…``), or ""."""
    host = host.removeprefix("www.")
    for redirect in _redirects_at(host):
        if redirect.path is not None and not redirect.path.fullmatch(path):
            continue
        for key, value in params:
            if key in redirect.params and value:
                return value
    return ""


@functools.lru_cache(maxsize=1024)
def _redirects_at(host: str) -> tuple[Redirect, ...]:
    """The link shims whose hosts ``host`` is, or is a subdomain of (remembered per host)."""
    return tuple(r for r in shipped().redirects if any(is_suffix(host, h) for h in r.hosts))


def _recognise_on_platform(
    host: str,
    base: str,
    platforms: tuple[Platform, ...],
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
        and DOMAIN.fullmatch(host) is not None
        and not any(is_suffix(host, h) for h in shipped().fedi_exclude)
    )
    if is_fedi_host and path.startswith("/@"):
        fedi = shipped().platforms[FEDIVERSE]
        found = _match_rules(fedi, fedi.accounts, host, path, params, account=True)
        found = found or _match_rules(fedi, fedi.contents, host, path, params, account=False)
        if found:
            return found
    kept = [(k, v) for k, v in params if not is_tracking(k)]
    return _nothing(host=host, url=build_url(host, port, path, kept))


def _content_url(platform: Platform, host: str, path: str, params: list[tuple[str, str]]) -> str:
    """A catalogue platform's non-account URL, keeping only the parameters that identify it."""
    kept = [(k, v) for k, v in params if k in platform.keep_params]
    return build_url(host, None, path, kept)


def _match_subdomain(
    platform: Platform, host: str, base: str, path: str, params: list[tuple[str, str]]
) -> Recognition | None:
    """``name.tumblr.com``: the account is the subdomain; other paths there are its posts."""
    for sub in platform.subdomains:
        if sub.base != base or not host.endswith("." + base):
            continue
        label = host[: -len(base) - 1]
        if "." in label or label in sub.exclude:
            continue
        values = {"sub": label, "host": host}
        handle = fill(sub.handle, values, for_url=False)
        if path == "/":
            url = fill(sub.url, values, for_url=True)
            return Recognition(platform.info.id, handle, url, host_of(url), True)
        return Recognition(
            platform.info.id, handle, _content_url(platform, host, path, params), host, False
        )
    return None


def _match_rules(
    platform: Platform,
    rules: tuple[Rule, ...],
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
        handle = fill(rule.handle, values, for_url=False)
        if rule.handle and not handle:
            continue
        if account:
            url = fill(rule.url, values, for_url=True)
            return Recognition(platform.info.id, handle, url, host_of(url), True)
        url = _content_url(platform, host, path, params)
        return Recognition(platform.info.id, handle, url, host, False)
    return None


def _rule_values(
    platform: Platform, rule: Rule, host: str, path: str, params: list[tuple[str, str]]
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
