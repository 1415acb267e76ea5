"""Field-level three-way merge of audit records, used by :mod:`wizard.teams.merge`.

A record is flattened to ``{field: value}`` (nested records such as ``owner`` become dotted
fields, ``owner.role``), so two auditors who fill in different parts of the same record never
collide. Each field is then merged on its own (:func:`merge_value`), and the record is rebuilt
and validated (:func:`rebuild`).

Answers are flattened differently: ``level`` and ``not_applicable`` become one field, the
*rating* (a level, ``"n/a"`` or None), because the two only make sense together; merging them
apart could produce an answer that is both N/A and levelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from wizard.audit.model import Answer

Fields = dict[str, Any]

NOT_APPLICABLE = "n/a"
RATING = "level"

REFERENCE_LISTS = frozenset({"evidence", "accounts"})
"""List fields that hold references (attachment hashes, account ids): merged as sets, so an
attachment or a linked account added on either side is never lost and never a conflict."""

MISSING = object()
"""A field the record's model gives no default (e.g. an action's title): never "empty"."""


class RebuildError(ValueError):
    """The merged fields do not make a valid record (e.g. dates out of order)."""


# --- flattening


def _flatten(record: BaseModel, prefix: str = "") -> Fields:
    out: Fields = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, BaseModel):
            out.update(_flatten(value, f"{prefix}{name}."))
        else:
            out[f"{prefix}{name}"] = value
    return out


def flatten(record: BaseModel, skip: Sequence[str] = ()) -> Fields:
    """``{field: value}`` with nested records dotted; ``skip`` names identity fields."""
    fields = _flatten(record)
    if isinstance(record, Answer):
        level = fields.pop("level")
        fields[RATING] = NOT_APPLICABLE if fields.pop("not_applicable") else level
    for name in skip:
        fields.pop(name, None)
    return fields


def _default(info: Any) -> Any:
    if info.is_required():
        return MISSING
    return info.get_default(call_default_factory=True)


@cache
def _defaults_of(cls: type[BaseModel], prefix: str = "") -> tuple[tuple[str, Any], ...]:
    out: list[tuple[str, Any]] = []
    for name, info in cls.model_fields.items():
        value = _default(info)
        if isinstance(value, BaseModel):
            out.extend(_defaults_of(type(value), f"{prefix}{name}."))
        else:
            out.append((f"{prefix}{name}", value))
    return tuple(out)


def defaults(cls: type[BaseModel]) -> Fields:
    """The flattened default of every field: what "left empty" means for that field."""
    fields = dict(_defaults_of(cls))
    if cls is Answer:
        fields.pop("not_applicable")
    return fields


def rebuild(cls: type[BaseModel], fields: Fields, **identity: Any) -> BaseModel:
    """The record back from its flattened fields (plus its identity fields), validated."""
    fields = {**fields, **identity}
    if cls is Answer:
        rating = fields.pop(RATING)
        fields["not_applicable"] = rating == NOT_APPLICABLE
        fields["level"] = None if rating == NOT_APPLICABLE else rating
    try:
        return _build(cls, fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RebuildError(f"{where}: {first['msg']}" if where else first["msg"]) from None


def _build(cls: type[BaseModel], fields: Fields) -> BaseModel:
    """Nested records first (bottom-up), so strict validation sees model instances."""
    data: Fields = {}
    nested: dict[str, Fields] = {}
    for name, value in fields.items():
        head, dot, rest = name.partition(".")
        if dot:
            nested.setdefault(head, {})[rest] = value
        else:
            data[name] = value
    for head, sub in nested.items():
        data[head] = _build(_nested_class(cls, head), sub)
    return cls.model_validate(data)


@cache
def _nested_class(cls: type[BaseModel], name: str) -> type[BaseModel]:
    default = _default(cls.model_fields[name])
    if not isinstance(default, BaseModel):
        raise TypeError(f"{cls.__name__}.{name} is not a nested record")
    return type(default)


# --- merging one field


def is_empty(value: Any, default: Any) -> bool:
    """Left as a new record has it: the field's default, or nothing at all."""
    if value is None or value == "" or value == []:
        return True
    return default is not MISSING and value == default


def merge_set(base: list | None, mine: list, theirs: list) -> list:
    """Union of references, minus those one side removed from the common base."""
    if base is None:
        return [*mine, *(x for x in theirs if x not in mine)]
    kept = [x for x in mine if x in theirs or x not in base]
    return kept + [x for x in theirs if x not in mine and x not in base]


def merge_value(base: Any, mine: Any, theirs: Any, default: Any) -> tuple[Any, bool]:
    """(value, conflict). Mine's value is returned provisionally for a conflict.

    With a base (``base`` is not :data:`MISSING`), a side that left the field as it was
    gives way to the side that changed it; both changed it differently is a conflict.
    Without one, a side that left the field empty or at its default gives way; any other
    difference is a conflict, since nothing says which side changed it.
    """
    if mine == theirs:
        return mine, False
    if base is not MISSING:
        if mine == base:
            return theirs, False
        if theirs == base:
            return mine, False
        return mine, True
    if is_empty(mine, default):
        return theirs, False
    if is_empty(theirs, default):
        return mine, False
    return mine, True


def merge_fields(
    base: Fields | None, mine: Fields, theirs: Fields, default: Fields
) -> tuple[Fields, list[str]]:
    """Merged fields and the names of the fields in conflict."""
    merged: Fields = {}
    conflicts: list[str] = []
    for name, mine_value in mine.items():
        theirs_value = theirs[name]
        base_value = MISSING if base is None else base[name]
        if name.rpartition(".")[2] in REFERENCE_LISTS and isinstance(mine_value, list):
            old = base_value if isinstance(base_value, list) else None
            merged[name] = merge_set(old, mine_value, theirs_value)
            continue
        value, clash = merge_value(base_value, mine_value, theirs_value, default.get(name))
        merged[name] = value
        if clash:
            conflicts.append(name)
    return merged, conflicts
