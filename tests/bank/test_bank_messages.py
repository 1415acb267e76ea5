"""A bank that cannot be used says why in French and in English, with its place: a TOML key
path, or a workbook's sheet, row and column. The command line keeps the English text."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from helpers.banks import sized_bank
from openpyxl import load_workbook

from wizard.bank.files import list_banks, read_bank_file
from wizard.bank.framework import BankError, Framework, parse_bank
from wizard.bank.template import write_bank_workbook
from wizard.bank.toml_writer import bank_to_toml
from wizard.messages import Message, banks, localise


def _fields(template: str) -> set[tuple[str | None, str | None, str | None]]:
    parsed = string.Formatter().parse(template)
    return {(name, spec, conv) for _, name, spec, conv in parsed if name is not None}


def _forms(text: str | tuple[str, str]) -> list[str]:
    return list(text) if isinstance(text, tuple) else [text]


@pytest.mark.parametrize("key", sorted(banks.MESSAGES))
def test_every_bank_message_has_french_and_english_with_the_same_parameters(key: str) -> None:
    fr, en = banks.MESSAGES[key]
    assert key.startswith("bank.")
    assert isinstance(fr, tuple) == isinstance(en, tuple)
    forms = _forms(fr) + _forms(en)
    assert all(form.strip() for form in forms)
    assert all(_fields(form) == _fields(forms[0]) for form in forms), forms
    for french in _forms(fr):
        assert ": " not in french.replace(" : ", ""), f"{key}: French puts a space before ':'"


def _problems(call, *args: object) -> tuple[list[str], list[str]]:
    with pytest.raises(BankError) as caught:
        call(*args)
    problems = caught.value.problems
    assert all(isinstance(p, Message) for p in problems), problems
    return [localise(p, "fr") for p in problems], [localise(p, "en") for p in problems]


def _broken_toml() -> str:
    text = bank_to_toml(sized_bank(2, 1)).replace("value = 2\n", "value = 7\n")
    text = text.replace('id = "S2"', 'id = "S1"')  # a section id used twice
    return text.replace('id = "G1"', 'id = "G1"\ncolour = "blue"', 1)  # an unknown key


def test_a_broken_toml_bank_gives_its_problems_in_french_and_english_with_the_key_path() -> None:
    fr, en = _problems(parse_bank, _broken_toml(), "mine.toml")
    assert fr == [
        "groups[0].colour : clé inconnue (elle ne fait pas partie du format des banques ; "
        "vérifiez l'orthographe)",
    ]
    assert en == ["groups[0].colour: unknown key (not part of the bank format; check the spelling)"]
    without_unknown_key = _broken_toml().replace('colour = "blue"', "")
    fr, en = _problems(parse_bank, without_unknown_key, "mine.toml")
    assert fr == [
        "scale[2].value : vaut 7, 2 attendu (les niveaux sont numérotés 0, 1, 2… dans l'ordre)",
        "sections[1].id : l'identifiant 'S1' est déjà utilisé ailleurs (sections[0].id)",
    ]
    assert en == [
        "scale[2].value: is 7, expected 2 (levels are numbered 0, 1, 2… in order)",
        "sections[1].id: id 'S1' is already used at sections[0].id",
    ]


def test_stage_scores_read_with_the_language_decimal_mark() -> None:
    text = bank_to_toml(sized_bank(2, 1)).replace("min_score = 0\n", "min_score = 10\n")
    text = text.replace("min_score = 60\n", "min_score = 2.5\n")
    fr, en = _problems(parse_bank, text, "mine.toml")
    assert fr == [
        "stages[0].min_score : vaut 10 ; le premier stade doit commencer à 0",
        "stages[1].min_score : 2,5 est inférieur au seuil du stade précédent (10) ; les stades "
        "vont par min_score croissant",
    ]
    assert en == [
        "stages[0].min_score: is 10, the first stage must start at 0",
        "stages[1].min_score: 2.5 is below the previous stage's 10 (stages go in rising order "
        "of min_score)",
    ]


def test_pydantic_reasons_keep_their_text_in_a_french_frame_and_toml_syntax_is_named() -> None:
    text = bank_to_toml(sized_bank(2, 1)).replace("weight = 1\n", 'weight = "heavy"\n', 1)
    fr, en = _problems(parse_bank, text, "mine.toml")
    assert fr == ["sections[0].weight : valeur refusée (Input should be a valid number)"]
    assert en == ["sections[0].weight: Input should be a valid number"]
    fr, en = _problems(parse_bank, "id = \n", "mine.toml")
    assert fr[0].startswith("TOML non valide : Invalid value")
    assert en[0].startswith("not valid TOML: Invalid value")


def test_a_text_missing_in_one_language_names_the_languages_of_the_bank() -> None:
    text = bank_to_toml(sized_bank(2, 1)).replace('en = "Level 3"', 'en = " "')
    text = text.replace('fr = "Section 1 (fr)", ', "")
    fr, en = _problems(parse_bank, text, "mine.toml")
    assert fr == [
        "scale[3].name.en : doit contenir au moins 1 caractère (la banque est rédigée en "
        "français et en anglais)",
        "sections[0].title.fr : clé obligatoire absente (la banque est rédigée en français et "
        "en anglais)",
    ]
    assert en[1] == (
        "sections[0].title.fr: required key is missing (the bank is written in French and English)"
    )


def _broken_workbook(path: Path) -> Path:
    write_bank_workbook(path, sized_bank(3))
    book = load_workbook(path)
    criteria = book["Criteria"]
    criteria["A5"] = "NOPE"  # an unknown section
    criteria["F4"] = None  # guidance_fr empty
    del book["Legal"]
    book.save(path)
    return path


def test_a_broken_workbook_gives_french_and_english_with_the_place(tmp_path: Path) -> None:
    path = _broken_workbook(tmp_path / "mine.xlsx")
    fr, en = _problems(read_bank_file, path)
    assert fr == [
        "feuille 'Criteria', ligne 5, colonne section : section inconnue 'NOPE'",
        "feuille 'Legal' : manque (écrivez la banque avec `vigie bank template` et gardez ses "
        "feuilles)",
        "feuille 'Criteria', ligne 4, colonne guidance_fr (F) : la cellule est vide (la banque "
        "est rédigée en français et en anglais)",
    ]
    assert en == [
        "sheet 'Criteria', row 5, column section: unknown section 'NOPE'",
        "sheet 'Legal': is missing (write the bank with `vigie bank template` and keep its sheets)",
        "sheet 'Criteria', row 4, column guidance_fr (F): the cell is empty (the bank is "
        "written in French and English)",
    ]


def test_a_place_quoted_in_a_reason_is_the_row_in_the_reader_language(tmp_path: Path) -> None:
    path = write_bank_workbook(tmp_path / "mine.xlsx", sized_bank(3))
    book = load_workbook(path)
    book["Criteria"]["B3"] = "S1.1"
    book.save(path)
    fr, en = _problems(read_bank_file, path)
    assert fr == [
        "feuille 'Criteria', ligne 3, colonne id (B) : l'identifiant 'S1.1' est déjà utilisé "
        "ailleurs (feuille 'Criteria', ligne 2)"
    ]
    assert en == [
        "sheet 'Criteria', row 3, column id (B): id 'S1.1' is already used at "
        "sheet 'Criteria', row 2"
    ]


def test_refused_files_say_why_in_both_languages(tmp_path: Path) -> None:
    (tmp_path / "folder.toml").mkdir()
    fr, en = _problems(read_bank_file, tmp_path / "folder.toml")
    assert (fr, en) == (
        ["folder.toml est un dossier, pas un fichier"],
        ["folder.toml is a folder, not a file"],
    )
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    fr, en = _problems(read_bank_file, tmp_path / "notes.txt")
    assert fr == [
        "une banque est un fichier .toml ou un classeur .xlsx ; ce fichier n'est ni l'un ni l'autre"
    ]
    assert en == ["a bank is a .toml file or an .xlsx workbook; this is neither"]
    (tmp_path / "macros.xlsm").write_bytes(b"PK")
    fr, en = _problems(read_bank_file, tmp_path / "macros.xlsm")
    assert fr[0].startswith("un classeur .xlsm est refusé (macros ou ancien format)")
    assert en[0].startswith("a .xlsm workbook is refused (macros or an old format)")
    (tmp_path / "text.xlsx").write_text("id,title\n", encoding="utf-8")
    fr, en = _problems(read_bank_file, tmp_path / "text.xlsx")
    assert fr == [
        "text.xlsx est un fichier texte, pas un classeur .xlsx ; enregistrez la banque en .xlsx"
    ]
    assert en == ["text.xlsx is a text file, not an .xlsx workbook; save the bank as .xlsx"]


def test_a_bank_folder_lists_a_broken_file_with_its_first_problem_and_how_many_more(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.toml").write_text(_broken_toml().replace('colour = "blue"', ""), "utf-8")
    _broken_workbook(tmp_path / "b.xlsx")
    entries = list_banks(tmp_path)
    assert [(e.path.name, e.bank) for e in entries] == [("a.toml", None), ("b.xlsx", None)]
    assert [localise(e.problem, "fr") for e in entries] == [
        "scale[2].value : vaut 7, 2 attendu (les niveaux sont numérotés 0, 1, 2… dans "
        "l'ordre) (et 1 autre problème)",
        "feuille 'Criteria', ligne 5, colonne section : section inconnue 'NOPE' "
        "(et 2 autres problèmes)",
    ]
    assert [localise(e.problem, "en") for e in entries] == [
        "scale[2].value: is 7, expected 2 (levels are numbered 0, 1, 2… in order) "
        "(and 1 more problem)",
        "sheet 'Criteria', row 5, column section: unknown section 'NOPE' (and 2 more problems)",
    ]


def test_an_embedded_bank_still_reads_its_problems_as_english_lines() -> None:
    """A bank inside a saved audit is validated by pydantic alone: its error text stays the
    ``path: reason`` lines the session messages quote."""
    data = sized_bank(2, 1).model_dump()
    data["scale"][2]["value"] = 7
    with pytest.raises(ValueError, match=r"scale\[2\]\.value: is 7, expected 2"):
        Framework.model_validate(data)
