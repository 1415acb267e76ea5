"""No pydantic plugin ever sees an audit, and no start pays to look for one.

pydantic hands what it validates to the plugins installed in the same Python environment
(any package declaring a ``pydantic`` entry point: an observability tool, say). Vigie uses
none, and audit data must stay on this computer. The ``wizard`` package calls
:func:`refuse_plugins` before anything imports pydantic; it sets two switches:

* ``PYDANTIC_DISABLE_PLUGINS=__all__``, pydantic's public switch, read each time a validator
  is built: it holds even when pydantic's loader was imported before Vigie;
* a stand-in for pydantic's private loader module (``pydantic.plugin._loader``) whose
  ``get_plugins()`` finds none, installed only when the real one is not loaded yet: the real
  one imports ``importlib.metadata`` to list entry points (about 10 ms of every ``vigie``
  command and window start) only to be told to find none.

This is the one place that knows that private module. pydantic imports nothing from it but
``get_plugins`` (``pydantic/plugin/_schema_validator.py``, in the versions ``pyproject.toml``
allows); ``tests/test_pydantic_plugins.py`` reads the installed pydantic to check it still
does, and runs a plugin installed in a test environment to see it receive nothing.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

LOADER = "pydantic.plugin._loader"
"""The module pydantic asks for its plugins."""


def _no_plugins() -> tuple[()]:
    return ()


def refuse_plugins() -> None:
    """Turn pydantic plugins off for this process (call before pydantic is imported)."""
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    if LOADER in sys.modules:
        return  # the real loader: the switch above already makes it find none
    stand_in = ModuleType(
        LOADER, "Vigie's stand-in: no pydantic plugins (wizard/pydantic_plugins.py)."
    )
    vars(stand_in).update(get_plugins=_no_plugins)  # what pydantic calls
    sys.modules[LOADER] = stand_in
