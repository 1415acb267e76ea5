"""Walk every step of the main window and collect what a user can see or hear."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizardPage,
)

from ui.wizard import PageId, assessment_id

SHELL_STEPS = [PageId.START, PageId.ENGAGEMENT, PageId.SUMMARY]
PAGES_STEPS = [PageId.INVENTORY, assessment_id(0), PageId.LEGAL, PageId.FINDINGS]

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None or isinstance(view, QListView):
        return []
    texts = []
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount(QModelIndex())),):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """Texts a widget shows (text, title, placeholder, tooltip, headers)."""
    out = [widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel):
        out.append(widget.text())
    if isinstance(widget, QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QGroupBox):
        out.append(widget.title())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        out.append(widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        out.append(widget.specialValueText())
    if isinstance(widget, QTabWidget):
        out += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView):
        out += _header_texts(widget)
    if isinstance(widget, QWizardPage):
        out += [widget.title(), widget.subTitle()]
    return [text for text in out if text]


def visible_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]


def step_texts(window, page_id: int) -> set[str]:
    assert window.go_to(page_id), f"cannot reach step {page_id}"
    page = window.wizard.page(page_id)
    texts = set(widget_texts(page))
    for widget in visible_widgets(page):
        texts.update(widget_texts(widget))
    return texts


def chrome_texts(window) -> set[str]:
    """Menus, actions, the side list and the wizard buttons."""
    texts: set[str] = set()
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        texts.add(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            texts.update(t for t in (action.text(), action.toolTip(), action.statusTip()) if t)
    for row in range(window.steps.count()):
        texts.add(window.steps.item(row).text().strip())
    for button in window.wizard.findChildren(QAbstractButton):
        if button.isVisibleTo(window.wizard) and button.text():
            texts.add(button.text())
    return texts


def unnamed_controls(page: QWidget) -> list[str]:
    """Focusable controls on ``page`` that assistive technology cannot name."""
    from PySide6.QtGui import QAccessible

    missing = []
    for widget in visible_widgets(page):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the inner editor of a combo or spin box: the outer one is named
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not (name or widget.accessibleName()).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {_path(widget)}")
    return missing


def _path(widget: QWidget) -> str:
    names = []
    while widget is not None and not isinstance(widget, QWizardPage):
        names.append(type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))
