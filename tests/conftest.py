"""Test configuration shared by every test.

Qt must run offscreen: without a display and without this, pytest-qt aborts the whole run.
It is set here, before pytest-qt creates the QApplication, not only in CI.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest
from helpers.widget_leaks import close_new_windows, visible_top_levels

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

# The desktop's recent-documents list (wizard/desktop_recent.py) lives under XDG_DATA_HOME:
# tests that open audits must not add them to the real user's list.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="vigie-tests-data-")

# openpyxl keeps its stdlib XML engine (see wizard/__init__.py) only if wizard comes first.
import wizard  # noqa: F401


@pytest.fixture(autouse=True)
def no_window_left_open() -> Iterator[None]:
    """Fail a test that leaves a new visible top-level window behind (closing it, so the
    next test starts clean). Register windows with ``qtbot.addWidget`` to have them closed."""
    before = visible_top_levels()
    yield
    leaked = close_new_windows(before)
    if leaked:
        pytest.fail(f"windows left open by the test: {', '.join(leaked)}", pytrace=False)


LONG_TIMEOUTS = {"libreoffice": 900, "wheel": 3600, "frozen": 2400}
"""Seconds allowed to tests with these markers (LibreOffice starts, a wheel installs in a
fresh venv, PyInstaller builds the app once per run) instead of pyproject's ``timeout``."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("timeout"):
            continue
        limits = [s for name, s in LONG_TIMEOUTS.items() if item.get_closest_marker(name)]
        if limits:
            item.add_marker(pytest.mark.timeout(max(limits)))
