"""Legal checklist and risk register."""

from __future__ import annotations

import pytest

from ui import dialogs
from ui.models.legal_model import COL_NOTES, COL_STATUS
from ui.models.plan_models import RisksModel
from ui.pages.legal import LegalRisksPage
from ui.widgets import modal
from ui.widgets.delegates import ChoiceCombo
from wizard.audit.model import Check, RiskStatus


@pytest.fixture
def page(qtbot, document):
    page = LegalRisksPage(document)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.initializePage()
    return page


def test_models_pass_the_model_tester(qtmodeltester, page):
    qtmodeltester.check(page.legal_model)
    page.add_risk()
    qtmodeltester.check(page.risks_model)


def test_legal_status_through_the_delegate_and_undo(qtbot, page, document):
    model = page.legal_model
    assert model.index(0, 0).data() == "Privacy law"
    index = model.index(0, COL_STATUS)
    assert index.data() == "Unknown"
    delegate = page.legal_table.itemDelegate()
    editor = delegate.createEditor(page.legal_table.viewport(), None, index)
    assert isinstance(editor, ChoiceCombo)
    editor.set_value(Check.PARTIAL)
    with qtbot.waitSignal(model.dataChanged):
        delegate.setModelData(editor, model, index)
    assert document.audit.legal["L1"].status is Check.PARTIAL
    assert index.data() == "Partial"
    assert model.setData(model.index(0, COL_NOTES), "Policy dated 2019")
    assert document.audit.legal["L1"].notes == "Policy dated 2019"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert "L1" not in document.audit.legal


def test_guidance_shown_for_the_current_item(page):
    page.legal_table.setCurrentIndex(page.legal_model.index(1, 0))
    assert page.legal_guidance.text() == "Copyright guidance"


def test_risk_add_edit_link_and_undo(page, document, monkeypatch):
    page.add_risk()
    assert len(document.audit.risks) == 1
    model = page.risks_model
    assert model.setData(model.index(0, RisksModel.COL_LIKELIHOOD), 5)
    assert model.setData(model.index(0, RisksModel.COL_IMPACT), 4)
    assert model.index(0, RisksModel.COL_RATING).data() == "20"
    assert model.setData(model.index(0, RisksModel.COL_STATUS), RiskStatus.MITIGATED.value)
    assert document.audit.risks[0].status is RiskStatus.MITIGATED

    def choose(dialog):
        dialog.set_checked("acc-fb", True)
        dialog.set_checked("acc-ig", True)
        return True

    monkeypatch.setattr(modal, "run", choose)
    page.risks_table.setCurrentIndex(model.index(0, 0))
    page.link_accounts()
    assert document.audit.risks[0].accounts == ["acc-fb", "acc-ig"]
    # each with its platform: one handle is often used on several platforms
    assert (
        model.index(0, RisksModel.COL_ACCOUNTS).data()
        == "Facebook ville.quebec, Instagram quebec_fan"
    )
    page.remove_risk()
    assert document.audit.risks == []
    document.undo_stack.undo()
    assert document.audit.risks[0].rating == 20
    for _ in range(5):
        document.undo_stack.undo()
    assert document.audit.risks == []


def test_invalid_risk_value_is_refused(page, document, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text, *_a: shown.append(text))
    page.add_risk()
    model = page.risks_model
    assert not model.setData(model.index(0, RisksModel.COL_TITLE), "bad\x01title")
    assert not model.setData(model.index(0, RisksModel.COL_LIKELIHOOD), 9)
    assert len(shown) == 2
    assert "title" in shown[0]
    assert "likelihood" in shown[1]
    assert document.audit.risks[0].likelihood == 3
