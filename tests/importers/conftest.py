"""Shared pieces for the import tests: the corpus folders and small audits."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.audits import tiny_framework

from wizard.model import Audit

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
PASS = DATA / "pass"
FAIL = DATA / "fail"


@pytest.fixture
def audit() -> Audit:
    return Audit(framework=tiny_framework())


def mixed_url_lines(count: int, seed: int = 7, duplicate_every: int = 10) -> list[str]:
    """The corpus generator's URL mix (many platforms, variants of earlier lines)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.mixed_url_lines(count, seed, duplicate_every)
