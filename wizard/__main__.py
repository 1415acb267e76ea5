"""``python -m wizard``: the ``vigie`` command; also the frozen app's entry script."""

import sys

from wizard.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
