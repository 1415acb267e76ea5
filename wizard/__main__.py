"""``python -m wizard``: the ``vigie`` subcommands, without the window (``ui/launch.py``)."""

import sys

from wizard.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
