"""Case 4: a note over 32,767 UTF-16 units (Excel's cell limit; an emoji counts two) is
blocked at input with a count; a note at the limit is never truncated, in the session file
or in the workbook."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie
from openpyxl import load_workbook
from pydantic import ValidationError

from wizard.audit.model import Account
from wizard.audit.text import EXCEL_CELL_LIMIT, LINE_LIMIT, utf16_units
from wizard.sessions.container import MIMETYPE
from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook, strings
from wizard.workbook import inventory as inv

AT_LIMIT = "😀" * (EXCEL_CELL_LIMIT // 2) + "é"
assert utf16_units(AT_LIMIT) == EXCEL_CELL_LIMIT


def test_one_unit_over_is_refused_with_the_count() -> None:
    with pytest.raises(ValidationError) as caught:
        Account(notes=AT_LIMIT + "a")
    message = str(caught.value)
    assert "notes" in message
    assert "is too long: 32,768 characters, the limit is 32,767" in message
    with pytest.raises(ValidationError, match=f"is too long: {LINE_LIMIT + 1} characters"):
        Account(handle="h" * (LINE_LIMIT + 1))


def test_at_the_limit_nothing_is_cut(tmp_path: Path) -> None:
    session = Session.new()
    session.audit.accounts = [Account(handle="@long", notes=AT_LIMIT)]
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    assert load_session(path).session.audit.accounts[0].notes == AT_LIMIT
    workbook = export_workbook(session, tmp_path / "audit.xlsx", lang="en")
    ws = load_workbook(workbook)[strings.sheet_name("inventory", "en")]
    assert ws[f"{inv.letter('notes')}{inv.FIRST_ROW}"].value == AT_LIMIT


def test_over_the_limit_in_a_file_is_refused_naming_the_path(tmp_path: Path) -> None:
    session = Session.new()
    session.audit.accounts = [Account(handle="@long")]
    raw = json.loads(session.audit.model_dump_json())
    raw["accounts"][0]["notes"] = "x" * 40_000
    path = tmp_path / "long.vigie"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("audit.json", json.dumps(raw), zipfile.ZIP_DEFLATED)
    done = vigie("check", str(path))
    assert done.returncode == 1
    assert "accounts[0].notes: is too long: 40,000 characters, the limit is 32,767" in (done.stderr)


# --------------------------------------------------------------------------- the GUI counter

NEAR_LIMIT = "😀" * (EXCEL_CELL_LIMIT * 4 // 10 + 1)  # past 80 %: each emoji counts two
QUIET = "a" * (EXCEL_CELL_LIMIT // 2)  # half the limit: no counter


def _count(units: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(units)


def _first_card(window):
    from ui.wizard import assessment_id

    assert window.go_to(assessment_id(0))
    return window.wizard.page(assessment_id(0)).cards[0]


def test_gui_counter_shows_near_the_limit_and_blocks_over_it(window) -> None:
    card = _first_card(window)
    notes, counter = card.notes, card.notes.counter
    stored = lambda: window.document.audit.answer(card.criterion.id).notes  # noqa: E731
    notes.setPlainText(QUIET)
    assert counter.isHidden()
    notes.commit()
    assert stored() == QUIET
    notes.setPlainText(NEAR_LIMIT)
    assert not counter.isHidden()
    assert counter.units == utf16_units(NEAR_LIMIT) > len(NEAR_LIMIT)
    assert f"{_count(counter.units)} / {_count(EXCEL_CELL_LIMIT)}" in counter.text()
    assert not counter.is_over()
    notes.setPlainText(AT_LIMIT + "a")
    assert counter.is_over()
    assert f"{_count(EXCEL_CELL_LIMIT + 1)} / {_count(EXCEL_CELL_LIMIT)}" in counter.text()
    assert "too long" in counter.text()
    assert "#842029" in counter.styleSheet()  # red
    notes.commit()  # blocked: nothing stored, nothing cut, nothing lost
    assert stored() == QUIET
    assert notes.text() == AT_LIMIT + "a"
    notes.setPlainText(AT_LIMIT)  # shortened by one: saved whole
    assert not counter.is_over()
    notes.commit()
    assert stored() == AT_LIMIT
    notes.setPlainText("short")
    assert counter.isHidden()


def test_gui_counter_in_the_account_form_and_the_engagement(window, tmp_path: Path) -> None:
    from ui.wizard import PageId

    session = Session.new()
    session.audit.accounts = [Account(id="acc1", handle="@long")]
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    assert window.controller.open_file(path)
    assert window.go_to(PageId.INVENTORY)
    page = window.wizard.page(PageId.INVENTORY)
    page.select_account("acc1")
    notes = page.form.editors["notes"]
    notes.setPlainText(AT_LIMIT + "a")
    assert notes.counter.is_over()
    notes.commit()
    assert window.document.audit.account("acc1").notes == ""
    assert notes.text() == AT_LIMIT + "a"

    assert window.go_to(PageId.ENGAGEMENT)
    engagement = window.wizard.page(PageId.ENGAGEMENT)
    counter = engagement.scope.findChild(type(notes.counter))
    engagement.scope.setPlainText(NEAR_LIMIT)
    assert not counter.isHidden()
    assert window.document.audit.engagement.scope == NEAR_LIMIT
    engagement.scope.setPlainText(AT_LIMIT + "a")
    assert counter.is_over()
    assert window.document.audit.engagement.scope == NEAR_LIMIT  # refused, not cut
    assert any("32,768 characters" in problem for problem in engagement.problems())
    assert engagement.scope.toPlainText() == AT_LIMIT + "a"
