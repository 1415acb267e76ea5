"""LibreOffice as an independent reader: it converts the report to PDF, and the PDF holds
the key content; the ``--pdf`` output's contents give each part its page."""

from __future__ import annotations

import re
import subprocess

import pytest
from helpers.libreoffice import convert, find_soffice
from helpers.programs import need_program

from wizard.report import export_report, strings
from wizard.scoring.findings import effective_findings
from wizard.scoring.scores import as_of

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]


def _pdftotext(pdf, layout: bool = False) -> str:
    tool = need_program("pdftotext", "poppler-utils")
    args = [tool, *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(pdf) -> int:
    return _pdftotext(pdf).count("\f")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_libreoffice_converts_the_report_with_its_content(demo, demo_reports, tmp_path, lang):
    soffice = find_soffice()
    convert(soffice, demo_reports[lang], "pdf", tmp_path / "pdf", tmp_path / "profile")
    pdf = tmp_path / "pdf" / f"demo-{lang}.pdf"
    text = _pdftotext(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert _pages(pdf) >= 15
    for key in ("h_summary", "h_method", "h_findings", "h_action_plan", "h_appendices"):
        assert strings.text(key, lang) in flat
    first = effective_findings(demo.audit, as_of(demo.audit), active_only=True)[0]
    assert first.title(lang) in flat
    assert demo.audit.actions[0].title in flat
    organisation = demo.audit.engagement.organisation.name
    assert re.sub(r"\s+", " ", organisation.replace("-", "")) in flat.replace("-", "")


_LETTERS = re.compile(r"[^\W\d_]+")


def _words(texts) -> set[str]:
    return {word.casefold() for text in texts for word in _LETTERS.findall(text)}


def _dehyphenated(texts) -> set[str]:
    """What pdftotext may print for a compound broken after one of its hyphens: it drops a
    hyphen that ends a line ("Val-de-Loire" → "Valde-Loire")."""
    joined = set()
    for text in texts:
        for compound in text.split():
            parts = compound.split("-")
            for start in range(len(parts)):
                for end in range(start + 2, len(parts) + 1):
                    joined.add("".join(parts[start:end]))
    return _words(joined)


def _table_words(document) -> set[str]:
    """The letters-only parts of the ordinary words (24 characters at most) of every table."""
    texts = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    ordinary = [word for text in texts for word in text.split() if len(word) <= 24]
    return _words(ordinary)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_table_word_is_broken_in_the_middle(demo_reports, demo_docs, tmp_path, lang):
    """A column is never narrower than its longest ordinary word: a fragment of a table word
    ("Responsabl", "Échéan", "Authentificatio") printed on its own is a broken word."""
    soffice = find_soffice()
    convert(soffice, demo_reports[lang], "pdf", tmp_path / "pdf", tmp_path / "profile")
    printed = _pdftotext(tmp_path / "pdf" / f"demo-{lang}.pdf")
    document = demo_docs[lang]
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document.element.xml)
    written = _words(texts) | _dehyphenated(texts)
    table_words = _table_words(document)
    fragments = {
        token
        for token in _LETTERS.findall(printed)
        if len(token) >= 3 and token.casefold() not in written
    }
    broken = sorted(
        fragment
        for fragment in fragments
        if any(word.startswith(fragment.casefold()) for word in table_words)
    )
    assert broken == []


def test_the_pdf_contents_give_each_part_its_page(demo, tmp_path):
    find_soffice()
    out = tmp_path / "report.docx"
    export_report(demo, out, lang="en", pdf=tmp_path / "report.pdf")
    text = _pdftotext(tmp_path / "report.pdf", layout=True)
    pages = []
    for key in ("h_summary", "h_method", "h_results", "h_findings", "h_appendices"):
        title = re.escape(strings.text(key, "en"))
        match = re.search(rf"^\s*{title}\s*\.{{3,}}\s*(\d+)\s*$", text, re.MULTILINE)
        assert match, f"no page number for {key}"
        pages.append(int(match.group(1)))
    assert pages == sorted(pages)
    assert pages[0] >= 3
    assert pages[-1] <= _pages(tmp_path / "report.pdf")
