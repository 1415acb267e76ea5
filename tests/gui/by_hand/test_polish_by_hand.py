"""Small things a person notices: counts agree, titles name the audit, actions that need a
selection wait for one, an early score says it is provisional, Qt's own dialogs speak French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ui.wizard import PageId
from wizard.audit.model import Account, Answer


@pytest.mark.parametrize(
    ("lang", "expected"), [("fr", "1 compte, 1 affiché"), ("en", "1 account, 1 shown")]
)
def test_one_account_is_counted_in_the_singular(make_window, lang, expected):
    window = make_window(lang)
    window.document.audit.accounts.append(Account(platform="x", handle="villequebec"))
    assert window.go_to(PageId.INVENTORY) or True
    page = window.wizard.build_page(PageId.INVENTORY)
    page.initializePage()
    page.update_counts()
    assert page.counts.text().startswith(expected)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demo_title_names_the_organisation_not_an_untitled_audit(make_window, lang):
    window = make_window(lang)
    window.controller.open_demo()
    title = window.windowTitle()
    assert window.document.audit.engagement.organisation.name in title
    assert "sans titre" not in title
    assert "Untitled" not in title


def test_actions_needing_a_selection_wait_for_one(make_window):
    window = make_window("fr")
    window.controller.open_demo()
    assert window.go_to(PageId.INVENTORY)
    inventory = window.wizard.currentPage()
    inventory.table.clearSelection()
    assert not inventory.delete_action.isEnabled()
    assert not inventory.duplicate_action.isEnabled()
    inventory.select_account(window.document.audit.accounts[0].id)
    assert inventory.delete_action.isEnabled()
    assert window.go_to(PageId.LEGAL)
    legal = window.wizard.currentPage()
    assert not legal.remove_risk_button.isEnabled()
    assert window.go_to(PageId.FINDINGS)
    findings = window.wizard.currentPage()
    assert not findings.remove_action_button.isEnabled()


def test_an_early_score_is_marked_provisional(make_window):
    window = make_window("en")
    audit = window.document.audit
    audit.engagement.organisation.name = "Ville"
    audit.engagement.title = "Audit"
    first = audit.framework.sections[0].criteria[0]
    audit.answers[first.id] = Answer(level=2)
    assert window.go_to(PageId.SUMMARY)
    page = window.wizard.currentPage()
    assert page.caveat.isVisibleTo(page)
    assert "Provisional" in page.caveat.text()


def test_qt_standard_dialogs_are_french(make_window):
    make_window("fr")
    assert QCoreApplication.translate("QFileDialog", "Look in:").startswith("Voir dans")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_chart_says_what_its_dashed_lines_are(make_window, lang):
    window = make_window(lang)
    window.controller.open_demo()
    assert window.go_to(PageId.SUMMARY)
    page = window.wizard.currentPage()
    legend = page.chart_legend.text()
    stages = [s for s in window.document.audit.framework.stages if 0 < s.min_score < 100]
    assert stages
    for stage in stages:
        assert f"{stage.name.get(lang)} {stage.min_score:g}" in legend


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_assessed_badge_is_never_clipped(make_window, lang):
    from ui.wizard import assessment_id

    window = make_window(lang)
    window.controller.open_demo()
    window.resize(1024, 700)
    assert window.go_to(assessment_id(0))
    bar = window.wizard.currentPage().overall_progress
    text = bar.text().replace(str(bar.value()), "100")
    assert bar.width() >= bar.fontMetrics().horizontalAdvance(text) + 20


def test_the_export_panel_keeps_its_place_when_the_progress_shows(make_window):
    window = make_window("en")
    window.controller.open_demo()
    assert window.go_to(PageId.SUMMARY)
    panel = window.wizard.currentPage().export_panel
    before = panel.open_button.mapTo(panel, panel.open_button.rect().topLeft())
    panel.progress.setVisible(True)
    panel.layout().activate()
    after = panel.open_button.mapTo(panel, panel.open_button.rect().topLeft())
    assert before == after
