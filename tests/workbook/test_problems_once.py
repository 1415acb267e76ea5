"""Each account's problems are worked out once per export (the figures, the findings and the
Inventory's Problems column share them), and sharing them changes no byte of the workbook."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

import pytest
from helpers.sample import generated_audit

from wizard.audit.model import Account, Audit
from wizard.scoring.findings import ReviewedFinding, effective_findings
from wizard.scoring.scores import InventoryStats, Problem, account_problems, inventory_stats
from wizard.workbook import build_workbook
from wizard.workbook.context import ExportContext

EXPORTED_AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _members(audit: Audit, lang: str) -> dict[str, bytes]:
    """Every part of the saved workbook but the document properties (openpyxl stamps the
    time of the save there)."""
    buffer = io.BytesIO()
    build_workbook(audit, lang, exported_at=EXPORTED_AT).save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def test_an_export_works_each_accounts_problems_out_once(monkeypatch: pytest.MonkeyPatch):
    audit = generated_audit(300, seed=3)
    calls: list[str] = []

    def counted(account: Account, audit: Audit, today: date) -> list[Problem]:
        calls.append(account.id)
        return account_problems(account, audit, today)

    # every name the function was ever imported under in the core
    for module in (
        "wizard.scoring.scores",
        "wizard.scoring.rules.inventory",
        "wizard.workbook.inventory",
    ):
        monkeypatch.setattr(f"{module}.account_problems", counted, raising=False)
    _members(audit, "fr")
    assert sorted(calls) == sorted(a.id for a in audit.accounts)


def _set(name: str, value: Any) -> cached_property[Any]:
    prop: cached_property[Any] = cached_property(value)
    prop.__set_name__(ExportContext, name)
    return prop


def _own_stats(ctx: ExportContext) -> InventoryStats:
    return inventory_stats(ctx.audit, ctx.today)


def _own_findings(ctx: ExportContext) -> list[ReviewedFinding]:
    return list(effective_findings(ctx.audit, ctx.today, active_only=True))


def _own_problems_of(ctx: ExportContext, account: Account) -> list[Problem]:
    return account_problems(account, ctx.audit, ctx.today)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sharing_the_problems_writes_the_same_workbook(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The same bytes as when the figures, the findings and the Problems column each work
    the problems out on their own (the export before the problems were shared)."""
    audit = generated_audit(2000, seed=3)
    shared = _members(audit, lang)
    with monkeypatch.context() as patch:
        patch.setattr(ExportContext, "stats", _set("stats", _own_stats))
        patch.setattr(ExportContext, "findings", _set("findings", _own_findings))
        patch.setattr(ExportContext, "problems_of", _own_problems_of)
        patch.setattr(ExportContext, "problems", property(lambda ctx: pytest.fail("shared")))
        alone = _members(audit, lang)
    assert sorted(shared) == sorted(alone)
    for name, data in shared.items():
        assert data == alone[name], name


def test_findings_refuse_problems_of_another_length():
    audit = generated_audit(20, seed=3)
    with pytest.raises(ValueError, match="19 accounts' problems for 20 accounts"):
        effective_findings(audit, date(2026, 3, 1), problems=[[]] * 19)
