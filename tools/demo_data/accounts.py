"""The demo's account inventory, in display order.

The accounts are many and long, so they live in one module per kind; this one holds what
they share (``BASE``) and the order in which the workbook and the GUI list them.
"""

from __future__ import annotations

from typing import Any

from .accounts_corporate import CORPORATE
from .accounts_others import OTHERS
from .accounts_people import PEOPLE
from .accounts_programmes import PROGRAMMES
from .people import CM, CM2, COM_UNIT, DIR_COM

BASE: dict[str, Any] = {
    "kind": "official",
    "languages": ["fr", "en"],
    "status": "active",
    "verified": True,
    "in_registry": True,
    "owning_unit": COM_UNIT,
    "owner": DIR_COM,
    "admin_count": 3,
    "admins": [CM, CM2, {"name": "", "role": "Directrice des communications (secours)"}],
    "credentials": "password_manager",
    "mfa": "all",
    "recovery_organisational": True,
    "third_party_apps": "Outil de planification des publications (licence de l'Agence)",
    "last_access_review": "2025-11-14",
    "posting_frequency": "weekly",
    "notice_linked": "yes",
    "moderation_rules": "yes",
    "accessibility": "partial",
    "branding_consistent": "yes",
    "official_languages": "yes",
    "archiving": "yes",
    "recommendation": "keep",
}

# Fields every account spells out, whatever BASE says, in model order.
ACCOUNTS: list[dict[str, Any]] = [*CORPORATE, *PROGRAMMES, *PEOPLE, *OTHERS]
