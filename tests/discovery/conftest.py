"""The discovery tests' audit: the fictional organisation's client list."""

from __future__ import annotations

import pytest
from helpers.discovery import coop_audit

from wizard.audit.model import Audit


@pytest.fixture
def audit() -> Audit:
    return coop_audit()
