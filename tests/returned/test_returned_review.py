"""The review of a returned workbook tolerates what clients do (issue 7).

Sorted and filtered rows, hidden columns, extra and renamed sheets, inserted rows, an older
export of the same audit; docs/reliability.md case 22: formulas in answer cells, dates typed as
text, deleted sheets. The session is never touched by a review.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.returned import ClientBook, edit
from openpyxl.utils import column_index_from_string

from wizard.audit import model as m
from wizard.returned import ChangeKind, ForeignWorkbookError, ReturnedWorkbookError
from wizard.returned import review_workbook as review
from wizard.workbook import export_workbook, inventory, strings


@pytest.fixture
def audit(demo) -> m.Audit:
    return demo.audit


@pytest.fixture
def exported(audit: m.Audit, tmp_path: Path) -> Path:
    return export_workbook(audit, tmp_path / "returned.xlsx", lang="fr")


def keys(changeset) -> set[str]:
    return {c.key for c in changeset.changes}


def test_an_untouched_export_has_no_change(audit, exported) -> None:
    before = audit.model_dump()
    changeset = review(audit, exported)
    assert changeset.empty, [c.describe() for c in changeset.changes]
    assert changeset.warnings == []
    assert audit.model_dump() == before


def test_an_untouched_english_export_has_no_change(audit, tmp_path) -> None:
    path = export_workbook(audit, tmp_path / "en.xlsx", lang="en", include_names=True)
    assert review(audit, path).empty


def test_changes_are_listed_field_by_field_with_old_and_new(audit, exported) -> None:
    account = audit.accounts[0]

    def client(book: ClientBook) -> None:
        book.set("inventory", account.id, "Statut", "Fermé")
        book.set("inventory", account.id, "Abonnés", 999)

    changeset = review(audit, edit(exported, client))
    status = changeset.get(f"inventory:{account.id}:status")
    assert status is not None
    assert status.kind is ChangeKind.UPDATE
    assert (status.old_text, status.new_text) == ("Actif", "Fermé")
    assert status.updates == {"status": m.AccountStatus.CLOSED}
    assert changeset.get(f"inventory:{account.id}:followers").updates == {"followers": 999}
    assert len(changeset.changes) == 2


def test_sorted_and_filtered_inventory_matches_rows_by_id(audit, exported) -> None:
    account = audit.accounts[5]

    def client(book: ClientBook) -> None:
        book.sort_inventory("Identifiant", reverse=True)
        book.set("inventory", account.id, "Notes", "vu par le client")
        ws = book.sheet("inventory")
        for row in range(5, 12):
            ws.row_dimensions[row].hidden = True  # a filter hides rows
        ws.auto_filter.ref = None

    changeset = review(audit, edit(exported, client))
    assert keys(changeset) == {f"inventory:{account.id}:notes"}


def test_hidden_and_added_columns_are_tolerated(audit, exported) -> None:
    account = audit.accounts[2]

    def client(book: ClientBook) -> None:
        ws = book.sheet("inventory")
        for letter in ("B", "E", "AC"):
            ws.column_dimensions[letter].hidden = True
        book.set("inventory", account.id, "Nom affiché", "Nouveau nom")
        ws.cell(book.header_row("inventory"), ws.max_column + 2).value = "Commentaire client"

    changeset = review(audit, edit(exported, client))
    assert keys(changeset) == {f"inventory:{account.id}:display_name"}
    assert any("Commentaire client" in w for w in changeset.warnings)


def test_extra_and_renamed_sheets_are_found_by_their_marker(audit, exported) -> None:
    action = audit.actions[0]

    def client(book: ClientBook) -> None:
        book.set("action_plan", action.id, "Statut", "Terminée")
        extra = book.book.create_sheet("Notes du client", 0)
        extra["A1"] = "id"
        extra["A2"] = audit.accounts[0].id
        extra["B2"] = "une note"
        for key in strings.MARKED_SHEETS:
            book.sheet(key).title = f"Renommée {key[:10]}"

    changeset = review(audit, edit(exported, client))
    assert keys(changeset) == {f"actions:{action.id}:status"}
    assert changeset.warnings == []


def test_an_export_without_markers_is_found_by_names_then_headers(audit, exported) -> None:
    """Exports made before the markers: renamed sheets are recognised by their headers."""

    def client(book: ClientBook) -> None:
        for key in strings.MARKED_SHEETS:
            ws = book.sheet(key)
            ws["A1"] = None
        book.sheet("inventory").title = "Comptes"
        ws = book.book["Comptes"]
        status = column_index_from_string(inventory.letter("status"))
        ws.cell(_row_in(ws, audit.accounts[1].id), status).value = "Dormant"

    changeset = review(audit, edit(exported, client))
    assert keys(changeset) == {f"inventory:{audit.accounts[1].id}:status"}


def _row_in(ws, item_id: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == item_id)


def test_inserted_rows_are_new_items_and_missing_rows_are_reported(audit, exported) -> None:
    gone = audit.accounts[7]

    def client(book: ClientBook) -> None:
        middle = book.row_of("inventory", audit.accounts[10].id)
        book.append_inventory(
            {"Plateforme": "LinkedIn", "Identifiant": "armd-inseree", "Statut": "Actif"}, at=middle
        )
        book.append_inventory({"Identifiant": "https://www.tiktok.com/@armd_fin"})
        book.delete_row("inventory", gone.id)

    changeset = review(audit, edit(exported, client))
    new = [c for c in changeset.changes if c.kind is ChangeKind.NEW]
    assert sorted(c.record.handle for c in new) == [
        "armd-inseree",
        "https://www.tiktok.com/@armd_fin",
    ]
    inserted = next(c for c in new if c.record.handle == "armd-inseree")
    assert inserted.record.platform == "linkedin"
    assert inserted.record.status is m.AccountStatus.ACTIVE
    assert all(c.default for c in new)
    deleted = changeset.get(f"inventory:{gone.id}:delete")
    assert deleted is not None
    assert deleted.kind is ChangeKind.DELETED
    assert deleted.default is False  # never deleted unless asked
    assert len(changeset.changes) == 3


def test_a_copied_row_keeps_no_stolen_id(audit, exported) -> None:
    source = audit.accounts[0]

    def client(book: ClientBook) -> None:
        ws = book.sheet("inventory")
        row = book.row_of("inventory", source.id)
        target = ws.max_row + 1
        for col in range(1, ws.max_column + 1):
            ws.cell(target, col).value = ws.cell(row, col).value
        ws.cell(target, 3).value = "copie"

    changeset = review(audit, edit(exported, client))
    (change,) = changeset.changes
    assert change.kind is ChangeKind.NEW
    assert change.record.id != source.id
    assert "copy of another row" in change.note


def test_case_22_formulas_dates_as_text_and_deleted_sheets(audit, exported) -> None:
    criteria = [c.id for c in audit.framework.criteria()]
    accounts = audit.accounts

    def client(book: ClientBook) -> None:
        book.set("assessment", criteria[0], "Réponse", "=2+1")
        book.set("assessment", criteria[1], "Réponse", "=F5")
        book.set("inventory", accounts[0].id, "Dernière publication", "15/03/2024")
        book.set("inventory", accounts[1].id, "Créé le", "15 mars 2021")
        book.set("inventory", accounts[2].id, "Dernière revue des accès", "bientôt")
        book.set("inventory", accounts[3].id, "Statut", "Archivé")
        book.set("inventory", accounts[4].id, "Abonnés", "beaucoup")
        for key in ("legal", "risks", "action_plan"):
            del book.book[strings.sheet_name(key, "fr")]

    before = copy.deepcopy(audit.model_dump())
    changeset = review(audit, edit(exported, client))
    refused = {c.key: c.reason for c in changeset.rejected()}
    assert "formula" in refused[f"assessment:{criteria[0]}:answer"]
    assert "formula" in refused[f"assessment:{criteria[1]}:answer"]
    assert "not a date" in refused[f"inventory:{accounts[2].id}:last_access_review"]
    assert "not one of the choices" in refused[f"inventory:{accounts[3].id}:status"]
    assert "number" in refused[f"inventory:{accounts[4].id}:followers"]
    post = changeset.get(f"inventory:{accounts[0].id}:last_post")
    assert post.applicable
    assert post.updates == {"last_post": date(2024, 3, 15)}
    created = changeset.get(f"inventory:{accounts[1].id}:created")
    assert created.applicable
    assert created.updates == {"created": date(2021, 3, 15)}
    # deleted sheets: reported, nothing from them changes and no action is "deleted"
    assert len([w for w in changeset.warnings if "missing" in w]) == 3
    assert not any(c.table in ("legal", "risks", "actions") for c in changeset.changes)
    assert audit.model_dump() == before  # the session is untouched until applied


def test_answers_and_na_need_their_justification(audit, exported) -> None:
    criteria = [c.id for c in audit.framework.criteria()]

    def client(book: ClientBook) -> None:
        book.set("assessment", criteria[0], "Réponse", "S.O.")
        book.set("assessment", criteria[0], "Justification", "Pas concerné")
        book.set("assessment", criteria[1], "Réponse", "N/A")
        book.set("assessment", criteria[1], "Justification", None)
        book.set("assessment", criteria[2], "Réponse", 9)
        book.set("assessment", criteria[3], "Réponse", None)

    changeset = review(audit, edit(exported, client))
    assert changeset.get(f"assessment:{criteria[0]}:answer").applicable
    both = [c for c in changeset.changes if c.item_id == criteria[1]]
    assert both
    assert all("justification" in c.reason for c in both if c.field == "answer")
    assert "not a level" in changeset.get(f"assessment:{criteria[2]}:answer").reason
    cleared = changeset.get(f"assessment:{criteria[3]}:answer")
    assert cleared.updates == {"level": None, "not_applicable": False}


def test_an_older_export_of_the_same_audit(audit, exported) -> None:
    """Changes are relative to the session now; untouched cells are never changes."""
    edited_since, client_edit = audit.accounts[0], audit.accounts[1]
    later = m.Account(handle="ajout-apres-export", platform="x")
    edited_since.notes = "modifié dans Vigie après l'export"
    audit.accounts.append(later)
    audit.modified = datetime.now(UTC) + timedelta(hours=1)

    def client(book: ClientBook) -> None:
        book.set("inventory", client_edit.id, "Statut", "Dormant")

    changeset = review(audit, edit(exported, client))
    assert changeset.get(f"inventory:{client_edit.id}:status").applicable
    assert changeset.get(f"inventory:{later.id}:delete").default is False
    # the auditor's later edit shows as a change back, and the reviewer is warned
    assert changeset.get(f"inventory:{edited_since.id}:notes") is not None
    assert any("changed since" in w for w in changeset.warnings)
    assert len(changeset.changes) == 3


def test_a_workbook_from_another_audit_is_refused_unless_new_data(audit, exported) -> None:
    other = m.new_audit(audit.framework)
    with pytest.raises(ForeignWorkbookError, match="another audit"):
        review(other, exported)
    changeset = review(other, exported, allow_foreign=True)
    assert changeset.foreign
    new_accounts = [c for c in changeset.changes if c.table == "inventory"]
    assert len(new_accounts) == len(audit.accounts)
    assert all(
        c.kind is ChangeKind.NEW and c.record.id not in {a.id for a in audit.accounts}
        for c in new_accounts
    )
    assert not any(c.kind is ChangeKind.DELETED for c in changeset.changes)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,handle\n1,x\n", "text file"),
        (b"", "empty"),
        (b"PK\x03\x04garbage", "truncated or damaged"),
    ],
)
def test_files_that_are_not_workbooks_are_refused(audit, tmp_path, content, message) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReturnedWorkbookError, match=message):
        review(audit, path)


def test_a_plain_workbook_is_not_a_vigie_export(audit, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "handle"
    path = tmp_path / "plain.xlsx"
    book.save(path)
    with pytest.raises(ReturnedWorkbookError, match="not a workbook exported by Vigie"):
        review(audit, path)


def test_deleted_id_column_is_reported_not_guessed(audit, exported) -> None:
    def client(book: ClientBook) -> None:
        book.sheet("inventory").delete_cols(1)

    changeset = review(audit, edit(exported, client))
    assert not any(c.table == "inventory" for c in changeset.changes)
    assert any("id column" in w for w in changeset.warnings)


def test_the_fast_sheet_reader_agrees_with_openpyxl(audit, exported, monkeypatch) -> None:
    """The expat reader and openpyxl's own read the same values, formulas and dates."""
    from wizard.returned import sheetxml

    criteria = [c.id for c in audit.framework.criteria()]

    def client(book: ClientBook) -> None:
        book.set("assessment", criteria[0], "Réponse", "=1+1")
        book.set("inventory", audit.accounts[0].id, "Dernière publication", "15/03/2024")
        book.set("inventory", audit.accounts[1].id, "Créé le", datetime(2020, 1, 2))
        book.set(
            "inventory",
            audit.accounts[2].id,
            strings.inventory_header("verified", "fr"),
            audit.accounts[2].verified is not True,
        )
        book.sort_inventory("Identifiant")

    path = edit(exported, client)
    fast = [c.describe() for c in review(audit, path).changes]
    monkeypatch.setattr(sheetxml, "available", lambda *_a: False)
    assert [c.describe() for c in review(audit, path).changes] == fast
    assert len(fast) == 4


def test_a_clients_effort_is_read_back_like_owner_and_due_date(audit, exported) -> None:
    """The action plan's Effort column comes back like its Owner and Due date columns: a
    label in either language is read, anything else is refused with the choices."""
    first, second, third = audit.actions[:3]

    def client(book: ClientBook) -> None:
        book.set("action_plan", first.id, "Effort", "Important (mois)")
        book.set("action_plan", second.id, "Effort", "small (days)")
        book.set("action_plan", third.id, "Effort", "énorme")
        book.set("action_plan", first.id, "Responsable", "Équipe web")

    changeset = review(audit, edit(exported, client))
    assert changeset.get(f"actions:{first.id}:effort").updates == {"effort": m.Effort.LARGE}
    assert changeset.get(f"actions:{second.id}:effort").updates == {"effort": m.Effort.SMALL}
    refused = changeset.get(f"actions:{third.id}:effort")
    assert refused.rejected
    assert "Petit (jours)" in refused.reason.text("fr")
    assert changeset.get(f"actions:{first.id}:owner").updates == {"owner": "Équipe web"}
