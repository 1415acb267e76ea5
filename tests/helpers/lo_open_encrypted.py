"""Open a password-protected workbook in LibreOffice through UNO and print its first sheet's
name and cell B3, or the error (tests only).

Run by the system Python that has LibreOffice's ``uno`` module (``python3-uno``), not by the
test environment: ``python3 lo_open_encrypted.py WORKBOOK PASSWORD PROFILE_DIR PORT``.
LibreOffice's ``--convert-to`` cannot pass a document password, hence UNO.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name: str, value: object) -> PropertyValue:
    made = PropertyValue()
    made.Name = name
    made.Value = value
    return made


def main() -> int:
    source, password, profile, port = sys.argv[1:5]
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=socket,host=127.0.0.1,port={port};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    context = None
    for _ in range(120):
        try:
            context = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"
            )
            break
        except Exception:
            time.sleep(0.5)
    if context is None:
        print("ERROR LibreOffice did not start")
        office.kill()
        return 1
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    url = uno.systemPathToFileUrl(os.path.abspath(source))
    try:
        document = desktop.loadComponentFromURL(
            url, "_blank", 0, (_prop("Hidden", True), _prop("Password", password))
        )
        if document is None:
            print("ERROR not opened")
        else:
            sheet = document.Sheets.getByIndex(0)
            print(f"OPENED\t{sheet.Name}\t{sheet.getCellRangeByName('B3').String}")
            document.close(True)
    except Exception as exc:
        print(f"ERROR {type(exc).__name__}")
    finally:
        with contextlib.suppress(Exception):  # it may already be gone
            desktop.terminate()
        office.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
