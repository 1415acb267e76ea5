"""Importing a page imports none of the dialogs its buttons open (issue 15: a page's first
visit imports its module; a dialog is imported when its button is first used)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

DIALOGS = ("ui.widgets.paste_dialog", "ui.import_accounts.dialog", "ui.merge.dialog")


@pytest.mark.parametrize("page", ["ui.pages.inventory", "ui.pages.summary"])
def test_a_page_module_imports_no_dialog_of_its_buttons(page: str) -> None:
    code = (
        f"import sys\nimport {page}\nprint(','.join(m for m in {DIALOGS!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == ""
