"""Setuptools hook (the rest of the configuration is in pyproject.toml).

The user guide lives in ``docs/`` (``user-guide.md`` and ``images/``) where it is written and
reviewed; Help must also find it in an installed wheel, so the build copies it into the
``resources`` package as ``resources/guide/``. The frozen app does the same in
``packaging/vigie.spec``; a source checkout reads ``docs/`` directly (``wizard/guide.py``).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DOCS = Path(__file__).resolve().parent / "docs"


class BuildWithGuide(build_py):
    """``build_py`` that also ships the user guide and its screenshots."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads docs/ in place
            return
        target = Path(self.build_lib) / "resources" / "guide"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(DOCS / "user-guide.md", target / "user-guide.md")
        shutil.copytree(DOCS / "images", target / "images", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithGuide})
