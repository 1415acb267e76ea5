"""Keyboard paths of the shell: the step list keeps showing the current step, Tab goes
through the page before Back and Next."""

from __future__ import annotations

import pytest
from helpers.by_hand_keys import focus, inside, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ui.wizard import PageId


def current_step(window) -> int:
    return window.steps.currentItem().data(Qt.ItemDataRole.UserRole)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_typing_in_the_step_list_keeps_the_shown_step_highlighted(make_window, lang):
    window = make_window(lang)
    window.controller.open_demo()
    assert window.go_to(PageId.ENGAGEMENT)
    window.steps.setFocus()
    type_text("sci")
    assert current_step(window) == PageId.ENGAGEMENT
    press(Qt.Key.Key_Down)  # moving with the arrows is allowed…
    assert current_step(window) != PageId.ENGAGEMENT
    press(Qt.Key.Key_Tab)  # …but leaving without Enter shows the step shown again
    assert current_step(window) == PageId.ENGAGEMENT
    assert window.wizard.currentId() == PageId.ENGAGEMENT


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tab_goes_through_the_page_before_back_and_next(make_window, lang):
    window = make_window(lang)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.wizard.currentPage()
    buttons = {
        window.wizard.button(QWizard.WizardButton.BackButton),
        window.wizard.button(QWizard.WizardButton.NextButton),
    }
    assert focus() is page.org_name
    window.steps.setFocus()  # from the step list, Tab enters the page first
    press(Qt.Key.Key_Tab)
    assert inside(focus(), page), focus()
    order = []
    for _ in range(60):
        press(Qt.Key.Key_Tab)
        order.append(focus())
        if focus() in buttons:
            break
    in_page = [w for w in order if inside(w, page)]
    assert page.baseline_button in in_page or page.baseline in in_page, "page not walked first"
    assert order[-1] in buttons
    assert not any(w in buttons for w in order[:-1])


def test_the_selected_step_keeps_a_visible_status_disc(make_window):
    from PySide6.QtGui import QColor, QIcon

    window = make_window("en")
    window.controller.open_demo()
    assert window.go_to(PageId.INVENTORY)
    icon = window.steps.currentItem().icon()
    image = icon.pixmap(14, 14, QIcon.Mode.Selected).toImage()
    whites = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).lightness() > 240
        and QColor(image.pixelColor(x, y)).alpha() > 200
    )
    assert whites > 10, "the disc is not drawn to stand out on the selection colour"
