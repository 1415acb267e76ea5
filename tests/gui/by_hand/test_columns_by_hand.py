"""Table columns a person reads without widening them: whole titles, problems in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from ui.models.accounts_model import COL_PROBLEMS
from ui.wizard import PageId


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_inventory_titles_whole_and_first_problem_readable(make_window, lang):
    window = make_window(lang)
    window.controller.open_demo()
    assert window.go_to(PageId.INVENTORY)
    page = window.wizard.currentPage()
    table, model = page.table, page.model
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 16, title
    badges = QFontMetrics(table.font())
    firsts = [
        model.index(row, COL_PROBLEMS).data(Qt.ItemDataRole.DisplayRole).split(", ")[0]
        for row in range(model.rowCount())
        if model.index(row, COL_PROBLEMS).data()
    ]
    assert firsts
    widest_first = max(badges.horizontalAdvance(label) for label in firsts)
    assert header.sectionSize(COL_PROBLEMS) >= widest_first + 20, "a lone “…” would show"
