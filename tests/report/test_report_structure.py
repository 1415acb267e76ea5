"""The report is a real Word document: heading styles in order (navigation pane, TOC), a TOC
field whose entries point at the headings, table styles with repeated header rows, numbered
captions, page numbers in the footer, the scores chart as a PNG."""

from __future__ import annotations

import itertools
import re
import zipfile

import pytest
from helpers.report import all_xml, headings

from wizard.report import layout, strings

PARTS = (
    "h_summary",
    "h_method",
    "h_results",
    "h_inventory",
    "h_findings",
    "h_action_plan",
    "h_legal_risks",
    "h_appendices",
)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_parts_are_heading_1_in_reading_order(demo_docs, lang):
    found = [text for _, text in headings(demo_docs[lang], level=1)]
    assert found == [strings.text(key, lang) for key in PARTS]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_nest_without_skipping_a_level(demo_docs, lang):
    levels = [level for level, _ in headings(demo_docs[lang])]
    assert set(levels) == {1, 2, 3}
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1


def test_the_contents_is_a_toc_field_linking_every_heading(demo_reports, demo_docs):
    xml = zipfile.ZipFile(demo_reports["fr"]).read("word/document.xml").decode()
    assert re.search(r'<w:instrText[^>]*> TOC \\o "1-3" \\h \\z \\u </w:instrText>', xml)
    bookmarks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_Toc\d{6})"/>', xml)
    targets = re.findall(r"PAGEREF (_Toc\d{6}) \\h", xml)
    # every level-1 and level-2 heading is listed, in order, and each target exists
    wanted = [t for level, t in headings(demo_docs["fr"]) if level <= 2]
    assert len(targets) == len(wanted) > 20
    assert set(targets) <= set(bookmarks)
    assert targets == sorted(targets)
    settings = zipfile.ZipFile(demo_reports["fr"]).read("word/settings.xml").decode()
    assert '<w:updateFields w:val="true"/>' in settings


def test_toc_entries_use_word_toc_styles(demo_docs):
    styles = {p.style.name for p in demo_docs["en"].paragraphs}
    assert {"toc 1", "toc 2", "TOC Heading", "Title", "Caption"} <= styles


def test_tables_use_the_table_style_and_repeat_their_header(demo_docs):
    document = demo_docs["en"]
    assert len(document.tables) >= 14
    for table in document.tables:
        assert table.style.name == layout.TABLE_STYLE
        first = table.rows[0]._tr
        assert first.trPr is not None
        assert (
            first.trPr.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader"
            )
            is not None
        )


def test_captions_are_numbered_by_seq_fields(demo_reports, demo_docs):
    captions = [p.text for p in demo_docs["en"].paragraphs if p.style.name == "Caption"]
    tables = [c for c in captions if c.startswith("Table ")]
    numbers = [int(re.match(r"Table (\d+) — ", c).group(1)) for c in tables]
    assert numbers == list(range(1, len(tables) + 1))
    assert any(c.startswith("Figure 1 — Score by section") for c in captions)
    xml = zipfile.ZipFile(demo_reports["en"]).read("word/document.xml").decode()
    assert xml.count(" SEQ Table \\* ARABIC ") == len(tables)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footer_has_page_x_of_y_and_header_the_organisation(demo, demo_docs, lang):
    section = demo_docs[lang].sections[0]
    assert section.different_first_page_header_footer  # the cover has none
    footer = section.footer._element.xml
    assert " PAGE \\* MERGEFORMAT " in footer
    assert " NUMPAGES \\* MERGEFORMAT " in footer
    word = "sur" if lang == "fr" else "of"
    assert f"Page 1 {word} 1" in section.footer.paragraphs[0].text
    header = section.header.paragraphs[0].text
    assert demo.audit.engagement.organisation.name in header


def test_the_scores_chart_is_an_embedded_png(demo_reports):
    with zipfile.ZipFile(demo_reports["fr"]) as archive:
        images = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(images) == 1
        data = archive.read(images[0])
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width == 1500
    assert height > 26 * 40


def test_no_field_but_the_reports_own(demo_reports):
    """Every field instruction is one the report writes; none comes from the audit."""
    xml = all_xml(demo_reports["fr"])
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", xml)
    allowed = re.compile(
        r' (TOC \\o "1-3" \\h \\z \\u|PAGE'
        r" \\\* MERGEFORMAT|NUMPAGES \\\* MERGEFORMAT"
        r"|SEQ (Table|Figure) \\\* ARABIC|PAGEREF _Toc\d{6} \\h) "
    )
    assert instructions
    assert all(allowed.fullmatch(i) for i in instructions), instructions
    assert "w:fldSimple" not in xml
