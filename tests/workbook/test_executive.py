"""Page 1 tells an executive what to do; the action plan lists actions, not padding."""

from __future__ import annotations

import pytest
from helpers.workbook import export, load

from wizard.audit import labels
from wizard.audit.model import Effort
from wizard.scoring.findings import effective_findings
from wizard.scoring.scores import as_of
from wizard.workbook import action_plan, strings


@pytest.fixture(scope="module")
def demo():
    from wizard.demo import demo_session

    return demo_session().audit


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_action_plan_lists_actions_and_counts_unplanned_findings(tmp_path, demo, lang):
    book = load(export(demo, tmp_path, lang))
    ws = book[strings.sheet_name("action_plan", lang)]
    rows = [
        [ws.cell(r, c).value for c in range(1, 11)]
        for r in range(action_plan.HEADER_ROW + 1, ws.max_row + 1)
    ]
    assert sorted(row[0] for row in rows) == sorted(a.id for a in demo.actions)
    assert all(row[5] for row in rows)  # every row is an action
    planned = {a.finding for a in demo.actions}
    active = effective_findings(demo, as_of(demo), active_only=True)
    unplanned = [f for f in active if not {f.key, f.key.removeprefix("own:")} & planned]
    assert f": {len(unplanned)} (" in ws.cell(2, 3).value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_summary_opens_with_an_executive_summary(tmp_path, demo, lang):
    book = load(export(demo, tmp_path, lang))
    ws = book[strings.sheet_name("summary", lang)]
    column_b = [ws.cell(r, 2).value for r in range(1, 40)]
    assert strings.text("executive_summary", lang) in column_b
    start = column_b.index(strings.text("priorities", lang)) + 3  # subtitle, header, rows
    priorities = [ws.cell(r, 3).value for r in range(start, start + 5)]
    assert all(priorities)
    verdict = next(
        v for v in column_b if isinstance(v, str) and "verdict" not in v and "TEXT(" in v
    )
    assert "$D$" in verdict  # quotes the live figures
    # a weak section's finding stands for its low criteria: LC2.x are not listed beside LC2
    titles = [ws.cell(r, 3).value or "" for r in range(1, ws.max_row + 1)]
    assert any(t.startswith("LC2") and "LC2.1" in t for t in titles)
    assert not any(t.startswith("LC2.1") for t in titles)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_action_and_priority_shows_its_effort(tmp_path, demo, lang):
    """Item 3: the priorities show owner, due date and effort; so does the action plan."""
    assert {a.effort for a in demo.actions} >= {Effort.SMALL, Effort.MEDIUM, Effort.LARGE}
    book = load(export(demo, tmp_path, lang))
    plan = book[strings.sheet_name("action_plan", lang)]
    header = [plan.cell(action_plan.HEADER_ROW, c).value for c in range(1, 11)]
    effort_col = header.index(strings.text("effort", lang)) + 1
    by_id = {a.id: a for a in demo.actions}
    for r in range(action_plan.HEADER_ROW + 1, plan.max_row + 1):
        action = by_id[plan.cell(r, 1).value]
        assert plan.cell(r, effort_col).value == labels.label(action.effort, lang)
    summary = book[strings.sheet_name("summary", lang)]
    column_b = [summary.cell(r, 2).value for r in range(1, 40)]
    head = column_b.index(strings.text("priorities", lang)) + 2
    assert summary.cell(head, 9).value == strings.text("effort", lang)
    by_title = {a.title: a for a in demo.actions}
    shown = 0
    for r in range(head + 1, head + 6):
        action = by_title.get(summary.cell(r, 4).value)
        if action is not None:
            assert summary.cell(r, 7).value == action.owner
            assert summary.cell(r, 9).value == labels.label(action.effort, lang)
            shown += 1
    assert shown >= 2
