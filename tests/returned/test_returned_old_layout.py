"""Workbooks exported by the previous layout still come back (workbook format 1).

Clients return workbooks weeks after delivery: one exported before the legal checklist and
the risk register had a sheet each (one "Juridique et risques" sheet, both tables on it) is
read as before, while a workbook of a format newer than this Vigie knows is refused with
the "newer" message instead of being misread. The fixture was exported by the format-1 code
itself (tests/data/returned/README.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.returned import ClientBook, edit
from openpyxl import load_workbook

from wizard.audit import model as m
from wizard.returned import ReturnedWorkbookError, apply_changes
from wizard.returned import review_workbook as review
from wizard.returned.reader import read_returned
from wizard.workbook import export_workbook, strings
from wizard.workbook.meta import WORKBOOK_FORMAT_VERSION

OLD = Path(__file__).parent.parent / "data" / "returned" / "legal-and-risks-v1-fr.xlsx"


@pytest.fixture
def audit(demo) -> m.Audit:
    return demo.audit


@pytest.fixture
def old_workbook(tmp_path: Path) -> Path:
    return Path(shutil.copy(OLD, tmp_path / "retour-client.xlsx"))


def test_the_fixture_is_the_old_layout() -> None:
    book = load_workbook(OLD, read_only=True)
    meta = {row[0]: row[1] for row in book[strings.META_SHEET].iter_rows(values_only=True)}
    assert meta["format_version"] == "1"
    assert strings.sheet_name("legal_risks", "fr") in book.sheetnames
    assert strings.sheet_name("risks", "fr") not in book.sheetnames


def test_an_untouched_old_workbook_reads_both_tables_without_warning(audit, old_workbook):
    returned = read_returned(old_workbook)
    assert returned.warnings == []
    legal, risks = returned.tables["legal"], returned.tables["risks"]
    assert legal.sheet == risks.sheet == strings.sheet_name("legal_risks", "fr")
    assert len(legal.rows) == len(audit.framework.legal) + 1  # + the register's subtitle
    assert len(risks.rows) == len(audit.risks)
    changes = review(audit, old_workbook)
    assert not [c for c in changes.changes if c.table in ("legal", "risks")]


def test_a_clients_edits_on_the_old_sheet_are_found_and_applied(audit, old_workbook):
    sheet = "legal_risks"

    def client(book: ClientBook) -> None:
        book.set(sheet, "records", "Statut", "Oui", book.header_row(sheet, "Élément"))
        book.set(sheet, "risk-05", "Probabilité (1-5)", 4, book.header_row(sheet, "Risque"))
        book.set(sheet, "risk-02", "Statut", "Atténué", book.header_row(sheet, "Risque"))
        ws = book.sheet(sheet)
        header = book.header_row(sheet, "Risque")
        row = ws.max_row + 1
        ws.cell(row, book.column(sheet, "Risque", header)).value = "Départ du seul administrateur"
        ws.cell(row, book.column(sheet, "Probabilité (1-5)", header)).value = 2
        ws.cell(row, book.column(sheet, "Impact (1-5)", header)).value = 4

    changeset = review(audit, edit(old_workbook, client))
    assert changeset.warnings == []
    found = {c.key: c for c in changeset.changes if c.table in ("legal", "risks")}
    assert found["legal:records:status"].updates == {"status": m.Check.YES}
    assert found["risks:risk-05:likelihood"].updates == {"likelihood": 4}
    assert found["risks:risk-02:status"].updates == {"status": m.RiskStatus.MITIGATED}
    (new,) = [c for c in found.values() if c.record is not None]
    assert (new.record.title, new.record.likelihood, new.record.impact) == (
        "Départ du seul administrateur",
        2,
        4,
    )
    apply_changes(audit, changeset, set(found))
    assert audit.legal["records"].status is m.Check.YES
    by_id = {r.id: r for r in audit.risks}
    assert by_id["risk-05"].likelihood == 4
    assert by_id["risk-02"].status is m.RiskStatus.MITIGATED
    assert any(r.title == "Départ du seul administrateur" for r in audit.risks)


def test_the_new_layout_is_read_from_its_two_sheets(audit, tmp_path):
    path = export_workbook(audit, tmp_path / "new.xlsx", lang="en")

    def client(book: ClientBook) -> None:
        book.set("legal", "records", "Status", "Yes")
        book.set("risks", "risk-05", "Likelihood (1-5)", 4)

    changeset = review(audit, edit(path, client, lang="en"))
    assert {c.key for c in changeset.changes} == {
        "legal:records:status",
        "risks:risk-05:likelihood",
    }
    returned = read_returned(path)
    assert returned.meta["format_version"] == str(WORKBOOK_FORMAT_VERSION) == "2"
    assert returned.tables["legal"].sheet == strings.sheet_name("legal", "en")
    assert returned.tables["risks"].sheet == strings.sheet_name("risks", "en")


def test_a_workbook_of_a_newer_format_is_refused_not_misread(audit, tmp_path):
    path = export_workbook(audit, tmp_path / "future.xlsx", lang="fr")
    book = load_workbook(path)
    meta = book[strings.META_SHEET]
    row = next(r for r in meta.iter_rows() if r[0].value == "format_version")
    row[1].value = str(WORKBOOK_FORMAT_VERSION + 1)
    book.save(path)
    with pytest.raises(ReturnedWorkbookError, match="newer Vigie"):
        review(audit, path)
