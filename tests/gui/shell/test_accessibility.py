"""Every control can be named by assistive technology; tab order follows the layout."""

from __future__ import annotations

import pytest
from helpers.shell import fill_engagement
from helpers.walk import PAGES_STEPS, SHELL_STEPS, unnamed_controls

from ui.wizard import PageId


@pytest.mark.parametrize("step", SHELL_STEPS + PAGES_STEPS)
def test_every_control_has_an_accessible_name(window, step):
    window.controller.open_demo()
    assert window.go_to(step)
    assert unnamed_controls(window.wizard.page(step)) == []


def test_chrome_is_named(window):
    assert window.steps.accessibleName()
    assert window.state_label.accessibleName()


def test_engagement_tab_order_follows_the_form(window):
    fill_engagement(window)
    page = window.wizard.page(PageId.ENGAGEMENT)
    expected = [page.org_name, page.sector, page.org_size, page.jurisdiction, page.lang_fr]
    widget = expected[0]
    for following in expected[1:]:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & widget.focusPolicy().TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
        assert widget is following
