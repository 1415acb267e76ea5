"""External programs some tests need, and the one rule for their absence.

A missing program skips the test on a developer's machine (with the package to install) but
fails it under CI (``CI`` set), where tools/system-deps.sh installs every one: a run that
lacks a tool must not look green there.
"""

from __future__ import annotations

import os
import shutil

import pytest


def need_program(name: str, package: str) -> str:
    """The program's path; under CI its absence fails the test, elsewhere it skips it."""
    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed (Debian package {package})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI installs it with tools/system-deps.sh --test")
    pytest.skip(message)
    raise AssertionError  # unreachable
