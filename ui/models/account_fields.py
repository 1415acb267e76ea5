"""How each account field is shown and edited: its kind, its choices, its display text.

The kinds are read from the model's annotations once, so a field added to
:class:`~wizard.audit.model.Account` gets an editor without a table to keep in step. Display
labels of stored values come from the core (:mod:`wizard.audit.labels`) in the UI language;
field *names* are interface text and are translated by the caller.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QLocale

from wizard import platforms
from wizard.audit import labels
from wizard.audit.edits import EditError
from wizard.audit.model import Account, Person

BOOL_CHOICES: tuple[bool | None, ...] = (True, False, None)


def _kind_of(annotation: Any) -> tuple[str, type | None]:
    """("enum", EnumType) | ("bool",) | ("date",) | ("int",) | ("float",) | ("text",) …"""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _kind_of(args[0])
    if origin is typing.Annotated:
        return _kind_of(args[0])
    if origin is list:
        return "list", None
    if isinstance(annotation, type):
        if issubclass(annotation, StrEnum):
            return "enum", annotation
        if annotation is bool:
            return "bool", None
        if annotation is date:
            return "date", None
        if annotation is int:
            return "int", None
        if annotation is float:
            return "float", None
        if annotation is Person:
            return "person", None
    return "text", None


FIELD_KINDS: dict[str, tuple[str, type[StrEnum] | None]] = {
    name: _kind_of(info.annotation) for name, info in Account.model_fields.items()
}
FIELD_KINDS["platform"] = ("platform", None)


def kind(field: str) -> str:
    return FIELD_KINDS[field][0]


def platform_name(platform_id: str, lang: str) -> str:
    return platforms.platform_name(platform_id, lang)


def platform_ids() -> list[str]:
    """Every platform of the catalogue, plus ``other``."""
    ids = list(platforms.catalogue())
    return ids if "other" in ids else [*ids, "other"]


def choices(field: str, lang: str) -> list[tuple[Any, str]] | None:
    """The values a pick-list offers for ``field`` with their labels; None for free input."""
    field_kind, enum = FIELD_KINDS[field]
    if field_kind == "enum" and enum is not None:
        return list(labels.choices(enum, lang))
    if field_kind == "bool":
        return [(value, labels.bool_label(value, lang)) for value in BOOL_CHOICES]
    if field_kind == "platform":
        return sorted(
            ((pid, platform_name(pid, lang)) for pid in platform_ids()),
            key=lambda pair: pair[1].casefold(),
        )
    return None


def display(field: str, value: Any, lang: str) -> str:
    """The text a cell shows for a stored value."""
    field_kind = FIELD_KINDS[field][0]
    if value is None:
        return labels.bool_label(None, lang) if field_kind == "bool" else ""
    if field_kind == "enum":
        return labels.label(value, lang)
    if field_kind == "bool":
        return labels.bool_label(value, lang)
    if field_kind == "platform":
        return platform_name(value, lang)
    if field_kind == "date":
        return value.isoformat()
    if field_kind in ("int", "float"):
        return QLocale().toString(value)
    if field_kind == "list":
        return ", ".join(str(v) for v in value)
    if field_kind == "person":
        return value.role or value.name
    return str(value)


def coerce(field: str, value: Any) -> Any:
    """Turn what an editor hands back (QVariant-converted) into the model's type.

    Raises :class:`EditError` for text that is not a number or a date.
    """
    field_kind, enum = FIELD_KINDS[field]
    if isinstance(value, QDate):
        value = value.toPython() if value.isValid() else None
    if value is None or (isinstance(value, str) and not value.strip() and field_kind != "text"):
        return None if field_kind in ("date", "int", "float", "bool") else value
    try:
        if field_kind == "enum" and enum is not None:
            return enum(value)
        if field_kind == "date" and isinstance(value, str):
            return date.fromisoformat(value.strip())
        if field_kind == "int" and isinstance(value, str):
            number, ok = QLocale().toInt(value.strip())
            return number if ok else int(value.strip().replace(" ", "").replace(",", ""))
        if field_kind == "float" and isinstance(value, str | int):
            return float(str(value).replace(",", "."))
    except ValueError:
        raise EditError(field, f"{value!r} is not a valid value") from None
    return value
