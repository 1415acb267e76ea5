"""The workbook's shape: sheets, tables, validations, names, print setup, ids, properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers.sample import generated_audit
from helpers.workbook import export, load
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from wizard.workbook import action_plan, assessment, evidence, legal, risks, strings
from wizard.workbook import inventory as inv
from wizard.workbook.names import is_valid_name

LANGS = ("fr", "en")


@pytest.fixture(scope="module")
def audit():
    return generated_audit(60, seed=3, answered_ratio=0.7)


@pytest.fixture(scope="module", params=LANGS)
def exported(request, audit, tmp_path_factory):
    lang = request.param
    path = export(audit, tmp_path_factory.mktemp(lang), lang)
    return lang, load(path)


def test_nine_visible_sheets_named_in_the_language(exported):
    lang, book = exported
    visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    assert visible == strings.sheet_names(lang)
    assert all(len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) for name in visible)
    assert book[strings.LISTS_SHEET].sheet_state == "hidden"
    assert book[strings.META_SHEET].sheet_state == "veryHidden"


def _list_validations(ws) -> list[DataValidation]:
    return [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]


def test_every_enumerated_inventory_column_has_a_list_on_the_hidden_sheet(exported):
    lang, book = exported
    ws = book[strings.sheet_name("inventory", lang)]
    by_column = {}
    for dv in _list_validations(ws):
        assert len(dv.formula1) <= 255
        assert dv.formula1.startswith(f"'{strings.LISTS_SHEET}'!")
        for rng in dv.sqref.ranges:
            by_column[rng.min_col] = dv
    enumerated = [i for i, c in enumerate(inv.COLUMNS, 1) if c.list_key]
    assert len(enumerated) >= 15
    assert sorted(by_column) == enumerated
    for dv in by_column.values():
        assert all(r.max_row == ws.max_row for r in dv.sqref.ranges)


def test_validations_everywhere_reference_the_hidden_sheet(exported):
    _, book = exported
    for ws in book.worksheets:
        for dv in _list_validations(ws):
            assert len(dv.formula1) <= 255
            assert dv.formula1.startswith(f"'{strings.LISTS_SHEET}'!"), (ws.title, dv.formula1)


def test_answer_cells_offer_levels_and_not_applicable(exported, audit):
    lang, book = exported
    ws = book[strings.sheet_name("assessment", lang)]
    (answers,) = [dv for dv in _list_validations(ws) if str(dv.sqref).startswith(assessment.ANSWER)]
    sheet, ref = answers.formula1.split("!")
    values = [c[0].value for c in book[sheet.strip("'")][ref.replace("$", "")]]
    top = audit.framework.max_level
    assert values == [*range(top + 1), strings.text("na_token", lang)]


def test_tables_have_valid_unique_names(exported):
    _, book = exported
    names = [name for ws in book.worksheets for name in ws.tables]
    assert len(names) == len(set(names)) >= 4
    assert all(is_valid_name(name) for name in names)
    for name in ("A1", "R1C1", "1abc", "C", "XFD100"):
        assert not is_valid_name(name)


def test_inventory_is_one_table_with_frozen_header_and_filter(exported, audit):
    lang, book = exported
    ws = book[strings.sheet_name("inventory", lang)]
    assert list(ws.tables) == [inv.TABLE_NAME]
    table = ws.tables[inv.TABLE_NAME]
    assert table.ref == f"A{inv.HEADER_ROW}:{inv.letter('evidence')}{inv.FIRST_ROW + 59}"
    assert table.autoFilter is not None
    assert ws.freeze_panes == f"D{inv.FIRST_ROW}"
    headers = [c.value for c in ws[inv.HEADER_ROW]]
    assert headers == [col.name for col in table.tableColumns]
    assert ws.column_dimensions["A"].hidden
    assert [c.value for c in ws["A"][inv.FIRST_ROW - 1 :]] == [a.id for a in audit.accounts]


def test_inventory_dates_are_real_dates(exported, audit):
    lang, book = exported
    ws = book[strings.sheet_name("inventory", lang)]
    col = inv.letter("last_post")
    for row, account in enumerate(audit.accounts, start=inv.FIRST_ROW):
        cell = ws[f"{col}{row}"]
        if account.last_post is None:
            assert cell.value is None
        else:
            assert cell.is_date
            assert cell.value.date() == account.last_post


def test_action_due_dates_are_real_dates(exported, audit):
    lang, book = exported
    ws = book[strings.sheet_name("action_plan", lang)]
    by_id = {a.id: a for a in audit.actions}
    seen = 0
    for row in ws.iter_rows(min_row=4):
        action = by_id.get(row[0].value)
        if action is not None and action.due is not None:
            assert row[7].is_date
            assert row[7].value.date() == action.due
            seen += 1
    assert seen >= 1


def test_only_http_urls_are_hyperlinks(exported, audit):
    lang, book = exported
    ws = book[strings.sheet_name("inventory", lang)]
    col = inv.letter("url")
    for row, account in enumerate(audit.accounts, start=inv.FIRST_ROW):
        cell = ws[f"{col}{row}"]
        assert (cell.value or "") == account.url
        linked = account.url.startswith(("http://", "https://"))
        assert (cell.hyperlink is not None) == linked, account.url
        if linked:
            assert cell.hyperlink.target == account.url


def test_stable_ids_and_meta_sheet(exported, audit):
    lang, book = exported
    meta = {r[0].value: r[1].value for r in book[strings.META_SHEET].iter_rows()}
    assert meta["audit_id"] == audit.audit_id
    assert meta["format"] == "vigie-workbook"
    assert meta["lang"] == lang
    dt.datetime.fromisoformat(meta["exported_at"])
    assessment = book[strings.sheet_name("assessment", lang)]
    ids = [c.value for c in assessment["A"][3:] if c.value]
    assert ids == [c.id for c in audit.framework.criteria()]
    risks = book[strings.sheet_name("risks", lang)]
    assert {r.id for r in audit.risks} <= {c.value for c in risks["A"]}
    assert assessment.column_dimensions["A"].hidden


def test_live_formulas_and_full_recalculation(exported):
    lang, book = exported
    assert book.calculation.fullCalcOnLoad
    ws = book[strings.sheet_name("assessment", lang)]
    assert str(ws[f"{assessment.LEVEL}5"].value).startswith(f"=IF(ISNUMBER({assessment.ANSWER}5)")
    summary = book[strings.sheet_name("summary", lang)]
    assert len(summary._charts) == 2


def _assessment_column(book, lang: str, letter: str) -> str:
    """The absolute range of one assessment column, from its first to its last criterion."""
    ws = book[strings.sheet_name("assessment", lang)]
    last = max(c.row for c in ws[assessment.ID] if c.value)
    return f"{quote_sheetname(ws.title)}!${letter}${assessment.FIRST_ROW}:${letter}${last}"


def test_each_section_score_sums_its_own_criteria(exported, audit):
    """Every section row adds up the points and counted weights of the assessment rows that
    carry its id (and of no other), so a score moves with its own answers only."""
    lang, book = exported
    summary = book[strings.sheet_name("summary", lang)]
    sections = _assessment_column(book, lang, assessment.SECTION)
    points = _assessment_column(book, lang, assessment.POINTS)
    counted = _assessment_column(book, lang, assessment.COUNTED)
    rows = _section_rows(summary, audit)
    for section in audit.framework.sections:
        own = f"$B{rows[section.id]}"
        sum_points = f"SUMIF({sections},{own},{points})"
        sum_counted = f"SUMIF({sections},{own},{counted})"
        max_level = audit.framework.max_level
        expected = f'=IF({sum_counted}=0,"",{sum_points}/{sum_counted}/{max_level}*100)'
        assert summary[f"F{rows[section.id]}"].value == expected, section.id


def test_each_group_score_sums_its_own_sections(exported, audit):
    """A group's score adds up the section rows whose hidden group code is its own."""
    lang, book = exported
    summary = book[strings.sheet_name("summary", lang)]
    rows = _section_rows(summary, audit)
    first, last = min(rows.values()), max(rows.values())
    for section in audit.framework.sections:
        assert summary[f"M{rows[section.id]}"].value == section.group
    titles = {g.title.get(lang): g.id for g in audit.framework.groups}
    group_rows = {titles[c.value]: c.row for c in summary["C"] if c.value in titles}
    assert set(group_rows) == {g.id for g in audit.framework.groups}

    def column(letter: str) -> str:
        return f"${letter}${first}:${letter}${last}"

    for group, row in group_rows.items():
        g_points = f'SUMIF({column("M")},"{group}",{column("J")})'
        g_counted = f'SUMIF({column("M")},"{group}",{column("K")})'
        expected = f'=IF({g_counted}=0,"",{g_points}/{g_counted})'
        assert summary[f"D{row}"].value == expected, group


