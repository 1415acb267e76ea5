"""Long work as a person meets it: opening, saving, merging and reviewing a client's
workbook run off the GUI thread; a slow one shows a progress window, and Escape there
cancels it, leaving the open audit and the files as they were. In French and English."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.by_hand_keys import press
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from ui import dialogs, long_work
from wizard.demo import demo_session
from wizard.sessions import locking, store

LABELS = {
    "open": {"en": "Opening", "fr": "Ouverture"},
    "merge": {"en": "Reading the other session", "fr": "Lecture de l’autre session"},
    "review": {"en": "Reading the client's workbook", "fr": "Lecture du classeur du client"},
    "save": {"en": "Saving", "fr": "Enregistrement"},
}


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Holds slow work until set; set at the end so no worker outlives the test."""
    event = threading.Event()
    yield event
    event.set()
    for job in list(long_work._orphans):
        job.wait(10_000)


def slow(release: threading.Event, then: Callable[..., object]) -> Callable[..., object]:
    def work(*args: object, **kwargs: object) -> object:
        release.wait(30)
        return then(*args, **kwargs)

    return work


def when_progress_shows(do: Callable[[QProgressDialog], None]) -> list[str]:
    """Call ``do`` with the progress window once it is on screen; its label is recorded."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QProgressDialog) and box.isVisible():
            seen.append(box.labelText())
            do(box)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def press_escape(box: QProgressDialog) -> None:
    box.activateWindow()
    QApplication.processEvents()
    assert QApplication.focusWidget() is not None
    press(Qt.Key.Key_Escape)


def saved_demo(folder: Path) -> Path:
    path = folder / "other.vigie"
    store.save_session(demo_session(), path)
    return path


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_escape_cancels_a_slow_open_and_the_open_audit_stays(
    make_window, tmp_path, monkeypatch, release, lang
):
    window = make_window(lang)
    before = window.document
    path = saved_demo(tmp_path)
    monkeypatch.setattr(store, "load_session", slow(release, store.load_session))
    seen = when_progress_shows(press_escape)
    assert window.controller.open_file(path) is False
    assert seen
    assert seen[0].startswith(LABELS["open"][lang])
    assert window.document is before
    assert not locking.lock_path(path).exists(), "the cancelled open left its lock behind"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_open_failing_on_the_worker_says_why_in_one_message(
    make_window, tmp_path, monkeypatch, lang
):
    window = make_window(lang)
    before = window.document
    path = tmp_path / "broken.vigie"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    warned: list[tuple] = []
    monkeypatch.setattr(dialogs, "warn", lambda *args: warned.append(args))
    assert window.controller.open_file(path) is False
    assert len(warned) == 1
    assert window.document is before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_escape_cancels_a_slow_merge_and_the_audit_is_unchanged(
    make_window, tmp_path, monkeypatch, release, lang
):
    from ui.merge.dialog import merge_with_session

    window = make_window(lang)
    window.controller.open_demo()
    audit_before = window.document.audit.model_dump_json()
    path = saved_demo(tmp_path)
    monkeypatch.setattr(store, "load_session", slow(release, store.load_session))
    seen = when_progress_shows(press_escape)
    assert merge_with_session(window.document, window, path) is None
    assert seen
    assert seen[0].startswith(LABELS["merge"][lang])
    assert window.document.audit.model_dump_json() == audit_before
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_escape_cancels_a_slow_client_workbook_review(
    make_window, tmp_path, monkeypatch, release, lang
):
    from ui.client_return import dialog as client_return_dialog

    window = make_window(lang)
    window.controller.open_demo()
    audit_before = window.document.audit.model_dump_json()
    book = tmp_path / "returned.xlsx"
    book.write_bytes(b"never read")
    monkeypatch.setattr(
        client_return_dialog, "review_workbook", slow(release, lambda *a, **k: None)
    )
    seen = when_progress_shows(press_escape)
    result = client_return_dialog.import_client_workbook(window.document, window, book)
    assert result is None
    assert seen
    assert seen[0].startswith(LABELS["review"][lang])
    assert window.document.audit.model_dump_json() == audit_before
    assert book.read_bytes() == b"never read"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_slow_save_shows_progress_and_escape_does_not_stop_it(
    make_window, tmp_path, monkeypatch, release, lang
):
    window = make_window(lang)
    window.controller.open_demo()
    target = tmp_path / "saved.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *args: target)
    monkeypatch.setattr(store, "save_session", slow(release, store.save_session))

    def escape_then_let_it_finish(box: QProgressDialog) -> None:
        box.activateWindow()
        QApplication.processEvents()
        assert QApplication.focusWidget() is None, "a save's progress offers no button"
        QTest.keyClick(QApplication.activeWindow(), Qt.Key.Key_Escape)  # no focus: the window
        still_shown.append(box.isVisible())
        release.set()

    still_shown: list[bool] = []

    seen = when_progress_shows(escape_then_let_it_finish)
    assert window.controller.save_as() is True
    assert seen
    assert seen[0].startswith(LABELS["save"][lang])
    assert still_shown == [True], "Escape hid the progress of a save"
    assert store.load_session(target).session.audit == window.document.audit
    assert not window.document.dirty
