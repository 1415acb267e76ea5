"""Case 10: the process is killed (SIGKILL) at a random moment while saving, 50 times: each
time the file is the old or the new version, whole, and opens; its backup opens; the recovery
copy opens, and is offered at the next start.

The saving process alternates two versions and writes its recovery copy after each save, as
the GUI does; a byte in shared memory says what it was doing when it was killed, so the test
knows how many kills landed in the middle of a save (and asserts that most did).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.reliability import python

from wizard.sessions.recovery import list_recoveries, load_recovery
from wizard.sessions.store import backup_path, load_session, save_session

KILLS = 50

_SAVER = r"""
import json, mmap, os, random, signal, sys, time
from pathlib import Path
from helpers.audits import make_session
from wizard.sessions.atomic import atomic_write
from wizard.sessions.recovery import list_recoveries, load_recovery, write_recovery
from wizard.sessions.store import backup_path, load_session, save_session

path, kills = Path(sys.argv[1]), int(sys.argv[2])
versions = {}
for name in ("Version B", "Version C"):
    session = make_session(accounts=300, org=name)
    session.add_evidence("scan.bin", random.Random(name).randbytes(300_000))
    versions[name] = session
doing = mmap.mmap(-1, 1)  # shared with the forked saver: what it is doing right now
rng = random.Random(10)
# Kills are spread over a few save-and-copy cycles as long as this machine takes for one
# (measured on a scratch file), so a loaded machine still sees saves and copies complete.
scratch = path.with_name("scratch.vigie")
started = time.perf_counter()
save_session(versions["Version B"], scratch)
cycle = 2 * (time.perf_counter() - started)  # a save, then a recovery copy of the same size
scratch.unlink()
backup_path(scratch).unlink(missing_ok=True)


def saver():
    while True:
        for session in versions.values():
            doing[0:1] = b"S"
            save_session(session, path)
            doing[0:1] = b"R"
            write_recovery(session, "doc")
            doing[0:1] = b"-"


def describe(file):
    if not file.exists():
        return None
    loaded = load_session(file).session
    name = loaded.audit.engagement.organisation.name
    if name in versions:  # whole: every account and attachment of that version
        assert loaded.audit.accounts == versions[name].audit.accounts, file
        assert loaded.blobs == versions[name].blobs, file
    return name


for _ in range(kills):
    doing[0:1] = b"-"
    pid = os.fork()  # one thread here, so forking is safe
    if pid == 0:
        try:
            saver()
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0.02, max(0.3, 1.5 * cycle)))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    temps = [p for p in path.parent.iterdir() if "tmp-" in p.name]
    copies = list_recoveries()
    result = {
        "doing": doing[0:1].decode(),
        "file": describe(path),
        "backup": describe(backup_path(path)),
        "recovery": [load_recovery(i).session.audit.engagement.organisation.name for i in copies],
        "temps": len(temps),
    }
    for temp in temps:  # what remove_leftovers does an hour later
        temp.unlink()
    print(json.dumps(result), flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.timeout(900)  # fifty saves killed, in a subprocess allowed 600 s
def test_fifty_kills_mid_save(tmp_path: Path, state_dir: Path) -> None:
    path = tmp_path / "audit.vigie"
    save_session(make_session(org="Version A"), path)
    done = python(_SAVER, str(path), str(KILLS), timeout=600)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(results) == KILLS
    names = {"Version A", "Version B", "Version C"}
    for result in results:
        assert result["file"] in names
        assert result["backup"] in names | {None}
        assert set(result["recovery"]) <= names
    mid_save = sum(r["doing"] == "S" for r in results)
    print(
        f"\n{KILLS} kills: {mid_save} mid-save, "
        f"{sum(r['doing'] == 'R' for r in results)} mid-recovery-copy, "
        f"{sum(r['temps'] > 0 for r in results)} left a temp file",
        file=sys.stderr,
    )
    assert mid_save >= KILLS // 3, "too few kills landed during a save to prove anything"
    assert any(r["file"] != "Version A" for r in results), "no save ever completed"
    # the next start offers the last recovery copy, and it opens
    [info] = list_recoveries()
    assert load_recovery(info).session.audit.engagement.organisation.name in names
    assert load_session(backup_path(path)).session.audit.engagement.organisation.name in names
