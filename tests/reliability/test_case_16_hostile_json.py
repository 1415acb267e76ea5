"""Case 16: session JSON with NaN, duplicate keys, deep nesting, huge numbers, wrong types,
unknown keys (``password``): a validation error naming the field path; nothing half-loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.session_corpus import FAIL, check_refused, names

from wizard.sessions.store import InvalidContentError, load_session
from wizard.sessions.strictjson import parse_json

PATHS_NAMED = {
    "nan.vigie": "accounts[0].followers",
    "infinity.vigie": "accounts[0].engagement_rate",
    "huge_digits.vigie": "accounts[0].followers",
    "huge_integer.vigie": "accounts[0].followers",
    "wrong_types.vigie": "accounts[0].followers",
    "duplicate_keys.vigie": "accounts[1].handle",
    "password_key.vigie": "accounts[0].password",
    "control_character.vigie": "accounts[0].notes",
    "lone_surrogate.vigie": "engagement.title",
}


@pytest.mark.parametrize("name", names(16))
def test_refused_with_its_reason(name: str, tmp_path: Path) -> None:
    check_refused(name, tmp_path)


@pytest.mark.parametrize("name", sorted(PATHS_NAMED))
def test_every_problem_starts_with_the_field_path(name: str) -> None:
    with pytest.raises(InvalidContentError) as caught:
        load_session(FAIL / name)
    assert caught.value.problems[0].startswith(PATHS_NAMED[name] + ": ")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (b'{"a": [1, NaN]}', "a[1]: NaN is not a number Vigie accepts"),
        (b'{"a": {"b": -Infinity}}', "a.b: -Infinity is not a number Vigie accepts"),
        (b'{"n": -' + b"1" * 41 + b"}", "n: the number with 41 digits is too large"),
        (b'{"n": 1e400}', "n: the number 1e400 is too large"),
        (b"NaN", "NaN is not a number Vigie accepts"),
        (b'{"n": NaN, "m": }', "NaN is not a number Vigie accepts"),
    ],
)
def test_refused_numbers_name_their_path(text: bytes, problem: str) -> None:
    """Fixed here: NaN, infinities and numbers past ``int()``'s 4,300-digit limit were
    refused without a path, the last with Python's advice to call
    ``sys.set_int_max_str_digits()``."""
    with pytest.raises(InvalidContentError) as caught:
        parse_json(text, "s.vigie")
    assert caught.value.problems == [problem]


def test_forty_digits_still_parse_and_reach_validation() -> None:
    assert parse_json(b'{"n": ' + b"9" * 40 + b"}", "s.vigie") == {"n": int("9" * 40)}
