"""Test configuration shared by every test.

Qt must run offscreen: without a display and without this, pytest-qt aborts the whole run.
It is set here, before pytest-qt creates the QApplication, not only in CI.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import wizard  # noqa: F401  # before any test module imports openpyxl: its XML engine
