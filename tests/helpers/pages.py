"""Shared data of the page tests (imported by name: conftest modules are ambiguous)."""

from __future__ import annotations

from datetime import date

from wizard.audit.model import Account, AccountKind, AccountStatus, MfaCoverage

TODAY = date(2026, 3, 1)


def sample_accounts() -> list[Account]:
    return [
        Account(
            id="acc-x",
            platform="x",
            handle="villequebec",
            kind=AccountKind.OFFICIAL,
            status=AccountStatus.ACTIVE,
            mfa=MfaCoverage.ALL,
            owning_unit="Communications",
            last_access_review=date(2026, 1, 10),
        ),
        Account(
            id="acc-fb",
            platform="facebook",
            handle="ville.quebec",
            kind=AccountKind.OFFICIAL,
            status=AccountStatus.ACTIVE,
            mfa=MfaCoverage.NONE,
        ),
        Account(
            id="acc-ig",
            platform="instagram",
            handle="quebec_fan",
            kind=AccountKind.UNOFFICIAL,
            status=AccountStatus.DORMANT,
        ),
    ]
