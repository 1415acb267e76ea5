"""Findings and action plan page."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.pages import TODAY

from ui.models.findings_model import COL_DECISION, COL_TITLE
from ui.models.plan_models import ActionsModel
from ui.pages.findings import FindingsPage
from ui.widgets import modal
from ui.widgets.date_field import DateField
from ui.widgets.finding_dialogs import DismissDialog
from wizard.audit.model import Decision, Severity


@pytest.fixture
def page(qtbot, document):
    page = FindingsPage(document, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.initializePage()
    return page


def select(page, key_part: str) -> str:
    model = page.findings_model
    key = next(f.key for f in model.findings if key_part in f.key)
    page.select_finding(key)
    return key


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.findings_model)
    page.add_action()
    qtmodeltester.check(page.actions_model)


def test_generated_findings_are_listed(page):
    model = page.findings_model
    keys = [f.key for f in model.findings]
    assert "inv.no_mfa" in keys
    row = model.row_of("inv.no_mfa")
    assert model.index(row, COL_DECISION).data() == "To review"
    assert model.index(row, COL_TITLE).data()


def test_accept_then_undo(page, document):
    key = select(page, "inv.no_mfa")
    page.accept_button.click()
    assert document.audit.finding_reviews[key].decision is Decision.ACCEPTED
    assert page.findings_model.index(page.findings_model.row_of(key), COL_DECISION).data() == (
        "Accepted"
    )
    document.undo_stack.undo()
    assert key not in document.audit.finding_reviews


def test_dismiss_requires_a_reason(qtbot, page, document, monkeypatch):
    dialog = DismissDialog("A finding")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0
    dialog.reason.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("Handled by the 2026 security project")
    assert dialog.ok.isEnabled()

    key = select(page, "inv.no_mfa")

    def cancel_without_reason(dialog):
        assert not dialog.ok.isEnabled()
        return False

    monkeypatch.setattr(modal, "run", cancel_without_reason)
    page.dismiss_finding()
    assert key not in document.audit.finding_reviews

    def give_reason(dialog):
        dialog.reason.setPlainText("Handled by the 2026 security project")
        dialog.accept()
        return dialog.result() == 1

    monkeypatch.setattr(modal, "run", give_reason)
    page.dismiss_finding()
    review = document.audit.finding_reviews[key]
    assert review.decision is Decision.DISMISSED
    assert review.reason == "Handled by the 2026 security project"
    assert not page.action_button.isEnabled()


def test_edit_generated_finding(page, document, monkeypatch):
    key = select(page, "inv.no_mfa")

    def edit(dialog):
        dialog.title_edit.setText("MFA missing on the Facebook page")
        dialog.severity.set_value(Severity.MEDIUM)
        return True

    monkeypatch.setattr(modal, "run", edit)
    page.edit_finding()
    review = document.audit.finding_reviews[key]
    assert (review.decision, review.title, review.severity) == (
        Decision.EDITED,
        "MFA missing on the Facebook page",
        Severity.MEDIUM,
    )
    assert page.findings_model.finding(key).title("en") == "MFA missing on the Facebook page"


def test_own_finding_add_edit_remove(page, document, monkeypatch):
    def write(dialog):
        dialog.title_edit.setText("No social media policy")
        dialog.detail_edit.setPlainText("None was found.")
        dialog.recommendation_edit.setPlainText("Adopt a policy.\nReview it yearly.")
        return True

    monkeypatch.setattr(modal, "run", write)
    page.add_own_finding()
    assert document.audit.own_findings[0].title == "No social media policy"
    assert page.current().own

    def retitle(dialog):
        dialog.title_edit.setText("No approved social media policy")
        return True

    monkeypatch.setattr(modal, "run", retitle)
    page.edit_finding()
    assert document.audit.own_findings[0].title == "No approved social media policy"
    page.action_from_finding()
    assert document.audit.actions[0].title == "Adopt a policy."
    assert document.audit.actions[0].finding.startswith("own:")
    model = page.actions_model
    assert model.index(0, ActionsModel.COL_FINDING).data() == "No approved social media policy"
    page.select_finding(f"own:{document.audit.own_findings[0].id}")
    page.remove_own_finding()
    assert document.audit.own_findings == []
    document.undo_stack.undo()
    assert len(document.audit.own_findings) == 1


def test_action_add_with_due_date_and_undo(qtbot, page, document):
    key = select(page, "inv.no_mfa")
    page.action_from_finding()
    action = document.audit.actions[0]
    assert (action.finding, action.priority) == (key, Severity.HIGH)
    model = page.actions_model
    index = model.index(0, ActionsModel.COL_DUE)
    delegate = page.actions_table.itemDelegate()
    editor = delegate.createEditor(page.actions_table.viewport(), None, index)
    assert isinstance(editor, DateField)
    editor.set_value(date(2026, 6, 30))
    with qtbot.waitSignal(model.dataChanged):
        delegate.setModelData(editor, model, index)
    assert document.audit.actions[0].due == date(2026, 6, 30)
    assert index.data() == "2026-06-30"
    assert model.setData(model.index(0, ActionsModel.COL_OWNER), "IT security")
    assert model.setData(model.index(0, ActionsModel.COL_STATUS), "in_progress")
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.audit.actions[0].due is None
    document.undo_stack.undo()
    assert document.audit.actions == []
