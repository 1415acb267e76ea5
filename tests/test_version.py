"""One version source: ``wizard.__version__``, read by the build and by the running app."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import wizard
from wizard.version import app_version

ROOT = Path(__file__).resolve().parent.parent


def test_the_build_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "wizard.__version__"}


def test_the_app_says_the_version_it_was_installed_as() -> None:
    assert app_version() == wizard.__version__ == metadata.version("vigie-audit")
