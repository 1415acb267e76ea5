"""The ``vigie`` entry point (and the frozen app's entry script): the junction of core and GUI.

Subcommands go to :mod:`wizard.cli.main` without Qt ever being imported; with no subcommand the
same parser checks the arguments and the window opens (:mod:`ui.app`). The core cannot import
the GUI, so the junction lives here, on the GUI's side of the layers.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from wizard.cli.main import EXIT_NO_GUI
from wizard.cli.main import main as cli_main

CORE_FOR_THE_WINDOW = (
    "wizard.sessions.store",
    "wizard.sessions.recovery",
    "wizard.demo",
    "wizard.scoring.scores",
    "wizard.audit.labels",
    "wizard.audit.engagement_required",
    "wizard.audit.steps",
    "wizard.audit.secrets",
    "wizard.audit.date_text",
    "wizard.desktop_recent",
    "wizard.logs",
    "wizard.version",
)
"""The core modules the window needs up to the demo's engagement step, imported before Qt.

PySide6 reads the source of every module imported after it (its ``__feature__`` import hook
looks for the word "PySide6" in each), a cost paid per module, pydantic's and the standard
library's included; modules already loaded when PySide6 arrives are not read. Importing the
core first took about 30 ms off a start. ``tests/test_launch.py`` checks the list is whole.
"""


def open_window(argv: list[str]) -> int:
    """Start the desktop app, or say in one line why it cannot start here."""
    for name in CORE_FOR_THE_WINDOW:
        importlib.import_module(name)
    try:
        from ui.app import main as gui_main  # lazy: Qt only for the window, after the core
    except ImportError as exc:
        print(f"vigie: the desktop interface cannot start: {exc}", file=sys.stderr)
        return EXIT_NO_GUI
    return gui_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
