"""The engagement step filled in from the keyboard alone, in French and in English.

From a new audit (Ctrl+N), Tab walks the page; every editable widget gets its text typed
key by key into whatever has the focus. Each text must land whole, the focus must stay in
the field while typing, the value must reach the audit and survive Save and reopen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.by_hand_keys import focus, inside, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QTableView

from ui import dialogs
from ui.widgets.date_field import DateField
from ui.wizard import PageId

CTRL = Qt.KeyboardModifier.ControlModifier

TEXTS = {
    "org_name": "Ville de Québec",
    "sector": "Administration municipale",
    "jurisdiction": "Québec, Canada",
    "other_langs": "es, iu",
    "title_edit": "Audit des réseaux sociaux 2026",
    "scope": "Comptes officiels et non officiels",
    "objectives": "Réduire les risques d'usurpation",
    "start_date": "2026-05-04",  # ISO
    "end_date": "31/12/2026",  # day first
    "report_date": "2027-01-15",  # the interface locale's short format (fr-CA, en-CA)
    "contact_name": "Marie Côté",
    "contact_role": "Directrice des communications",
    "baseline": "audits/Ville de Québec 2025.vigie",
}
AUDITORS = [("Alex Tremblay", "Auditeur principal")]


def new_audit_on_engagement(window):
    press(Qt.Key.Key_N, CTRL)
    page = window.wizard.currentPage()
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    return page


def fill_by_keyboard(page) -> list[str]:
    """Walk the page with Tab, typing into each editable widget; the names typed into."""
    by_widget = {getattr(page, name): name for name in TEXTS}
    typed: list[str] = []
    checked: list[QCheckBox] = []
    combos: list[QComboBox] = []
    start = focus()
    assert inside(start, page), f"the page has no focus on arrival: {start!r}"
    trail = []
    for _ in range(200):
        widget = focus()
        trail.append(f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}")
        name = by_widget.get(widget)
        if name is not None and name not in typed:
            text = TEXTS[name]
            type_text(text)
            assert focus() is widget, f"typing in {name} moved the focus to {focus()!r}"
            shown = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            assert shown == text, name
            typed.append(name)
        elif isinstance(widget, QCheckBox) and widget not in checked and inside(widget, page):
            press(Qt.Key.Key_Space)
            checked.append(widget)
        elif isinstance(widget, QComboBox) and widget not in combos and inside(widget, page):
            press(Qt.Key.Key_End)  # the last choice
            assert focus() is widget
            combos.append(widget)
        elif widget is page.auditors.add_button and not page.auditors.rows():
            press(Qt.Key.Key_Space)  # a new row, its name cell being edited
            for index, cell in enumerate(AUDITORS[0]):
                type_text(cell)
                assert focus().text() == cell
                press(Qt.Key.Key_Tab if index == 0 else Qt.Key.Key_Return)
            assert isinstance(focus(), QTableView)
        press(Qt.Key.Key_Tab)
        if focus() is start:
            break
    else:
        raise AssertionError(f"Tab never came back to the first field: {trail[:60]}")
    return typed


def assert_in_model(audit) -> None:
    eng = audit.engagement
    org = eng.organisation
    assert (org.name, org.sector, org.jurisdiction) == (
        TEXTS["org_name"],
        TEXTS["sector"],
        TEXTS["jurisdiction"],
    )
    assert org.official_languages == ["fr", "en", "es", "iu"]
    assert (eng.title, eng.scope, eng.objectives) == (
        TEXTS["title_edit"],
        TEXTS["scope"],
        TEXTS["objectives"],
    )
    assert (eng.start_date, eng.end_date, eng.report_date) == (
        date(2026, 5, 4),
        date(2026, 12, 31),
        date(2027, 1, 15),
    )
    assert (eng.client_contact.name, eng.client_contact.role) == (
        TEXTS["contact_name"],
        TEXTS["contact_role"],
    )
    assert [(p.name, p.role) for p in eng.auditors] == AUDITORS
    assert eng.baseline == TEXTS["baseline"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_engagement_typed_by_keyboard_lands_and_survives_reopen(
    make_window, monkeypatch, tmp_path: Path, lang
):
    window = make_window(lang)
    page = new_audit_on_engagement(window)
    typed = fill_by_keyboard(page)
    assert sorted(typed) == sorted(TEXTS), "Tab did not reach every field"
    assert_in_model(window.document.audit)
    assert all(combo.currentIndex() == combo.count() - 1 for combo in page.findChildren(QComboBox))

    target = tmp_path / "audit.vigie"
    monkeypatch.setattr(dialogs, "get_save_path", lambda *a: target)
    press(Qt.Key.Key_S, CTRL)
    assert target.exists()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *a: target)
    window.new_audit()
    assert window.document.audit.engagement.organisation.name == ""
    press(Qt.Key.Key_O, CTRL)  # File → Open
    assert window.document.path == target
    assert_in_model(window.document.audit)
    reopened = window.wizard.page(PageId.ENGAGEMENT)
    assert window.wizard.currentId() == PageId.ENGAGEMENT
    for name, text in TEXTS.items():
        widget = getattr(reopened, name)
        shown = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        expected = {"end_date": "2026-12-31"}.get(name, text)
        assert shown == expected, name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_audit_puts_the_focus_in_the_first_field(make_window, lang):
    window = make_window(lang)
    page = new_audit_on_engagement(window)
    assert focus() is page.org_name


@pytest.mark.parametrize("text", ["2026-05-04", "04/05/2026", "4/5/2026"])
def test_date_typed_from_empty_is_kept(make_window, text):
    window = make_window("fr")
    page = new_audit_on_engagement(window)
    page.start_date.setFocus()
    assert isinstance(focus(), DateField | QLineEdit)
    type_text(text)
    assert page.start_date.text() == text
    press(Qt.Key.Key_Tab)
    assert window.document.audit.engagement.start_date == date(2026, 5, 4)
    assert page.start_date.text() == "2026-05-04"


def test_a_typed_non_date_stays_and_says_why(make_window):
    window = make_window("en")
    page = new_audit_on_engagement(window)
    page.end_date.setFocus()
    type_text("next spring")
    press(Qt.Key.Key_Tab)
    assert page.end_date.text() == "next spring"
    assert window.document.audit.engagement.end_date is None
    assert "not a date" in page.reason_label.text()
    assert "End date" in page.reason_label.text()


def test_calendar_opens_on_the_report_date_or_today(make_window, qtbot):
    window = make_window("en")
    page = new_audit_on_engagement(window)
    page.start_date.setFocus()
    press(Qt.Key.Key_F4)
    assert page.start_date.calendar.selectedDate().toPython() == date.today()
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.start_date.calendar.isVisible())
    assert focus() is page.start_date
    window.document.audit.engagement.report_date = date(2026, 9, 30)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.start_date.calendar.selectedDate().toPython() == date(2026, 9, 30)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.start_date.calendar.isVisible())
    assert window.document.audit.engagement.start_date == date(2026, 9, 30)
