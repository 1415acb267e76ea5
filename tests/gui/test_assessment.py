"""Assessment section pages: maturity answers, N/A justification, evidence, progress."""

from __future__ import annotations

import stat

import pytest
from pytestqt.qt_compat import qt_api

from ui import dialogs, opened_copies
from ui.pages.assessment import SectionPage
from ui.widgets.criterion_card import NOT_APPLICABLE, NOT_ASSESSED
from wizard.audit.model import Answer

Qt = qt_api.QtCore.Qt


@pytest.fixture
def page(qtbot, document):
    page = SectionPage(document, "S1")
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.initializePage()
    return page


def test_cards_show_the_bank_text_and_progress(page):
    assert page.title() == "Strategy"
    assert len(page.cards) == 3
    assert page.section_progress.text() == "0 of 3 assessed in this section"
    card = page.cards[0]
    assert card.buttons[NOT_ASSESSED].isChecked()
    assert "Guidance one-1" in card.guidance.text()
    assert card.buttons[2].toolTip() == "Defined practice"


def test_choosing_a_level_saves_and_undoes(qtbot, page, document):
    card = page.cards[1]
    with qtbot.waitSignal(document.undo_stack.indexChanged):
        card.buttons[2].click()
    assert document.audit.answer("S1.2").level == 2
    assert card.level_description.text() == "Defined practice"
    assert page.section_progress.text() == "1 of 3 assessed in this section"
    assert page.overall_progress.value() == 20
    document.undo_stack.undo()
    assert "S1.2" not in document.audit.answers
    assert card.buttons[NOT_ASSESSED].isChecked()


def test_number_key_sets_the_focused_cards_level(qtbot, page, document):
    card = page.cards[2]
    card.buttons[0].setFocus()
    qtbot.keyClick(card.buttons[0], Qt.Key.Key_3)
    assert document.audit.answer("S1.3").level == 3
    assert card.buttons[3].isChecked()
    qtbot.keyClick(card, Qt.Key.Key_N)
    assert card.pending_na
    assert document.audit.answer("S1.3").level == 3


def test_na_without_justification_blocks_then_saves(qtbot, page, document):
    card = page.cards[0]
    with qtbot.waitSignal(page.completeChanged):
        card.buttons[NOT_APPLICABLE].click()
    assert card.buttons[NOT_APPLICABLE].isChecked()
    assert not page.isComplete()
    assert not page.validatePage()
    assert "justification" in card.na_warning.text()
    assert not document.audit.answer("S1.1").not_applicable
    card.justification.setPlainText("The organisation has no social media budget line.")
    card.justification.commit()
    answer = document.audit.answer("S1.1")
    assert answer.not_applicable
    assert answer.justification.startswith("The organisation")
    assert page.isComplete()
    assert page.validatePage()
    assert card.na_warning.isHidden()


def test_na_with_justification_typed_first(page, document):
    card = page.cards[0]
    card.buttons[NOT_APPLICABLE].click()
    card.justification.setPlainText("Out of scope")
    page.validatePage()
    assert document.audit.answer("S1.1") == Answer(
        not_applicable=True, justification="Out of scope"
    )


def test_notes_and_to_review(page, document):
    card = page.cards[0]
    card.notes.setPlainText("Seen the 2025 plan")
    card.notes.commit()
    card.to_review.setChecked(True)
    answer = document.audit.answer("S1.1")
    assert (answer.notes, answer.to_review) == ("Seen the 2025 plan", True)
    assert answer.level is None
    document.undo_stack.undo()
    assert not document.audit.answer("S1.1").to_review


def test_notes_refuse_control_characters(page, document):
    card = page.cards[0]
    card.notes.setPlainText("bad \x07 note")
    card.notes.commit()
    assert "control character" in card.error.text()
    assert document.audit.answer("S1.1").notes == ""


def test_evidence_add_open_remove(page, document, tmp_path, monkeypatch):
    evidence = tmp_path / "policy.pdf"
    evidence.write_bytes(b"%PDF-1.4 policy")
    monkeypatch.setattr(dialogs, "get_open_path", lambda *_a: evidence)
    opened = []
    monkeypatch.setattr(
        qt_api.QtGui.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    card = page.cards[0]
    card.evidence.add_button.click()
    digests = document.audit.answer("S1.1").evidence
    assert len(digests) == 1
    assert document.session.blobs[digests[0]] == b"%PDF-1.4 policy"
    assert card.evidence.list.item(0).text() == "policy.pdf"
    card.evidence.list.setCurrentRow(0)
    path = card.evidence.open_selected()
    assert path.read_bytes() == b"%PDF-1.4 policy"
    assert opened
    assert opened[0].toLocalFile() == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IRUSR  # a viewer cannot edit the copy
    assert opened_copies.pending() == [path.parent]
    opened_copies.remove_all()  # as when Vigie quits
    assert not path.parent.exists()
    card.evidence.remove_button.click()
    assert document.audit.answer("S1.1").evidence == []
    assert card.evidence.list.count() == 0


def test_unreadable_evidence_is_reported(page, document, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text, *_a: shown.append(text))
    page.cards[0].evidence.add_path(tmp_path / "missing.pdf")
    assert shown
    assert document.audit.answer("S1.1").evidence == []


def test_french_interface_uses_french_bank_text(qtbot, document, monkeypatch):
    monkeypatch.setattr("ui.pages.assessment.current_language", lambda: "fr")
    page = SectionPage(document, "S2")
    qtbot.addWidget(page)
    assert page.title() == "Governance (fr)"
    assert "Criterion two-1 (fr)" in page.cards[0].findChildren(qt_api.QtWidgets.QLabel)[0].text()


def test_a_step_built_ahead_builds_its_cards_only_when_initialised(qtbot, document, monkeypatch):
    """The wizard builds the next step while the current one is shown (issue 15: the
    assessment step built behind the inventory lengthened that step's turn): the cards wait
    until the step is initialised, its title is there at once."""
    from ui.pages import assessment

    built: list[str] = []
    real = assessment.CriterionCard

    def counted(*args, **kwargs):
        built.append(args[1].id)
        return real(*args, **kwargs)

    monkeypatch.setattr(assessment, "CriterionCard", counted)
    page = SectionPage(document, "S1")
    qtbot.addWidget(page)
    assert page.title() == "Strategy"
    assert built == []
    page.initializePage()
    assert len(built) == 3
    page.initializePage()  # shown again: the same cards, reloaded
    assert len(built) == 3
    assert len(page.cards) == 3
