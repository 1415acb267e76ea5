"""The fictional organisation of the discovery tests: its saved pages and the client's list."""

from __future__ import annotations

from pathlib import Path

from helpers.bank import tiny_bank
from wizard.audit.model import Account, Audit

DATA = Path(__file__).resolve().parents[1] / "data" / "discovery"
SITE = DATA / "site"


def coop_audit() -> Audit:
    """The client's list: three accounts the site links to, written three ways, and one
    the site never mentions (and one row with nothing to compare)."""
    audit = Audit(framework=tiny_bank())
    audit.engagement.language = "fr"
    audit.accounts = [
        Account(id="fb", platform="facebook", handle="@CoopBoreale"),
        Account(id="ig", platform="instagram", url="https://instagram.com/coopboreale?igsh=xyz"),
        Account(id="x", platform="x", handle="CoopBoreale", url="https://twitter.com/CoopBoreale"),
        Account(id="tt", platform="tiktok", handle="coopboreale_officiel"),
        Account(id="blank", platform="other"),
    ]
    return audit
