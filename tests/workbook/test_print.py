"""The workbook on paper, as LibreOffice prints it to PDF (one LibreOffice run for all):
body text of at least 8 pt on every printed sheet (word heights read with
``pdftotext -bbox``), a compact inventory, and headers whose words are never cut."""

from __future__ import annotations

import re

import pytest
from helpers.libreoffice import convert_many, find_soffice, printed_pages
from helpers.sample import generated_audit
from helpers.workbook import export

from wizard.workbook import inventory, strings

pytestmark = pytest.mark.libreoffice

SMALLEST_BODY_TEXT = 8.0
"""Points; a word's box in LibreOffice's PDF is as tall as its font size (10 pt text at
100 % measures 9.9)."""


def _demo():
    from wizard.demo import demo_session

    return demo_session().audit


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """(audit, language, pages) for the demo in both languages and 300 generated accounts."""
    tmp = tmp_path_factory.mktemp("print")
    cases = [("demo-fr", _demo(), "fr"), ("demo-en", _demo(), "en")]
    cases.append(("big-fr", generated_audit(300, seed=3), "fr"))
    paths = []
    for name, audit, lang in cases:
        (tmp / name).mkdir()
        paths.append(export(audit, tmp / name, lang).rename(tmp / f"{name}.xlsx"))
    convert_many(find_soffice(), paths, "pdf", tmp / "pdf", tmp / "profile")
    result = []
    for (name, audit, lang), path in zip(cases, paths, strict=True):
        pdf = tmp / "pdf" / f"{path.stem}.pdf"
        result.append((name, audit, lang, printed_pages(pdf, strings.sheet_names(lang, True))))
    return result


def test_every_printed_sheet_has_body_text_of_8_pt_or_more(printed):
    for name, _audit, lang, pages in printed:
        sheets = {page.sheet for page in pages}
        assert sheets == set(strings.sheet_names(lang)), name
        for page in pages:
            assert page.smallest is not None, (name, page.number)
            assert page.smallest >= SMALLEST_BODY_TEXT, (name, page.sheet, page.number)


def test_the_inventory_prints_compactly(printed):
    """Key columns in one band, single-line rows mostly: the demo's 41 accounts took 25
    pages (five column bands, rows up to 138 pt)."""
    for name, audit, lang, pages in printed:
        sheet = strings.sheet_name("inventory", lang)
        count = sum(page.sheet == sheet for page in pages)
        assert count <= max(1, len(audit.accounts) // 12), (name, count)


def test_headers_are_never_cut_mid_word(printed):
    for name, _audit, lang, pages in printed:
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
