"""Issue 18, case 4: a zip64 locator pointing at offset 2^63.

Every command exited 70 ("cannot fit 'int' into an offset-sized integer") because the
offset was used to seek before it was checked. The record must lie before its locator.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie

from wizard.sessions.container import AUDIT_MEMBER, MIMETYPE, MIMETYPE_MEMBER


def _forged(offset: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MIMETYPE_MEMBER, MIMETYPE)
        archive.writestr(AUDIT_MEMBER, "{}")
    data = buffer.getvalue()
    end = data.rfind(b"PK\x05\x06")
    locator = b"PK\x06\x07" + struct.pack("<LQL", 0, offset, 1)
    record = bytearray(data[end:])
    struct.pack_into("<HH", record, 8, 0xFFFF, 0xFFFF)  # "see the zip64 record"
    return data[:end] + locator + bytes(record)


@pytest.mark.parametrize("offset", [2**63, 2**64 - 1, 10**12])
@pytest.mark.parametrize("command", ["check", "export", "import-accounts", "merge", "compare"])
def test_refused_as_damaged_by_every_command(tmp_path: Path, offset: int, command: str) -> None:
    session = tmp_path / "forged.vigie"
    session.write_bytes(_forged(offset))
    other = tmp_path / "other.vigie"
    assert vigie("demo", str(other)).returncode == 0
    urls = tmp_path / "urls.txt"
    urls.write_text("https://x.com/a\n", encoding="utf-8")
    argv = {
        "check": ["check", str(session)],
        "export": ["export", str(session), "-o", str(tmp_path / "out.xlsx")],
        "import-accounts": ["import-accounts", str(session), str(urls), "--apply"],
        "merge": ["merge", str(other), str(session), "-o", str(tmp_path / "m.vigie")],
        "compare": ["compare", str(other), str(session)],
    }[command]
    done = vigie(*argv)
    assert done.returncode == 1, done.stderr
    assert "zip64 directory record is damaged" in done.stderr
    assert "internal error" not in done.stderr
