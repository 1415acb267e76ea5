"""The spreadsheet form of a question bank: which sheet holds what, column by column.

One module shared by the template writer (:mod:`wizard.bank.template`) and the reader
(:mod:`wizard.bank.spreadsheet`), so the two can never disagree on a sheet or a column name.
Every data sheet is a table: the column keys in row 1, one record per row below. A text has
one column per language (``title_fr``, ``title_en``); a bank in one language leaves the other
language's columns empty.
"""

from __future__ import annotations

from dataclasses import dataclass

INSTRUCTIONS = "Instructions"


@dataclass(frozen=True)
class Column:
    key: str
    """Header in row 1; ``*_fr`` / ``*_en`` are one language of a text."""
    width: int
    numeric: bool = False
    help_fr: str = ""
    help_en: str = ""

    @property
    def text_key(self) -> str | None:
        """``title`` for ``title_fr``; None for a column that is not one language of a text."""
        if self.key.endswith(("_fr", "_en")):
            return self.key[:-3]
        return None

    @property
    def lang(self) -> str | None:
        return self.key[-2:] if self.text_key else None


@dataclass(frozen=True)
class SheetLayout:
    name: str
    list_key: str | None
    """The bank's key the rows make (``sections``…); None for the one-row ``Bank`` sheet."""
    columns: tuple[Column, ...]
    help_fr: str
    help_en: str

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def _texts(key: str, width: int, fr: str, en: str) -> tuple[Column, Column]:
    return (
        Column(f"{key}_fr", width, help_fr=f"{fr} (français)", help_en=f"{en} (French)"),
        Column(f"{key}_en", width, help_fr=f"{fr} (anglais)", help_en=f"{en} (English)"),
    )


_ID = Column("id", 14, help_fr="Identifiant unique (lettres, chiffres, . _ -)", help_en="Unique id")

SHEETS: tuple[SheetLayout, ...] = (
    SheetLayout(
        "Bank",
        None,
        (
            Column("id", 18, help_fr="Identifiant de la banque", help_en="The bank's id"),
            Column("version", 10, help_fr="Version (ex. 1.0)", help_en="Version (e.g. 1.0)"),
            *_texts("title", 40, "Titre", "Title"),
            *_texts("source", 50, "Source, auteurs, licence", "Source, authors, licence"),
        ),
        "Une seule ligne : l’identité de la banque.",
        "One row: the bank's identity.",
    ),
    SheetLayout(
        "Scale",
        "scale",
        (
            Column("value", 8, True, "Niveau 0, 1, 2… dans l’ordre", "Level 0, 1, 2… in order"),
            *_texts("name", 20, "Nom du niveau", "Level name"),
            *_texts("description", 50, "Ce que le niveau veut dire", "What the level means"),
        ),
        "L’échelle de maturité : 2 à 11 niveaux numérotés à partir de 0.",
        "The maturity scale: 2 to 11 levels numbered from 0.",
    ),
    SheetLayout(
        "Stages",
        "stages",
        (
            _ID,
            Column("min_score", 10, True, "Score minimal (0–100)", "Minimum score (0–100)"),
            *_texts("name", 20, "Nom du stade", "Stage name"),
            *_texts("description", 50, "Description", "Description"),
        ),
        "Les stades atteints selon le score ; le premier commence à 0, en ordre croissant.",
        "Stages reached by score; the first starts at 0, in rising order.",
    ),
    SheetLayout(
        "Groups",
        "groups",
        (_ID, *_texts("title", 40, "Titre du groupe", "Group title")),
        "Les groupes de sections (au moins un).",
        "Groups of sections (at least one).",
    ),
    SheetLayout(
        "Sections",
        "sections",
        (
            _ID,
            Column("group", 14, help_fr="Identifiant du groupe", help_en="The group's id"),
            Column("weight", 8, True, "Poids (1 si vide)", "Weight (1 when empty)"),
            *_texts("title", 30, "Titre de la section", "Section title"),
            *_texts("description", 50, "Description", "Description"),
        ),
        "Une ligne par section, dans l’ordre des étapes de l’assistant.",
        "One row per section, in the order of the wizard's steps.",
    ),
    SheetLayout(
        "Criteria",
        "criteria",
        (
            Column("section", 12, help_fr="Identifiant de la section", help_en="The section's id"),
            _ID,
            Column("weight", 8, True, "Poids (1 si vide)", "Weight (1 when empty)"),
            *_texts("text", 50, "Critère", "Criterion"),
            *_texts("guidance", 50, "Ce que l’auditeur vérifie", "What the auditor checks"),
            *_texts("evidence", 40, "Preuves habituelles", "Usual evidence"),
        ),
        "Une ligne par critère ; la colonne section dit à quelle section il appartient.",
        "One row per criterion; the section column says which section it belongs to.",
    ),
    SheetLayout(
        "Legal",
        "legal",
        (
            _ID,
            *_texts("title", 40, "Point de la liste juridique", "Legal checklist item"),
            *_texts("guidance", 50, "Ce qu’il faut vérifier", "What to check"),
        ),
        "La liste de contrôle juridique (peut rester vide).",
        "The legal checklist (may stay empty).",
    ),
)


def column_letter(index: int) -> str:
    """``A`` for 0, ``AA`` for 26."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
