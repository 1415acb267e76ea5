"""The ``vigie`` entry point (and the frozen app's entry script): the junction of core and GUI.

Subcommands go to :mod:`wizard.cli.main` without Qt ever being imported; with no subcommand the
same parser checks the arguments and the window opens (:mod:`ui.app`). The core cannot import
the GUI, so the junction lives here, on the GUI's side of the layers.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from wizard.cli.main import EXIT_NO_GUI
from wizard.cli.main import main as cli_main


def open_window(argv: list[str]) -> int:
    """Start the desktop app, or say in one line why it cannot start here.

    Only Qt and the window's light modules are imported before its first frame; the core's
    audit model, sessions and bank follow on the next turn (``ui/app.py``).
    """
    try:
        from ui.app import main as gui_main  # lazy: Qt only for the window
    except ImportError as exc:
        print(f"vigie: the desktop interface cannot start: {exc}", file=sys.stderr)
        return EXIT_NO_GUI
    return gui_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui=open_window)


if __name__ == "__main__":
    sys.exit(main())
