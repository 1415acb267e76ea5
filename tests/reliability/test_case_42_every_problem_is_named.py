"""Issue 18, "also found": commands other than ``check`` said only "the audit is not valid";
``check`` printed the path twice, hid load warnings (a missing attachment still counted,
unknown members) and accepted dangling references silently."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from helpers.reliability import vigie

from wizard.sessions.container import AUDIT_MEMBER


def _rewrite(source: Path, target: Path, edit, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == AUDIT_MEMBER:
                audit = json.loads(data)
                edit(audit)
                data = json.dumps(audit).encode()
            if info.filename.startswith("evidence/") and extra is None:
                continue  # drop the attachments: "missing from the file"
            new.writestr(info, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


def test_every_command_names_the_invalid_field(tmp_path: Path) -> None:
    demo = tmp_path / "demo.vigie"
    assert vigie("demo", str(demo)).returncode == 0

    def bad_followers(audit: dict) -> None:
        audit["accounts"][0]["followers"] = "many"

    bad = _rewrite(demo, tmp_path / "bad.vigie", bad_followers, extra={})
    urls = tmp_path / "u.txt"
    urls.write_text("https://x.com/a\n", encoding="utf-8")
    for argv in (
        ["import-accounts", str(bad), str(urls)],
        ["merge", str(demo), str(bad), "-o", str(tmp_path / "m.vigie")],
        ["compare", str(demo), str(bad)],
    ):
        done = vigie(*argv)
        assert done.returncode == 1
        assert "accounts[0].followers" in done.stderr, argv


def test_check_names_the_path_once_and_reports_warnings(tmp_path: Path) -> None:
    demo = tmp_path / "demo.vigie"
    assert vigie("demo", str(demo)).returncode == 0

    def dangle(audit: dict) -> None:
        audit["risks"][0]["accounts"] = ["no-such-account"]

    odd = _rewrite(demo, tmp_path / "odd.vigie", dangle)
    done = vigie("check", str(odd))
    assert done.returncode == 0, done.stderr
    assert "is missing from the file" in done.stderr
    assert "risks[0].accounts: 1 account(s) not in the audit" in done.stderr
    assert "0 attachments, 1 missing" in done.stdout

    broken = tmp_path / "broken.vigie"
    broken.write_bytes(demo.read_bytes()[:200])
    refused = vigie("check", str(broken))
    assert refused.returncode == 1
    assert refused.stderr.count("broken.vigie") == 1
