"""Progress since last year's audit, in the GUI: starting from last year's file (File menu and
start page), choosing and clearing the baseline, the previous level as a hint, the summary's
progress panel, and the exported Progress sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ui import dialogs, i18n
from ui.document import AuditDocument
from ui.main_window import MainWindow
from ui.pages.engagement import EngagementPage
from ui.pages.summary import SummaryPage
from ui.pages.summary_progress import ProgressPanel
from ui.settings import AppSettings
from ui.widgets import modal
from ui.widgets.criterion_card import NOT_ASSESSED, CriterionCard
from ui.wizard import PageId
from wizard.audit.model import AccountStatus, Answer
from wizard.demo import demo_session
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import export_workbook, strings


def _fail(name: str):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected dialog {name}{args[1:]}")

    return fail


@pytest.fixture
def seam(monkeypatch):
    """Every dialog of the seam fails the test unless the test answers it."""
    for name in ("ask_save_discard_cancel", "ask_yes_no", "warn", "info", "get_open_path"):
        monkeypatch.setattr(dialogs, name, _fail(name))
    monkeypatch.setattr(modal, "run", _fail("modal.run"))
    return monkeypatch


@pytest.fixture
def window(qtbot, tmp_path, seam):
    seam.setenv("VIGIE_STATE_DIR", str(tmp_path / "state"))
    seam.setenv("VIGIE_LOG_DIR", str(tmp_path / "log"))
    seam.setenv("VIGIE_SETTINGS", str(tmp_path / "settings.ini"))
    made = MainWindow(AppSettings.at_path(tmp_path / "settings.ini"))

    def discard(_window) -> None:
        seam.setattr(dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD)

    qtbot.addWidget(made, before_close_func=discard)
    made.show()
    yield made
    i18n.install("en")


@pytest.fixture
def last_year(tmp_path) -> Path:
    path = tmp_path / "2025.vigie"
    save_session(demo_session(), path)
    return path


def _answer_open(monkeypatch, path: Path | None) -> list:
    calls = []

    def reply(*args):
        calls.append(args)
        return path

    monkeypatch.setattr(dialogs, "get_open_path", reply)
    return calls


@pytest.mark.parametrize("via", ["menu", "start page"])
def test_start_from_last_year_makes_an_unsaved_audit_with_hints(window, last_year, seam, via):
    _answer_open(seam, last_year)
    if via == "menu":
        window.menu_actions.start_previous.trigger()
    else:
        window.wizard.page(PageId.START).previous_button.click()
    doc = window.document
    assert doc.path is None
    assert doc.dirty, "closing it must ask to save"
    audit = doc.audit
    assert Path(audit.engagement.baseline) == last_year
    assert len(audit.accounts) == 41
    assert all(a.level is None for a in audit.answers.values())
    assert audit.answer("SC1.1").previous_level == 2
    assert window.wizard.currentId() == PageId.ENGAGEMENT


def test_a_cancelled_or_unreadable_choice_changes_nothing(window, tmp_path, seam):
    before = window.document
    _answer_open(seam, None)
    window.menu_actions.start_previous.trigger()
    assert window.document is before
    broken = tmp_path / "broken.vigie"
    broken.write_bytes(b"not a session")
    _answer_open(seam, broken)
    warned = []
    seam.setattr(dialogs, "warn", lambda *args: warned.append(args))
    window.menu_actions.start_previous.trigger()
    assert window.document is before
    assert warned
    assert warned[0][2] == "Last year's audit cannot be read."


def test_engagement_page_chooses_and_clears_the_baseline(qtbot, last_year, seam, qapp):
    document = AuditDocument(Session(audit=demo_session().audit))
    page = EngagementPage(document)
    qtbot.addWidget(page)
    page.initializePage()
    assert not page.baseline_clear.isEnabled()
    assert page.baseline_clear.accessibleName() == "Clear the baseline"
    _answer_open(seam, last_year)
    page.baseline_button.click()
    assert document.audit.engagement.baseline == str(last_year)
    assert page.baseline_clear.isEnabled()
    page.baseline_clear.click()
    assert document.audit.engagement.baseline == ""
    assert page.baseline.text() == ""
    assert document.dirty
    document.undo_stack.blockSignals(True)


def test_previous_level_is_a_hint_not_an_answer(qtbot, document):
    document.audit.answers["S1.1"] = Answer(previous_level=2)
    criterion = document.audit.framework.sections[0].criteria[0]
    card = CriterionCard(document, criterion, "1.1", "en")
    qtbot.addWidget(card)
    assert not card.previous_hint.isHidden()
    assert card.previous_hint.text() == "Last audit: 2 · Defined"
    assert card.previous_hint.accessibleName() == "Last audit: 2 · Defined"
    assert card.buttons[NOT_ASSESSED].isChecked()
    assert card.choice() == NOT_ASSESSED
    card.choose(3)
    assert document.audit.answer("S1.1").level == 3
    assert document.audit.answer("S1.1").previous_level == 2, "the hint stays"
    other = CriterionCard(document, document.audit.framework.sections[0].criteria[1], "1.2", "en")
    qtbot.addWidget(other)
    assert other.previous_hint.isHidden()


def _edited_session(last_year: Path) -> Session:
    session = demo_session()
    audit = session.audit
    audit.account("acc-002").status = AccountStatus.CLOSED
    audit.account("acc-004").status = AccountStatus.DORMANT
    audit.answers["SC1.1"] = Answer(level=4)
    audit.engagement.baseline = last_year.name  # relative to the session's folder
    session.path = last_year.parent / "2026.vigie"
    return session


def test_summary_shows_the_progress_since_the_baseline(qtbot, last_year, qapp):
    document = AuditDocument(_edited_session(last_year))
    page = SummaryPage(document)
    qtbot.addWidget(page)
    page.initializePage()
    panel: ProgressPanel = page.progress_panel
    assert not panel.isHidden()
    assert panel.problem.isHidden()
    assert panel.values["overall"].text().startswith("51.5 → 52.5 (+1.0)")
    accounts = panel.values["accounts"].text()
    assert accounts == "0 added, 1 closed, 1 changed status, 0 removed (41 → 41)"
    assert panel.values["findings"].text().split(",")[0].endswith("resolved")
    model = panel.section_model
    rows = {model.item(r, 0).text().split()[0]: model.item(r, 3).text() for r in range(26)}
    assert rows["SC1"] == "+16.7"
    assert rows["SC2"] == "0.0"
    assert model.rowCount() == len(document.audit.framework.sections)
    page.shutdown()
    document.undo_stack.blockSignals(True)


def test_summary_says_when_the_baseline_is_unavailable_and_hides_without_one(qtbot, tmp_path):
    session = demo_session()
    session.audit.engagement.baseline = str(tmp_path / "gone.vigie")
    document = AuditDocument(session)
    page = SummaryPage(document)
    qtbot.addWidget(page)
    page.initializePage()
    panel = page.progress_panel
    assert not panel.isHidden()
    assert panel.problem.text().startswith("Baseline unavailable: ")
    assert "gone.vigie" in panel.problem.text()
    assert panel.details.isHidden()
    session.audit.engagement.baseline = ""
    page.initializePage()
    assert panel.isHidden()
    page.shutdown()
    document.undo_stack.blockSignals(True)


def test_export_of_an_audit_with_a_baseline_has_the_progress_sheet(last_year, tmp_path):
    from ui.export_worker import snapshot

    session = snapshot(_edited_session(last_year))
    assert session.path is not None, "the worker's copy keeps the path for a relative baseline"
    book = load_workbook(export_workbook(session, tmp_path / "a.xlsx", lang="en"))
    assert book.sheetnames[2] == strings.sheet_name("progress", "en")
