"""The inventory page: table model, filter proxy, form, undo."""

from __future__ import annotations

import pytest
from helpers.pages import TODAY
from PySide6.QtCore import QModelIndex, Qt

from ui import dialogs
from ui.models.accounts_model import (
    COL_FOLLOWERS,
    COL_HANDLE,
    COL_LAST_POST,
    COL_PROBLEMS,
    COL_STATUS,
    AccountsModel,
)
from ui.pages.inventory import InventoryPage
from ui.widgets import modal
from ui.widgets.date_field import DateField
from ui.widgets.delegates import ChoiceCombo, FieldDelegate
from wizard.audit.model import AccountStatus, MfaCoverage


@pytest.fixture
def page(qtbot, document):
    page = InventoryPage(document, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text, *_a: shown.append(text))
    return shown


def handles(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, COL_HANDLE).data() for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_rows_show_labels_and_problem_badges(page):
    model = page.model
    assert model.rowCount() == 3
    assert model.index(0, COL_STATUS).data() == "Active"
    badges = model.index(1, COL_PROBLEMS).data(model_roles().PROBLEMS_ROLE)
    assert ("no_mfa", "No MFA") in badges
    assert "3 accounts, 3 shown" in page.counts.text()


def model_roles():
    from ui.models import roles

    return roles


def test_add_duplicate_delete_with_undo_redo(page, document):
    stack = document.undo_stack
    page.add_account()
    assert page.model.rowCount() == 4
    page.select_account("acc-fb")
    page.duplicate_selected()
    assert [a.handle for a in document.audit.accounts].count("ville.quebec") == 2
    page.select_account("acc-x")
    page.delete_selected()
    assert document.audit.account("acc-x") is None
    assert page.model.rowCount() == 4
    stack.undo()
    assert document.audit.accounts[0].id == "acc-x"
    assert page.model.rowCount() == 5
    stack.undo()
    stack.undo()
    assert page.model.rowCount() == 3
    stack.redo()
    assert page.model.rowCount() == 4
    assert [a.id for a in document.audit.accounts][:3] == ["acc-x", "acc-fb", "acc-ig"]


def test_inline_edit_through_the_delegate_and_undo(qtbot, page, document):
    index = page.proxy.index(0, COL_STATUS)
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, FieldDelegate)
    editor = delegate.createEditor(page.table.viewport(), None, index)
    assert isinstance(editor, ChoiceCombo)
    delegate.setEditorData(editor, index)
    assert editor.value() is AccountStatus.ACTIVE
    editor.set_value(AccountStatus.TO_CLOSE)
    with qtbot.waitSignal(page.model.dataChanged):
        delegate.setModelData(editor, page.proxy, index)
    assert document.audit.accounts[0].status is AccountStatus.TO_CLOSE
    assert index.data() == "To close"
    document.undo_stack.undo()
    assert document.audit.accounts[0].status is AccountStatus.ACTIVE


def test_date_delegate_allows_no_date(page, document):
    index = page.proxy.index(0, COL_LAST_POST)
    delegate = page.table.itemDelegate()
    editor = delegate.createEditor(page.table.viewport(), None, index)
    assert isinstance(editor, DateField)
    delegate.setEditorData(editor, index)
    assert editor.value() is None
    editor.setText("2025-12-31")
    delegate.setModelData(editor, page.proxy, index)
    assert document.audit.accounts[0].last_post is not None
    editor.clear_value()
    delegate.setModelData(editor, page.proxy, index)
    assert document.audit.accounts[0].last_post is None


def test_set_data_converts_text_numbers(page, document):
    assert page.proxy.setData(page.proxy.index(0, COL_FOLLOWERS), "1200")
    assert document.audit.accounts[0].followers == 1200


def test_invalid_text_is_refused_with_a_message(page, document):
    assert not page.proxy.setData(page.proxy.index(0, COL_HANDLE), "bad\x07handle")
    assert document.audit.accounts[0].handle == "villequebec"
    # inline under the table (no pop-up), with the field's visible label
    assert page.refusal.text().startswith("Handle: ")
    assert "control character" in page.refusal.text()
    assert document.undo_stack.count() == 0


