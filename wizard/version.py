"""The running Vigie's version, recorded in saved audits and lock files."""

from __future__ import annotations

from functools import cache
from importlib import metadata


@cache
def app_version() -> str:
    """The installed package version; a source checkout that is not installed says so."""
    try:
        return metadata.version("vigie-audit")
    except metadata.PackageNotFoundError:
        return "0+unknown"
