"""From a link to an account: share buttons told apart, then the import's recognition.

A page links to many addresses on social platforms that are not the organisation's
accounts: share and intent buttons (``facebook.com/sharer.php``, ``twitter.com/intent/tweet``,
``linkedin.com/shareArticle``, ``pinterest.com/pin/create``…), posts and videos, the
platform's own home page. Share links are recognised here by their path and counted apart;
everything else goes through :func:`wizard.platforms.recognise`, and only what it recognises
as an account (platform and handle) with an :func:`~wizard.platforms.account_key` counts, so
a found account meets the inventory's row exactly as an imported one would.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from wizard.platforms import OTHER, Recognition, account_key, recognise

_SHARE_PATHS = (
    "/sharer",
    "/share",
    "/intent/",
    "/dialog/share",
    "/dialog/feed",
    "/sharearticle",
    "/sharing/",
    "/cws/share",
    "/pin/create",
    "/submit",
    "/send",
    "/widgets/share",
    "/plugins/",
)
_SHARE_HOSTS = ("api.whatsapp.com", "wa.me", "t.me", "telegram.me", "bsky.app", "x.com")


def is_share_link(url: str) -> bool:
    """A share, intent or plugin URL of a social platform: someone else's button, not an
    account. Judged on the path (and the host for the few whose path is short)."""
    parts = urlsplit(url)
    path = parts.path.lower()
    if any(marker in path for marker in _SHARE_PATHS):
        host = parts.hostname or ""
        return _is_platform_host(host) or host.endswith(_SHARE_HOSTS)
    return False


def _is_platform_host(host: str) -> bool:
    found = recognise(f"https://{host}/")
    return found.platform != OTHER


def account_of(url: str) -> tuple[str, Recognition] | None:
    """The account key and recognition of ``url`` when it names an account, else None."""
    found = recognise(url)
    if not found.recognised or found.platform == OTHER:
        return None
    key = account_key(found.platform, found.handle, found.url)
    return (key, found) if key else None