def _section_rows(summary, audit) -> dict[str, int]:
    """Section id -> its row in the Summary's scores-by-section table."""
    ids = {s.id for s in audit.framework.sections}
    rows = {c.value: c.row for c in summary["B"] if c.value in ids}
    assert set(rows) == ids
    return rows


def test_print_setup(exported, audit):
    lang, book = exported
    for key in strings.SHEET_KEYS:
        ws = book[strings.sheet_name(key, lang)]
        portrait = key in ("cover", "about")  # a title page and a page of prose
        assert ws.page_setup.orientation == ("portrait" if portrait else "landscape"), key
        assert "&P" in ws.oddFooter.right.text
        assert audit.engagement.organisation.name in ws.oddHeader.left.text
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0


def test_every_table_sheet_repeats_its_header_row_on_each_printed_page(exported):
    """The legal checklist and the risk register have a sheet each so that each can."""
    lang, book = exported
    for key, module in (
        ("inventory", inv),
        ("assessment", assessment),
        ("legal", legal),
        ("risks", risks),
        ("action_plan", action_plan),
        ("evidence", evidence),
    ):
        ws = book[strings.sheet_name(key, lang)]
        row = module.HEADER_ROW
        assert ws.print_title_rows == f"${row}:${row}", key
        assert ws.cell(row, 1).value == "id" or key == "evidence", key
        if key in strings.MARKED_SHEETS:
            assert ws["A1"].value == strings.sheet_marker(key)


def test_inventory_prints_its_key_columns_in_one_band(exported):
    """One landscape band of key columns, header repeated, no column page breaks."""
    lang, book = exported
    inventory = book[strings.sheet_name("inventory", lang)]
    assert inventory.print_title_rows == f"${inv.HEADER_ROW}:${inv.HEADER_ROW}"
    assert not inventory.col_breaks.brk
    end = inv.letter(inv.PRINTED_LAST)
    assert str(inventory.print_area).endswith(f"$B$1:${end}${inventory.max_row}")
    printed = {
        c.key
        for c in inv.COLUMNS[
            1 : inv.COLUMNS.index(next(c for c in inv.COLUMNS if c.key == inv.PRINTED_LAST)) + 1
        ]
    }
    assert {"platform", "handle", "status", "mfa", "owner", "problems"} <= printed


def test_properties_carry_no_person(exported):
    _, book = exported
    assert book.properties.creator == "Vigie"
    assert book.properties.lastModifiedBy == "Vigie"


def test_empty_audit_exports(tmp_path):
    from wizard.audit.model import new_audit

    book = load(export(new_audit(), tmp_path, "en"))
    assert [ws.title for ws in book.worksheets][:9] == strings.sheet_names("en")
