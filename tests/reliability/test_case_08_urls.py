"""Case 8: a URL over 2,079 characters or with a scheme other than http(s): plain text, not a
hyperlink. Checked in the workbook's relationship parts, where a link really lives."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from helpers.workbook_probe import cells, export_via_command

from wizard.audit.model import Account, new_audit
from wizard.sessions.session import Session

NOT_LINKS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "file:///C:/Windows/System32/calc.exe",
    "ftp://example.org/x",
    "data:text/html,<script>alert(1)</script>",
    "\\\\server\\share\\x.exe",
    "https://example.org/" + "a" * 2_100,
]
LINKS = ["https://www.facebook.com/villedegaspe", "http://example.org/page"]


def test_only_short_http_urls_become_hyperlinks(tmp_path: Path) -> None:
    audit = new_audit()
    audit.accounts = [Account(handle=f"h{i}", url=u) for i, u in enumerate(NOT_LINKS + LINKS)]
    workbook = export_via_command(Session(audit=audit), tmp_path)
    with zipfile.ZipFile(workbook) as archive:
        rels = "\n".join(
            archive.read(n).decode() for n in archive.namelist() if n.endswith(".rels")
        )
    targets = re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', rels)
    assert sorted(targets) == sorted(LINKS)
    texts = {c.value for c in cells(workbook) if isinstance(c.value, str)}
    assert set(NOT_LINKS) <= texts  # kept, as plain text
