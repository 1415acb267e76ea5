"""File → Merge with Another Session: conflicts side by side, resolved one by one or by rule,
one-sided items listed, "Apply" only when none is left, different audits confirmed, and the
merge applied as one undo step. The acceptance: two copies of the demo edited apart (10
changes, 3 in conflict) merge into one audit holding all 10 once the 3 are resolved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from ui import dialogs, i18n
from ui.document import AuditDocument
from ui.main_window import MainWindow
from ui.merge.dialog import MergeDialog, merge_with_session
from ui.merge.models import SIDE_ROLE, ConflictModel, OneSidedModel
from ui.settings import AppSettings
from ui.widgets import modal
from wizard.audit.model import (
    Account,
    AccountStatus,
    Answer,
    Check,
    LegalAnswer,
    MfaCoverage,
    Person,
    Risk,
    new_id,
)
from wizard.demo import demo_session
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.teams.merge import merge_sessions

NEW_HANDLE = "armd.nouveau"
SHARED = b"minutes of the 2026 governance committee"


def _edited_apart() -> tuple[Session, Session, Session]:
    """The demo, and two copies with 10 changes between them, 3 of them in conflict."""
    base, mine, theirs = demo_session(), demo_session(), demo_session()
    a, b = mine.audit, theirs.audit
    a.accounts[0].status, b.accounts[0].status = AccountStatus.CLOSED, AccountStatus.DORMANT
    a.accounts[0].owner = Person(name="Alex Démo", role="Chef de division")
    b.accounts[0].owner = Person(name="Alex Démo", role="Conseillère numérique")
    a.answers["SC1.1"], b.answers["SC1.1"] = Answer(level=4), Answer(level=1)
    a.answers["SC2.1"] = Answer(level=1, notes="Le comité ne s'est pas réuni.")
    a.accounts.append(Account(platform="facebook", handle=NEW_HANDLE))
    a.accounts[3].evidence = [mine.add_evidence("proces-verbal.pdf", SHARED).sha256]
    b.accounts[2].mfa = MfaCoverage.NONE
    b.risks.append(Risk(id="risk-new", title="Perte de l'accès au compte TikTok"))
    b.legal["records"] = LegalAnswer(status=Check.YES)
    digest = theirs.add_evidence("pv-comite.pdf", SHARED).sha256
    b.answers["SC3.1"] = b.answers["SC3.1"].model_copy(update={"evidence": [digest]})
    return base, mine, theirs


def _assert_all_ten(audit, status: AccountStatus, role: str, level: int) -> None:
    assert audit.account("acc-001").status is status
    assert audit.account("acc-001").owner.role == role
    assert audit.answers["SC1.1"].level == level
    assert audit.answers["SC2.1"].level == 1
    assert [a.handle for a in audit.accounts].count(NEW_HANDLE) == 1
    assert audit.account("acc-003").mfa is MfaCoverage.NONE
    assert any(r.id == "risk-new" for r in audit.risks)
    assert audit.legal["records"].status is Check.YES
    shared = [e for e in audit.evidence if e.filename in ("proces-verbal.pdf", "pv-comite.pdf")]
    assert len(shared) == 1
    assert audit.account("acc-004").evidence == [shared[0].sha256]
    assert audit.answers["SC3.1"].evidence == [shared[0].sha256]


def _fail(name: str):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected dialog {name}{args[1:]}")

    return fail


@pytest.fixture
def seam(monkeypatch):
    for name in ("ask_save_discard_cancel", "ask_yes_no", "warn", "info", "get_open_path"):
        monkeypatch.setattr(dialogs, name, _fail(name))
    monkeypatch.setattr(modal, "run", _fail("modal.run"))
    return monkeypatch


@pytest.fixture
def apart():
    return _edited_apart()


@pytest.fixture
def files(tmp_path, apart) -> tuple[Path, Path]:
    """The base and theirs on disk (mine is the open document)."""
    base, _mine, theirs = apart
    save_session(base, tmp_path / "base.vigie")
    save_session(theirs, tmp_path / "theirs.vigie")
    return tmp_path / "base.vigie", tmp_path / "theirs.vigie"


@pytest.fixture
def dialog(qtbot, apart):
    base, mine, theirs = apart
    made = MergeDialog(merge_sessions(base, mine, theirs), mine, theirs, "theirs.vigie")
    qtbot.addWidget(made)
    return made


@pytest.fixture
def document(qapp, apart):
    made = AuditDocument(apart[1])
    yield made
    made.undo_stack.blockSignals(True)


def _rows(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _select(dialog: MergeDialog, rows: list[int]) -> None:
    selection = dialog.conflict_view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(dialog.model.index(row, 0), flags)


def _row_of(dialog: MergeDialog, field: str) -> int:
    return next(r for r, row in enumerate(_rows(dialog.model)) if row[1] == field)


def test_models_pass_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.one_sided)
    empty = merge_sessions(None, demo_session(), demo_session())
    qtmodeltester.check(ConflictModel(empty, "en"))
    qtmodeltester.check(OneSidedModel([]))


def test_conflicts_are_side_by_side_with_readable_fields(dialog):
    rows = sorted(_rows(dialog.model), key=lambda r: r[1])
    assert [r[1:] for r in rows] == [
        ["Answer (level or N/A)", "4 · Optimised", "1 · Initial", "To choose"],
        ["Owner (role)", "Chef de division", "Conseillère numérique", "To choose"],
        ["Status", "Closed", "Dormant", "To choose"],
    ]
    assert rows[0][0].startswith("Answer: SC1.1 ")
    assert rows[2][0] == "Account: Facebook armd.valdeloire"
    assert dialog.tabs.tabText(0) == "Conflicts (3)"
    assert dialog.tabs.tabText(1) == "Kept from one side (2)"
    alone = _rows(dialog.one_sided)
    assert ["Account", f"Facebook {NEW_HANDLE}", "Mine (this audit)", "Added on that side"] in alone
    assert ["Risk", "Perte de l'accès au compte TikTok", "Theirs", "Added on that side"] in alone
    assert not dialog.apply_button.isEnabled()
    assert dialog.status.text() == "3 conflict(s) left to resolve."
    assert dialog.conflict_view.accessibleName() == "Conflicts"


def test_resolving_one_by_one_enables_apply_and_choices_can_change(dialog):
    status, role, level = (
        _row_of(dialog, f) for f in ("Status", "Owner (role)", "Answer (level or N/A)")
    )
    _select(dialog, [status])
    dialog.theirs_button.click()
    assert dialog.model.data(dialog.model.index(status, 4)) == "Theirs"
    assert dialog.model.data(dialog.model.index(status, 0), SIDE_ROLE) == "theirs"
    assert not dialog.apply_button.isEnabled()
    _select(dialog, [role, level])
    dialog.mine_button.click()
    assert dialog.apply_button.isEnabled()
    assert dialog.status.text() == "No conflict left: the merge can be applied."
    _select(dialog, [level])
    dialog.theirs_button.click()  # changed my mind
    _assert_all_ten(dialog.merge_result.session.audit, AccountStatus.DORMANT, "Chef de division", 1)
    font = Qt.ItemDataRole.FontRole
    assert dialog.model.data(dialog.model.index(level, 3), font).bold(), "the value kept"
    assert dialog.model.data(dialog.model.index(level, 2), font) is None


def test_a_rule_settles_what_is_left(dialog):
    _select(dialog, [_row_of(dialog, "Status")])
    dialog.mine_button.click()
    dialog.rule.setCurrentIndex(dialog.rule.findData("theirs"))
    dialog.settle_button.click()
    assert dialog.apply_button.isEnabled()
    assert not dialog.settle_button.isEnabled()
    choices = {row[1]: row[4] for row in _rows(dialog.model)}
    assert choices == {
        "Status": "Mine",
        "Owner (role)": "Theirs",
        "Answer (level or N/A)": "Theirs",
    }
    _assert_all_ten(
        dialog.merge_result.session.audit, AccountStatus.CLOSED, "Conseillère numérique", 1
    )


def test_acceptance_merge_holds_all_ten_changes_as_one_undo_step(document, files, seam):
    """Without the starting file every difference conflicts; with it, exactly the 3."""
    base_path, theirs_path = files
    seen = {}

    def run(dialog: MergeDialog) -> bool:
        seen["without base"] = dialog.model.remaining()
        seam.setattr(dialogs, "get_open_path", lambda *a: base_path)
        dialog.base_button.click()
        seen["with base"] = dialog.model.remaining()
        assert dialog.base_label.text() == "Starting file: base.vigie"
        for field, side in (("Status", "theirs"), ("Owner (role)", "mine")):
            _select(dialog, [_row_of(dialog, field)])
            dialog.choose_selected(side)
        assert not dialog.apply_button.isEnabled()
        _select(dialog, [_row_of(dialog, "Answer (level or N/A)")])
        dialog.theirs_button.click()
        return dialog.apply_button.isEnabled()

    seam.setattr(modal, "run", run)
    seam.setattr(dialogs, "get_open_path", lambda *a: theirs_path)
    before = document.audit
    replaced = []
    document.events.sig_audit_replaced.connect(lambda: replaced.append(True))
    command = merge_with_session(document, None)
    assert command is not None
    assert seen["with base"] == 3 < seen["without base"]
    _assert_all_ten(document.audit, AccountStatus.DORMANT, "Chef de division", 1)
    assert set(document.session.blobs) == {e.sha256 for e in document.audit.evidence}
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Merge with theirs.vigie"
    document.undo_stack.undo()
    assert document.audit is before
    assert document.audit.account("acc-001").status is AccountStatus.CLOSED
    document.undo_stack.redo()
    _assert_all_ten(document.audit, AccountStatus.DORMANT, "Chef de division", 1)
    assert len(replaced) == 3


def test_cancelling_the_dialog_changes_nothing(document, files, seam):
    seam.setattr(dialogs, "get_open_path", lambda *a: files[1])
    seam.setattr(modal, "run", lambda dialog: False)
    before = document.audit
    assert merge_with_session(document, None) is None
    assert document.audit is before
    assert document.undo_stack.count() == 0


@pytest.mark.parametrize("confirmed", [False, True])
def test_a_different_audit_is_merged_only_when_confirmed(document, tmp_path, seam, confirmed):
    other = demo_session()
    other.audit.audit_id = new_id()
    other.audit.accounts[1].notes = "Vu par l'autre équipe."
    save_session(other, tmp_path / "other.vigie")
    seam.setattr(dialogs, "get_open_path", lambda *a: tmp_path / "other.vigie")
    asked = []
    seam.setattr(dialogs, "ask_yes_no", lambda *args: asked.append(args) or confirmed)

    def run(dialog: MergeDialog) -> bool:
        assert dialog.force
        dialog.rule.setCurrentIndex(dialog.rule.findData("theirs"))
        dialog.settle_rest()
        return True

    seam.setattr(modal, "run", run)
    command = merge_with_session(document, None)
    assert len(asked) == 1
    assert "audit id differs" in asked[0][2]
    assert (command is not None) is confirmed
    if confirmed:
        assert document.audit.account("acc-002").notes == "Vu par l'autre équipe."
        assert document.audit.audit_id != other.audit.audit_id, "this audit keeps its id"


def test_unreadable_file_different_bank_or_the_same_file_is_said(document, tmp_path, seam):
    warned = []
    seam.setattr(dialogs, "warn", lambda *args: warned.append(args))
    broken = tmp_path / "broken.vigie"
    broken.write_bytes(b"nope")
    assert merge_with_session(document, None, broken) is None
    assert warned[-1][2] == "This file cannot be read."
    small = Session.new()
    small.audit.audit_id = document.audit.audit_id
    small.audit.framework = small.audit.framework.model_copy(update={"version": "0.0-test"})
    save_session(small, tmp_path / "bank.vigie")
    assert merge_with_session(document, None, tmp_path / "bank.vigie") is None
    assert warned[-1][2] == "The sessions cannot be merged."
    assert "two versions of the same question bank" in warned[-1][3]
    document.set_path(tmp_path / "self.vigie")
    assert merge_with_session(document, None, tmp_path / "self.vigie") is None
    assert warned[-1][2] == "This is the audit open here."
    assert document.undo_stack.count() == 0


def test_file_menu_merge_rebuilds_the_steps_and_undo_restores(qtbot, tmp_path, files, seam):
    seam.setenv("VIGIE_STATE_DIR", str(tmp_path / "state"))
    seam.setenv("VIGIE_LOG_DIR", str(tmp_path / "log"))
    window = MainWindow(AppSettings.at_path(tmp_path / "settings.ini"))
    qtbot.addWidget(
        window,
        before_close_func=lambda _w: seam.setattr(
            dialogs, "ask_save_discard_cancel", lambda *a: dialogs.SaveChoice.DISCARD
        ),
    )
    window.show()
    seam.setattr(dialogs, "get_open_path", lambda *a: files[0])
    window.controller.open_file(files[0])  # the base, as "mine"
    assert window.menu_actions.merge.isEnabled()
    assert window.menu_actions.merge.text() == "&Merge with Another Session…"
    old_wizard = window.wizard
    seam.setattr(dialogs, "get_open_path", lambda *a: files[1])

    def run(dialog: MergeDialog) -> bool:
        dialog.rule.setCurrentIndex(dialog.rule.findData("theirs"))  # without a base: all differ
        dialog.settle_rest()
        return True

    seam.setattr(modal, "run", run)
    window.menu_actions.merge.trigger()
    assert window.document.audit.account("acc-003").mfa is MfaCoverage.NONE
    assert window.wizard is not old_wizard, "every page starts again from the merged audit"
    assert window.document.dirty
    window.menu_actions.undo.trigger()
    assert window.document.audit.account("acc-003").mfa is not MfaCoverage.NONE
    i18n.install("en")


def test_an_effort_changed_on_both_sides_is_a_readable_conflict(qtbot):
    """An action's effort, like its owner and due date, is named and shown by its label."""
    from wizard.audit.model import Effort

    base, mine, theirs = demo_session(), demo_session(), demo_session()
    mine.audit.actions[0].effort = Effort.SMALL
    theirs.audit.actions[0].effort = Effort.LARGE
    made = MergeDialog(merge_sessions(base, mine, theirs), mine, theirs, "theirs.vigie")
    qtbot.addWidget(made)
    (row,) = _rows(made.model)
    assert row[1:] == ["Effort", "Small (days)", "Large (months)", "To choose"]
