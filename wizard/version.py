"""The running Vigie's version, recorded in saved audits and lock files.

One source: ``wizard.__version__``. The build reads the same attribute (``pyproject.toml``,
``[tool.setuptools.dynamic]``), so the installed package's metadata always agrees with it,
and the app never imports ``importlib.metadata`` to ask (about 10 ms of every start and
every ``vigie`` command).
"""

from __future__ import annotations

from wizard import __version__


def app_version() -> str:
    """This Vigie's version (the package's, a wheel's or a frozen app's alike)."""
    return __version__
