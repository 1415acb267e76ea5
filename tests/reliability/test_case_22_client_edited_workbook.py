"""Case 22: the client edits the workbook (sorts rows, deletes sheets, types formulas in
cells, dates as text) and sends it back: rows matched by stable id, a per-row report, the
session untouched until the user confirms. Through ``vigie merge-workbook`` (the review of a
returned workbook) and, for accounts, ``vigie import-accounts``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.reliability import vigie
from helpers.sample import generated_audit
from openpyxl import load_workbook

from wizard.sessions.session import Session
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook, strings
from wizard.workbook import inventory as inv
from wizard.workbook.strings import META_SHEET


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path, Session]:
    session = Session(audit=generated_audit(12, seed=22))
    session.audit.engagement.language = "en"
    path = tmp_path / "audit.vigie"
    save_session(session, path)
    workbook = export_workbook(session, tmp_path / "audit.xlsx")
    return path, workbook, session


def _client_edits(workbook: Path) -> Path:
    """What clients do: sort by platform descending, delete the summary, a formula in a
    notes cell, a date typed as text, a corrected handle (on the first row after sorting)."""
    book = load_workbook(workbook)
    ws = book[strings.sheet_name("inventory", "en")]
    width = len(inv.COLUMNS)
    rows = [
        [ws.cell(row=r, column=c + 1).value for c in range(width)]
        for r in range(inv.FIRST_ROW, ws.max_row + 1)
    ]
    platform = inv.COLUMNS.index(next(c for c in inv.COLUMNS if c.key == "platform"))
    rows.sort(key=lambda row: str(row[platform]), reverse=True)
    for offset, row in enumerate(rows):
        for col, value in enumerate(row):
            cell = ws.cell(row=inv.FIRST_ROW + offset, column=col + 1)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # moved as text, the way Excel's sort moves it
    ws[f"{inv.letter('notes')}{inv.FIRST_ROW}"] = "=1+1"
    ws[f"{inv.letter('last_post')}{inv.FIRST_ROW + 1}"] = "15/03/2024"
    ws[f"{inv.letter('handle')}{inv.FIRST_ROW}"] = "corrected_handle"
    del book[strings.sheet_name("summary", "en")]
    edited = workbook.with_name("returned.xlsx")
    book.save(edited)
    return edited


def test_every_row_carries_its_stable_id(exported: tuple[Path, Path, Session]) -> None:
    _, workbook, session = exported
    book = load_workbook(workbook)
    ws = book[strings.sheet_name("inventory", "en")]
    ids = [ws[f"{inv.letter('id')}{r}"].value for r in range(inv.FIRST_ROW, ws.max_row + 1)]
    assert ids == [a.id for a in session.audit.accounts]
    meta = {row[0]: row[1] for row in book[META_SHEET].iter_rows(values_only=True)}
    assert meta["audit_id"] == session.audit.audit_id
    assert book[META_SHEET].sheet_state == "veryHidden"


def test_edited_workbook_read_with_a_report_and_nothing_written(
    exported: tuple[Path, Path, Session],
) -> None:
    path, workbook, session = exported
    edited = _client_edits(workbook)
    before = path.read_bytes()
    done = vigie("import-accounts", str(path), str(edited))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = done.stdout
    summary = next(line for line in report.splitlines() if line.startswith("Would import: "))
    counts = [int(word) for word in summary.replace(",", "").split() if word.isdigit()]
    assert sum(counts) == len(session.audit.accounts)  # every row accounted for
    # every row but the corrected handle is known
    assert report.count("already in the audit") >= len(session.audit.accounts) - 1
    assert "Nothing changed: run again with --apply" in report
    assert path.read_bytes() == before


def test_own_export_reimports_as_duplicates_only(exported: tuple[Path, Path, Session]) -> None:
    path, workbook, session = exported
    done = vigie("import-accounts", str(path), str(workbook))
    assert done.returncode == 0, done.stderr
    assert f"Would import: 0 added, 0 merged, {len(session.audit.accounts)} skipped" in (
        done.stdout
    )


def _first_two_ids(workbook: Path) -> list[str]:
    ws = load_workbook(workbook)[strings.sheet_name("inventory", "en")]
    return [ws[f"{inv.letter('id')}{inv.FIRST_ROW + i}"].value for i in range(2)]


def test_review_matches_rows_by_id_and_changes_nothing(
    exported: tuple[Path, Path, Session],
) -> None:
    path, workbook, session = exported
    edited = _client_edits(workbook)
    before = path.read_bytes()
    done = vigie("merge-workbook", str(path), str(edited))
    assert done.returncode == 0, done.stderr
    report = done.stdout
    first, second = (session.audit.account(i) for i in _first_two_ids(edited))
    assert first is not None
    assert second is not None
    assert f"{first.handle} " in report
    assert f"“{first.handle}” → “corrected_handle”" in report
    assert "“=1+1”  REFUSED: a formula (=1+1) where a value belongs" in report
    assert "→ “2024-03-15”" in report  # the date typed as text, understood
    assert "Nothing changed: run again with --apply" in report
    assert path.read_bytes() == before


def test_apply_updates_the_same_accounts(exported: tuple[Path, Path, Session]) -> None:
    path, workbook, session = exported
    edited = _client_edits(workbook)
    first_id, second_id = _first_two_ids(edited)
    done = vigie("merge-workbook", str(path), str(edited), "--apply")
    assert done.returncode == 0, done.stderr
    audit = load_session(path).session.audit
    assert [a.id for a in audit.accounts] == [a.id for a in session.audit.accounts]
    first, second = audit.account(first_id), audit.account(second_id)
    assert first is not None
    assert second is not None
    assert first.handle == "corrected_handle"
    assert first.notes == session.audit.account(first_id).notes  # the formula was refused
    assert second.last_post is not None
    assert second.last_post.isoformat() == "2024-03-15"
