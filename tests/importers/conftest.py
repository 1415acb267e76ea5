"""Shared fixtures for the import tests (the corpus paths are in helpers.import_corpus)."""

from __future__ import annotations

import pytest
from helpers.audits import tiny_framework

from wizard.audit.model import Audit


@pytest.fixture
def audit() -> Audit:
    return Audit(framework=tiny_framework())
