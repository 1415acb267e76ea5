"""Screenshot of an X display, for tests that look at another process's window.

    DISPLAY=:N python tests/tools/grab_screen.py OUT.png

Uses Qt on the ``xcb`` platform (no extra X tool needed); exits 1 when the screen cannot be
grabbed.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QGuiApplication


def main(out: str) -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    pixmap = screen.grabWindow(0) if screen is not None else None
    if pixmap is None or pixmap.isNull() or not pixmap.save(out, "PNG"):
        print(f"grab_screen: cannot grab {os.environ.get('DISPLAY')}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
