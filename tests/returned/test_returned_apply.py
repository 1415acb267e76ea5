"""Applying the accepted changes: validated by the model, reversible, noted in the audit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.returned import ClientBook, edit

from wizard.audit import model as m
from wizard.returned import ChangeKind, apply_changes
from wizard.returned import review_workbook as review
from wizard.sessions.store import load_session, save_session
from wizard.workbook import export_workbook


@pytest.fixture
def audit(demo) -> m.Audit:
    return demo.audit


@pytest.fixture
def returned(audit: m.Audit, tmp_path: Path) -> Path:
    path = export_workbook(audit, tmp_path / "returned.xlsx", lang="fr")
    criteria = [c.id for c in audit.framework.criteria()]
    finding_row = None

    def client(book: ClientBook) -> None:
        nonlocal finding_row
        book.set("inventory", audit.accounts[0].id, "Statut", "Fermé")
        book.set("inventory", audit.accounts[0].id, "Notes", "fermé par le client")
        book.set("assessment", criteria[0], "Réponse", "S.O.")
        book.set("assessment", criteria[0], "Justification", "Aucun compte concerné")
        book.set("action_plan", audit.actions[0].id, "Statut", "Terminée")
        book.set("action_plan", audit.actions[1].id, "Action", "Nouveau titre\nDétail client")
        book.append_inventory({"Plateforme": "Threads", "Identifiant": "armd_threads"})
        book.delete_row("inventory", audit.accounts[1].id)
        book.delete_row("action_plan", audit.actions[2].id)
        ws = book.sheet("action_plan")
        row = ws.max_row + 1
        ws.cell(row, book.column("action_plan", "Action")).value = "Action ajoutée par le client"
        ws.cell(row, book.column("action_plan", "Statut")).value = "À faire"

    return edit(path, client)


def test_apply_then_revert_restores_the_audit_exactly(audit, returned) -> None:
    before = audit.model_dump()
    changeset = review(audit, returned)
    summary = apply_changes(audit, changeset, changeset.default_accepted(), returned_by="Client")
    assert not summary.failed
    assert summary.added == 2  # the account and the action
    assert summary.deleted == 0  # deletions only when explicitly accepted
    account = audit.accounts[0]
    assert account.status is m.AccountStatus.CLOSED
    assert account.notes == "fermé par le client"
    answer = audit.answer(next(iter(audit.framework.criteria())).id)
    assert answer.not_applicable
    assert answer.justification == "Aucun compte concerné"
    assert audit.actions[0].status is m.ActionStatus.DONE
    assert (audit.actions[1].title, audit.actions[1].detail) == ("Nouveau titre", "Détail client")
    assert audit.accounts[-1].handle == "armd_threads"
    assert audit.accounts[-1].platform == "threads"
    assert audit.actions[-1].title == "Action ajoutée par le client"
    assert audit.client_returns[-1].returned_by == "Client"
    assert audit.client_returns[-1].file_name == "returned.xlsx"
    assert audit.client_returns[-1].changes_applied == summary.applied
    summary.revert()
    assert audit.model_dump() == before


def test_deletions_and_single_choices(audit, returned) -> None:
    changeset = review(audit, returned)
    deleted = [c.key for c in changeset.changes if c.kind is ChangeKind.DELETED]
    assert len(deleted) == 2
    gone_account, gone_action = audit.accounts[1].id, audit.actions[2].id
    status = f"inventory:{audit.accounts[0].id}:status"
    summary = apply_changes(audit, changeset, {status, *deleted})
    assert summary.applied == 3
    assert audit.account(gone_account) is None
    assert all(a.id != gone_action for a in audit.actions)
    assert audit.accounts[0].status is m.AccountStatus.CLOSED
    assert audit.accounts[0].notes != "fermé par le client"  # not accepted


def test_refused_changes_never_apply(audit, tmp_path) -> None:
    path = export_workbook(audit, tmp_path / "r.xlsx", lang="fr")
    account = audit.accounts[3]

    def client(book: ClientBook) -> None:
        book.set("inventory", account.id, "Abonnés", "=A1*2")

    changeset = review(audit, edit(path, client))
    (change,) = changeset.changes
    summary = apply_changes(audit, changeset, {change.key})
    assert summary.applied == 0
    assert account.followers != "=A1*2"


def test_the_note_survives_a_save(audit, returned, tmp_path, demo) -> None:
    changeset = review(audit, returned)
    received = datetime(2025, 5, 2, 9, 30, tzinfo=UTC)
    apply_changes(audit, changeset, changeset.default_accepted(), received=received)
    target = tmp_path / "after.vigie"
    save_session(demo, target)
    loaded = load_session(target).session.audit
    assert loaded.client_returns[-1].received == received
    assert loaded.account(audit.accounts[-1].id) is not None


def test_applying_again_finds_nothing_new_to_apply(audit, returned) -> None:
    changeset = review(audit, returned)
    apply_changes(audit, changeset, changeset.default_accepted())
    again = review(audit, returned)
    # the client's new rows match the account and action already added: not re-added
    assert again.default_accepted() == set()
    assert not any(c.kind is ChangeKind.UPDATE and c.applicable for c in again.changes)
    twins = [c for c in again.changes if c.kind is ChangeKind.NEW]
    assert len(twins) == 2
    assert all("already in the audit" in c.note for c in twins)
