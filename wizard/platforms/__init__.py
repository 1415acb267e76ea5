"""The platform API the rest of Vigie imports: catalogue, recognition and duplicate keys.

Auditors paste whatever they have: a URL copied from a phone app with tracking parameters, a
link-shim from an e-mail, ``@name@instance``, a bare ``name.bsky.social``. The inventory needs
one canonical form of each so that duplicates are found and the workbook shows clean links.
The work is split by responsibility, and this module gathers the public names so that callers
need not know where each lives:

* :mod:`wizard.platforms.catalogue`: ``resources/platforms.toml`` loaded, checked and indexed
  (``catalogue``, ``platform_name``, ``parse_catalogue``, ``CatalogueError``);
* :mod:`wizard.platforms.url_parts`: hosts, paths and query strings read and rebuilt canonically;
* :mod:`wizard.platforms.recognition`: ``recognise`` (pasted text → ``Recognition``);
* :mod:`wizard.platforms.account_keys`: ``account_key`` and ``same_account``, to find duplicates.
"""

from __future__ import annotations

from wizard.platforms.account_keys import account_key, same_account
from wizard.platforms.catalogue import (
    FEDIVERSE,
    OTHER,
    CatalogueError,
    PlatformInfo,
    catalogue,
    parse_catalogue,
    platform_name,
)
from wizard.platforms.recognition import Recognition, recognise

__all__ = [
    "FEDIVERSE",
    "OTHER",
    "CatalogueError",
    "PlatformInfo",
    "Recognition",
    "account_key",
    "catalogue",
    "parse_catalogue",
    "platform_name",
    "recognise",
    "same_account",
]
