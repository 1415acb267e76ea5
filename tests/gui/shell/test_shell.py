"""The main window around the wizard: menus, shortcuts, side list, engagement, save state."""

from __future__ import annotations

import pytest
from helpers.shell import answer, fill_engagement, type_text
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWizard

from ui import dialogs
from ui.wizard import PageId, assessment_id

Key = QKeySequence.StandardKey


def test_menus_and_standard_shortcuts(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    acts = window.menu_actions
    for action, key in [
        (acts.new, Key.New),
        (acts.open, Key.Open),
        (acts.save, Key.Save),
        (acts.save_as, Key.SaveAs),
        (acts.quit, Key.Quit),
        (acts.undo, Key.Undo),
        (acts.redo, Key.Redo),
        (acts.find, Key.Find),
    ]:
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    assert acts.recent_menu.title() == "Open &Recent"
    assert set(acts.languages) == {"fr", "en", "system"}


def test_wizard_has_every_step_in_order(window):
    ids = window.wizard.step_ids()
    sections = len(window.document.audit.framework.sections)
    assert ids[:3] == [PageId.START, PageId.ENGAGEMENT, PageId.INVENTORY]
    assert ids[3 : 3 + sections] == [assessment_id(i) for i in range(sections)]
    assert ids[-3:] == [PageId.LEGAL, PageId.FINDINGS, PageId.SUMMARY]
    assert window.wizard.currentId() == PageId.START


def test_side_list_needs_the_engagement_first(window):
    window.steps.sig_step_chosen.emit(PageId.ENGAGEMENT)
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    inventory = window.steps.item_for(PageId.INVENTORY)
    assert not inventory.flags() & inventory.flags().ItemIsEnabled
    assert not window.go_to(PageId.SUMMARY)  # the engagement page refuses to be left
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    fill_engagement(window)
    assert inventory.flags() & inventory.flags().ItemIsEnabled
    window.steps.sig_step_chosen.emit(PageId.SUMMARY)
    assert window.wizard.currentId() == PageId.SUMMARY
    window.steps.sig_step_chosen.emit(PageId.INVENTORY)
    assert window.wizard.currentId() == PageId.INVENTORY
    window.steps.sig_step_chosen.emit(PageId.ENGAGEMENT)  # back through the history
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    assert window.wizard.page(PageId.ENGAGEMENT).org_name.text() == "Ville de Québec"


def test_engagement_blocks_next_with_the_reason(window):
    window.go_to(PageId.ENGAGEMENT)
    page = window.wizard.page(PageId.ENGAGEMENT)
    next_button = window.wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "Organisation name" in page.reason_label.text()
    assert "Audit title" in page.reason_label.text()
    window.wizard.next()
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    fill_engagement(window)
    assert next_button.isEnabled()
    assert not page.reason_label.isVisible()
    window.wizard.next()
    assert window.wizard.currentId() == PageId.INVENTORY


def test_engagement_refuses_a_control_character_and_names_the_field(window):
    fill_engagement(window)
    page = window.wizard.page(PageId.ENGAGEMENT)
    type_text(page.sector, "Public\x07")
    assert "Sector" in page.reason_label.text()
    assert "control character" in page.reason_label.text()
    assert window.document.audit.engagement.organisation.sector == ""
    assert not page.isComplete()
    type_text(page.sector, "Public")
    assert page.isComplete()
    assert window.document.audit.engagement.organisation.sector == "Public"


def test_engagement_writes_every_field(window):
    fill_engagement(window)
    page = window.wizard.page(PageId.ENGAGEMENT)
    page.lang_en.setChecked(True)
    type_text(page.other_langs, "es")
    page.org_size.setCurrentIndex(2)
    page.confidentiality.setCurrentIndex(2)
    page.auditors.add_row()
    page.auditors.model.item(0, 0).setText("Marie Tremblay")
    page.auditors.model.item(0, 1).setText("Lead auditor")
    page.language.setCurrentIndex(1)
    page.scope.setPlainText("All public accounts")
    eng = window.document.audit.engagement
    assert eng.organisation.official_languages == ["en", "es"]
    assert eng.organisation.size.value == "large"
    assert eng.confidentiality.value == "confidential"
    assert [(p.name, p.role) for p in eng.auditors] == [("Marie Tremblay", "Lead auditor")]
    assert eng.language == "en"
    assert eng.scope == "All public accounts"
    window.go_to(PageId.INVENTORY)
    window.go_to(PageId.ENGAGEMENT)
    assert page.other_langs.text() == "es"


def test_save_state_in_status_bar_and_title(window, tmp_path, monkeypatch):
    fill_engagement(window)
    assert window.state_label.text() == "Unsaved changes"
    assert window.isWindowModified()
    assert "Ville de Québec" in window.windowTitle()
    target = tmp_path / "quebec.vigie"
    answer(monkeypatch, "get_save_path", target)
    window.menu_actions.save.trigger()
    assert target.exists()
    assert window.state_label.text().startswith("Saved at ")
    assert not window.isWindowModified()
    assert "quebec.vigie" in window.windowTitle()
    page = window.wizard.page(PageId.ENGAGEMENT)
    type_text(page.sector, "Municipal")
    assert window.state_label.text() == "Unsaved changes"
    window.menu_actions.save.trigger()  # same path: no dialog
    assert window.state_label.text().startswith("Saved at ")
    assert window.settings.recent_files() == [target]


@pytest.mark.parametrize(
    ("choice", "closed"),
    [(dialogs.SaveChoice.CANCEL, False), (dialogs.SaveChoice.DISCARD, True)],
)
def test_close_with_unsaved_changes_asks(window, monkeypatch, choice, closed):
    fill_engagement(window)
    calls = answer(monkeypatch, "ask_save_discard_cancel", choice)
    window.close()
    assert len(calls) == 1
    assert window.isVisible() is not closed


def test_close_can_save_first(window, monkeypatch, tmp_path):
    fill_engagement(window)
    answer(monkeypatch, "ask_save_discard_cancel", dialogs.SaveChoice.SAVE)
    answer(monkeypatch, "get_save_path", tmp_path / "a.vigie")
    window.close()
    assert not window.isVisible()
    assert (tmp_path / "a.vigie").exists()


def test_new_asks_about_unsaved_changes(window, monkeypatch):
    fill_engagement(window)
    answer(monkeypatch, "ask_save_discard_cancel", dialogs.SaveChoice.CANCEL)
    window.menu_actions.new.trigger()
    assert window.document.audit.engagement.organisation.name == "Ville de Québec"
    answer(monkeypatch, "ask_save_discard_cancel", dialogs.SaveChoice.DISCARD)
    window.menu_actions.new.trigger()
    assert window.document.audit.engagement.organisation.name == ""
    assert window.wizard.currentId() == PageId.ENGAGEMENT


def test_demo_opens_from_the_start_page(window):
    window.wizard.page(PageId.START).demo_button.click()
    assert window.document.audit.accounts
    assert window.document.path is None
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    page = window.wizard.page(PageId.ENGAGEMENT)
    auditors = window.document.audit.engagement.auditors
    assert page.auditors.rows() == [(p.name, p.role) for p in auditors]
    assert page.org_name.cursorPosition() == 0
    assert not window.document.dirty  # showing the audit is not editing it
    assert (
        window.steps.item_for(PageId.SUMMARY).flags()
        & window.steps.item_for(PageId.SUMMARY).flags().ItemIsEnabled
    )


def test_undo_redo_follow_the_stack(window):
    """Edit > Undo and Redo are enabled as the stack allows and undo or redo a real edit."""
    undo, redo = window.menu_actions.undo, window.menu_actions.redo
    assert not undo.isEnabled()
    assert not redo.isEnabled()
    fill_engagement(window)  # line edits keep their own undo: nothing on the stack yet
    assert not undo.isEnabled()
    assert window.go_to(PageId.INVENTORY)
    page = window.wizard.page(PageId.INVENTORY)
    page.add_action.trigger()
    assert len(window.document.audit.accounts) == 1
    assert undo.isEnabled()
    assert not redo.isEnabled()
    undo.trigger()
    assert window.document.audit.accounts == []
    assert page.model.rowCount() == 0
    assert not undo.isEnabled()
    assert redo.isEnabled()
    redo.trigger()
    assert len(window.document.audit.accounts) == 1
    assert page.model.rowCount() == 1
    assert undo.isEnabled()
    assert not redo.isEnabled()


def test_escape_does_not_hide_the_wizard(window, qtbot):
    window.wizard.reject()
    assert window.wizard.isVisible()


def test_find_goes_to_the_inventory_filter(window):
    fill_engagement(window)
    window.menu_actions.find.trigger()
    assert window.wizard.currentId() == PageId.INVENTORY
    page = window.wizard.page(PageId.INVENTORY)
    assert QApplication.focusWidget() is page.filter_edit
