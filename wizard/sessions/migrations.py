"""Older session shapes, brought up to date one version at a time, on the raw JSON data.

Migrations work on the parsed ``audit.json`` dict, before validation, because an old file
does not fit today's model. Each function turns version ``v`` into ``v + 1`` and nothing else,
so a file of any supported age goes through the chain. A file from a newer Vigie is refused,
never "migrated down": fields we do not know would be lost on the next save.

Format 0 is the pre-release shape (prototype files, 2024):

* ``answers`` was a list of ``{"criterion": id, "level": …, "notes": …}`` objects; format 1
  keys answers by criterion id (a criterion cannot be answered twice).
* ``accounts[].mfa`` was a yes/no flag (``true``/``false``/``null``); format 1 records the
  coverage (``all``/``some``/``none``/``unknown``): ``true`` becomes ``all``.

Format 2 adds optional fields only (listed in docs/session-format.md); a format-1 file is
read unchanged, and the new version number keeps an older Vigie from opening a newer file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.audit.model import FORMAT, FORMAT_VERSION
from wizard.messages import Message
from wizard.sessions.errors import ForeignFileError, InvalidContentError, NewerVersionError

Data = dict[str, Any]
Migration = Callable[[Data], Data]


class _Problems(list[str]):
    """Problems found while migrating, raised together so the user sees them all."""

    def raise_if_any(self, label: str) -> None:
        if self:
            raise InvalidContentError(Message("session.not_convertible", file=label), list(self))


def _v0_to_v1(data: Data) -> Data:
    problems = _Problems()
    data["answers"] = _answers_by_criterion(data.get("answers", []), problems)
    accounts = data.get("accounts", [])
    if isinstance(accounts, list):
        for account in accounts:
            if isinstance(account, dict) and "mfa" in account:
                account["mfa"] = _mfa_coverage(account["mfa"])
    problems.raise_if_any("format 0")
    return data


def _answers_by_criterion(answers: Any, problems: _Problems) -> Any:
    if not isinstance(answers, list):
        problems.append("answers: must be a list in format 0")
        return answers
    result: Data = {}
    for index, answer in enumerate(answers):
        if not isinstance(answer, dict) or not isinstance(answer.get("criterion"), str):
            problems.append(f"answers[{index}].criterion: missing")
            continue
        criterion = answer.pop("criterion")
        if criterion in result:
            problems.append(f"answers[{index}].criterion: {criterion} is answered twice")
            continue
        result[criterion] = answer
    return result


def _mfa_coverage(value: Any) -> Any:
    """``True``/``False``/``None`` → coverage; anything else is left for validation to name."""
    if value is True:
        return "all"
    if value is False:
        return "none"
    if value is None:
        return "unknown"
    return value


def _v1_to_v2(data: Data) -> Data:
    """Format 2 only adds optional fields (their defaults are what a format-1 file meant)."""
    return data


MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2}
"""``MIGRATIONS[v]`` turns a format-``v`` audit into format ``v + 1``."""


def check_version(data: Data, label: str) -> int:
    """The file's format version, or the error that stops it before anything is changed."""
    if data.get("format") != FORMAT:
        raise ForeignFileError(Message("session.not_vigie", file=label))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise InvalidContentError(
            Message("session.invalid", file=label), ["format_version: must be a whole number"]
        )
    if version > FORMAT_VERSION:
        raise NewerVersionError(
            Message("session.newer", file=label, version=version),
            version,
        )
    if version < FORMAT_VERSION and version not in MIGRATIONS:
        raise ForeignFileError(Message("session.too_old", file=label, version=version))
    return version


def migrate(data: Data, label: str) -> tuple[Data, int | None]:
    """Bring ``data`` to :data:`FORMAT_VERSION`; return it and the version it came from."""
    start = check_version(data, label)
    if start == FORMAT_VERSION:
        return data, None
    for version in range(start, FORMAT_VERSION):
        try:
            data = MIGRATIONS[version](data)
        except InvalidContentError as exc:
            raise InvalidContentError(f"{label}: {exc.reason}", exc.problems) from None
        data["format_version"] = version + 1
    return data, start
