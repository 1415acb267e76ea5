"""One row of cells → one candidate :class:`~wizard.audit.model.Account`, with what went wrong.

A bad value (a follower count of "beaucoup") costs that field, not the account: it is left
empty and the report names the row, the column and why. A row is refused only when nothing
identifies the account (no URL, no handle) or an identity value itself is invalid.

The URL is the authority on platform and handle: when the platform column is empty or says
something else, the URL wins and the report says which rows.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from wizard.audit import model as m
from wizard.importers import values as v
from wizard.importers.headers import WEBSITE, Mapping
from wizard.importers.identity import (
    canonical_url,
    clean_handle,
    looks_like_address,
    looks_like_handle,
    parse_platform,
    same_family,
    same_handle,
)
from wizard.messages import Both, Message, reason_of
from wizard.platforms import OTHER, Recognition, account_key, platform_name, recognise

Parser = Callable[[object], Any]

_ENUMS: dict[str, type] = {
    "kind": m.AccountKind,
    "status": m.AccountStatus,
    "credentials": m.CredentialStore,
    "mfa": m.MfaCoverage,
    "posting_frequency": m.Frequency,
    "notice_linked": m.Check,
    "moderation_rules": m.Check,
    "accessibility": m.Check,
    "branding_consistent": m.Check,
    "official_languages": m.Check,
    "archiving": m.Check,
    "recommendation": m.Recommendation,
}
_YES_NO_ENUMS: dict[type, tuple[StrEnum, StrEnum]] = {
    m.Check: (m.Check.YES, m.Check.NO),
    m.MfaCoverage: (m.MfaCoverage.ALL, m.MfaCoverage.NONE),
}
_BOOLS = ("verified", "in_registry", "recovery_organisational")
_DATES = ("created", "last_access_review", "last_post")
_COUNTS = ("followers", "admin_count")
_TEXTS = ("display_name", "owning_unit", "audience", "third_party_apps", "purpose", "kpis", "notes")
_WITHHELD = {v.fold("Nom masqué"), v.fold("Name withheld")}


def _enum_parser(enum: type) -> Parser:
    """Labels in either language; for yes/no-like enums, a plain yes or no also works."""

    def parse(value: object) -> Any:
        try:
            return v.parse_enum(enum, value)
        except ValueError:
            pair = _YES_NO_ENUMS.get(enum)
            if pair is None:
                raise
            try:
                answer = v.parse_bool(value)
            except ValueError:
                raise ValueError(str(_first_error(enum, value))) from None
            return None if answer is None else pair[0 if answer else 1]

    return parse


def _first_error(enum: type, value: object) -> str:
    try:
        v.parse_enum(enum, value)
    except ValueError as exc:
        return str(exc)
    return ""


def _person(value: object) -> m.Person | None:
    """``Name (Role)`` as the export writes it, else a name; "Name withheld" is nobody.

    A list repeats its owners: each text is validated once, later rows get a copy."""
    key = (type(value), value)
    found = _PEOPLE.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = _new_person(value)
        if len(_PEOPLE) >= _MEMO_LIMIT:
            _PEOPLE.clear()
        _PEOPLE[key] = found
    return None if found is None else found.model_copy()


_UNSEEN = object()
_PEOPLE: dict[tuple[type, object], Any] = {}


def _new_person(value: object) -> m.Person | None:
    text = v.as_text(value)
    if not text or v.fold(text) in _WITHHELD:
        return None
    if text.endswith(")") and " (" in text:
        name, role = text[:-1].split(" (", 1)
        return m.Person(name=name.strip(), role=role.strip())
    return m.Person(name=text)


def _people(value: object) -> list[m.Person]:
    text = v.as_text(value).replace(";", "\n")
    people = (_person(line) for line in text.splitlines())
    return [p for p in people if p is not None]


def _text(value: object) -> str | None:
    return v.as_text(value) or None


_MEMO_LIMIT = 4096


def _memo(parse: Parser) -> Parser:
    """Remember a parser's answers for one import: a 50,000-row list repeats a few dozen
    statuses, dates and yes/no values, and parsing them is most of the per-row cost.
    Only for parsers returning immutable values (lists are copied); errors are remembered too.
    """
    answers: dict[object, tuple[bool, Any]] = {}

    def parse_once(value: object) -> Any:
        key = (type(value), value)
        found = answers.get(key)
        if found is None:
            try:
                found = (True, parse(value))
            except ValueError as exc:
                found = (False, reason_of(exc))
            if len(answers) < _MEMO_LIMIT:
                answers[key] = found
        ok, result = found
        if not ok:
            raise ValueError(result)
        return list(result) if isinstance(result, list) else result

    parse_once.answers = answers  # type: ignore[attr-defined]  # read by _parse_values
    return parse_once


def _parsers(fraction_rate: bool) -> dict[str, Parser]:
    parsers: dict[str, Parser] = {key: _enum_parser(enum) for key, enum in _ENUMS.items()}
    parsers.update({key: v.parse_bool for key in _BOOLS})
    parsers.update({key: v.parse_date for key in _DATES})
    parsers.update({key: v.parse_count for key in _COUNTS})
    parsers.update({key: _text for key in _TEXTS})
    parsers["engagement_rate"] = functools.partial(v.parse_percent, fraction=fraction_rate)
    parsers["languages"] = lambda value: v.parse_languages(value) or None
    parsers = {key: _memo(parse) for key, parse in parsers.items()}
    parsers["owner"] = _person
    parsers["admins"] = lambda value: _people(value) or None
    return parsers


@dataclass
class RowResult:
    """What one row became. ``account`` is None when the row is invalid (``invalid`` says why)."""

    row: int
    account: m.Account | None = None
    key: str = ""
    invalid: str = ""
    platform_from_url: bool = False
    """The platform column was empty: the platform comes from the URL."""
    platform_conflict: str = ""
    """The platform column said something else; this says what, for the report."""
    problems: list[str] = field(default_factory=list)
    """Values left empty or adjusted, each naming the column."""


@dataclass
class _Identity:
    platform: str = OTHER
    handle: str = ""
    url: str = ""


class RowReader:
    """Turns rows into :class:`RowResult` under one mapping (parsers built once per import)."""

    def __init__(
        self, mapping: Mapping, *, keep_unknown: bool = False, fraction_rate: bool = False
    ):
        self.mapping = mapping
        self.keep_unknown = keep_unknown
        self.columns = {key: index for index, key in mapping.fields.items()}
        parsers = _parsers(fraction_rate)
        self.fields = [
            (k, i, parsers[k], getattr(parsers[k], "answers", None))
            for k, i in self.columns.items()
            if k in parsers
        ]
        """(field, column, parser, its memo or None) for the mapped value columns, resolved
        once per import."""

    def _cell(self, cells: tuple[object, ...], key: str) -> object:
        index = self.columns.get(key)
        return cells[index] if index is not None and index < len(cells) else None

    def read(self, number: int, cells: tuple[object, ...]) -> RowResult:
        result = RowResult(number)
        identity = self._identity(cells, result)
        if not (identity.handle or identity.url):
            result.invalid = result.invalid or Message("import.row.no_identity")
            return result
        data: dict[str, Any] = {
            "platform": identity.platform,
            "handle": identity.handle,
            "url": identity.url,
        }
        self._parse_values(data, cells, result)
        notes = self._notes(cells, data.pop("notes", None))
        if notes:
            data["notes"] = notes
        result.account = self._build(data, result)
        if result.account is not None:
            account = result.account
            result.key = account_key(account.platform, account.handle, account.url)
        return result

    def _parse_values(self, data: dict[str, Any], cells: tuple, result: RowResult) -> None:
        """Every mapped value column; a bad value is reported and left out, not fatal."""
        width = len(cells)
        for key, index, parse, answers in self.fields:
            raw = cells[index] if index < width else None
            if raw is None or raw == "":
                continue
            if answers is not None:  # the memo of _memo, inlined: this runs once per cell
                found = answers.get((type(raw), raw))
                if found is not None:
                    ok, value = found
                    if not ok:
                        result.problems.append(self._left_empty(key, value))
                        continue
                    if value is not None:
                        data[key] = list(value) if isinstance(value, list) else value
                    continue
            try:
                value = parse(raw)
            except ValueError as exc:
                result.problems.append(self._left_empty(key, reason_of(exc)))
                continue
            if value is not None:
                data[key] = value

    def _header(self, key: str) -> str:
        header = self.mapping.headers[self.columns[key]]
        return (
            Message("import.quoted", text=header) if isinstance(header, Message) else repr(header)
        )

    def _left_empty(self, key: str, reason: str) -> Message:
        return Message("import.row.left_empty", column=self._header(key), reason=reason)

    def _notes(self, cells: tuple[object, ...], notes: object) -> str:
        parts = [v.as_text(notes)] if notes else []
        website = v.as_text(self._cell(cells, WEBSITE))
        if website:
            label = (
                "Website" if self.mapping.guessed else self.mapping.headers[self.columns[WEBSITE]]
            )
            parts.append(f"{label}: {website}")
        if self.keep_unknown:
            for index in self.mapping.unknown:
                if index < len(cells) and v.as_text(cells[index]):
                    parts.append(f"{self.mapping.headers[index]}: {v.as_text(cells[index])}")
        return "\n".join(p for p in parts if p)

    def _build(self, data: dict[str, Any], result: RowResult) -> m.Account | None:
        """Validate; a field the model refuses is dropped and reported, identity excepted."""
        for _ in range(3):
            try:
                return m.Account(**data)
            except ValidationError as exc:
                for error in exc.errors():
                    key = str(error["loc"][0]) if error["loc"] else ""
                    message = f"{error['msg']}".removeprefix("Value error, ")
                    if key in ("platform", "handle", "url") or key not in data:
                        field = key or Message("import.row.row")
                        result.invalid = Message(
                            "import.row.field_refused", field=field, reason=message
                        )
                        return None
                    label = self._header(key) if key in self.columns else key
                    result.problems.append(
                        Message("import.row.left_empty", column=label, reason=message)
                    )
                    data.pop(key, None)
        result.invalid = Message("import.row.not_validated")
        return None

    # ---------------------------------------------------------------- identity

    def _identity(self, cells: tuple[object, ...], result: RowResult) -> _Identity:
        url_text = v.as_text(self._cell(cells, "url"))
        handle_text = v.as_text(self._cell(cells, "handle"))
        column = self._column_platform(cells, result)
        if not url_text and looks_like_address(handle_text):
            url_text, handle_text = handle_text, ""
        found = recognise(url_text) if url_text else None
        if found is not None and found.platform != OTHER:
            column_text = v.as_text(self._cell(cells, "platform"))
            return self._from_url(found, column, column_text, handle_text, result)
        identity = _Identity(platform=column or OTHER)
        if found is not None:
            identity.url = found.url
            if not found.url and not handle_text and looks_like_handle(url_text):
                handle_text = url_text
            elif not found.url and handle_text:
                result.problems.append(
                    Message(
                        "import.row.not_url_used_handle", column=self._header("url"), text=url_text
                    )
                )
            elif not found.url:
                result.invalid = Message("import.row.neither_url_nor_handle", text=url_text)
                return identity
        identity.handle = clean_handle(handle_text, identity.platform)
        if identity.handle and not identity.url and identity.platform != OTHER:
            identity.url = canonical_url(identity.platform, identity.handle)
        return identity

    def _column_platform(self, cells: tuple[object, ...], result: RowResult) -> str | None:
        raw = self._cell(cells, "platform")
        try:
            return parse_platform(raw)
        except ValueError as exc:
            result.problems.append(
                Message(
                    "import.row.column_problem",
                    column=self._header("platform"),
                    reason=reason_of(exc),
                )
            )
            return None

    def _from_url(
        self,
        found: Recognition,
        column: str | None,
        column_text: str,
        handle_text: str,
        result: RowResult,
    ) -> _Identity:
        if column is None:
            result.platform_from_url = True
        elif column != found.platform and not same_family(column, found.platform):
            name = Both(platform_name(found.platform, "fr"), platform_name(found.platform, "en"))
            result.platform_conflict = Message(
                "import.row.platform_conflict", given=column_text, platform=name
            )
        handle = found.handle if found.handle else clean_handle(handle_text, found.platform)
        given = clean_handle(handle_text, found.platform)
        if found.recognised and given and not same_handle(given, found.handle):
            result.problems.append(
                Message(
                    "import.row.handle_conflict",
                    column=self._header("handle"),
                    given=handle_text,
                    found=found.handle,
                )
            )
        if not found.recognised:
            result.problems.append(Message("import.row.url_is_post"))
        return _Identity(found.platform, handle, found.url)
