"""A 1024×700 screen: the step list keeps a readable width and the auditors' names show."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.step_list import MINIMUM_WIDTH
from ui.wizard import PageId


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_small_screen_keeps_the_steps_and_the_auditors_readable(make_window, lang):
    window = make_window(lang)
    window.controller.open_demo()
    window.resize(1024, 700)
    window.splitter.setSizes([60, 964])  # a user (or a window manager) squeezes the list
    QApplication.processEvents()
    assert window.steps.width() >= MINIMUM_WIDTH
    assert window.go_to(PageId.ENGAGEMENT)
    QApplication.processEvents()
    people = window.wizard.currentPage().auditors
    metrics = people.view.fontMetrics()
    header = people.view.horizontalHeader()
    widest_name = max(
        metrics.horizontalAdvance(p.name) for p in window.document.audit.engagement.auditors
    )
    assert header.sectionSize(0) >= widest_name + 8, "auditor names are cut"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_step_fits_a_1024_screen(make_window, lang):
    """No step forces the window wider than a 1024-pixel screen (it scrolls instead)."""
    from ui.wizard import assessment_id

    window = make_window(lang)
    window.controller.open_demo()
    window.resize(1024, 700)
    steps = [PageId.START, PageId.ENGAGEMENT, PageId.INVENTORY, assessment_id(0)]
    for step in [*steps, PageId.LEGAL, PageId.FINDINGS, PageId.SUMMARY]:
        assert window.go_to(step)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, step
        assert window.minimumSizeHint().height() <= 700, step
        assert window.width() <= 1024, step


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_engagement_page_never_scrolls_sideways_at_1024(make_window, lang):
    """Its two columns keep their minimum width when the step list is widened: the list
    gives way, the page does not grow a short horizontal scroll bar."""
    from PySide6.QtWidgets import QScrollArea

    window = make_window(lang)
    window.controller.open_demo()
    window.resize(1024, 700)
    assert window.go_to(PageId.ENGAGEMENT)
    window.splitter.setSizes([520, 504])  # a user drags the step list wide
    QApplication.processEvents()
    page = window.wizard.currentPage()
    scroll = page.findChild(QScrollArea)
    content = scroll.widget()
    assert scroll.viewport().width() >= content.minimumSizeHint().width()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert window.width() <= 1024
