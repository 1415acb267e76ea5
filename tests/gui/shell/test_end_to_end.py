"""One audit built through the pages, saved, reopened and exported, then read back.

Engagement, three accounts (one pasted as a URL), answers in two sections including an N/A,
one action; save; reopen from File → Open Recent; export; check the workbook with openpyxl.
"""

from __future__ import annotations

import openpyxl
import pytest
from helpers.shell import answer, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ui.widgets import modal
from ui.wizard import PageId, assessment_id

NA_REASON = "No executive account exists at the organisation"


def _texts(workbook) -> dict[str, str]:
    """Every sheet's string cells, joined, by sheet name."""
    out = {}
    for sheet in workbook.worksheets:
        values = []
        for row in sheet.iter_rows(values_only=True):
            values += [str(v) for v in row if isinstance(v, str)]
        out[sheet.title] = "\n".join(values)
    return out


def _fill_engagement(window) -> None:
    window.wizard.page(PageId.START).new_button.click()
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    page = window.wizard.page(PageId.ENGAGEMENT)
    type_text(page.org_name, "Ville de Trois-Rivières")
    type_text(page.title_edit, "Social media audit 2026")
    page.language.setCurrentIndex(page.language.findData("en"))
    window.wizard.button(QWizard.WizardButton.NextButton).click()
    assert window.wizard.currentId() == PageId.INVENTORY


def _add_accounts(window, monkeypatch) -> None:
    page = window.wizard.page(PageId.INVENTORY)
    for platform, handle in (("facebook", "villetroisrivieres"), ("x", "v3r_officiel")):
        page.add_account()
        account = window.document.audit.accounts[-1]
        assert page.model.set_field(account.id, "platform", platform)
        assert page.model.set_field(account.id, "handle", handle)

    def paste(dialog) -> bool:
        dialog.text.setPlainText("https://www.instagram.com/v3r_culture/")
        dialog.accept()
        return True

    monkeypatch.setattr(modal, "run", paste)
    page.paste_urls()
    accounts = window.document.audit.accounts
    assert [(a.platform, a.handle) for a in accounts] == [
        ("facebook", "villetroisrivieres"),
        ("x", "v3r_officiel"),
        ("instagram", "v3r_culture"),
    ]


def _answer_two_sections(window) -> None:
    from ui.widgets.criterion_card import NOT_APPLICABLE

    window.wizard.button(QWizard.WizardButton.NextButton).click()
    assert window.wizard.currentId() == assessment_id(0)
    first = window.wizard.page(assessment_id(0))
    first.cards[0].choose(3)
    first.cards[1].justification.setPlainText(NA_REASON)
    first.cards[1].choose(NOT_APPLICABLE)
    window.steps.sig_step_chosen.emit(assessment_id(1))
    assert window.wizard.currentId() == assessment_id(1)
    window.wizard.page(assessment_id(1)).cards[0].choose(1)


def _add_action(window) -> None:
    window.steps.sig_step_chosen.emit(PageId.FINDINGS)
    assert window.wizard.currentId() == PageId.FINDINGS
    page = window.wizard.page(PageId.FINDINGS)
    page.add_action()
    model = page.actions_model
    owner = model.index(0, model.COL_OWNER)
    assert model.setData(owner, "Communications director", Qt.ItemDataRole.EditRole)


@pytest.mark.slow
def test_an_audit_from_start_to_workbook(make_window, monkeypatch, tmp_path, qtbot):
    window = make_window()
    _fill_engagement(window)
    _add_accounts(window, monkeypatch)
    _answer_two_sections(window)
    _add_action(window)
    audit = window.document.audit
    sections = audit.framework.sections
    first, second = sections[0].criteria, sections[1].criteria
    assert audit.answers[first[0].id].level == 3
    assert audit.answers[first[1].id].not_applicable
    assert audit.answers[second[0].id].level == 1

    session_file = tmp_path / "trois-rivieres.vigie"
    answer(monkeypatch, "get_save_path", session_file)
    window.menu_actions.save.trigger()
    assert window.state_label.text().startswith("Saved at ")

    window.menu_actions.new.trigger()  # clean: no question
    assert window.document.audit.accounts == []
    window.menu_actions.recent_menu.actions()[0].trigger()
    reopened = window.document.audit
    assert window.document.path == session_file
    assert reopened.engagement.organisation.name == "Ville de Trois-Rivières"
    assert [a.handle for a in reopened.accounts] == [
        "villetroisrivieres",
        "v3r_officiel",
        "v3r_culture",
    ]
    assert reopened.answers[first[1].id].justification == NA_REASON
    assert [(a.title, a.owner) for a in reopened.actions] == [
        (audit.actions[0].title, "Communications director")
    ]

    workbook_file = tmp_path / "trois-rivieres.xlsx"
    answer(monkeypatch, "get_save_path", workbook_file)
    window.steps.sig_step_chosen.emit(PageId.SUMMARY)
    panel = window.wizard.page(PageId.SUMMARY).export_panel
    assert panel.language.currentData() == "en"  # the deliverable language
    with qtbot.waitSignal(panel.sig_exported, timeout=60_000):
        window.menu_actions.export.trigger()

    texts = _texts(openpyxl.load_workbook(workbook_file))
    everything = "\n".join(texts.values())
    assert "Ville de Trois-Rivières" in everything
    for handle in ("villetroisrivieres", "v3r_officiel", "v3r_culture"):
        assert handle in everything
    assert NA_REASON in everything
    assert "Communications director" in everything
    assert first[0].text.en in everything  # written in English, the chosen language
