"""A French user reads the core's messages in French (issue 11, item 16): the import report's
row reasons and a refused file, the returned workbook's refusals, merge refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ui import dialogs, i18n
from ui.client_return.dialog import ClientReturnDialog
from ui.import_accounts.dialog import ImportDialog
from ui.merge.dialog import merge_with_session
from wizard.returned import review_workbook
from wizard.sessions.session import Session
from wizard.sessions.store import save_session
from wizard.workbook import export_workbook, strings

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def _import(qtbot, document, monkeypatch, path: Path) -> ImportDialog:
    dialog = ImportDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(dialogs, "get_open_path", lambda *_a: path)
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    return dialog


def test_the_import_report_and_preview_read_french(qtbot, french, document, monkeypatch):
    dialog = _import(qtbot, document, monkeypatch, DATA / "pass" / "blank_lines_duplicates.csv")
    try:
        report = dialog.report_text.toPlainText()
        assert "même compte que la ligne" in report
        assert "same account" not in report
        assert "séparateur" in report
        model = dialog.tables.preview_model
        last = model.columnCount() - 1
        problems = [model.index(r, last).data() or "" for r in range(model.rowCount())]
        assert any("même compte que la ligne" in p for p in problems), problems
    finally:
        dialog.shutdown()


def test_a_refused_import_file_says_why_in_french(qtbot, french, document, monkeypatch):
    dialog = _import(qtbot, document, monkeypatch, DATA / "fail" / "no_address_column.csv")
    try:
        assert dialog.warning.isVisible()
        assert "aucune colonne ne contient d'URL ni d'identifiant" in dialog.warning.text()
        assert "no column holds" not in dialog.warning.text()
    finally:
        dialog.shutdown()


def test_returned_workbook_refusals_read_french(qtbot, french, audit, tmp_path):
    path = export_workbook(audit, tmp_path / "client.xlsx", lang="en")
    book = load_workbook(path)
    ws = book[strings.sheet_name("inventory", "en")]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "id")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, ws.max_row + 1)}
    ws.cell(rows[audit.accounts[1].id], cols["Followers"]).value = "many"
    book.save(path)
    dialog = ClientReturnDialog(review_workbook(audit, path, lang="fr"))
    qtbot.addWidget(dialog)
    model = dialog.model
    top = model.index(0, 0)
    leaves = [model.index(r, 4, top) for r in range(model.rowCount(top))]
    statuses = [leaf.data() for leaf in leaves]
    assert any("'many' est du texte à la place d'un nombre" in s for s in statuses), statuses
    tips = [model.index(r, 0, top).data(TOOLTIP) for r in range(model.rowCount(top))]
    assert any("REFUSÉ : 'many' est du texte" in t for t in tips), tips
    assert not any("is text where a number belongs" in s for s in statuses + tips)


def test_merge_refusals_read_french(french, document, tmp_path, monkeypatch):
    warned: list[tuple] = []
    monkeypatch.setattr(dialogs, "warn", lambda *args: warned.append(args))
    broken = tmp_path / "broken.vigie"
    broken.write_bytes(b"nope")
    assert merge_with_session(document, None, broken) is None
    assert "ce n'est pas une session Vigie" in warned[-1][3]
    other = Session.new()
    other.audit.audit_id = document.audit.audit_id
    other.audit.framework = other.audit.framework.model_copy(update={"version": "0.0-test"})
    save_session(other, tmp_path / "bank.vigie")
    assert merge_with_session(document, None, tmp_path / "bank.vigie") is None
    assert "banques de questions différentes" in warned[-1][3]
