"""Steps are built on first visit: a new window builds its start page only, and a step
reached by Next, a jump or a menu works as if it had always been there."""

from __future__ import annotations

from helpers.shell import fill_engagement
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ui.pages.engagement import EngagementPage
from ui.pages.inventory import InventoryPage
from ui.pages.summary import SummaryPage
from ui.wizard import PageId, assessment_id


def _built(window) -> list[int]:
    return [page_id for page_id in window.wizard.pageIds() if window.wizard.built_page(page_id)]


def test_a_new_window_builds_its_start_page_only(window):
    assert _built(window) == [PageId.START]


def test_next_builds_the_step_it_shows_and_not_the_one_after(window, qtbot):
    fill_engagement(window)
    assert isinstance(window.wizard.currentPage(), EngagementPage)
    window.wizard.button(QWizard.WizardButton.NextButton).click()
    assert isinstance(window.wizard.currentPage(), InventoryPage)
    assert window.wizard.built_page(assessment_id(0)) is None
    assert _built(window) == [PageId.START, PageId.ENGAGEMENT, PageId.INVENTORY]


def test_the_side_list_reads_an_unbuilt_engagement_from_the_audit(window):
    inventory = window.steps.item_for(PageId.INVENTORY)
    assert not inventory.flags() & Qt.ItemFlag.ItemIsEnabled  # nothing filled in yet
    window.controller.open_demo()  # its engagement is filled; its page not built
    assert window.wizard.built_page(PageId.ENGAGEMENT) is None
    inventory = window.steps.item_for(PageId.INVENTORY)
    assert inventory.flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_summary_built_on_its_visit_reports_exports_in_the_status_bar(window, tmp_path):
    window.controller.open_demo()
    assert window.wizard.built_page(PageId.SUMMARY) is None
    assert window.go_to(PageId.SUMMARY)
    page = window.wizard.currentPage()
    assert isinstance(page, SummaryPage)
    page.export_panel.sig_exported.emit(tmp_path / "out.xlsx")
    assert str(tmp_path / "out.xlsx") in window.statusBar().currentMessage()
