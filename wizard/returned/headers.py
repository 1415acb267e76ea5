"""The columns of each table a client edits, by field key, with their labels in both
languages: how a returned sheet's columns are found again whatever order or visibility
the client gave them."""

from __future__ import annotations

import functools
from typing import Final

from wizard.workbook import action_plan, inventory, legal, risks, strings

ROLES: Final = ("inventory", "assessment", "legal", "risks", "actions")
"""The tables read back, in the order they are reported."""

SHEET_OF_ROLE: Final = {
    "inventory": "inventory",
    "assessment": "assessment",
    "legal": "legal",
    "risks": "risks",
    "actions": "action_plan",
}
"""The exported sheet (a :data:`wizard.workbook.strings.MARKED_SHEETS` key) of each table."""

FORMAT_1_SHEET_OF_ROLE: Final = {**SHEET_OF_ROLE, "legal": "legal_risks", "risks": "legal_risks"}
"""The same for workbook format 1, whose one "Legal and risks" sheet held both tables."""


def sheet_of_role(format_version: int) -> dict[str, str]:
    """Table → sheet key in a workbook of ``format_version``."""
    return FORMAT_1_SHEET_OF_ROLE if format_version < 2 else SHEET_OF_ROLE


ASSESSMENT_KEYS: Final = (
    "id",
    "number",
    "section",
    "criterion",
    "guidance",
    "answer",
    "level_label",
    "justification",
    "notes",
    "evidence",
    "to_review",
    "weight",
    "scored",
    "counted",
    "assessed",
)


def _text_keys(role: str) -> tuple[str, ...]:
    return {
        "assessment": ASSESSMENT_KEYS,
        "legal": legal.HEADERS,
        "risks": risks.HEADERS,
        "actions": action_plan.HEADERS,
    }[role]


def column_keys(role: str) -> tuple[str, ...]:
    if role == "inventory":
        return tuple(column.key for column in inventory.COLUMNS)
    return _text_keys(role)


def label(role: str, key: str, lang: str) -> str:
    """The header the export writes for ``key`` of ``role`` in ``lang``."""
    if role == "inventory" and key not in ("id", "problems"):
        return strings.inventory_header(key, lang)
    return strings.text(key, lang)


@functools.cache
def header_map(role: str) -> tuple[dict[str, str], dict[str, str]]:
    """(exact label → key, casefolded label → key) over both languages.

    Exact labels come first: the action plan's hidden "constat" and visible "Constat" differ
    only by case."""
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for lang in ("fr", "en"):
        for key in column_keys(role):
            text = label(role, key, lang)
            exact.setdefault(text, key)
            folded.setdefault(" ".join(text.casefold().split()), key)
    if role == "inventory":  # a workbook exported by an earlier version comes back
        for key in column_keys(role):
            for text in strings.former_inventory_headers(key):
                exact.setdefault(text, key)
                folded.setdefault(" ".join(text.casefold().split()), key)
    return exact, folded


def key_of(role: str, header: object) -> str | None:
    if not isinstance(header, str):
        return None
    exact, folded = header_map(role)
    text = header.strip()
    return exact.get(text) or folded.get(" ".join(text.casefold().split()))
