"""The inventory filled in from the keyboard: an account added with its button, its handle
typed in the table, then every field of the detail form typed through the focus, in French
and in English; the values reach the audit and survive Save and reopen. A refused value
stays in its field with the reason under it, in the interface language."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.by_hand_keys import focus, inside, next_step, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ui import dialogs
from ui.models import account_fields
from ui.models.accounts_model import COL_PROBLEMS
from ui.widgets.date_field import DateField
from ui.wizard import PageId

CTRL = Qt.KeyboardModifier.ControlModifier
DATES = {"created": "2016-03-01", "last_access_review": "15/01/2026", "last_post": "2026-02-28"}
EXPECTED_DATES = {
    "created": date(2016, 3, 1),
    "last_access_review": date(2026, 1, 15),
    "last_post": date(2026, 2, 28),
}


def text_for(name: str) -> str:
    if name in DATES:
        return DATES[name]
    kind = account_fields.kind(name.split(".")[0])
    if name == "url":
        return "https://www.facebook.com/villequebec"
    if name == "languages":
        return "fr, en"
    if name == "admins":
        return "Gestionnaire; Élise"
    return {"int": "42", "float": "3,5"}.get(kind, f"Écrit à la main — {name}")


def to_inventory(window):
    press(Qt.Key.Key_N, CTRL)
    type_text("Ville de Québec")
    page = window.wizard.currentPage()
    page.title_edit.setFocus()  # the two required fields; the full walk is the engagement test
    type_text("Audit 2026")
    next_step(window)
    assert window.wizard.currentId() == PageId.INVENTORY
    return window.wizard.currentPage()


def add_account_by_keyboard(page) -> None:
    page.action_buttons[0].setFocus()  # "Add", first of the toolbar; Tab order is tested below
    press(Qt.Key.Key_Space)
    assert inside(focus(), page.table), "Add must open the new account's handle for typing"
    type_text("villequebec")
    press(Qt.Key.Key_Return)


def walk_form(page) -> dict[str, str]:
    """Tab from the table through the detail form, typing into every text field."""
    by_widget = {editor: name for name, editor in page.form.editors.items()}
    typed: dict[str, str] = {}
    page.table.setFocus()
    for _ in range(300):
        press(Qt.Key.Key_Tab)
        widget = focus()
        name = by_widget.get(widget)
        if name is None or name in typed or name == "handle":
            if not inside(widget, page):
                break
            continue
        if not isinstance(widget, QLineEdit | QPlainTextEdit):
            continue
        text = text_for(name)
        press(Qt.Key.Key_A, CTRL)
        type_text(text)
        assert focus() is widget, f"typing in {name} moved the focus to {focus()!r}"
        shown = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        assert shown == text, name
        typed[name] = text
    return typed


def assert_account(account, typed: dict[str, str]) -> None:
    for name, text in typed.items():
        if name in DATES:
            assert getattr(account, name) == EXPECTED_DATES[name], name
        elif name == "url":
            assert "villequebec" in account.url
        elif name == "languages":
            assert account.languages == ["fr", "en"]
        elif name == "admins":
            assert [(p.role, p.name) for p in account.admins] == [("Gestionnaire", "Élise")]
        elif name.startswith("owner."):
            assert getattr(account.owner, name.split(".")[1]) == text
        else:
            kind = account_fields.kind(name)
            expected = {"int": 42, "float": 3.5}.get(kind, text)
            assert getattr(account, name) == expected, name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_inventory_typed_by_keyboard_lands_and_survives_reopen(
    make_window, monkeypatch, tmp_path, lang
):
    window = make_window(lang)
    page = to_inventory(window)
    add_account_by_keyboard(page)
    account_id = window.document.audit.accounts[0].id
    assert window.document.audit.accounts[0].handle == "villequebec"
    typed = walk_form(page)
    text_fields = [
        name
        for name, editor in page.form.editors.items()
        if isinstance(editor, QLineEdit | QPlainTextEdit) and name != "handle"
    ]
    assert sorted(typed) == sorted(text_fields), "Tab did not reach every text field"
    assert all(isinstance(page.form.editors[n], DateField) for n in DATES)
    account = window.document.audit.account(account_id)
    assert_account(account, typed)
    before = account.model_dump()

    target = tmp_path / "inventaire.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    press(Qt.Key.Key_S, CTRL)
    window.new_audit()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: target)
    press(Qt.Key.Key_O, CTRL)
    assert window.document.audit.account(account_id).model_dump() == before


@pytest.mark.parametrize(
    ("lang", "field", "typed", "reason"),
    [
        ("fr", "followers", "-5", "Abonnés : doit être 0 ou plus"),
        ("en", "followers", "-5", "Followers: must be 0 or more"),
        ("fr", "engagement_rate", "beaucoup", "« beaucoup » n’est pas une valeur valide"),
    ],
)
def test_a_refused_value_stays_and_says_why_inline(make_window, lang, field, typed, reason):
    window = make_window(lang)
    page = to_inventory(window)
    add_account_by_keyboard(page)
    editor = page.form.editors[field]
    editor.setFocus()
    type_text(typed)
    press(Qt.Key.Key_Tab)  # the seam fails the test if a pop-up opens
    assert editor.text() == typed
    warning = page.form.warnings[field]
    assert warning.isVisibleTo(page.form)
    assert reason in warning.text()
    assert getattr(window.document.audit.accounts[0], field) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_duplicate_typed_by_hand_is_flagged_at_once_and_filterable(make_window, lang):
    window = make_window(lang)
    page = to_inventory(window)
    add_account_by_keyboard(page)
    assert not page.refusal.isVisibleTo(page)
    add_account_by_keyboard(page)  # the same handle again, on the same platform
    first, second = window.document.audit.accounts
    assert (first.platform, first.handle) == (second.platform, second.handle)
    assert page.refusal.isVisibleTo(page)
    assert "villequebec" in page.refusal.text()
    duplicate = page.model.problem_text("duplicate")
    for row in range(2):
        assert duplicate in page.model.index(row, COL_PROBLEMS).data()
    combo = page.problem_filter
    combo.setCurrentIndex(combo.findData("duplicate"))
    assert page.proxy.rowCount() == 2
    page.form.editors["handle"].setFocus()
    press(Qt.Key.Key_End)
    type_text("2")
    press(Qt.Key.Key_Tab)
    assert not page.refusal.isVisibleTo(page)
    assert duplicate not in page.model.index(0, COL_PROBLEMS).data()
    assert page.proxy.rowCount() == 0


@pytest.mark.parametrize(
    ("lang", "typed", "reason"),
    [
        ("fr", "pas une url", "Adresse (URL) : ce n’est pas une adresse web"),
        ("en", "htp:/ville.ca", "URL: the start is mistyped"),
    ],
)
def test_a_mistyped_url_is_refused_inline_and_kept(make_window, lang, typed, reason):
    window = make_window(lang)
    page = to_inventory(window)
    add_account_by_keyboard(page)
    before = window.document.audit.accounts[0].model_dump()
    url = page.form.editors["url"]
    url.setFocus()
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert url.text() == typed
    assert reason in page.form.warnings["url"].text()
    assert window.document.audit.accounts[0].model_dump() == before
