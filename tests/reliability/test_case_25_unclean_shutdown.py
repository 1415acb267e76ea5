"""Case 25: Vigie is killed with unsaved work, then started again: the recovery dialog offers
restore / discard / later; "later" keeps the copy. The crash here is real: a process holding
the lock writes its recovery copy, as the GUI does after each change, and is SIGKILLed."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import answer, python

from wizard.sessions.locking import read_lock
from wizard.sessions.recovery import list_recoveries
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session

_WORK_THEN_CRASH = """
import os, signal, sys
from pathlib import Path
from wizard.sessions.recovery import write_recovery
from wizard.sessions.store import acquire_lock, load_session
path = Path(sys.argv[1])
acquire_lock(path)
result = load_session(path)
result.session.audit.engagement.title = "Unsaved: section 3 reviewed"
write_recovery(result.session, result.session.audit.audit_id, fingerprint=result.fingerprint)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Lévis"
    session.audit.engagement.title = "Saved title"
    save_session(session, path)
    done = python(_WORK_THEN_CRASH, str(path))
    assert done.returncode == -9, done.stderr
    assert read_lock(path) is not None  # the crash left its lock behind
    return path


def test_later_keeps_the_copy_for_next_time(make_window, crashed: Path, monkeypatch) -> None:
    from ui import dialogs

    window = make_window()
    asked = answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.LATER)
    assert not window.controller.offer_recoveries()
    [(_, description)] = asked
    assert "Ville de Lévis" in description
    assert str(crashed) in description
    assert len(list_recoveries()) == 1
    assert load_session(crashed).session.audit.engagement.title == "Saved title"
    again = make_window()  # the next start asks again
    asked_again = answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.LATER)
    assert not again.controller.offer_recoveries()
    assert asked_again


def test_restore_brings_the_work_back_unsaved(make_window, crashed: Path, monkeypatch) -> None:
    from ui import dialogs

    window = make_window()
    answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.RESTORE)
    assert window.controller.offer_recoveries()
    doc = window.document
    assert doc.audit.engagement.title == "Unsaved: section 3 reviewed"
    assert doc.path == crashed
    assert doc.dirty
    assert load_session(crashed).session.audit.engagement.title == "Saved title"
    assert window.controller.save()  # the dead process's lock is stale: saved in place
    assert load_session(crashed).session.audit.engagement.title == ("Unsaved: section 3 reviewed")
    assert list_recoveries() == []  # a clean save removes the copy


def test_discard_deletes_the_copy_and_keeps_the_file(
    make_window, crashed: Path, monkeypatch
) -> None:
    from ui import dialogs

    before = crashed.read_bytes()
    window = make_window()
    answer(monkeypatch, "ask_recovery", dialogs.RecoveryChoice.DISCARD)
    assert not window.controller.offer_recoveries()
    assert list_recoveries() == []
    assert crashed.read_bytes() == before
