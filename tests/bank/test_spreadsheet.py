"""Banks written in a spreadsheet: the template, the reader's located problems, conversion."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.banks import bank_data, sized_bank
from openpyxl import load_workbook

from wizard.bank.files import list_banks, read_bank_file
from wizard.bank.framework import BankError, Framework, default_bank, load_bank
from wizard.bank.layout import SHEETS
from wizard.bank.spreadsheet import read_bank_workbook
from wizard.bank.template import write_bank_workbook
from wizard.bank.toml_writer import bank_to_toml, write_bank_toml
from wizard.cli.main import EXIT_OK, EXIT_PROBLEM, main


def test_template_of_the_shipped_bank_reads_back_equal(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "bank.xlsx", default_bank())
    assert read_bank_workbook(path) == default_bank()


def test_template_has_instructions_and_both_languages(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "empty.xlsx", None)
    book = load_workbook(path)
    assert book.sheetnames == ["Instructions", *(s.name for s in SHEETS)]
    instructions = " ".join(
        str(c.value) for row in book["Instructions"].iter_rows() for c in row if c.value
    )
    assert "Remplissez une ligne" in instructions
    assert "Fill in one row" in instructions
    criteria = [c.value for c in book["Criteria"][1]]
    assert criteria == [
        "section", "id", "weight", "text_fr", "text_en",
        "guidance_fr", "guidance_en", "evidence_fr", "evidence_en",
    ]  # fmt: skip
    assert book["Criteria"].max_row == 1  # --empty: headers only


def test_filled_template_converts_checks_and_loads_as_the_same_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = sized_bank(3, 4, groups=2)
    filled = write_bank_workbook(tmp_path / "mine.xlsx", bank)
    toml = tmp_path / "mine.toml"
    assert main(["bank", "convert", str(filled), str(toml)]) == EXIT_OK
    assert main(["bank", "check", str(toml)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "valid bank 'consultant-bank' version 1: 2 groups, 3 sections, 12 criteria" in out
    assert load_bank(toml) == bank


def test_a_template_filled_by_hand_is_read(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "bank.xlsx", sized_bank(3))
    book = load_workbook(path)
    criteria = book["Criteria"]
    criteria.append(["S2", "S2.new", 2, "Nouveau", "New one", "Voir", "See", "Doc", "Doc"])
    criteria["D2"] = "=not a formula, a sentence"
    criteria["D2"].data_type = "s"
    book.save(path)
    bank = read_bank_workbook(path)
    assert [c.id for c in bank.section("S2").criteria] == ["S2.1", "S2.2", "S2.3", "S2.new"]
    assert bank.section("S2").criteria[-1].weight == 2
    assert bank.criteria()[0].text.fr == "=not a formula, a sentence"


def test_text_starting_with_equals_is_written_as_text(tmp_path: Path) -> None:
    data = bank_data(3)
    data["sections"][0]["criteria"][0]["text"]["en"] = '=HYPERLINK("http://x")'
    bank = Framework.model_validate(data)
    path = write_bank_workbook(tmp_path / "bank.xlsx", bank)
    cell = load_workbook(path)["Criteria"]["E2"]
    assert cell.data_type == "s"
    assert read_bank_workbook(path) == bank


def _damage(path: Path) -> Path:
    book = load_workbook(path)
    criteria = book["Criteria"]
    criteria["E3"] = None  # text_en empty
    criteria["D4"] = "=1+1"  # a formula
    criteria["A5"] = "NOPE"  # unknown section
    book["Sections"]["C3"] = "heavy"  # weight not a number
    book["Scale"]["B4"] = None  # a level name empty (fr)
    book.save(path)
    return path


def test_check_names_sheet_row_and_reason_of_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _damage(write_bank_workbook(tmp_path / "bad.xlsx", sized_bank(3)))
    assert main(["bank", "check", str(path)]) == EXIT_PROBLEM
    err = capsys.readouterr().err.splitlines()
    expected = [
        "sheet 'Criteria', cell D4: holds a formula (=1+1); a bank holds values only",
        "sheet 'Criteria', row 5, column section: unknown section 'NOPE'",
        "sheet 'Criteria', row 3, column text_en (E): the cell is empty",
        "sheet 'Sections', row 3, column weight (C): Input should be a valid number",
        "sheet 'Scale', row 4, column name_fr (B): the cell is empty",
    ]
    for line in expected:
        assert any(e.startswith(f"{path}: {line}") for e in err), (line, err)
    assert all(e.startswith(f"{path}: ") for e in err)


def test_consistency_problems_are_located_too(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "bad.xlsx", sized_bank(3))
    book = load_workbook(path)
    book["Criteria"]["B3"] = "S1.1"  # a repeated id
    book["Sections"]["B4"] = "G9"  # an unknown group
    book.save(path)
    with pytest.raises(BankError) as caught:
        read_bank_workbook(path)
    problems = caught.value.problems
    assert problems == [
        "sheet 'Criteria', row 3, column id (B): id 'S1.1' is already used at "
        "sheet 'Criteria', row 2",
        "sheet 'Sections', row 4, column group (B): unknown group 'G9' (the groups are G1)",
    ]


def test_missing_sheet_and_unknown_column_are_named(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "bad.xlsx", sized_bank(3))
    book = load_workbook(path)
    del book["Legal"]
    book["Groups"]["D1"] = "colour"
    book.save(path)
    with pytest.raises(BankError) as caught:
        read_bank_workbook(path)
    text = "\n".join(caught.value.problems)
    assert "sheet 'Groups', cell D1: unknown column 'colour'" in text
    assert "sheet 'Legal': is missing" in text


def test_bank_in_one_language_is_valid_and_says_the_other_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = sized_bank(3, langs=("fr",))
    path = write_bank_workbook(tmp_path / "fr.xlsx", bank)
    assert main(["bank", "check", str(path)]) == EXIT_OK
    captured = capsys.readouterr()
    assert "warning: written in French only: English is missing" in captured.err
    loaded = read_bank_file(path)
    assert loaded.languages == ("fr",)
    assert loaded.criteria()[0].text.get("en") == "Criterion 1.1 (fr)"


def test_bank_in_both_languages_needs_every_text_in_both(tmp_path: Path) -> None:
    data = bank_data(3)
    del data["sections"][1]["criteria"][2]["guidance"]["fr"]
    path = tmp_path / "half.toml"
    path.write_text(bank_to_toml(sized_bank(3)), encoding="utf-8")
    text = path.read_text(encoding="utf-8").replace(
        '{ fr = "How to judge 2.3 (fr)", en = "How to judge 2.3" }', '{ en = "How to judge 2.3" }'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError) as caught:
        read_bank_file(path)
    assert caught.value.problems == [
        "sections[1].criteria[2].guidance.fr: required key is missing "
        "(the bank is written in French and English)"
    ]


def test_toml_writer_keeps_any_text(tmp_path: Path) -> None:
    data = bank_data(3)
    data["source"]["fr"] = 'Guillemets " et \\ barre, tab\tet\nligne, émoji 🙂, « »'
    bank = Framework.model_validate(data)
    write_bank_toml(tmp_path / "b.toml", bank)
    assert load_bank(tmp_path / "b.toml") == bank


def test_convert_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_bank_workbook(tmp_path / "b.xlsx", sized_bank(3))
    assert main(["bank", "convert", str(path), str(path)]) == EXIT_PROBLEM
    assert "would replace the input" in capsys.readouterr().err


def test_bank_folder_lists_good_and_bad_files(tmp_path: Path) -> None:
    write_bank_toml(tmp_path / "a.toml", sized_bank(3))
    write_bank_workbook(tmp_path / "b.xlsx", sized_bank(4, bank_id="other"))
    (tmp_path / "c.toml").write_text("id = ", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    entries = list_banks(tmp_path)
    assert [e.path.name for e in entries] == ["a.toml", "b.xlsx", "c.toml"]
    assert [e.bank.id if e.bank else None for e in entries] == [
        "consultant-bank",
        "other",
        None,
    ]
    assert "not valid TOML" in entries[2].problem
