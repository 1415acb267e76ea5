"""Strict parsing of ``audit.json``: what ``json.loads`` lets through, refused with a path.

``json.loads`` accepts NaN, Infinity, ``1e999`` (as infinity), duplicate keys (the last wins,
silently) and escaped lone surrogates; pydantic's own parser takes duplicates silently too
(docs/reliability.md, case 16). A file where two tools would read different values must not
be opened.
Each refusal names the field path (``accounts[0].followers: NaN is not a number…``): the
parse hooks only mark what they refuse, and a walk of the parsed data finds where it is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import cache
from typing import Annotated, Any, NotRequired

from pydantic import ConfigDict, Field, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from wizard.messages import Message
from wizard.sessions.errors import InvalidContentError


class _Dups(dict):
    """A JSON object in which a key appeared twice (marked so its path can be found)."""

    duplicate: str = ""


def _first_repeated(keys: Iterable[str]) -> str:
    """The first key that was already seen (the caller knows there is one)."""
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            return key
        seen.add(key)
    raise ValueError("no repeated key")


def _pairs_hook(found: list[str]) -> Any:
    """An ``object_pairs_hook`` that notes repeated keys in ``found`` instead of losing them."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) == len(pairs):
            return result
        marked = _Dups(result)
        marked.duplicate = _first_repeated(k for k, _ in pairs)
        found.append(marked.duplicate)
        return marked

    return hook


MAX_DIGITS = 40
"""No field holds a whole number this long; longer ones are refused before ``int()`` (which
gives up at 4,300 digits with a message meant for programmers)."""


class _Refused:
    """A number the parse hooks refused, left in place so its path can be found."""

    def __init__(self, problem: str) -> None:
        self.problem = problem


def _number_hooks(found: list[_Refused]) -> dict[str, Any]:
    """``parse_constant``, ``parse_float`` and ``parse_int`` that mark what they refuse."""

    def refuse(problem: str) -> _Refused:
        marker = _Refused(problem)
        found.append(marker)
        return marker

    def constant(name: str) -> Any:
        return refuse(f"{name} is not a number Vigie accepts")

    def finite(text: str) -> Any:
        value = float(text)
        return value if math.isfinite(value) else refuse(f"the number {text[:30]} is too large")

    def whole(text: str) -> Any:
        digits = len(text.lstrip("-"))
        if digits > MAX_DIGITS:
            return refuse(f"the number with {digits:,} digits is too large")
        return int(text)

    return {"parse_constant": constant, "parse_float": finite, "parse_int": whole}


def _first_bad(node: Any, path: str = "") -> tuple[str, str] | None:
    """Path and problem of the first repeated key or unpaired surrogate, depth first.

    Walked only when the parse flagged one, so valid files pay nothing for it.
    """
    if isinstance(node, str):
        bad = _SURROGATE.search(node)
        if bad:
            code = ord(bad.group())
            return (
                path,
                f"contains an unpaired surrogate U+{code:04X} at position {bad.start() + 1}",
            )
        return None
    if isinstance(node, _Refused):
        return path, node.problem
    if isinstance(node, _Dups):
        return (f"{path}.{node.duplicate}" if path else node.duplicate), "this key appears twice"
    items: Iterable[tuple[str, Any]]
    if isinstance(node, dict):
        items = ((f"{path}.{k}" if path else k, v) for k, v in node.items())
        if any(_SURROGATE.search(key) for key in node):
            return path or "(top level)", "a key contains an unpaired surrogate"
    elif isinstance(node, list):
        items = ((f"{path}[{i}]", v) for i, v in enumerate(node))
    else:
        return None
    for sub_path, value in items:
        found = _first_bad(value, sub_path)
        if found:
            return found
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""``json.loads`` accepts an escaped lone surrogate that pydantic then refuses without a path."""


def parse_json(raw: bytes, label: str) -> dict[str, Any]:
    """Parse audit.json strictly: UTF-8, no NaN/Infinity, no duplicate keys, bounded depth."""

    def invalid(problem: str) -> InvalidContentError:
        return InvalidContentError(Message("session.json_invalid", file=label), [problem])

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid(f"not UTF-8 text (byte {exc.start})") from None
    duplicates: list[str] = []
    refused: list[_Refused] = []
    try:
        data = json.loads(text, object_pairs_hook=_pairs_hook(duplicates), **_number_hooks(refused))
    except json.JSONDecodeError as exc:
        first = refused[0].problem if refused else None  # met first, reading in order
        raise invalid(first or f"line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise invalid("the data is nested too deeply") from None
    except ValueError as exc:
        raise invalid(str(exc)) from None
    if refused and not isinstance(data, dict | list):
        raise invalid(refused[0].problem)
    if not isinstance(data, dict):
        raise invalid("the top level must be an object")
    if duplicates or refused or _SURROGATE_ESCAPE.search(text):
        try:
            found = _first_bad(data)
        except RecursionError:
            found = ("(deep inside)", "a repeated key, a refused number or an unpaired surrogate")
        if found:
            raise invalid(f"{found[0] or '(top level)'}: {found[1]}")
        if refused:  # unreachable: the walk visits every value; never let a marker through
            raise invalid(refused[0].problem)
    return data


COUNT_CHECK_FROM = 100_000
"""Below this many ``{`` in the text, no list can hold more records than its limit allows
(the largest limits are 100,000 and 200,000), so the count check is skipped."""


def refuse_long_lists(raw: bytes, label: str, limits: dict[str, int]) -> None:
    """Refuse a top-level list over its limit before any record is built.

    200,001 minimal accounts (``{}``: 1.1 MB) used to be built in full, twice, before the
    limit was checked: 8 s and 650 MB. Counting the items natively takes milliseconds.
    """
    if raw.count(b"{") <= COUNT_CHECK_FROM or not limits:
        return
    try:
        _shape(tuple(sorted(limits.items()))).validate_json(raw)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False, include_input=False):
            if error["type"] == "too_long" and len(error["loc"]) == 1:
                field_name = str(error["loc"][0])
                actual = (error.get("ctx") or {}).get("actual_length")
                count = f"{actual:,} records" if isinstance(actual, int) else "too many records"
                problems.append(f"{field_name}: {count}, the limit is {limits[field_name]:,}")
        if problems:
            raise InvalidContentError(f"{label}: the audit is not valid", problems) from None
        # anything else (not JSON, wrong types…) is for the full parse to explain


@cache
def _shape(limits: tuple[tuple[str, int], ...]) -> TypeAdapter:
    fields = {
        name: NotRequired[Annotated[list[Any], Field(max_length=limit)]] for name, limit in limits
    }
    # the keys and limits are known only at run time: mypy checks only literal TypedDicts
    shape = TypedDict("AuditShape", fields)  # type: ignore[misc]
    shape.__pydantic_config__ = ConfigDict(extra="allow")  # type: ignore[attr-defined]  # read by pydantic
    return TypeAdapter(shape)
