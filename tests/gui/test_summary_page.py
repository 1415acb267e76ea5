"""The summary page works out its figures only when the audit changed (issue 15)."""

from __future__ import annotations

import pytest

from ui.document import AuditDocument
from ui.pages import summary
from ui.pages.summary import SummaryPage
from wizard.scoring import findings, scores


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the page works out the inventory figures and the findings."""
    calls = {"stats": 0, "findings": 0}
    stats, top = scores.inventory_stats, findings.top_findings

    def count_stats(*args: object) -> scores.InventoryStats:
        calls["stats"] += 1
        return stats(*args)  # type: ignore[arg-type]

    def count_findings(*args: object) -> list[findings.ReviewedFinding]:
        calls["findings"] += 1
        return top(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(scores, "inventory_stats", count_stats)
    monkeypatch.setattr(findings, "top_findings", count_findings)
    return calls


def _page(qtbot, document: AuditDocument) -> SummaryPage:
    page = SummaryPage(document)
    qtbot.addWidget(page)
    return page


def test_shown_again_unchanged_it_recomputes_nothing(qtbot, document, counted):
    page = _page(qtbot, document)
    page.initializePage()
    shown = page.findings_list.count()
    page.initializePage()
    assert counted == {"stats": 1, "findings": 1}
    assert page.findings_list.count() == shown > 0
    page.shutdown()


def test_a_change_meanwhile_is_shown_on_the_next_visit(qtbot, document, counted):
    page = _page(qtbot, document)
    page.initializePage()
    document.audit.accounts.pop()
    document.mark_changed()
    page.initializePage()
    assert counted == {"stats": 2, "findings": 2}
    assert page.stat_labels["total"].text() == str(len(document.audit.accounts))
    page.shutdown()


def test_a_big_audit_fills_its_findings_after_the_first_paint(
    qtbot, document, counted, monkeypatch
):
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1)
    page = _page(qtbot, document)
    page.initializePage()
    assert counted == {"stats": 0, "findings": 0}  # the scores paint first
    qtbot.waitUntil(lambda: counted["findings"] == 1)
    assert counted["stats"] == 1
    qtbot.waitUntil(lambda: not page.filling)
    assert page.stat_labels["total"].text() == str(len(document.audit.accounts))
    assert page.findings_list.count() > 0
    page.shutdown()


def test_a_big_audits_problems_are_worked_out_in_slices_before_its_figures(
    qtbot, document, monkeypatch
):
    """Issue 15: the inventory figures of 10,000 accounts held the window for one long
    turn; each account's problems are now worked out a slice per turn, once, and the
    figures, then the findings, on later turns of their own, are counted from them."""
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1)
    monkeypatch.setattr(summary, "PROBLEMS_SLICE", 1)
    calls: list[str] = []
    problems, stats = scores.account_problems, scores.inventory_stats

    def count_problems(*args: object) -> list[scores.Problem]:
        calls.append("problems")
        return problems(*args)  # type: ignore[arg-type]

    def count_stats(*args: object) -> scores.InventoryStats:
        calls.append("figures")
        return stats(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(scores, "account_problems", count_problems)
    monkeypatch.setattr(scores, "inventory_stats", count_stats)
    page = _page(qtbot, document)
    page.initializePage()
    assert calls == []
    qtbot.waitUntil(lambda: not page.filling)
    accounts = len(document.audit.accounts)
    assert calls == ["problems"] * accounts + ["figures"]
    assert page.stat_labels["total"].text() == str(accounts)
    page.shutdown()


def test_shown_again_for_another_audit_before_the_figures_came(qtbot, document, monkeypatch):
    """The figures of the audit on show, never those of the one shown before; the page
    says it is done once the last visit's figures are in."""
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1)
    page = _page(qtbot, document)
    page.initializePage()  # its figures wait for the next turns
    document.audit.accounts.pop()
    document.mark_changed()
    page.initializePage()
    qtbot.waitUntil(lambda: not page.filling)
    assert page.stat_labels["total"].text() == str(len(document.audit.accounts))
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1000)
    page.initializePage()  # nothing changed: nothing to do
    document.audit.accounts.pop()
    document.mark_changed()
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1)
    page.initializePage()
    monkeypatch.setattr(summary, "DEFER_FINDINGS_FROM", 1000)
    document.mark_changed()
    page.initializePage()  # a small audit now: shown at once, the earlier steps stop
    assert not page.filling
    for _ in range(10):
        qtbot.wait(1)
    assert not page.filling
    assert page.stat_labels["total"].text() == str(len(document.audit.accounts))
    page.shutdown()