def test_paste_urls_adds_recognised_accounts(page, document, monkeypatch):
    def fill(dialog):
        dialog.text.setPlainText(
            "https://www.youtube.com/@villedequebec\n\nhttps://x.com/villequebec\n"
        )
        assert dialog.preview_model.rowCount() == 2
        assert dialog.preview_model.index(0, 1).data() == "YouTube"
        dialog.accept()
        return True

    monkeypatch.setattr(modal, "run", fill)
    page.paste_urls()
    added = document.audit.accounts[3:]
    assert [(a.platform, a.handle) for a in added] == [("youtube", "villedequebec")]
    document.undo_stack.undo()
    assert len(document.audit.accounts) == 3


def test_filter_by_text_platform_status_and_problem(qtbot, page):
    page.filter_edit.setText("quebec")
    assert sorted(handles(page)) == ["quebec_fan", "ville.quebec", "villequebec"]
    page.filter_edit.setText("VILLE quebec")
    assert sorted(handles(page)) == ["ville.quebec", "villequebec"]
    page.filter_edit.clear()
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("facebook"))
    assert handles(page) == ["ville.quebec"]
    page.platform_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("dormant"))
    assert handles(page) == ["quebec_fan"]
    page.status_filter.setCurrentIndex(0)
    page.problem_filter.setCurrentIndex(page.problem_filter.findData("no_mfa"))
    assert handles(page) == ["ville.quebec"]
    qtbot.waitUntil(lambda: page.counts.text() == "3 accounts, 1 shown, 2 with problems")


def test_filter_follows_edits(page, document):
    page.problem_filter.setCurrentIndex(page.problem_filter.findData("no_mfa"))
    assert handles(page) == ["ville.quebec"]
    page.model.set_field("acc-fb", "mfa", MfaCoverage.ALL)
    assert handles(page) == []
    document.undo_stack.undo()
    assert handles(page) == ["ville.quebec"]


def test_sort_by_column_and_keep_selection(page):
    page.select_account("acc-ig")
    page.table.sortByColumn(COL_HANDLE, Qt.SortOrder.AscendingOrder)
    assert handles(page) == ["quebec_fan", "ville.quebec", "villequebec"]
    current = page.table.currentIndex()
    assert current.siblingAtColumn(COL_HANDLE).data() == "quebec_fan"
    page.table.sortByColumn(COL_HANDLE, Qt.SortOrder.DescendingOrder)
    assert handles(page)[0] == "villequebec"


def test_detail_form_edits_write_the_model(qtbot, page, document, warnings):
    page.select_account("acc-fb")
    form = page.form
    assert form.account_id == "acc-fb"
    handle = form.editors["handle"]
    handle.setText("ville.de.quebec")
    handle.editingFinished.emit()
    assert document.audit.account("acc-fb").handle == "ville.de.quebec"
    assert page.model.index(1, COL_HANDLE).data() == "ville.de.quebec"
    owner = form.editors["owner.role"]
    owner.setText("Director of communications")
    owner.editingFinished.emit()
    assert document.audit.account("acc-fb").owner.role == "Director of communications"
    notes = form.editors["notes"]
    notes.setPlainText("Reviewed with the team")
    notes.commit()
    assert document.audit.account("acc-fb").notes == "Reviewed with the team"
    mfa = form.editors["mfa"]
    mfa.set_value(MfaCoverage.ALL)
    mfa.activated.emit(mfa.currentIndex())
    assert document.audit.account("acc-fb").mfa is MfaCoverage.ALL
    document.undo_stack.undo()
    assert form.editors["mfa"].value() is MfaCoverage.NONE


def test_detail_form_refuses_control_characters(page, document, warnings):
    page.select_account("acc-fb")
    owner = page.form.editors["owner.name"]
    owner.setText("Jo\x01")
    owner.editingFinished.emit()
    assert not warnings  # no pop-up: the reason is under the field
    assert "control character" in page.form.warnings["owner.name"].text()
    assert document.audit.account("acc-fb").owner.name == ""
    assert owner.text() == "Jo\x01"  # kept for the user to correct


def test_detail_form_warns_about_secrets(page):
    page.select_account("acc-fb")
    notes = page.form.editors["notes"]
    notes.setPlainText("mdp : Hiver2026!")
    notes.commit()
    assert not page.form.secret_warning.isHidden()


def test_focus_filter(page):
    page.focus_filter()
    assert page.filter_edit.hasFocus() or page.focusWidget() is page.filter_edit


