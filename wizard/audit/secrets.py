"""Spot text that looks like a password, a one-time code or a recovery key.

Vigie never stores secrets: there is no field for them. People still paste one into a note
("mdp : Hiver2026!"), so free text is scanned and the user is warned, with the option to
remove it. The scan is heuristic and errs towards warning.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any

from pydantic import BaseModel

_LABELLED = re.compile(
    r"(?i)(?P<label>\b(?:pass(?:word|wd|phrase)?|mot[\s_-]*de[\s_-]*passe|mdp|pwd"
    r"|codes?\s+de\s+secours|backup\s+codes?|recovery\s+codes?"
    r"|codes?\s+de\s+r[ée]cup[ée]ration|2fa\s+codes?|secret|api[\s_-]*key|token|jeton|pin)"
    r"\s*[:=]\s*)(?P<value>(?!\[removed\])\S+)"
)
_CODE_RUN = re.compile(r"(?:\b\d{4}[\s-]?\d{4}\b[\s,;]*){3,}")
"""Three or more 8-digit codes in a row: a printed list of backup codes."""
_TOTP_SEED = re.compile(r"\b(?:[A-Z2-7]{4}\s?){4,8}\b")
"""A base32 key shown when MFA is set up (often in groups of four)."""
_TOKEN = re.compile(r"\b(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{32,}\b")


@dataclass(frozen=True)
class SecretWarning:
    path: str
    """Where: e.g. ``accounts[3].notes``."""
    reason: str


_MAYBE = re.compile(r"[\d:=]")
"""Every pattern above needs a digit, or the ``:``/``=`` after a label: text without any
(most of it) is cleared by one search instead of four."""


def secret_reason(text: str) -> str | None:
    """Why ``text`` looks like it holds a secret, or None."""
    if not _MAYBE.search(text):
        return None
    if _LABELLED.search(text):
        return "looks like a password or key written after a label"
    if _CODE_RUN.search(text):
        return "looks like a list of backup codes"
    if any(sum(ch.isdigit() for ch in m.group(0)) >= 2 for m in _TOTP_SEED.finditer(text)):
        return "looks like an authenticator (MFA) set-up key"
    if _TOKEN.search(text) and not re.search(r"https?://\S*$", text):
        return "looks like an access token"
    return None


_SKIPPED = frozenset({"url", "handle", "platform", "display_name", "sha256", "id", "audit_id"})
"""Fields never scanned (identifiers and addresses), nor anything under a path naming
evidence (hashes, file names)."""
_NO_TEXT = (int, float, bool, type(None), date, datetime)
"""Values with no text in them: not walked (a 10,000-account audit has ~300,000)."""

Found = tuple[str, str, str]
"""Where a text is: its parent's path and its own step (``.notes``, ``[3]``), and the text."""


_NO_TEXT_TYPES = frozenset(_NO_TEXT)


def _holds_no_text(annotation: Any) -> bool:
    """Whether a field of this type can never hold scannable text: numbers, dates, flags and
    enumerations (fixed identifiers no secret pattern can match)."""
    args = typing.get_args(annotation)
    if args and typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return all(_holds_no_text(arg) for arg in args)
    if typing.get_origin(annotation) is typing.Annotated:
        return _holds_no_text(args[0])
    if isinstance(annotation, type):
        return annotation in _NO_TEXT_TYPES or issubclass(annotation, enum.Enum)
    return False


@cache
def _scanned_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold text to scan, in field order."""
    return tuple(
        name
        for name, info in model.model_fields.items()
        if name != "framework" and "evidence" not in name and not _holds_no_text(info.annotation)
    )


@cache
def _columns(model: type[BaseModel]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The scanned fields of ``model`` in two groups: those typed as text (strict and validated
    on assignment, so they hold nothing else), identifiers and addresses left out; and the
    rest (records, lists, mappings, optional values), whose values are sorted by type."""
    text: list[str] = []
    other: list[str] = []
    for name in _scanned_fields(model):
        if model.model_fields[name].annotation is not str:
            other.append(name)
        elif name not in _SKIPPED:
            text.append(name)
    return tuple(text), tuple(other)


