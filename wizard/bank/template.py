"""Write a question bank as a spreadsheet: the template consultants fill in.

``vigie bank template OUT.xlsx`` writes the shipped bank (a complete, working example to
edit) or, with ``--empty``, the headers only. An Instructions sheet explains, in French and
English, every sheet and column. Every text is written as literal text: a criterion starting
with ``=`` stays a sentence, never a formula. The file is written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from wizard.bank.framework import Bilingual, Framework
from wizard.bank.layout import INSTRUCTIONS, SHEETS, SheetLayout, column_letter
from wizard.workbook.cells import write_text
from wizard.workbook.writer import check_target, save_atomic

_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WRAP = Alignment(wrap_text=True, vertical="top")

_INTRO: tuple[tuple[str, str], ...] = (
    (
        "Banque de questions Vigie : modèle à remplir",
        "Vigie question bank: template to fill in",
    ),
    (
        "Remplissez une ligne par élément dans chaque feuille, sans changer les noms des "
        "feuilles ni la ligne 1 (les clés des colonnes). Chaque texte a une colonne par langue "
        "(_fr, _en) ; une banque dans une seule langue laisse vides les colonnes de l’autre.",
        "Fill in one row per item on each sheet, without renaming the sheets or changing row 1 "
        "(the column keys). Every text has one column per language (_fr, _en); a bank in one "
        "language leaves the other language's columns empty.",
    ),
    (
        "Valeurs seulement : une formule ou une macro fait refuser le fichier. Vérifiez avec "
        "« vigie bank check FICHIER.xlsx », puis convertissez avec « vigie bank convert "
        "FICHIER.xlsx BANQUE.toml » et placez le .toml dans le dossier de banques choisi dans "
        "les préférences de Vigie.",
        "Values only: a formula or a macro gets the file refused. Check it with "
        "“vigie bank check FILE.xlsx”, then convert it with “vigie bank convert FILE.xlsx "
        "BANK.toml” and put the .toml in the bank folder chosen in Vigie's settings.",
    ),
)


def write_bank_workbook(path: Path, bank: Framework | None) -> Path:
    """Write ``bank`` (or empty tables when None) as a bank spreadsheet at ``path``.

    Raises :class:`wizard.workbook.errors.ExportError` when the target cannot be written.
    """
    path = Path(path)
    check_target(path, what="bank spreadsheet")
    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)  # a new Workbook always starts with one worksheet
    _instructions(first)
    for layout in SHEETS:
        sheet = book.create_sheet(layout.name)
        _header(sheet, layout)
        for number, record in enumerate(_records(bank, layout) if bank else [], start=2):
            _row(sheet, layout, number, record)
    save_atomic(book, path)
    return path


def _instructions(sheet: Worksheet) -> None:
    sheet.title = INSTRUCTIONS
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 60
    row = 1
    for fr, en in _INTRO:
        write_text(sheet, fr, row, 2)
        write_text(sheet, en, row, 3)
        sheet.cell(row, 2).alignment = sheet.cell(row, 3).alignment = _WRAP
        row += 1
    sheet.cell(1, 2).font = sheet.cell(1, 3).font = Font(bold=True, size=13)
    row += 1
    for layout in SHEETS:
        write_text(sheet, layout.name, row, 1)
        sheet.cell(row, 1).font = Font(bold=True)
        write_text(sheet, layout.help_fr, row, 2)
        write_text(sheet, layout.help_en, row, 3)
        row += 1
        for column in layout.columns:
            write_text(sheet, column.key, row, 1)
            write_text(sheet, column.help_fr, row, 2)
            write_text(sheet, column.help_en, row, 3)
            row += 1
        row += 1


def _header(sheet: Worksheet, layout: SheetLayout) -> None:
    for index, column in enumerate(layout.columns, start=1):
        cell = write_text(sheet, column.key, 1, index)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[column_letter(index - 1)].width = column.width
    sheet.freeze_panes = "A2"


def _row(sheet: Worksheet, layout: SheetLayout, number: int, record: dict[str, Any]) -> None:
    for index, column in enumerate(layout.columns, start=1):
        value = record.get(column.key)
        if isinstance(value, str):
            write_text(sheet, value, number, index).alignment = _WRAP
        elif value is not None:
            sheet.cell(number, index, value)


def _texts(prefix: str, text: Bilingual) -> dict[str, str]:
    return {f"{prefix}_fr": text.fr, f"{prefix}_en": text.en}


def _records(bank: Framework, layout: SheetLayout) -> list[dict[str, Any]]:
    """The rows of one sheet, as column key → value."""
    key = layout.list_key
    if key is None:
        return [
            {"id": bank.id, "version": bank.version}
            | _texts("title", bank.title)
            | _texts("source", bank.source)
        ]
    if key == "scale":
        return [
            {"value": level.value}
            | _texts("name", level.name)
            | _texts("description", level.description)
            for level in bank.scale
        ]
    if key == "stages":
        return [
            {"id": stage.id, "min_score": stage.min_score}
            | _texts("name", stage.name)
            | _texts("description", stage.description)
            for stage in bank.stages
        ]
    if key == "groups":
        return [{"id": group.id} | _texts("title", group.title) for group in bank.groups]
    if key == "sections":
        return [
            {"id": s.id, "group": s.group, "weight": s.weight}
            | _texts("title", s.title)
            | _texts("description", s.description)
            for s in bank.sections
        ]
    if key == "criteria":
        return [
            {"section": s.id, "id": c.id, "weight": c.weight}
            | _texts("text", c.text)
            | _texts("guidance", c.guidance)
            | _texts("evidence", c.evidence)
            for s in bank.sections
            for c in s.criteria
        ]
    return [
        {"id": item.id} | _texts("title", item.title) | _texts("guidance", item.guidance)
        for item in bank.legal
    ]
