"""Is a typed URL a URL? A quick check before recognition, for text typed by hand.

Recognition is generous by design (a pasted list holds every kind of link), so a typo like
``htp:/ville.ca`` used to become a "website" account and ``pas une url`` was kept as a
URL. The account form asks :func:`url_problem` first and refuses with the reason.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(/*)(.*)$")


@functools.cache
def _host_pattern() -> re.Pattern[str]:
    """Compiled on the first check, not at import: its wide character ranges take some
    milliseconds to compile, and the inventory imports this module on its first visit."""
    return re.compile(
        r"^(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*)\.)+[A-Za-z\u00a1-\uffff]{2,}$"
    )


class UrlProblem(StrEnum):
    SPACES = "spaces"
    """Words, not an address (``pas une url``)."""
    BAD_SCHEME = "bad_scheme"
    """A scheme other than http/https, or mistyped (``htp:/``, ``https:/``, ``http//``)."""
    NO_HOST = "no_host"
    """No site name with a dot (``https://ville``, ``villequebec``)."""


def url_problem(text: str) -> UrlProblem | None:
    """Why ``text`` is not a web address, or None when it is one (or is empty)."""
    text = text.strip()
    if not text:
        return None
    if any(ch.isspace() for ch in text):
        return UrlProblem.SPACES
    rest = text
    match = _SCHEME.match(text)
    if match and not _looks_like_host_port(text):
        scheme, slashes, rest = match.groups()
        if scheme.lower() not in ("http", "https") or slashes != "//":
            return UrlProblem.BAD_SCHEME
    elif re.match(r"^[A-Za-z]+//", text):
        return UrlProblem.BAD_SCHEME  # "http//ville.ca": the colon is missing
    host = re.split(r"[/?#]", rest, maxsplit=1)[0].rsplit("@", 1)[-1].split(":")[0]
    if not _host_pattern().match(host):
        return UrlProblem.NO_HOST
    return None


def _looks_like_host_port(text: str) -> bool:
    """``ville.ca:8080/page`` has a colon but no scheme."""
    return bool(re.match(r"^[^/:]+\.[^/:]+:\d+", text))
