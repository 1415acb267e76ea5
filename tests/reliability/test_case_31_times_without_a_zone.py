"""Issue 18, case 3: ``created``/``modified`` written without a time zone (a hand edit).

``check`` said valid, then ``merge`` and ``merge-workbook`` exited 70 ("can't compare
offset-naive and offset-aware datetimes"). One rule now holds at the boundary for every
command: a time without a zone is read as UTC, as Vigie writes them.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC
from pathlib import Path

from helpers.reliability import vigie

from wizard.sessions.container import AUDIT_MEMBER
from wizard.sessions.store import load_session

STAMP = re.compile(rb'"(created|modified|added)":"([0-9T:.-]+)(Z|[+-]00:00)"')


def _strip_zones(source: Path, target: Path) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == AUDIT_MEMBER:
                data, count = STAMP.subn(rb'"\1":"\2"', data)
                assert count >= 2
            new.writestr(info, data)


def _demo(path: Path) -> Path:
    done = vigie("demo", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_every_command_reads_a_time_without_zone_as_utc(tmp_path: Path) -> None:
    theirs = _demo(tmp_path / "theirs.vigie")
    naive = tmp_path / "naive.vigie"
    _strip_zones(theirs, naive)

    check = vigie("check", str(naive))
    assert check.returncode == 0, check.stderr
    audit = load_session(naive).session.audit
    assert audit.created.tzinfo is not None
    assert audit.modified.utcoffset() == UTC.utcoffset(None)
    assert all(e.added.tzinfo is not None for e in audit.evidence)

    merged = vigie("merge", str(naive), str(theirs), "-o", str(tmp_path / "merged.vigie"))
    assert merged.returncode == 0, merged.stderr
    both = vigie("merge", str(theirs), str(naive), "-o", str(tmp_path / "merged2.vigie"))
    assert both.returncode == 0, both.stderr

    workbook = tmp_path / "audit.xlsx"
    exported = vigie("export", str(theirs), "-o", str(workbook))
    assert exported.returncode == 0, exported.stderr
    returned = vigie("merge-workbook", str(naive), str(workbook))
    assert returned.returncode == 0, returned.stderr
    assert "internal error" not in returned.stderr
