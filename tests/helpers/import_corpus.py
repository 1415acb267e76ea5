"""The account-import corpus folders and its URL generator, shared by import tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
PASS = DATA / "pass"
FAIL = DATA / "fail"


def mixed_url_lines(count: int, seed: int = 7, duplicate_every: int = 10) -> list[str]:
    """The corpus generator's URL mix (many platforms, variants of earlier lines)."""
    spec = importlib.util.spec_from_file_location("make_fixtures", DATA / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.mixed_url_lines(count, seed, duplicate_every)
