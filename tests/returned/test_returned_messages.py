"""A returned workbook's review reads French for a French reviewer (issue 11, item 16): the
refused values, the change lines and the notes are core messages in both languages; the
command line keeps English."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.returned import ClientBook, edit

from wizard.audit import model as m
from wizard.messages import localise
from wizard.platforms import platform_name
from wizard.returned import ForeignWorkbookError
from wizard.returned import review_workbook as review
from wizard.returned.report import report_lines
from wizard.workbook import export_workbook


@pytest.fixture
def audit(demo) -> m.Audit:
    return demo.audit


@pytest.fixture
def exported(audit: m.Audit, tmp_path: Path) -> Path:
    return export_workbook(audit, tmp_path / "returned.xlsx", lang="fr")


def test_a_refused_value_and_its_change_line_read_french(audit, exported) -> None:
    account = audit.accounts[0]

    def client(book: ClientBook) -> None:
        book.set("inventory", account.id, "Abonnés", "beaucoup")
        book.set("inventory", account.id, "Statut", "Fermé")

    changeset = review(audit, edit(exported, client))
    refused = changeset.get(f"inventory:{account.id}:followers")
    assert refused is not None
    assert refused.reason == "'beaucoup' is text where a number belongs"
    assert localise(refused.reason, "fr") == "'beaucoup' est du texte à la place d'un nombre"
    french = refused.describe("fr")
    assert "REFUSÉ : 'beaucoup' est du texte à la place d'un nombre" in french
    assert "(ligne " in french
    assert "REFUSED" in refused.describe()
    lines = "\n".join(report_lines(changeset, "fr"))
    assert "revue des modifications du client" in lines
    assert "1 valeur(s) refusée(s)" in lines
    english = "\n".join(report_lines(changeset))
    assert "review of the client's changes" in english
    assert "1 refused value(s)" in english


def test_a_new_row_copying_a_known_account_has_a_french_note(audit, exported) -> None:
    twin = audit.accounts[0]

    def client(book: ClientBook) -> None:
        book.append_inventory(
            {"Plateforme": platform_name(twin.platform, "fr"), "Identifiant": twin.handle}
        )

    changeset = review(audit, edit(exported, client))
    new = [c for c in changeset.changes if c.note]
    assert new, [c.describe() for c in changeset.changes]
    assert "déjà dans l'audit" in localise(new[0].note, "fr")
    assert "already in the audit" in new[0].note


def test_a_foreign_workbook_is_refused_in_french(audit, exported, demo) -> None:
    other = demo.audit.model_copy(update={"audit_id": "another-audit"})
    with pytest.raises(ForeignWorkbookError) as caught:
        review(other, exported)
    assert "was exported from another audit" in caught.value.reason
    assert "a été exporté d'un autre audit" in localise(caught.value.reason, "fr")
