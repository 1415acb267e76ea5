"""One canonical account key serves every place that meets accounts: Paste URLs, the import,
the client's returned workbook, merging two copies and the progress comparison. A legacy
shape (``twitter.com/#!/laFTC``) must meet ``x.com/laftc`` in each of them, and two
hash-bang accounts must never meet each other (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.bank import tiny_bank
from openpyxl import load_workbook

from wizard.audit import edits
from wizard.audit import model as m
from wizard.history.compare import compare_audits
from wizard.importers.plan import ImportOptions, build_plan
from wizard.importers.table import Table
from wizard.returned import ChangeKind, review_workbook
from wizard.teams.items import same_identity
from wizard.workbook import export_workbook
from wizard.workbook.strings import inventory_header, sheet_name

LEGACY = "https://twitter.com/#!/laFTC"
OTHER_LEGACY = "http://twitter.com/#!/AIDSinfo"


def _audit() -> m.Audit:
    audit = m.Audit(framework=tiny_bank())
    audit.accounts = [m.Account(platform="x", handle="laftc", url="https://x.com/laftc")]
    return audit


def test_paste_meets_the_existing_account_and_keeps_the_other():
    pasted = edits.accounts_from_text(f"{LEGACY}\n{OTHER_LEGACY}\ntwitter.com/AIDSINFO", _audit())
    assert [(a.platform, a.handle) for a in pasted] == [("x", "aidsinfo")]


def test_import_meets_the_existing_account_and_keeps_the_other():
    table = Table("t.csv", "csv", [(1, (LEGACY,)), (2, (OTHER_LEGACY,))], encoding="UTF-8")
    plan = build_plan(table, _audit(), ImportOptions(overrides={"1": "url"}))
    assert [o.reason for o in plan.report.skipped] == ["already in the audit (x:laftc)"]
    assert [o.row for o in plan.report.added] == [2]


def test_merge_takes_a_legacy_url_for_the_same_account_only():
    assert same_identity("account", "url", LEGACY, "https://x.com/laftc")
    assert not same_identity("account", "url", LEGACY, OTHER_LEGACY)
    assert not same_identity("account", "url", "https://twitter.com", "https://x.com")


@pytest.mark.parametrize(("old_url", "matched"), [(LEGACY, True), (OTHER_LEGACY, False)])
def test_comparison_pairs_the_same_account_only(old_url, matched):
    old = m.Audit(framework=tiny_bank())
    old.accounts = [m.Account(platform="x", url=old_url)]
    comparison = compare_audits(old, _audit())
    assert (comparison.added == () and comparison.removed == ()) is matched


def test_returned_workbook_row_meets_the_account_already_in_the_audit(tmp_path: Path):
    audit = _audit()
    path = export_workbook(audit, tmp_path / "returned.xlsx", lang="en")
    book = load_workbook(path)
    sheet = book[sheet_name("inventory", "en")]
    header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "id")
    columns = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    for url in (LEGACY, OTHER_LEGACY):
        row = sheet.max_row + 1
        sheet.cell(row, columns[inventory_header("platform", "en")]).value = "X (Twitter)"
        sheet.cell(row, columns[inventory_header("url", "en")]).value = url
    book.save(path)
    new = [c for c in review_workbook(audit, path).changes if c.kind is ChangeKind.NEW]
    assert len(new) == 2
    assert "already in the audit" in new[0].note
    assert "already in the audit" not in new[1].note
