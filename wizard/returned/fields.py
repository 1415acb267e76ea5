"""How each editable column of a returned table maps to the model.

A :class:`FieldSpec` knows the value the export wrote for an item (:attr:`FieldSpec.render`,
the same functions the export uses), how to read a cell back (:attr:`FieldSpec.parse`,
raising :class:`~wizard.returned.values.Rejected`), the item's current value and the model
fields it sets. Columns the workbook computes (scores, problems, ratings) or only shows
(criterion text, evidence names, administrators) are not here: they are never imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from wizard.audit import labels
from wizard.audit import model as m
from wizard.messages import Both, Message
from wizard.platforms import catalogue
from wizard.returned import values as v
from wizard.workbook import inventory
from wizard.workbook.action_plan import action_text
from wizard.workbook.context import ExportContext
from wizard.workbook.lists import ENUM_LISTS

NA = "n/a"
"""The answer value meaning "not applicable"."""


@dataclass(frozen=True)
class FieldSpec:
    key: str
    render: Callable[[ExportContext, Any], object]
    """The value the export writes for this item (compared with the returned cell)."""
    parse: Callable[[object, ExportContext], object]
    current: Callable[[Any], object]
    updates: Callable[[Any], dict[str, object]]
    """Model field → value to store for a parsed value."""
    needs_item: bool = False
    """``parse`` takes the current item too (the owner keeps what the workbook withheld)."""

    def read(self, value: object, ctx: ExportContext, item: Any | None) -> object:
        """The model value of a returned cell; raises :class:`~wizard.returned.values.Rejected`."""
        if self.needs_item:
            return self.parse(value, ctx, item)  # type: ignore[call-arg]  # takes the item too
        return self.parse(value, ctx)


def _attr(name: str) -> Callable[[Any], object]:
    return lambda item: getattr(item, name)


def _set(name: str) -> Callable[[object], dict[str, object]]:
    return lambda value: {name: value}


def _text(value: object, ctx: ExportContext) -> str:
    return v.as_text(value)


def _enum_parser(enum: type[StrEnum], blank: StrEnum | None) -> Callable:
    return lambda value, ctx: v.parse_enum(enum, value, ctx.lang, blank)


# --- inventory


def _platforms() -> dict[str, str]:
    names: dict[str, str] = {}
    for pid, info in catalogue().items():
        for text in (pid, info.name_fr, info.name_en):
            names.setdefault(text.casefold(), pid)
    return names


def _platform(value: object, ctx: ExportContext) -> str:
    v.reject_formula(value)
    if v.is_blank(value):
        return "other"
    text = v.as_text(value).strip()
    found = _platforms().get(text.casefold())
    if found is None:
        raise v.Rejected(Message("returned.value.unknown_platform", text=text))
    return found


def _languages(value: object, ctx: ExportContext) -> list[str]:
    text = v.as_text(value)
    return [part.casefold() for part in re.split(r"[,;/\s]+", text) if part]


_NAME_ROLE = re.compile(r"^(.*\S)\s*\(([^()]*)\)$")


def _person(value: object, ctx: ExportContext, account: m.Account | None) -> m.Person:
    """ "Name (Role)" gives both; plain text is a name when the workbook shows names, else a
    role (a workbook without names shows roles in their place)."""
    text = v.as_text(value).strip()
    if not text:
        return m.Person()
    if match := _NAME_ROLE.match(text):
        return m.Person(name=match[1].strip(), role=match[2].strip())
    keep = account.owner if account is not None else m.Person()
    if ctx.include_names:
        return m.Person(name=text, role=keep.role)
    return m.Person(name=keep.name, role=text)


def _inventory_parser(column: inventory.Column) -> Callable:
    if column.key == "platform":
        return _platform
    if column.key == "languages":
        return _languages
    if column.key == "owner":
        return _person
    if column.kind == "enum":
        enum = ENUM_LISTS[column.list_key or ""]
        return _enum_parser(enum, m.Account.model_fields[column.key].default)
    return {
        "bool": lambda value, ctx: v.parse_bool(value),
        "date": lambda value, ctx: v.parse_date(value, ctx.lang),
        "int": lambda value, ctx: v.parse_int(value),
        "percent": lambda value, ctx: v.parse_percent(value),
    }.get(column.kind, _text)


READ_ONLY_INVENTORY = frozenset(
    {
        "id",
        "problems",
        "admins",
        "evidence",
        "followers_change",
        "official_link",
        "official_link_source",
    }
)
"""Computed (problems, the follower change since the baseline), shown without the data to
rebuild it (admins may be withheld, evidence by file name), recorded by a discovery of the
organisation's pages (not the client's to say), or the key itself."""

INVENTORY = tuple(
    FieldSpec(
        column.key,
        column.get,
        _inventory_parser(column),
        _attr(column.key),
        _set(column.key),
        needs_item=column.key == "owner",
    )
    for column in inventory.COLUMNS
    if column.key not in READ_ONLY_INVENTORY
)


# --- assessment


def _answer_render(ctx: ExportContext, answer: m.Answer) -> object:
    return ctx.t("na_token") if answer.not_applicable else answer.level


def _answer_current(answer: m.Answer) -> object:
    return NA if answer.not_applicable else answer.level


_NA_WORDS = {"n/a", "na", "s.o.", "so", "s/o", "sans objet", "not applicable", "n.a."}


def _answer_parse(value: object, ctx: ExportContext) -> object:
    v.reject_formula(value)
    top = ctx.audit.framework.max_level
    if isinstance(value, str) and value.strip().casefold() in _NA_WORDS:
        return NA
    try:
        level = v.parse_int(value)
    except v.Rejected:
        raise v.Rejected(
            Message(
                "returned.value.not_answer", text=v.as_text(value), top=top, na=ctx.t("na_token")
            )
        ) from None
    if level is not None and not 0 <= level <= top:
        raise v.Rejected(Message("returned.value.not_level", level=level, top=top))
    return level


def _answer_updates(value: object) -> dict[str, object]:
    if value == NA:
        return {"level": None, "not_applicable": True}
    return {"level": value, "not_applicable": False}


ASSESSMENT = (
    FieldSpec("answer", _answer_render, _answer_parse, _answer_current, _answer_updates),
    FieldSpec(
        "justification",
        lambda ctx, a: a.justification,
        _text,
        _attr("justification"),
        _set("justification"),
    ),
    FieldSpec("notes", lambda ctx, a: a.notes, _text, _attr("notes"), _set("notes")),
    FieldSpec(
        "to_review",
        lambda ctx, a: labels.bool_label(a.to_review, ctx.lang),
        lambda value, ctx: (
            bool(v.parse_bool(value, allow_unknown=False)) if not v.is_blank(value) else False
        ),
        _attr("to_review"),
        _set("to_review"),
    ),
)


# --- legal checklist and risks

LEGAL = (
    FieldSpec(
        "status",
        lambda ctx, a: labels.label(a.status, ctx.lang),
        _enum_parser(m.Check, m.Check.UNKNOWN),
        _attr("status"),
        _set("status"),
    ),
    FieldSpec("notes", lambda ctx, a: a.notes, _text, _attr("notes"), _set("notes")),
)


def _plain(key: str, target: str | None = None) -> FieldSpec:
    name = target or key
    return FieldSpec(key, lambda ctx, r: getattr(r, name), _text, _attr(name), _set(name))


def _scale(value: object, ctx: ExportContext) -> int:
    number = v.parse_int(value)
    if number is None or not 1 <= number <= 5:
        shown = Both("vide", "empty") if number is None else str(number)
        raise v.Rejected(Message("returned.value.not_rating", shown=shown))
    return number


RISKS = (
    _plain("risk", "title"),
    _plain("description"),
    FieldSpec(
        "status",
        lambda ctx, r: labels.label(r.status, ctx.lang),
        _enum_parser(m.RiskStatus, None),
        _attr("status"),
        _set("status"),
    ),
    _plain("mitigation"),
    FieldSpec(
        "likelihood", lambda ctx, r: r.likelihood, _scale, _attr("likelihood"), _set("likelihood")
    ),
    FieldSpec("impact", lambda ctx, r: r.impact, _scale, _attr("impact"), _set("impact")),
    _plain("owner"),
)


# --- actions


def _action_parse(value: object, ctx: ExportContext) -> tuple[str, str]:
    text = v.as_text(value).strip("\n")
    title, _sep, detail = text.partition("\n")
    if not title.strip():
        raise v.Rejected(Message("returned.value.action_title"))
    return title.strip(), detail.strip("\n")


ACTIONS = (
    FieldSpec(
        "action",
        lambda ctx, a: action_text(a),
        _action_parse,
        lambda a: (a.title, a.detail),
        lambda value: {"title": value[0], "detail": value[1]},
    ),
    _plain("owner"),
    FieldSpec(
        "due",
        lambda ctx, a: a.due,
        lambda value, ctx: v.parse_date(value, ctx.lang),
        _attr("due"),
        _set("due"),
    ),
    FieldSpec(
        "effort",
        lambda ctx, a: labels.label(a.effort, ctx.lang),
        _enum_parser(m.Effort, m.Effort.UNKNOWN),
        _attr("effort"),
        _set("effort"),
    ),
    FieldSpec(
        "status",
        lambda ctx, a: labels.label(a.status, ctx.lang),
        _enum_parser(m.ActionStatus, None),
        _attr("status"),
        _set("status"),
    ),
)

SPECS: dict[str, tuple[FieldSpec, ...]] = {
    "inventory": INVENTORY,
    "assessment": ASSESSMENT,
    "legal": LEGAL,
    "risks": RISKS,
    "actions": ACTIONS,
}


def show(value: object, lang: str) -> str:
    """A model value as the review shows it."""
    if value is None:
        return ""
    if value == NA:
        return "S.O." if lang == "fr" else "N/A"
    if isinstance(value, bool):
        return labels.bool_label(value, lang)
    if isinstance(value, StrEnum):
        return labels.label(value, lang)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, m.Person):
        name, role = value.name.strip(), value.role.strip()
        return f"{name} ({role})" if name and role else name or role
    if isinstance(value, tuple):
        return "\n".join(part for part in value if part)
    if isinstance(value, list):
        return ", ".join(str(part) for part in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
