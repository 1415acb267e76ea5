"""Accounts discovered from the organisation's own saved web pages, Qt-free.

An inventory is only as good as the list the client gave. The organisation's pages (footers,
contact and press pages, campaign microsites) link to its official accounts; discovery reads
pages the auditor saved (never the network), finds the accounts they link to, and sets them
against the inventory: accounts the client forgot, accounts the site vouches for, and
accounts no page links to (ownership to verify).

* :mod:`~wizard.discovery.scanner`: sources (pages, folders, sitemaps, bookmarks, HAR) → accounts
  found, each with where;
* :mod:`~wizard.discovery.compare`: the three lists against the inventory;
* :mod:`~wizard.discovery.apply`: the one step that changes the audit, and its undo;
* :mod:`~wizard.discovery.command`: ``vigie discover``.
"""

from __future__ import annotations

from wizard.discovery.apply import AppliedDiscovery, apply_discovery, new_account
from wizard.discovery.compare import DiscoveryPlan, compare
from wizard.discovery.scanner import (
    DiscoveryCancelled,
    DiscoveryError,
    FoundAccount,
    ScanResult,
    Sighting,
    scan,
)

__all__ = [
    "AppliedDiscovery",
    "DiscoveryCancelled",
    "DiscoveryError",
    "DiscoveryPlan",
    "FoundAccount",
    "ScanResult",
    "Sighting",
    "apply_discovery",
    "compare",
    "new_account",
    "scan",
]
