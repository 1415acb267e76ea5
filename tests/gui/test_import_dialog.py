"""The import dialog: mapping, preview, report, worker thread, cancel, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.pages import TODAY
from PySide6.QtWidgets import QMainWindow

from ui import dialogs
from ui.actions import WindowActions
from ui.import_accounts.dialog import ImportDialog
from ui.import_accounts.models import IGNORE, KEEP
from ui.pages.inventory import InventoryPage
from ui.widgets import modal
from wizard.audit.model import AccountStatus, MfaCoverage
from wizard.importers import ImportFileError
from wizard.importers.plan import plan_import

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
PASS, FAIL = DATA / "pass", DATA / "fail"


@pytest.fixture
def dialog(qtbot, document):
    made = ImportDialog(document)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.shutdown()


@pytest.fixture
def open_path(monkeypatch):
    """Answer the file dialog of the seam with the path the test puts in ``chosen[0]``."""
    chosen: list[Path] = []
    monkeypatch.setattr(dialogs, "get_open_path", lambda *_a: chosen[0] if chosen else None)
    return chosen


def choose(qtbot, dialog, open_path, path: Path) -> None:
    open_path[:] = [path]
    dialog.choose_file()
    settle(qtbot, dialog)


def settle(qtbot, dialog) -> None:
    """Wait until the worker has read and planned (or refused) the file."""
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def state(document) -> list[dict]:
    return [a.model_dump() for a in document.audit.accounts]


def test_import_with_mapping_preview_then_undo(qtbot, qtmodeltester, dialog, open_path, document):
    before = state(document)
    choose(qtbot, dialog, open_path, PASS / "blank_lines_duplicates.csv")
    mapping = dialog.mapping_model
    assert [mapping.choice(c) for c in range(4)] == ["platform", "url", "notes", IGNORE]
    assert mapping.index(3, 0).data() == "Code interne"
    assert dialog.plan is not None
    assert dialog.plan.report.counts() == {
        "added": 30,
        "merged": 0,
        "skipped": 6,
        "invalid": 1,
    }
    assert "Code interne" in dialog.report_text.toPlainText()  # named as not imported

    assert mapping.set_choice(3, KEEP)  # the unknown column goes into the notes
    settle(qtbot, dialog)
    qtmodeltester.check(mapping)
    qtmodeltester.check(dialog.preview_model)
    preview = dialog.preview_model
    assert preview.rowCount() == 20
    assert preview.index(0, 0).data() == "3"  # row numbers as in the file
    assert preview.index(0, 1).data() == "Add"
    assert preview.index(0, 2).data() == "Facebook"
    outcomes = [preview.index(r, 1).data() for r in range(preview.rowCount())]
    assert "Skip (duplicate)" in outcomes or "Invalid" in outcomes
    assert dialog.plan.accounts()[0].notes.endswith("Code interne: X-0")
    assert state(document) == before  # nothing changes before the confirmation

    assert dialog.import_button.text() == "&Import 30 account(s)"
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    accounts = document.audit.accounts
    assert len(accounts) == 3 + 30
    assert accounts[3].platform == "facebook"
    assert "Code interne: X-0" in accounts[3].notes
    assert dialog.report is not None
    assert dialog.report.applied
    stack = document.undo_stack
    assert stack.count() == 1  # one undoable step
    stack.undo()
    assert state(document) == before
    stack.redo()
    assert len(document.audit.accounts) == 33


def test_mapping_one_column_per_field(qtbot, dialog, open_path):
    choose(qtbot, dialog, open_path, PASS / "blank_lines_duplicates.csv")
    mapping = dialog.mapping_model
    assert mapping.set_choice(2, "platform")  # the platform column lets "platform" go
    assert mapping.choice(0) == IGNORE
    assert mapping.set_choice(1, "display_name")
    settle(qtbot, dialog)
    assert "no column holds a URL or a handle" in dialog.warning.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_model.rowCount() == 0
    assert mapping.set_choice(1, "url")
    settle(qtbot, dialog)
    assert not dialog.warning.isVisible()
    assert dialog.import_button.isEnabled()


def test_password_columns_are_never_shown_nor_mappable(qtbot, dialog, open_path):
    choose(qtbot, dialog, open_path, PASS / "en_messy_headers.csv")
    mapping = dialog.mapping_model
    column = next(c for c in range(mapping.rowCount()) if mapping.column_name(c) == "Password")
    assert mapping.index(column, 1).data() == ""
    assert not mapping.set_choice(column, "notes")
    assert dialog.plan is not None
    assert dialog.plan.report.counts()["added"] > 0


def fail_reason(path: Path, audit) -> str:
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, audit.model_copy(deep=True))
    return caught.value.reason


@pytest.mark.parametrize(
    "name",
    ["garbage.csv", "no_headers.csv", "no_address_column.csv", "zip_bomb.xlsx", "document.pdf"],
)
def test_bad_file_shows_its_reason_and_changes_nothing(qtbot, dialog, open_path, document, name):
    before = state(document)
    choose(qtbot, dialog, open_path, FAIL / name)
    assert dialog.warning.isVisible()
    assert fail_reason(FAIL / name, document.audit) in dialog.warning.text()
    assert "Traceback" not in dialog.warning.text()
    assert not dialog.import_button.isEnabled()
    dialog.confirm()
    assert state(document) == before
    assert document.undo_stack.count() == 0


def test_cancel_during_a_large_import_leaves_the_audit_unchanged(
    qtbot, dialog, open_path, document, tmp_path
):
    big = tmp_path / "big.csv"
    lines = ["Platform,URL,Followers"]
    lines += [f"X,https://x.com/acct{n:05d},{n}" for n in range(20_000)]
    big.write_text("\n".join(lines), encoding="utf-8")
    before = state(document)
    open_path[:] = [big]
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=20_000):
        dialog.choose_file()  # the worker reports progress while it reads
    assert dialog.is_busy()
    assert dialog.stop_button.isVisible()
    dialog.stop_button.click()
    assert not dialog.is_busy()
    assert "Cancelled" in dialog.status.text()
    qtbot.wait(300)  # late results of the stopped worker are ignored
    assert dialog.plan is None
    assert not dialog.import_button.isEnabled()
    dialog.confirm()
    assert state(document) == before
    assert document.undo_stack.count() == 0


def test_merge_fills_empty_fields_only(qtbot, dialog, open_path, document, tmp_path):
    source = tmp_path / "merge.csv"
    source.write_text(
        "Platform,URL,Display name,Status,MFA\n"
        "Facebook,https://www.facebook.com/ville.quebec,Ville de Québec,Dormant,Yes\n"
        "X,https://x.com/nouveau,Nouveau,Active,\n",
        encoding="utf-8",
    )
    existing = document.audit.account("acc-fb")
    assert existing.display_name == ""
    assert existing.status == AccountStatus.ACTIVE
    before = state(document)
    dialog.duplicate_combo.setCurrentIndex(dialog.duplicate_combo.findData("merge"))
    choose(qtbot, dialog, open_path, source)
    assert dialog.plan.report.counts() == {"added": 1, "merged": 1, "skipped": 0, "invalid": 0}
    assert dialog.preview_model.index(0, 1).data() == "Merge"
    dialog.confirm()
    merged = document.audit.account("acc-fb")
    assert merged is existing  # changed in place: views keep their row
    assert merged.display_name == "Ville de Québec"  # was empty: filled
    assert merged.status == AccountStatus.ACTIVE  # was set: kept
    assert merged.mfa == MfaCoverage.NONE
    assert len(document.audit.accounts) == 4
    document.undo_stack.undo()
    assert state(document) == before
    document.undo_stack.redo()
    assert document.audit.account("acc-fb").display_name == "Ville de Québec"


def test_skip_policy_changes_the_count(qtbot, dialog, open_path, tmp_path):
    source = tmp_path / "dupes.csv"
    source.write_text(
        "Platform,URL\nFacebook,https://www.facebook.com/ville.quebec\nX,https://x.com/autre\n",
        encoding="utf-8",
    )
    choose(qtbot, dialog, open_path, source)
    assert dialog.plan.report.counts()["skipped"] == 1
    dialog.duplicate_combo.setCurrentIndex(dialog.duplicate_combo.findData("add"))
    settle(qtbot, dialog)
    assert dialog.plan.report.counts()["added"] == 2
    assert dialog.preview_model.index(0, 1).data() == "Add (duplicate)"


def test_workbook_sheet_and_header_row(qtbot, dialog, open_path):
    choose(qtbot, dialog, open_path, PASS / "fr_title_block.xlsx")
    assert dialog.plan is not None
    assert dialog.plan.report.counts()["added"] > 0
    assert dialog.header_spin.isEnabled()
    header = dialog.header_spin.value()
    assert header > 1  # found under the title block
    dialog.header_spin.setValue(1)  # the title line holds no column names
    settle(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    dialog.header_spin.setValue(header)
    settle(qtbot, dialog)
    assert dialog.import_button.isEnabled()


def test_controls_have_accessible_names(qtbot, dialog, open_path):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    choose(qtbot, dialog, open_path, PASS / "utf8_bom.csv")
    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )
    unnamed = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(dialog)
        and not w.accessibleName()
        and not isinstance(w, QHeaderView)
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
    ]
    assert unnamed == []


# --------------------------------------------------------------------------- entry points


@pytest.fixture
def page(qtbot, document):
    made = InventoryPage(document, today=TODAY)
    qtbot.addWidget(made)
    made.show()
    return made


def test_inventory_button_imports_through_the_dialog(qtbot, page, document, monkeypatch):
    def fill_and_confirm(dialog) -> bool:
        dialog.load(PASS / "tab_separated.tsv")
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
        dialog.confirm()
        return dialog.result() == ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(modal, "run", fill_and_confirm)
    button = next(b for b in page.action_buttons if b.text() == "&Import…")
    page.initializePage()
    assert button.isEnabled()
    button.click()
    assert len(document.audit.accounts) == 3 + 40
    assert page.model.rowCount() == 43


def test_import_is_disabled_when_read_only(page, document, monkeypatch):
    monkeypatch.setattr(modal, "run", lambda _d: pytest.fail("no dialog when read-only"))
    document.read_only = True
    page.initializePage()
    assert not page.import_action.isEnabled()
    page.import_accounts()


def test_file_menu_offers_import_with_a_shortcut(qapp):
    window = QMainWindow()
    actions = WindowActions(window)
    assert actions.import_accounts in actions.file_menu.actions()
    assert actions.import_accounts.shortcut().toString() == "Ctrl+I"
    assert actions.import_accounts.text() == "&Import Accounts…"
    window.deleteLater()


def test_sheet_picker_reads_the_chosen_sheet(qtbot, dialog, open_path, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Summary"
    first.append(["URL"])
    first.append(["https://x.com/summary_only"])
    second = book.create_sheet("Accounts")
    second.append(["Platform", "URL"])
    for name in ("alpha", "beta", "gamma"):
        second.append(["Instagram", f"https://instagram.com/{name}"])
    path = tmp_path / "two_sheets.xlsx"
    book.save(path)
    choose(qtbot, dialog, open_path, path)
    assert dialog.sheet_combo.isEnabled()
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Summary", "Accounts"]
    assert dialog.plan.report.counts()["added"] == 1
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)
    settle(qtbot, dialog)
    assert dialog.sheet_combo.currentText() == "Accounts"
    assert dialog.plan.report.counts()["added"] == 3


def test_headerless_file_shows_the_guess_and_lets_the_user_change_it(qtbot, dialog, open_path):
    choose(qtbot, dialog, open_path, PASS / "registry_headerless.csv")
    mapping = dialog.mapping_model
    assert dialog.no_header_check.isChecked()
    assert dialog.guess_note.isVisibleTo(dialog)
    assert not dialog.header_spin.isEnabled()
    assert mapping.column_name(3) == "Column 4"
    assert [mapping.choice(c) for c in range(6)] == [
        "website", "owning_unit", "platform", "url", "languages", IGNORE,
    ]  # fmt: skip
    assert dialog.plan.report.counts() == {"added": 1129, "merged": 0, "skipped": 98, "invalid": 33}
    assert "No header row; columns guessed from content" in dialog.report_text.toPlainText()
    assert mapping.set_choice(1, "display_name")  # the user corrects the guess
    settle(qtbot, dialog)
    assert dialog.plan.mapping.fields[1] == "display_name"
    assert dialog.plan.accounts()[0].display_name
    assert len(dialog.plan.results) == 1260  # the first row is still data
    dialog.no_header_check.setChecked(False)  # "the first row is a header": one row fewer
    settle(qtbot, dialog)
    assert dialog.header_spin.isEnabled()
    assert not dialog.guess_note.isVisibleTo(dialog)
