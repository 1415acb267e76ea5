"""Where the user guide is, in every way Vigie runs: a wheel, the frozen app, a checkout.

The guide is written in ``docs/user-guide.md`` with its screenshots in ``docs/images/``. A
wheel carries a copy as ``resources/guide/`` (``setup.py``); the frozen app keeps the
checkout's layout, ``docs/`` beside the packages (``packaging/vigie.spec``). Help asks this
module instead of guessing paths.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

GUIDE_NAME = "user-guide.md"


def guide_folder() -> Path | None:
    """The folder holding ``user-guide.md`` and ``images/``, or None when neither the
    packaged copy nor ``docs/`` beside the packages (a checkout, the frozen app) is there."""
    packaged = Path(str(resources.files("resources") / "guide"))
    if (packaged / GUIDE_NAME).is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[1] / "docs"
    return checkout if (checkout / GUIDE_NAME).is_file() else None


def guide_path() -> Path | None:
    """``user-guide.md`` itself (see :func:`guide_folder`)."""
    folder = guide_folder()
    return None if folder is None else folder / GUIDE_NAME
