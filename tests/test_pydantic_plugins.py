"""No pydantic plugin receives audit data (wizard/pydantic_plugins.py).

A plugin is any package in the environment with a ``pydantic`` entry point; a spy one is
installed here in a folder put on ``PYTHONPATH`` (a ``.dist-info`` with ``entry_points.txt``
is all ``importlib.metadata`` needs), and each scenario runs in a fresh process, since which
modules are loaded first is the point.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pydantic
import pytest

from wizard.pydantic_plugins import LOADER

SPY = """
import os


class Spy:
    def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
        with open(os.environ["SPY_LOG"], "a", encoding="utf-8") as log:
            log.write(path.name + "\\n")
        return None, None, None


plugin = Spy()
"""

VALIDATE = """
import wizard.cli.check  # the whole of `vigie check`, wizard.version included
from wizard.audit.model import Account, Audit, new_audit
from wizard.bank.framework import default_bank
audit = new_audit(default_bank())
audit.accounts.append(Account(handle="ville"))
again = Audit.model_validate_json(audit.model_dump_json())
assert again.accounts[0].handle == "ville"
"""

REPORT = """
import sys
print("importlib.metadata" in sys.modules, sys.modules["pydantic.plugin._loader"].__doc__)
"""


@pytest.fixture
def spy_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a process where a spy pydantic plugin is installed."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "spy_plugin.py").write_text(SPY, encoding="utf-8")
    info = site / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(site), "SPY_LOG": str(tmp_path / "spy.log")}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)  # this test process has set it (wizard)
    return env


def _run(code: str, env: dict[str, str]) -> tuple[str, list[str]]:
    """What ``code`` printed, and the validators the spy plugin was shown."""
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    log = Path(env["SPY_LOG"])
    seen = log.read_text(encoding="utf-8").split() if log.exists() else []
    return done.stdout, seen


def test_the_spy_plugin_sees_models_when_vigie_is_not_there(spy_env: dict[str, str]) -> None:
    code = "import pydantic\nclass Probe(pydantic.BaseModel):\n    x: int\nProbe(x=1)\n"
    _, seen = _run(code, spy_env)
    assert seen == ["Probe"]  # so the two tests below can fail


def test_no_plugin_sees_an_audit_and_none_is_looked_for(spy_env: dict[str, str]) -> None:
    out, seen = _run("import wizard\n" + VALIDATE + REPORT, spy_env)
    assert seen == []
    metadata_loaded, loader = out.split(" ", 1)
    assert metadata_loaded == "False"  # entry points were never listed
    assert "Vigie's stand-in" in loader


def test_pydantic_imported_before_vigie_still_shows_no_plugin_an_audit(
    spy_env: dict[str, str],
) -> None:
    code = "import pydantic.plugin._schema_validator, pydantic.plugin._loader\nimport wizard\n"
    out, seen = _run(code + VALIDATE + REPORT, spy_env)
    assert seen == []
    assert "Vigie's stand-in" not in out  # the real loader, told by the public switch


def _imports_of_the_loader(tree: ast.Module, package: str) -> list[str]:
    """The names each ``from … import`` of the loader module takes, ``*`` for a whole import."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                parts = package.split(".")
                module = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [module])])
            if module == LOADER:
                found += [alias.name for alias in node.names]
            elif module == LOADER.rsplit(".", 1)[0]:
                found += ["*" for alias in node.names if alias.name == "_loader"]
        elif isinstance(node, ast.Import):
            found += ["*" for alias in node.names if alias.name == LOADER]
    return found


def test_pydantic_takes_only_get_plugins_from_the_module_vigie_stands_in_for() -> None:
    root = Path(pydantic.__file__).parent
    users = {}
    for source in sorted(root.rglob("*.py")):
        relative = source.relative_to(root.parent).with_suffix("")
        package = ".".join(relative.parts[:-1])  # a module's package, or the package itself
        names = _imports_of_the_loader(ast.parse(source.read_bytes()), package)
        if names:
            users[str(source.relative_to(root))] = names
    assert users == {"plugin/_schema_validator.py": ["get_plugins"]}
