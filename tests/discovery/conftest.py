"""Shared fixtures of the discovery tests: the fictional organisation's saved pages and an
inventory that knows some of its accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.audits import tiny_framework

from wizard.audit.model import Account, Audit

DATA = Path(__file__).resolve().parents[1] / "data" / "discovery"
SITE = DATA / "site"


def coop_audit() -> Audit:
    """The client's list: three accounts the site links to, written three ways, and one
    the site never mentions."""
    audit = Audit(framework=tiny_framework())
    audit.engagement.language = "fr"
    audit.accounts = [
        Account(id="fb", platform="facebook", handle="@CoopBoreale"),
        Account(id="ig", platform="instagram", url="https://instagram.com/coopboreale?igsh=xyz"),
        Account(id="x", platform="x", handle="CoopBoreale", url="https://twitter.com/CoopBoreale"),
        Account(id="tt", platform="tiktok", handle="coopboreale_officiel"),
        Account(id="blank", platform="other"),
    ]
    return audit


@pytest.fixture
def audit() -> Audit:
    return coop_audit()
