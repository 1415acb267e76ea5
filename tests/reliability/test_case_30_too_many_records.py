"""Issue 18, case 2: 200,001 minimal accounts (``{}``) in a 1.1 MB session file.

It was refused, but only after 7–8 s and 650 MB: every account was built, twice, before the
list's limit was checked. The count is now checked first, before any record is built.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.reliability import vigie

from wizard.audit.model import Audit, new_audit
from wizard.sessions import fastjson, store
from wizard.sessions.container import AUDIT_MEMBER, MIMETYPE, MIMETYPE_MEMBER
from wizard.sessions.store import InvalidContentError, load_session


def _session_with(path: Path, field: str, count: int) -> Path:
    data = new_audit().model_dump_json().encode("utf-8")
    items = b",".join([b"{}"] * count)
    data = data.replace(f'"{field}":[]'.encode(), f'"{field}":['.encode() + items + b"]", 1)
    assert items[:10] in data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MIMETYPE_MEMBER, MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr(AUDIT_MEMBER, data)
    return path


def _never(*_args: object, **_kwargs: object) -> object:
    raise AssertionError("records were built before the count was checked")


@pytest.mark.parametrize(("field", "limit"), [("accounts", 200_000), ("actions", 100_000)])
def test_refused_on_the_count_before_any_record_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, limit: int
) -> None:
    path = _session_with(tmp_path / "many.vigie", field, limit + 1)
    monkeypatch.setattr(fastjson, "validated", _never)
    monkeypatch.setattr(store, "parse_json", _never)
    monkeypatch.setattr(Audit, "model_validate_json", _never)
    with pytest.raises(InvalidContentError) as refused:
        load_session(path)
    assert refused.value.problems == [f"{field}: {limit + 1:,} records, the limit is {limit:,}"]


def test_the_command_names_the_list_and_the_count(tmp_path: Path) -> None:
    path = _session_with(tmp_path / "many.vigie", "accounts", 200_001)
    done = vigie("check", str(path))
    assert done.returncode == 1
    assert "accounts: 200,001 records, the limit is 200,000" in done.stderr


def test_many_records_within_the_limits_still_load(tmp_path: Path) -> None:
    path = _session_with(tmp_path / "fine.vigie", "accounts", 120_000)
    assert len(load_session(path).session.audit.accounts) == 120_000
