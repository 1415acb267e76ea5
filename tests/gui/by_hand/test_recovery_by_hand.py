"""A crash after an edit, then the file opened again the way a user does.

A real ``vigie FILE`` process (``drive_vigie.py``) types into the opened audit, writes its
recovery copy and is killed with SIGKILL. Opening the same file again, by the command line
or by File → Open, must offer the unsaved work, restore it into that same file (its name
kept, Save writing to it without asking for a name).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from helpers.by_hand_keys import press
from PySide6.QtCore import Qt

from ui import dialogs
from ui.app import _open_requested
from wizard.sessions import store
from wizard.sessions.session import Session

DRIVER = Path(__file__).with_name("drive_vigie.py")
TYPED = " (modifié)"


def saved_audit(path: Path) -> None:
    session = Session.new()
    audit = session.audit
    audit.engagement.organisation.name = "Ville de Québec"
    audit.engagement.title = "Audit 2026"
    store.save_session(session, path)


def crash_after_an_edit(path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VIGIE_STATE_DIR": str(tmp_path / "state"),
        "VIGIE_LOG_DIR": str(tmp_path / "log"),
        "VIGIE_SETTINGS": str(tmp_path / "settings.ini"),
    }
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(path), TYPED],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the copy is written (or it died)
        assert line.strip() == "READY", f"the driven vigie ended early: {line!r}"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stdout is not None:
            process.stdout.close()
    assert process.returncode == -signal.SIGKILL


def recovery_offers(monkeypatch) -> list:
    calls: list = []

    def restore(*args):
        calls.append(args)
        return dialogs.RecoveryChoice.RESTORE

    monkeypatch.setattr(dialogs, "ask_recovery", restore)
    return calls


@pytest.mark.parametrize("route", ["command line", "File → Open"])
def test_killed_vigie_offers_its_work_when_the_file_is_opened(
    make_window, monkeypatch, tmp_path, route
):
    path = tmp_path / "ville.vigie"
    saved_audit(path)
    crash_after_an_edit(path, tmp_path)
    offers = recovery_offers(monkeypatch)
    window = make_window("fr")
    if route == "command line":
        _open_requested(window, Namespace(file=path, demo=False))
    else:
        monkeypatch.setattr(dialogs, "get_open_path", lambda *a: path)
        press(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(offers) == 1
    doc = window.document
    assert doc.audit.engagement.organisation.name == "Ville de Québec" + TYPED
    assert doc.path == path.absolute()
    assert window.controller.display_name() == "ville.vigie"
    assert doc.dirty
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no Save As: same file
    assert not doc.dirty
    assert store.load_session(path).session.audit.engagement.organisation.name.endswith(TYPED)


def test_restoring_from_the_start_page_keeps_the_open_file(make_window, monkeypatch, tmp_path):
    path = tmp_path / "ville.vigie"
    saved_audit(path)
    crash_after_an_edit(path, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda *a: dialogs.RecoveryChoice.LATER)
    window = make_window("en")
    _open_requested(window, Namespace(file=path, demo=False))
    assert window.document.audit.engagement.organisation.name == "Ville de Québec"
    recovery_offers(monkeypatch)
    assert window.controller.offer_recoveries()
    assert window.document.path == path.absolute()
    assert window.document.audit.engagement.organisation.name.endswith(TYPED)
    assert window.controller.display_name() == "ville.vigie"
