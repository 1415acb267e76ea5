"""The workbook on paper, as LibreOffice prints it to PDF (one LibreOffice run for all):
body text of at least 8 pt on every printed sheet (word heights read with
``pdftotext -bbox``), a compact inventory, headers whose words are never cut, and every
page of a table that runs over pages starting with that table's header row."""

from __future__ import annotations

import re

import pytest
from helpers.libreoffice import PrintedPage, convert_many, find_soffice, printed_pages
from helpers.sample import generated_audit
from helpers.workbook import export, load
from openpyxl.utils import range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from wizard.audit import labels
from wizard.audit import model as m
from wizard.workbook import inventory, strings

pytestmark = pytest.mark.libreoffice

SMALLEST_BODY_TEXT = 8.0
"""Points; a word's box in LibreOffice's PDF is as tall as its font size (10 pt text at
100 % measures 9.9)."""


def _demo():
    from wizard.demo import demo_session

    return demo_session().audit


LONG_NOTE = (
    "Vérifié avec le service juridique : la politique existe mais n'est appliquée que sur "
    "les comptes principaux ; les comptes de programme et de campagne n'en tiennent pas "
    "compte, et aucune preuve de formation des gestionnaires n'a été fournie. "
)


def _crowded(audit: m.Audit) -> m.Audit:
    """Long notes on every legal item and 60 risks: both tables run over several pages."""
    for answer in audit.legal.values():
        answer.notes = LONG_NOTE * 4
    base = audit.risks
    audit.risks = [
        risk.model_copy(update={"id": f"risk-{i}", "description": LONG_NOTE})
        for i in range(10)
        for risk in base
    ]
    return audit


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """(audit, language, pages, workbook) for the demo in both languages and 300 generated
    accounts with many long legal lines and risks, in English."""
    tmp = tmp_path_factory.mktemp("print")
    cases = [("demo-fr", _demo(), "fr"), ("demo-en", _demo(), "en")]
    cases.append(("big-en", _crowded(generated_audit(300, seed=3)), "en"))
    paths = []
    for name, audit, lang in cases:
        (tmp / name).mkdir()
        paths.append(export(audit, tmp / name, lang).rename(tmp / f"{name}.xlsx"))
    convert_many(find_soffice(), paths, "pdf", tmp / "pdf", tmp / "profile")
    result = []
    for (name, audit, lang), path in zip(cases, paths, strict=True):
        pdf = tmp / "pdf" / f"{path.stem}.pdf"
        pages = printed_pages(pdf, strings.sheet_names(lang, True))
        result.append((name, audit, lang, pages, load(path)))
    return result


def test_every_printed_sheet_has_body_text_of_8_pt_or_more(printed):
    for name, _audit, lang, pages, _book in printed:
        sheets = {page.sheet for page in pages}
        assert sheets == set(strings.sheet_names(lang)), name
        for page in pages:
            assert page.smallest is not None, (name, page.number)
            assert page.smallest >= SMALLEST_BODY_TEXT, (name, page.sheet, page.number)


def test_the_inventory_prints_compactly(printed):
    """Key columns in one band, rows of one or two lines: the demo's 41 accounts took 25
    pages (five column bands, rows up to 138 pt); 300 generated accounts took 14 pages
    while long labels and display names wrapped most rows to two or three lines."""
    for name, audit, lang, pages, _book in printed:
        sheet = strings.sheet_name("inventory", lang)
        count = sum(page.sheet == sheet for page in pages)
        assert count <= max(3, len(audit.accounts) // 30), (name, count)


def test_printed_inventory_labels_are_whole(printed):
    """The dropdown columns are as wide as their longest label: no label is cut on paper."""
    for name, audit, lang, pages, _book in printed:
        sheet = strings.sheet_name("inventory", lang)
        words = {w for page in pages if page.sheet == sheet for w in page.words}
        for account in audit.accounts:
            for value in (account.kind, account.status, account.mfa):
                for word in labels.label(value, lang).split():
                    assert word in words, (name, value, word)


def test_headers_are_never_cut_mid_word(printed):
    for name, _audit, lang, pages, _book in printed:
        sheet = strings.sheet_name("inventory", lang)
        words = {w for page in pages if page.sheet == sheet for w in page.words}
        last = next(i for i, c in enumerate(inventory.COLUMNS) if c.key == inventory.PRINTED_LAST)
        for column in inventory.COLUMNS[1 : last + 1]:
            key = column.key
            header = (
                strings.text(key, lang)
                if key == "problems"
                else strings.inventory_header(key, lang)
            )
            for word in re.findall(r"[\w'’-]+", header):
                assert any(word in w for w in words), (name, header, word)


def _printed_header_words(ws: Worksheet) -> set[str]:
    """The words of a sheet's repeated title rows, in its printed columns."""
    first, last = (int(n) for n in str(ws.print_title_rows).replace("$", "").split(":"))
    min_col, _r, max_col, _r2 = range_boundaries(str(ws.print_area).split(",")[0].split("!")[-1])
    words: set[str] = set()
    for row in range(first, last + 1):
        for col in range(min_col, max_col + 1):
            value = ws.cell(row, col).value
            if isinstance(value, str):
                words.update(value.split())
    return words


def _starts_with(page: PrintedPage, header: set[str], above: set[str]) -> bool:
    """Every header word is on ``page`` above every other word but the sheet's own lines
    above its header (title, notes: ``above``)."""
    topmost: dict[str, float] = {}
    for word, top in zip(page.words, page.tops, strict=True):
        topmost[word] = min(top, topmost.get(word, top))
    if not header <= set(topmost):
        return False
    data = [t for w, t in zip(page.words, page.tops, strict=True) if w not in header | above]
    return not data or max(topmost[w] for w in header) < min(data)


def _words_above(ws: Worksheet) -> set[str]:
    first = int(str(ws.print_title_rows).replace("$", "").split(":")[0])
    return {
        word
        for row in ws.iter_rows(max_row=first - 1)
        for cell in row
        if isinstance(cell.value, str)
        for word in cell.value.split()
    }


def test_every_page_of_a_long_table_starts_with_its_header(printed):
    """Print titles on every sheet that runs over pages (the Summary, a report of blocks,
    aside); proven on paper: the legal checklist and the risk register, once one sheet with
    no repeated header, each start every page with their own header row."""
    for name, _audit, lang, pages, book in printed:
        counts: dict[str, int] = {}
        for page in pages:
            counts[page.sheet] = counts.get(page.sheet, 0) + 1
        if name == "big-en":
            for key in ("legal", "risks"):
                assert counts[strings.sheet_name(key, lang)] >= 2, (name, key, counts)
        for sheet, count in counts.items():
            if count < 2 or sheet == strings.sheet_name("summary", lang):
                continue
            ws = book[sheet]
            assert ws.print_title_rows, (name, sheet)
            header, above = _printed_header_words(ws), _words_above(ws)
            for page in pages:
                if page.sheet == sheet:
                    assert _starts_with(page, header, above), (name, sheet, page.number)
