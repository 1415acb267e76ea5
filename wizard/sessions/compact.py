"""``audit.json`` as saved: every field that holds its default value is left out.

Why: most of a 10,000-account audit is defaults (blank notes, ``"unknown"`` checks, empty
lists), so writing them more than doubled the JSON, and the time to write, compress,
verify and read it back. A reader fills a missing field with its default, so the audit read
is the audit written (docs/session-format.md, "Defaults are not written").

What is always written, by rule rather than by a list of fields:

* a field whose default comes from a function that is not a constant (``now``, ``new_id``):
  reading would give a new time or identifier, not the saved one;
* a field typed as a single literal (``format``, ``format_version``): it says what the file
  is, and a reader checks it before it knows the model.

A default made by a type (``list``, ``dict``, a record class whose own defaults are all
constant) or by :func:`~wizard.audit.base.empty_list` / ``empty_dict`` is constant. The
serializer comes from :mod:`wizard.sessions.pydantic_internals`; if this pydantic cannot
build it, every field is written (the previous, larger form, which every reader also takes).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined, SchemaSerializer

from wizard.audit.base import empty_dict, empty_list
from wizard.audit.model import Audit
from wizard.sessions import pydantic_internals
from wizard.sessions.pydantic_internals import InternalsChanged, Node, Walk

_CONTAINERS: tuple[Any, ...] = (list, dict, set, frozenset, tuple, empty_list, empty_dict)
"""Factories of a new empty container: constant (equal values every call)."""


def _constant_factory(factory: Any) -> bool:
    """Whether ``factory()`` gives equal values every time it is called."""
    if factory in _CONTAINERS:
        return True
    if isinstance(factory, type) and issubclass(factory, BaseModel):
        return all(_constant_field(info) for info in factory.model_fields.values())
    return False


def _constant_field(info: Any) -> bool:
    if info.default_factory is not None:
        return _constant_factory(info.default_factory)
    return info.default is not PydanticUndefined


def _always_written(node: Node) -> bool:
    """For a ``default`` schema node: whether its field must be written even when equal."""
    if node.get("schema", {}).get("type") == "literal":
        return True
    if "default_factory" in node:
        return bool(node.get("default_factory_takes_data")) or not _constant_factory(
            node["default_factory"]
        )
    return False


def _plain_text(node: Node) -> Node | None:
    """For an enumeration of text (``StrEnum``): a plain text serializer. A member is its
    value as text, so the bytes are the same, without asking each member for ``.value`` in
    Python (~95,000 times for 10,000 accounts)."""
    kind = node.get("cls")
    if node.get("sub_type") != "str" or not (isinstance(kind, type) and issubclass(kind, str)):
        return None
    members: Any = kind  # an enumeration class: iterating it gives its members
    if any(str.__str__(member) != member.value for member in members):
        return None
    plain: Node = {"type": "str"}
    if "ref" in node:
        plain["ref"] = node["ref"]
    return plain


def _rewrite(node: Node, walk: Walk) -> Node | None:
    """A default that must always be written loses its default (for serializing only); a
    constant factory's value is made once, not once per record written; an enumeration of
    text is written as the text it is."""
    if node.get("type") == "enum":
        return _plain_text(node)
    if node.get("type") != "default":
        return None
    inner: Node = walk(node["schema"])
    if _always_written(node):
        return inner
    if "default_factory" in node:
        return {"type": "default", "default": node["default_factory"](), "schema": inner}
    return {**node, "schema": inner}


@cache
def _serializer() -> SchemaSerializer | None:
    try:
        return pydantic_internals.build_serializer(Audit, _rewrite)
    except InternalsChanged:
        return None


def audit_json(audit: Audit) -> bytes:
    """The bytes of ``audit.json`` for ``audit``: defaults left out when this pydantic
    allows, else every field (``model_dump_json()``)."""
    serializer = _serializer()
    if serializer is None:
        return full_json(audit)
    return serializer.to_json(audit, exclude_defaults=True)


def read_json(audit: Audit) -> bytes:
    """The fields of ``audit`` that its file held (``exclude_unset``), written as a save writes
    them: for an audit just read, the bytes read again if they were as Vigie writes them,
    whether defaults were left out or, as earlier saves did, every field was written."""
    serializer = _serializer() or audit.__pydantic_serializer__
    return serializer.to_json(audit, exclude_unset=True)


def full_json(audit: Audit) -> bytes:
    """Every field written, as ``model_dump_json()`` gives it (in bytes)."""
    return audit.__pydantic_serializer__.to_json(audit)
