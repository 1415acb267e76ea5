"""Test configuration shared by every test.

Qt must run offscreen: without a display and without this, pytest-qt aborts the whole run.
It is set here, before pytest-qt creates the QApplication, not only in CI.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

# The desktop's recent-documents list (wizard/desktop_recent.py) lives under XDG_DATA_HOME:
# tests that open audits must not add them to the real user's list.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="vigie-tests-data-")

# openpyxl keeps its stdlib XML engine (see wizard/__init__.py) only if wizard comes first.
import wizard  # noqa: F401
