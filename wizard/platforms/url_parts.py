"""URL pieces read and rebuilt the same way everywhere: hosts, paths, query strings.

Pasted URLs differ in ways that do not matter (case of the host, ``%``-encoding, trailing
slashes, default ports) and the inventory needs one canonical form of each. These helpers
know nothing about platforms; keeping them apart from the catalogue means the rules in
:mod:`wizard.platforms` match against one normalised shape, and the canonical URLs they
build are quoted by one function, so a URL typed and the same URL pasted always meet.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlencode, urlsplit

_MAX_HOST = 253  # the DNS limit
_URL_SAFE = "@:._-~+!$'()*,;="
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"

SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):(.*)", re.IGNORECASE | re.DOTALL)
"""``scheme:rest``; group 1 is the scheme."""

DOMAIN = re.compile(r"[\w\-]+(\.[\w\-]+)*\.[^\W\d_]{2,}")
"""A DNS name ending in a letters-only top-level domain (not an IP address)."""

BARE_HOST = re.compile(r"([\w\-]+\.)+[\w\-]+(:\d+)?|\[[0-9a-f:.]+\](:\d+)?", re.IGNORECASE)
"""A host (with an optional port) typed without a scheme: ``example.org``, ``[::1]:8080``."""

_HOST = re.compile(r"[\w\-]+(\.[\w\-]+)*")
_IPV6 = re.compile(r"[0-9a-f:.]+")


def is_suffix(host: str, base: str) -> bool:
    """True when ``host`` is ``base`` or one of its subdomains."""
    return host == base or host.endswith("." + base)


def valid_host(host: str) -> bool:
    """A DNS name (IDN allowed) or an IPv6 literal; ``urlsplit`` accepts far more."""
    if not host or len(host) > _MAX_HOST:
        return False
    return bool(_HOST.fullmatch(host) or (":" in host and _IPV6.fullmatch(host)))


def host_of(url: str) -> str:
    """The lowercase host of ``url``, "" if it has none."""
    if url.startswith("https://"):  # the canonical URLs built here: no need for urlsplit
        netloc = _NETLOC_END.split(url[8:], maxsplit=1)[0]
        if netloc.isascii() and not _NETLOC_SPECIAL.search(netloc):
            return netloc.lower()
    return (urlsplit(url).hostname or "").lower()


_NETLOC_END = re.compile(r"[/?#]")
_NETLOC_SPECIAL = re.compile(r"[@:\[\]%\t\r\n]")
"""What makes ``urlsplit`` read a netloc as more than a lowercase host: left to it."""


def drop_subdomains(host: str, base: str, drop: re.Pattern[str]) -> str:
    """``fr-ca.m.facebook.com`` → ``facebook.com``: leading labels that only pick a variant."""
    while host != base and "." in host:
        label, rest = host.split(".", 1)
        if not drop.fullmatch(label) or not is_suffix(rest, base):
            break
        host = rest
    return host


def normalise_path(path: str) -> str:
    """The form rules match against: percent-decoded (a pasted URL and a typed one must meet),
    one leading slash, no empty segments, no trailing slash. An encoded ``/`` stays encoded
    so it cannot add a path level."""
    segments = [unquote(s).replace("/", "%2F") for s in path.split("/") if s]
    return "/" + "/".join(segments)


def build_url(host: str, port: int | None, path: str, params: list[tuple[str, str]]) -> str:
    """The canonical ``https`` URL: default ports dropped, path and query re-encoded."""
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port not in (80, 443):
        netloc += f":{port}"
    url = "https://" + netloc + ("" if path == "/" else quote(path, safe=_PATH_SAFE))
    return url + ("?" + urlencode(params) if params else "")


def fill(template: str, values: dict[str, str], *, for_url: bool) -> str:
    """A catalogue template filled in; for a URL, every value but ``host`` is quoted."""
    if for_url:
        values = {k: quote(v, safe=_URL_SAFE) if k != "host" else v for k, v in values.items()}
    return template.format_map(values)
