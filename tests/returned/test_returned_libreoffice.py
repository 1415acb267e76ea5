"""Returned workbooks re-saved by LibreOffice, and the acceptance test of issue 7.

Export the demo → change 5 answers, 3 inventory cells, 1 action status, add 1 account,
delete 1 row, sort the inventory → re-save through LibreOffice → ``vigie merge-workbook``
lists exactly those changes; ``--apply`` then a new export shows them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from helpers.libreoffice import find_soffice
from helpers.returned import ClientBook, edit, libreoffice_resave
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from wizard.audit import model as m
from wizard.cli.main import main
from wizard.returned import ChangeKind
from wizard.returned import review_workbook as review
from wizard.sessions.store import load_session, save_session
from wizard.workbook import action_plan, assessment, export_workbook, inventory, strings

pytestmark = pytest.mark.libreoffice


@pytest.fixture
def soffice() -> str:
    return find_soffice()


def test_an_untouched_export_resaved_by_libreoffice_has_no_change(demo, tmp_path, soffice):
    path = export_workbook(demo.audit, tmp_path / "plain.xlsx", lang="en")
    resaved = libreoffice_resave(soffice, path, tmp_path)
    changeset = review(demo.audit, resaved)
    assert changeset.empty, [c.describe() for c in changeset.changes]
    assert changeset.warnings == []


def _new_level(answer: m.Answer, top: int) -> int:
    return 2 if answer.level is None else (answer.level + 1) % (top + 1)


def _client_edits(audit: m.Audit):
    """The acceptance edits, and the change keys they must produce."""
    criteria = [c.id for c in audit.framework.criteria()][:5]
    top = audit.framework.max_level
    levels = {cid: _new_level(audit.answer(cid), top) for cid in criteria}
    status_of, followers_of, post_of = audit.accounts[0], audit.accounts[4], audit.accounts[8]
    new_status = "Dormant" if status_of.status is not m.AccountStatus.DORMANT else "Actif"
    action = next(a for a in audit.actions if a.status is not m.ActionStatus.DONE)
    deleted = audit.accounts[12]

    def client(book: ClientBook) -> None:
        for cid, level in levels.items():
            book.set("assessment", cid, "Réponse", level)
        book.set("inventory", status_of.id, "Statut", new_status)
        book.set("inventory", followers_of.id, "Abonnés", 123456)
        book.set("inventory", post_of.id, "Dernière publication", "15/03/2024")  # as text
        book.set("action_plan", action.id, "Statut", "Terminée")
        book.append_inventory(
            {"Plateforme": "Bluesky", "Identifiant": "armd.bsky.social", "Statut": "Actif"}
        )
        book.delete_row("inventory", deleted.id)
        book.sort_inventory("Identifiant")

    expected = {f"assessment:{cid}:answer" for cid in criteria} | {
        f"inventory:{status_of.id}:status",
        f"inventory:{followers_of.id}:followers",
        f"inventory:{post_of.id}:last_post",
        f"actions:{action.id}:status",
        f"inventory:{deleted.id}:delete",
    }
    facts = {
        "levels": levels,
        "status": (status_of.id, new_status),
        "followers": followers_of.id,
        "post": post_of.id,
        "action": action.id,
        "deleted": deleted.id,
    }
    return client, expected, facts


def _inventory_row(book, handle_or_id: str) -> list[object]:
    ws = book[strings.sheet_name("inventory", "fr")]
    handle = column_index_from_string(inventory.letter("handle")) - 1
    for row in ws.iter_rows(values_only=True):
        if handle_or_id in (row[0], row[handle]):
            return list(row)
    raise AssertionError(f"{handle_or_id} not in the new export")


def test_acceptance_demo_edited_resaved_by_libreoffice_merged(tmp_path: Path, demo, soffice):
    session = tmp_path / "demo.vigie"
    save_session(demo, session)
    audit = load_session(session).session.audit
    exported = tmp_path / "demo.xlsx"
    assert main(["export", str(session), "-o", str(exported), "--lang", "fr"]) == 0
    client, expected, facts = _client_edits(audit)
    returned = libreoffice_resave(soffice, edit(exported, client), tmp_path)

    changeset = review(audit, returned)
    assert changeset.warnings == []
    new = [c for c in changeset.changes if c.kind is ChangeKind.NEW]
    assert [c.record.handle for c in new] == ["armd.bsky.social"]
    assert {c.key for c in changeset.changes} - {new[0].key} == expected
    assert not changeset.rejected()

    before = session.read_bytes()
    lines = _printed_changes(returned, session)
    assert len(lines) == len(expected) + 1
    assert session.read_bytes() == before

    assert main(["merge-workbook", str(session), str(returned), "--apply", "--delete"]) == 0
    after = load_session(session).session.audit
    assert after.client_returns[-1].changes_applied == len(expected) + 1
    fresh = tmp_path / "after.xlsx"
    assert main(["export", str(session), "-o", str(fresh), "--lang", "fr"]) == 0
    book = load_workbook(fresh)
    ws = book[strings.sheet_name("assessment", "fr")]
    answer = column_index_from_string(assessment.ANSWER) - 1  # the layout may move it
    answers = {row[0]: row[answer] for row in ws.iter_rows(values_only=True) if row[0]}
    for cid, level in facts["levels"].items():
        assert answers[cid] == level
    status_id, new_status = facts["status"]
    status = column_index_from_string(inventory.letter("status")) - 1
    assert _inventory_row(book, status_id)[status] == new_status
    followers = column_index_from_string(inventory.letter("followers")) - 1
    assert _inventory_row(book, facts["followers"])[followers] == 123456
    post = _inventory_row(book, facts["post"])[
        column_index_from_string(inventory.letter("last_post")) - 1
    ]
    assert (post.date() if isinstance(post, datetime) else post) == date(2024, 3, 15)
    assert _inventory_row(book, "armd.bsky.social")[1] == "Bluesky"
    with pytest.raises(AssertionError):
        _inventory_row(book, facts["deleted"])
    plan = book[strings.sheet_name("action_plan", "fr")]
    status_col = action_plan.HEADERS.index("status")
    statuses = {row[0]: row[status_col] for row in plan.iter_rows(values_only=True) if row[0]}
    assert statuses[facts["action"]] == "Terminée"
    # and the new export, returned as is, has nothing left to merge
    assert review(load_session(session).session.audit, fresh).empty


def _printed_changes(returned: Path, session: Path) -> list[str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["merge-workbook", str(session), str(returned)]) == 0
    return [line for line in out.getvalue().splitlines() if line.startswith(("  * ", "  ? "))]
