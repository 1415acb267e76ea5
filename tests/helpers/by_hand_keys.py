"""A keyboard for tests: keys go to whatever has the focus now, one at a time.

``QTest.keyClicks(widget, text)`` delivers every key to ``widget`` even when the focus has
left it after the first one, which is how a test stayed green while a person's second
character landed in the step list. Here each key is sent to
``QApplication.focusWidget()``, as a real keyboard does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitExposed(window)
    QApplication.processEvents()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type ``text`` key by key into the focused widget (accents included)."""
    for char in text:
        widget = focus()
        if char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
        else:  # QTest maps only ASCII; a composed key arrives as text with no key code
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def press(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One key (Tab, Enter, Alt+N…) to the focused widget."""
    QTest.keyClick(focus(), key, modifiers)
    QApplication.processEvents()


def select_all_and_type(text: str) -> None:
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)


def inside(widget: QWidget | None, container: QWidget) -> bool:
    while widget is not None:
        if widget is container:
            return True
        widget = widget.parentWidget()
    return False


def tab_chain(container: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab until the focus comes back to where it started; the widgets of
    ``container`` it stopped on, in order."""
    start = focus()
    seen: list[QWidget] = []
    for _ in range(limit):
        press(Qt.Key.Key_Tab)
        current = focus()
        if current is start:
            break
        if inside(current, container) and current not in seen:
            seen.append(current)
    else:
        raise AssertionError("Tab never came back to where it started")
    return seen


def next_step(window) -> None:
    """Tab to the Next button and press Space, as a keyboard user does.

    (Alt + the underlined letter works on a desktop, but Qt's offscreen platform used by
    the tests does not deliver mnemonics.)"""
    from PySide6.QtWidgets import QWizard

    button = window.wizard.button(QWizard.WizardButton.NextButton)
    for _ in range(400):
        if focus() is button:
            press(Qt.Key.Key_Space)
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the Next button")