def _texts(value: Any, path: str, out: list[Found]) -> None:
    """Every non-empty text under ``value`` that is scanned, depth first in field order.
    Paths are joined only for the few texts that look like secrets."""
    if isinstance(value, BaseModel):
        values = value.__dict__
        for name in _scanned_fields(type(value)):
            child = values[name]
            if isinstance(child, str):
                if child and name not in _SKIPPED:
                    out.append((path, f".{name}" if path else name, child))
            elif not isinstance(child, _NO_TEXT):
                _texts(child, f"{path}.{name}" if path else name, out)
    elif isinstance(value, dict):
        for key, item in value.items():
            step = f"[{key}]"
            if "evidence" in step:
                continue
            if isinstance(item, str):
                if item:
                    out.append((path, step, item))
            elif not isinstance(item, _NO_TEXT):
                _texts(item, path + step, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                if item:
                    out.append((path, f"[{index}]", item))
            elif not isinstance(item, _NO_TEXT):
                _texts(item, f"{path}[{index}]", out)


def _sort_values(
    values: Sequence[Any], keep_text: bool, texts: set[str], models: dict[type, list[Any]]
) -> None:
    """Sort ``values`` by type as :func:`_texts` does one by one: text into ``texts`` (when
    ``keep_text``), records into ``models`` by class, dictionaries and lists opened."""
    kinds = set(map(type, values))
    for kind in kinds:
        if issubclass(kind, _NO_TEXT) and not issubclass(kind, str):
            continue
        same: Sequence[Any] = values if len(kinds) == 1 else [v for v in values if type(v) is kind]
        if issubclass(kind, str):
            if keep_text:
                texts.update(same)
        elif issubclass(kind, BaseModel):
            models.setdefault(kind, []).extend(same)
        elif issubclass(kind, dict):
            for mapping in same:
                items = [item for key, item in mapping.items() if "evidence" not in f"[{key}]"]
                _sort_values(items, True, texts, models)
        elif issubclass(kind, list):
            _sort_values(list(chain.from_iterable(same)), True, texts, models)


def _distinct_texts(record: BaseModel) -> set[str]:
    """The texts :func:`_texts` finds under ``record``, each once, in no order.

    Records of one class are read a field at a time for all of them (a 10,000-account audit
    has ~100,000 texts but a few hundred different ones), so nothing is done per text in
    Python: a text field's values go straight into the set; a test compares the two walks."""
    texts: set[str] = set()
    models: dict[type, list[Any]] = {}
    _sort_values([record], True, texts, models)
    while models:
        level, models = models, {}
        for model, records in level.items():
            text, other = _columns(model)
            fields = [r.__dict__ for r in records]
            for name in text:
                texts.update(map(itemgetter(name), fields))
            for name in other:
                column = list(map(itemgetter(name), fields))
                _sort_values(column, name not in _SKIPPED, texts, models)
    texts.discard("")
    return texts


def find_secrets(record: BaseModel) -> list[SecretWarning]:
    """Every text field of ``record`` (an audit or part of one) that looks like a secret.

    Each different text is judged once; the walk that names places in field order runs only
    when one of them looks like a secret (most audits hold none)."""
    reasons = {text: secret_reason(text) for text in _distinct_texts(record)}
    if not any(reasons.values()):
        return []
    found: list[Found] = []
    _texts(record, "", found)
    warnings = []
    for parent, step, text in found:
        reason = reasons[text] if text in reasons else secret_reason(text)
        if reason:
            warnings.append(SecretWarning(parent + step, reason))
    return warnings


def redact(text: str) -> str:
    """The text with the suspicious parts replaced by ``[removed]``."""
    for pattern in (_CODE_RUN, _TOTP_SEED, _TOKEN):
        text = pattern.sub("[removed] ", text).rstrip()
    return _LABELLED.sub(lambda m: m.group("label") + "[removed]", text)
