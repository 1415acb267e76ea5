"""Reading files: the pass/ corpus is read correctly, every fail/ file is refused with a
message that says what the file is (docs/reliability.md cases 20 and 21)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.import_corpus import FAIL, PASS

from wizard.importers import ImportFileError
from wizard.importers.sources import decode, read_source, sniff_separator
from wizard.importers.table import Ticker
from wizard.xlsx.zipcheck import ZipLimits, check_xlsx

REFUSALS = {
    "zip_bomb.xlsx": "zip bomb",
    "xxe.xlsx": "not a valid workbook: it declares XML entities",
    "billion_laughs.xlsx": "not a valid workbook: it declares XML entities",
    "forged_dimension.xlsx": "declares 1,048,576 rows × 16,384 columns",
    "encrypted.xlsx": "encrypted (password-protected) workbook",
    "legacy.xls": "encrypted or legacy .xls workbook",
    "csv_renamed.xlsx": "is a text file (CSV?) with a workbook name",
    "truncated.xlsx": "truncated or damaged",
    "empty.xlsx": "is empty (0 bytes)",
    "empty.csv": "is empty (0 bytes)",
    "blank_lines.csv": "holds no data",
    "garbage.xlsx": "not a valid workbook",
    "garbage.csv": "not a text file",
    "path_traversal.xlsx": "suspicious path",
    "not_a_workbook.xlsx": "zip archive but not an Excel workbook",
    "no_headers.csv": "no known column headers",
    "no_address_column.csv": "no column holds a URL or a handle",
    "document.pdf": ".pdf files are not supported",
}


def test_every_fail_file_has_an_expected_refusal():
    listed = {p.name for p in FAIL.iterdir() if p.name != "README.md"}
    assert listed == set(REFUSALS)


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_fail_file_is_refused_with_a_specific_message(name, audit):
    from wizard.importers.plan import plan_import

    with pytest.raises(ImportFileError) as caught:
        plan_import(FAIL / name, audit)
    assert REFUSALS[name] in caught.value.reason
    assert name in caught.value.reason
    assert "\n" not in caught.value.reason
    assert audit.accounts == []


@pytest.mark.parametrize("name", ["xxe.xlsx", "billion_laughs.xlsx"])
def test_defusedxml_refuses_entities_even_without_the_pre_check(name):
    """Second layer: openpyxl + defusedxml alone must refuse, with the same kind of message."""
    from wizard.importers import workbook

    with pytest.raises(ImportFileError, match="not a valid workbook"):
        workbook.read(FAIL / name, None, Ticker(None, None, 0))


def test_huge_shared_strings_are_refused_before_parsing(tmp_path):
    target = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("xl/workbook.xml", "<workbook/>")
        out.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>abc</t></si>" * 100 + "</sst>")
    with pytest.raises(ImportFileError, match="of text"):
        check_xlsx(target, limits=ZipLimits(shared_strings=100))


def test_too_many_entries_refused(tmp_path):
    target = tmp_path / "many.xlsx"
    with zipfile.ZipFile(target, "w") as out:
        for i in range(30):
            out.writestr(f"xl/part{i}.xml", "<x/>")
    with pytest.raises(ImportFileError, match="parts"):
        check_xlsx(target, limits=ZipLimits(entries=10))


@pytest.mark.parametrize(
    ("name", "encoding", "separator", "rows"),
    [
        ("semicolon_cp1252.csv", "Windows-1252", ";", 121),
        ("utf8_bom.csv", "UTF-8 with BOM", ",", 81),
        ("utf16_tab.txt", "UTF-16", "\t", 51),
        ("tab_separated.tsv", "UTF-8", "\t", 41),
        ("en_messy_headers.csv", "UTF-8", ",", 301),
        ("blank_lines_duplicates.csv", "UTF-8", ",", 38),
    ],
)
def test_text_files_decoded_and_split(name, encoding, separator, rows):
    table = read_source(PASS / name)
    assert (table.encoding, table.separator, len(table.rows)) == (encoding, separator, rows)


def test_accents_survive_every_encoding():
    assert read_source(PASS / "semicolon_cp1252.csv").rows[0][1][3] == "Abonnés"
    assert read_source(PASS / "utf16_tab.txt").rows[1][1][2].startswith("Été ")
    assert read_source(PASS / "utf8_bom.csv").rows[0][1][0] == "Platform"


def test_quoted_fields_keep_commas_and_line_breaks_and_line_numbers():
    table = read_source(PASS / "en_messy_headers.csv")
    number, cells = table.rows[1]
    assert cells[6] == "Main channel, bilingual\nreviewed 2024"
    assert number == 2
    assert table.rows[2][0] == 4  # the quoted line break moved the next row down a line


def test_blank_lines_are_skipped_with_line_numbers_kept():
    table = read_source(PASS / "blank_lines_duplicates.csv")
    assert table.rows[1][0] == 3


def test_plain_list_is_one_column_without_header():
    table = read_source(PASS / "url_list.txt")
    assert table.kind == "list"
    assert all(len(cells) == 1 for _, cells in table.rows)


def test_xlsx_rows_keep_sheet_row_numbers():
    table = read_source(PASS / "fr_title_block.xlsx")
    assert table.kind == "xlsx"
    assert table.sheet == "Comptes"
    assert [n for n, _ in table.rows[:3]] == [1, 2, 4]


def test_unknown_sheet_lists_the_sheets():
    with pytest.raises(ImportFileError, match="'Comptes'"):
        read_source(PASS / "fr_title_block.xlsx", "Feuil2")


def test_separator_sniffing_is_not_fooled_by_decimal_commas():
    lines = ["Nom;Abonnés;Taux", "a;1,5;2,5", "b;2,5;3,5", "c;4;1,25"]
    assert sniff_separator(lines) == ";"
    assert sniff_separator(["https://x.com/a", "https://x.com/b"]) == ""


def test_utf16_without_bom_is_recognised():
    text, encoding = decode("Lien\nhttps://x.com/a\n".encode("utf-16-le"), "f.csv")
    assert (text, encoding) == ("Lien\nhttps://x.com/a\n", "UTF-16")


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_source(tmp_path / "nope.csv")
    with pytest.raises(ImportFileError, match="folder"):
        read_source(tmp_path)


@pytest.mark.parametrize("write_only", [False, True])
def test_fast_xlsx_reader_agrees_with_openpyxl(tmp_path, monkeypatch, write_only):
    """The expat reader (wizard.xlsx.stream) gives the rows openpyxl's iter_rows gives:
    shared and inline strings, numbers, dates, times, booleans, gaps and blank rows."""
    from datetime import date, datetime, time

    from openpyxl import Workbook

    from wizard.importers import workbook
    from wizard.xlsx import stream as xlsx_stream

    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Comptes") if write_only else book.active
    rows = [
        ["Inventaire"],
        [],
        ["Plateforme", "Lien", "Abonnés", "Créé le", "Vérifié", "Taux", "Heure"],
        ["Facebook", "https://facebook.com/a", 1200, date(2020, 1, 2), True, 0.035, time(9, 30)],
        [None, "https://x.com/b", "12 345", datetime(2021, 5, 6, 7, 8), False, 3, None],
        ["", "  ", None, None, None, None, None],
        ["Instagram", "@c", 10**15, "05/03/2024", "oui", "3,5 %", "=1+1"],
    ]
    for values in rows:
        sheet.append(values)
    path = tmp_path / "book.xlsx"
    book.save(path)

    def read() -> list:
        return workbook.read(path, None, Ticker(None, None, 0)).rows

    fast = read()
    monkeypatch.setattr(xlsx_stream, "available", lambda *_a: False)
    assert read() == fast
    assert [n for n, _ in fast] == [1, 3, 4, 5, 7]


@pytest.mark.parametrize("fast", [True, False])
def test_xlsx_row_limit_holds_on_both_readers(tmp_path, monkeypatch, fast):
    from openpyxl import Workbook

    from wizard.importers import workbook
    from wizard.xlsx import stream as xlsx_stream

    book = Workbook(write_only=True)  # no <dimension>: the row limit is met while reading
    sheet = book.create_sheet("Comptes")
    for i in range(8):
        sheet.append([f"https://x.com/a{i}"])
    path = tmp_path / "long.xlsx"
    book.save(path)
    monkeypatch.setattr(workbook, "MAX_ROWS", 5)
    monkeypatch.setattr(workbook, "_DIMENSION_SLACK", 2)
    if not fast:
        monkeypatch.setattr(xlsx_stream, "available", lambda *_a: False)
    with pytest.raises(ImportFileError, match="more than 5 rows"):
        workbook.read(path, None, Ticker(None, None, 0))
    monkeypatch.setattr(workbook, "_DIMENSION_SLACK", 3)
    assert len(workbook.read(path, None, Ticker(None, None, 0)).rows) == 8
