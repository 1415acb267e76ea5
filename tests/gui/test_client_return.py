"""File → Import Client Workbook: the review tree, accept/reject, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ui import dialogs
from ui.client_return.dialog import ClientReturnDialog, import_client_workbook
from ui.widgets import modal
from wizard.audit import model as m
from wizard.returned import review_workbook
from wizard.workbook import export_workbook, strings

CHECK = Qt.ItemDataRole.CheckStateRole


def _client_edit(path: Path, audit: m.Audit) -> Path:
    """Status of one account, text in a number column, a new account, a deleted one."""
    book = load_workbook(path)
    ws = book[strings.sheet_name("inventory", "en")]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "id")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1)}
    ws.cell(rows[audit.accounts[0].id], cols["Status"]).value = "Dormant"
    ws.cell(rows[audit.accounts[1].id], cols["Followers"]).value = "many"
    new = ws.max_row + 1
    ws.cell(new, cols["Platform"]).value = "LinkedIn"
    ws.cell(new, cols["Handle"]).value = "ville-de-quebec"
    ws.delete_rows(rows[audit.accounts[2].id])
    book.save(path)
    return path


@pytest.fixture
def returned(audit, tmp_path) -> Path:
    path = export_workbook(audit, tmp_path / "client.xlsx", lang="en")
    return _client_edit(path, audit)


@pytest.fixture
def dialog(qtbot, audit, returned):
    made = ClientReturnDialog(review_workbook(audit, returned, lang="en"))
    qtbot.addWidget(made)
    return made


def _leaves(model):
    top = model.index(0, 0)
    return [model.index(row, 0, top) for row in range(model.rowCount(top))]


def test_changes_are_grouped_by_sheet_with_refusals_explained(dialog) -> None:
    model = dialog.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Inventory (4)"
    leaves = _leaves(model)
    statuses = [model.data(model.index(i.row(), 4, i.parent())) for i in leaves]
    assert any(s.startswith("Refused: 'many' is text where a number belongs") for s in statuses)
    refused = next(i for i, s in zip(leaves, statuses, strict=True) if s.startswith("Refused"))
    assert not model.flags(refused) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(refused, CHECK) is None
    deleted = next(i for i, s in zip(leaves, statuses, strict=True) if "Deleted" in s)
    assert model.data(deleted, CHECK) == Qt.CheckState.Unchecked  # never by default
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Apply 2 Change(s)"
    assert model.data(model.index(0, 0), CHECK) == Qt.CheckState.PartiallyChecked


def test_accept_or_reject_each_or_all(dialog) -> None:
    model = dialog.model
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.reject_all_button.click()
    assert model.accepted_count() == 0
    assert not ok.isEnabled()
    first = _leaves(model)[0]
    assert model.setData(first, Qt.CheckState.Checked.value, CHECK)
    assert model.accepted_count() == 1
    assert ok.isEnabled()
    dialog.accept_all_button.click()
    assert model.accepted_count() == 3  # the deletion too, when asked for explicitly
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, CHECK)
    assert model.accepted_count() == 0


def test_apply_is_one_undoable_step(monkeypatch, document, returned) -> None:
    audit = document.audit
    before = audit.model_dump()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *_a: returned)

    def answer(made) -> bool:
        made.returned_by_edit.setText("Responsable des communications")
        return True

    monkeypatch.setattr(modal, "run", answer)
    inserted: list[list[str]] = []
    document.events.sig_accounts_inserted.connect(inserted.append)
    command = import_client_workbook(document)
    assert command is not None
    assert document.undo_stack.count() == 1
    assert audit.accounts[0].status is m.AccountStatus.DORMANT
    assert audit.accounts[-1].handle == "ville-de-quebec"
    assert len(audit.accounts) == 4  # the deleted row was not deleted
    note = audit.client_returns[-1]
    assert (note.returned_by, note.file_name, note.changes_applied) == (
        "Responsable des communications",
        "client.xlsx",
        2,
    )
    assert inserted == [[audit.accounts[-1].id]]
    document.undo_stack.undo()
    assert audit.model_dump() == before
    document.undo_stack.redo()
    assert audit.accounts[0].status is m.AccountStatus.DORMANT
    assert audit.client_returns[-1].received == note.received


def test_cancelling_the_review_changes_nothing(monkeypatch, document, returned) -> None:
    before = document.audit.model_dump()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *_a: returned)
    monkeypatch.setattr(modal, "run", lambda _d: False)
    assert import_client_workbook(document) is None
    assert document.undo_stack.count() == 0
    assert document.audit.model_dump() == before


def test_a_foreign_workbook_is_imported_only_when_confirmed(monkeypatch, document, tmp_path):
    other = m.Audit(framework=document.audit.framework)
    other.accounts.append(m.Account(handle="ailleurs", platform="x"))
    path = export_workbook(other, tmp_path / "other.xlsx", lang="en")
    asked: list[str] = []

    def refuse(_parent, _title, text) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask_yes_no", refuse)
    monkeypatch.setattr(modal, "run", lambda _d: True)
    assert import_client_workbook(document, path=path) is None
    assert "another audit" in asked[0]
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    assert import_client_workbook(document, path=path) is not None
    assert document.audit.accounts[-1].handle == "ailleurs"


def test_an_unreadable_file_is_explained(monkeypatch, document, tmp_path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("handle\nx\n", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text, details="": warned.append(details))
    assert import_client_workbook(document, path=path) is None
    assert "text file" in warned[0]


def test_read_only_documents_are_left_alone(document, returned) -> None:
    document.read_only = True
    assert import_client_workbook(document, path=returned) is None
