"""Shared fixtures for the import tests (the corpus paths are in helpers.import_corpus)."""

from __future__ import annotations

import pytest
from helpers.bank import tiny_bank

from wizard.audit.model import Audit


@pytest.fixture
def audit() -> Audit:
    return Audit(framework=tiny_bank())