def test_parent_guard(page):
    assert page.model.rowCount(page.model.index(0, 0)) == 0
    assert page.model.columnCount(page.model.index(0, 0)) == 0
    assert page.model.data(QModelIndex()) is None


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """How often the inventory model works out an account's problems and its identity."""
    from ui.models import accounts_model
    from wizard.platforms import duplicates

    calls = {"problems": 0, "keys": 0}
    problems, key_of = accounts_model.account_problems, duplicates.key_of

    def count_problems(*args: object) -> object:
        calls["problems"] += 1
        return problems(*args)  # type: ignore[arg-type]

    def count_keys(account: object) -> str:
        calls["keys"] += 1
        return key_of(account)  # type: ignore[arg-type]

    monkeypatch.setattr(accounts_model, "account_problems", count_problems)
    monkeypatch.setattr(duplicates, "key_of", count_keys)
    return calls


def test_first_visit_works_out_each_account_once(qtbot, document, counted):
    page = InventoryPage(document, today=TODAY)
    qtbot.addWidget(page)
    page.initializePage()
    page.initializePage()  # shown again, nothing changed
    accounts = len(document.audit.accounts)
    assert counted == {"problems": accounts, "keys": accounts}
    assert "3 accounts, 3 shown" in page.counts.text()


def test_a_change_while_the_page_is_hidden_is_shown_on_the_next_visit(qtbot, document, counted):
    page = InventoryPage(document, today=TODAY)
    qtbot.addWidget(page)
    assert "Duplicate" not in page.model.index(0, COL_PROBLEMS).data()
    twin = document.audit.accounts[1]
    # an edit outside the undo stack, without account events (as a form field does)
    document.audit.accounts[0].platform = twin.platform
    document.audit.accounts[0].handle = twin.handle
    document.audit.accounts[0].url = twin.url
    document.mark_changed()
    page.initializePage()
    assert "Duplicate" in page.model.index(0, COL_PROBLEMS).data()
    accounts = len(document.audit.accounts)
    assert counted["problems"] == 2 * accounts
    # the edited account now has its twin's platform, handle and URL: nothing to recognise
    assert counted["keys"] == accounts


def test_a_big_inventory_is_worked_out_in_slices_after_the_first_paint(
    qtbot, document, counted, monkeypatch
):
    from ui.pages import inventory

    monkeypatch.setattr(inventory, "WARM_SLICE", 2)  # 3 accounts: a "big" inventory
    first, twin = document.audit.accounts[0], document.audit.accounts[1]
    first.platform, first.handle, first.url = twin.platform, twin.handle, twin.url
    page = InventoryPage(document, today=TODAY)
    qtbot.addWidget(page)
    assert counted == {"problems": 0, "keys": 0}  # nothing before the first paint
    page.show()
    qtbot.waitUntil(lambda: counted["keys"] > 0)
    assert page.model.warming  # the slices go on, a turn of the event loop each
    assert page.counts.text() == "3 accounts, 3 shown"
    qtbot.waitUntil(lambda: "with problems" in page.counts.text())
    assert not page.model.warming
    assert "Duplicate" in page.model.index(0, COL_PROBLEMS).data()
    assert "Duplicate" in page.model.index(1, COL_PROBLEMS).data()
    assert page.model.twins_of(first.id) == [twin]


def test_each_warm_up_turn_works_out_its_own_slice_only(document, counted):
    """The turn that completes the identities only marks the twins; the facts follow, a
    slice a turn (a 10,000-account warm-up once did both in one long turn)."""
    model = AccountsModel(document, TODAY)
    model.start_warming()
    turns, done, seen = [], False, dict(counted)
    while not done:
        done = model.warm(2)
        turns.append((counted["keys"] - seen["keys"], counted["problems"] - seen["problems"]))
        seen = dict(counted)
    assert turns == [(2, 0), (1, 0), (0, 2), (0, 1)]  # 3 accounts, 2 a slice


def test_the_filters_are_refilled_only_when_the_audit_changed(qtbot, document, monkeypatch):
    """Offering the platforms present is a pass over every account: the first visit does
    it once (it was twice), a visit to an unchanged audit not at all."""
    from ui.pages.inventory_filters import InventoryFilters

    fills: list[int] = []
    real = InventoryFilters.fill
    monkeypatch.setattr(InventoryFilters, "fill", lambda self: fills.append(1) or real(self))
    page = InventoryPage(document, today=TODAY)
    qtbot.addWidget(page)
    page.initializePage()
    page.initializePage()
    assert len(fills) == 1
    document.audit.accounts[0].platform = "tiktok"
    document.mark_changed()
    page.initializePage()
    assert len(fills) == 2
    assert page.platform_filter.findData("tiktok") > 0
