"""Case 23: a password or backup codes typed into notes: a warning, with an option to remove
them. Vigie has nowhere to store a secret on purpose (no field, unknown keys refused)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import vigie
from pydantic import ValidationError

from wizard.audit.model import Account, Audit, Person
from wizard.audit.secrets import find_secrets, redact
from wizard.sessions.session import Session
from wizard.sessions.store import save_session

PASTED = [
    "mdp : Hiver2026!",
    "Mot de passe = Soleil#44 (changé en mars)",
    "Backup codes: 1234 5678 2345 6789 3456 7890",
    "codes de secours 12345678, 23456789, 34567890",
    "clé MFA JBSW Y3DP EHPK 3PXP",
    "token ghp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7",
]


def _every_model_field_name(model: type, seen: set[type] | None = None) -> set[str]:
    seen = seen if seen is not None else set()
    names: set[str] = set()
    for name, field in model.model_fields.items():
        names.add(name)
        for kind in getattr(field.annotation, "__args__", (field.annotation,)):
            inner = getattr(kind, "__args__", (kind,))
            for candidate in (kind, *inner):
                is_model = isinstance(candidate, type) and hasattr(candidate, "model_fields")
                if is_model and candidate not in seen:
                    seen.add(candidate)
                    names |= _every_model_field_name(candidate, seen)
    return names


def test_no_field_anywhere_in_the_audit_can_hold_a_secret() -> None:
    names = _every_model_field_name(Audit)
    assert {"accounts", "notes", "mfa", "credentials"} <= names  # the walk reaches inside
    words = ("password", "passwd", "secret", "token", "code", "pin", "otp", "key")
    assert not [n for n in names if any(w in n.lower() for w in words)]


@pytest.mark.parametrize("model", [Account, Person, Audit])
def test_unknown_keys_are_refused(model: type) -> None:
    with pytest.raises(ValidationError, match="password"):
        model.model_validate({"password": "Hiver2026!"})


@pytest.mark.parametrize("text", PASTED)
def test_flagged_where_it_is_and_removable(text: str) -> None:
    session = Session.new()
    session.audit.accounts = [Account(handle="@ville"), Account(handle="@x", notes=text)]
    [warning] = find_secrets(session.audit)
    assert warning.path == "accounts[1].notes"
    cleaned = redact(text)
    assert "[removed]" in cleaned
    session.audit.accounts[1].notes = cleaned
    assert find_secrets(session.audit) == []


def test_command_check_warns_naming_the_field(tmp_path: Path) -> None:
    session = Session.new()
    session.audit.accounts = [Account(handle="@ville", notes=PASTED[0])]
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    done = vigie("check", str(path))
    assert done.returncode == 0
    assert "warning: accounts[0].notes looks like a password" in done.stderr


def _open_first_card(window):
    from ui.wizard import assessment_id

    assert window.go_to(assessment_id(0))
    return window.wizard.page(assessment_id(0)).cards[0]


def test_gui_warns_under_the_field(window) -> None:
    card = _open_first_card(window)
    card.notes.setPlainText(PASTED[0])
    card.notes.commit()
    assert card.secret_warning.isVisible()
    assert "looks like a password or code" in card.secret_warning.text()
    card.notes.setPlainText("Politique revue en 2024")
    card.notes.commit()
    assert not card.secret_warning.isVisible()


def test_gui_offers_to_remove_it(window) -> None:
    from PySide6.QtWidgets import QAbstractButton

    card = _open_first_card(window)
    shown_before = {b for b in card.findChildren(QAbstractButton) if b.isVisible()}
    card.notes.setPlainText(PASTED[0])
    card.notes.commit()
    offered = [
        b
        for b in card.findChildren(QAbstractButton)
        if b.isVisible() and b not in shown_before and "remove" in b.text().lower()
    ]
    assert offered, "no 'remove' button appeared with the warning"
    offered[0].click()
    assert card.notes.text() == redact(PASTED[0])
    # through the normal edit path: stored, warning gone, on the undo stack
    stack = window.document.undo_stack
    assert window.document.audit.answer(card.criterion.id).notes == redact(PASTED[0])
    assert not card.secret_warning.isVisible()
    stack.undo()
    assert window.document.audit.answer(card.criterion.id).notes != redact(PASTED[0])
    stack.redo()
    assert window.document.audit.answer(card.criterion.id).notes == redact(PASTED[0])
    assert card.notes.text() == redact(PASTED[0])


def test_gui_removes_it_from_an_na_justification(window) -> None:
    from ui.widgets.criterion_card import NOT_APPLICABLE

    card = _open_first_card(window)
    card.justification.setPlainText(PASTED[2])
    card.choose(NOT_APPLICABLE)
    assert window.document.audit.answer(card.criterion.id).justification == PASTED[2]
    assert card.secret_warning.isVisible()
    card.secret_warning.remove_button.click()
    answer = window.document.audit.answer(card.criterion.id)
    assert answer.not_applicable
    assert answer.justification == redact(PASTED[2])
    assert find_secrets(window.document.audit) == []
    assert not card.secret_warning.isVisible()


def test_gui_removes_it_from_every_account_field_at_once(window, tmp_path: Path) -> None:
    from ui.wizard import PageId

    session = Session.new()
    session.audit.accounts = [Account(id="acc1", handle="@ville")]
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    assert window.controller.open_file(path)
    assert window.go_to(PageId.INVENTORY)
    page = window.wizard.page(PageId.INVENTORY)
    page.select_account("acc1")
    form = page.form
    for name, text in (("notes", PASTED[1]), ("purpose", PASTED[3])):
        form.editors[name].setPlainText(text)
        form.editors[name].commit()
    form.editors["third_party_apps"].setPlainText("Hootsuite")
    form.editors["third_party_apps"].commit()
    assert form.secret_warning.isVisible()
    assert "looks like a password or code" in form.secret_warning.text()
    stack = window.document.undo_stack
    steps = stack.count()
    form.secret_warning.remove_button.click()
    account = window.document.audit.account("acc1")
    assert account is not None
    assert (account.notes, account.purpose) == (redact(PASTED[1]), redact(PASTED[3]))
    assert account.third_party_apps == "Hootsuite"  # nothing flagged, nothing touched
    assert form.editors["notes"].text() == redact(PASTED[1])
    assert not form.secret_warning.isVisible()
    assert stack.count() == steps + 2  # one undoable edit per field
    stack.undo()
    stack.undo()
    assert (account.notes, account.purpose) == (PASTED[1], PASTED[3])


@pytest.mark.parametrize("field", ["scope", "objectives"])
def test_gui_warns_and_removes_it_in_the_engagement(window, field: str) -> None:
    from ui.widgets.fields import SecretWarning
    from ui.wizard import PageId

    assert window.go_to(PageId.ENGAGEMENT)
    page = window.wizard.page(PageId.ENGAGEMENT)
    editor = getattr(page, field)
    [warning] = [w for w in page.findChildren(SecretWarning) if editor in w.editors]
    editor.setPlainText("Accounts of the city")
    assert not warning.isVisible()
    editor.setPlainText(PASTED[4])
    assert warning.isVisible()
    assert "looks like a password or code" in warning.text()
    warning.remove_button.click()
    assert getattr(window.document.audit.engagement, field) == redact(PASTED[4])
    assert editor.toPlainText() == redact(PASTED[4])
    assert not warning.isVisible()
    editor.undo()  # the field's own undo brings the text back, and it is warned again
    assert editor.toPlainText() == PASTED[4]
    assert warning.isVisible()
