"""Case 14: the file changed on disk since it was opened: conflict, save as a copy, never a
silent overwrite. Another process changes it here, before the save and during it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import answer, python

from wizard.sessions import store
from wizard.sessions.session import Session
from wizard.sessions.store import ConflictError, load_session, save_session

_COLLEAGUE = """
import sys
from pathlib import Path
from wizard.sessions.store import load_session, save_session
path = Path(sys.argv[1])
result = load_session(path)
result.session.audit.engagement.title = "Their edit"
save_session(result.session, path, expected_fingerprint=result.fingerprint)
"""


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "audit.vigie"
    session = Session.new()
    session.audit.engagement.organisation.name = "Ville de Longueuil"
    save_session(session, path)
    return path


def _colleague_saves(path: Path) -> bytes:
    done = python(_COLLEAGUE, str(path))
    assert done.returncode == 0, done.stderr
    return path.read_bytes()


def test_another_process_saved_first(session_file: Path) -> None:
    mine = load_session(session_file)
    theirs = _colleague_saves(session_file)
    mine.session.audit.engagement.title = "My edit"
    with pytest.raises(ConflictError, match="changed by someone else since it was opened"):
        save_session(mine.session, session_file, expected_fingerprint=mine.fingerprint)
    assert session_file.read_bytes() == theirs
    copy = session_file.with_name("audit (mine).vigie")
    save_session(mine.session, copy)
    assert load_session(copy).session.audit.engagement.title == "My edit"


def test_changed_while_the_save_was_being_written(
    session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The colleague's save lands after the first check, while ours is being written: the
    last check before the swap still sees it."""
    mine = load_session(session_file)
    mine.session.audit.engagement.title = "My edit"
    real_write = store.write_container
    theirs: list[bytes] = []

    def write_slowly(*args, **kwargs) -> None:
        if not theirs:
            theirs.append(_colleague_saves(session_file))
        real_write(*args, **kwargs)

    monkeypatch.setattr(store, "write_container", write_slowly)
    with pytest.raises(ConflictError):
        save_session(mine.session, session_file, expected_fingerprint=mine.fingerprint)
    assert session_file.read_bytes() == theirs[0]


def test_gui_cancel_writes_nothing_and_keeps_the_work(
    window, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs

    assert window.controller.open_file(session_file)
    window.document.audit.engagement.title = "My edit"
    window.document.mark_changed()
    theirs = _colleague_saves(session_file)
    asked = answer(monkeypatch, "ask_conflict", dialogs.ConflictChoice.CANCEL)
    assert not window.controller.save()
    assert asked[0][1] == session_file
    assert session_file.read_bytes() == theirs
    assert window.document.dirty
    assert window.document.audit.engagement.title == "My edit"
    asked.clear()
    assert not window.controller.save()  # asked again: a refusal is never remembered
    assert asked


def test_gui_overwrites_only_when_the_user_says_so(
    window, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs

    assert window.controller.open_file(session_file)
    window.document.audit.engagement.title = "My edit"
    window.document.mark_changed()
    _colleague_saves(session_file)
    answer(monkeypatch, "ask_conflict", dialogs.ConflictChoice.OVERWRITE)
    assert window.controller.save()
    assert load_session(session_file).session.audit.engagement.title == "My edit"
    assert store.load_session(store.backup_path(session_file)).session.audit.engagement.title == (
        "Their edit"
    )  # their version is the backup
