"""The session corpus itself: every file described in its README, every fail/ file with an
expected reason (cases 15–18 check them), every pass/ file opens and saves back unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.session_corpus import FAIL, OPEN_WARNINGS, PASS, REFUSALS, readme_names

from wizard.sessions.store import load_session, save_session


def test_every_fail_file_has_a_reason_and_a_readme_line() -> None:
    on_disk = {p.name for p in FAIL.iterdir() if p.name != "README.md"}
    assert on_disk == set(REFUSALS)
    assert readme_names(FAIL) == on_disk


def test_every_pass_file_is_listed_and_described() -> None:
    on_disk = {p.name for p in PASS.iterdir() if p.name != "README.md"}
    assert on_disk == set(OPEN_WARNINGS)
    assert readme_names(PASS) == on_disk


def test_fixtures_are_small() -> None:
    """The zip bombs are bombs by what they declare, not by what they weigh in the repo."""
    for path in [*FAIL.iterdir(), *PASS.iterdir()]:
        assert path.stat().st_size < 64 * 1024, path.name


@pytest.mark.parametrize("name", sorted(OPEN_WARNINGS))
def test_pass_file_opens_and_round_trips(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copy(PASS / name, path)
    result = load_session(path)
    assert result.warnings == OPEN_WARNINGS[name]
    audit = result.session.audit
    assert audit.engagement.organisation.name == "Municipalité de Saint-Exemple"
    assert "\r" not in audit.accounts[0].notes
    save_session(result.session, path)
    again = load_session(path)
    assert again.session.audit == result.session.audit
    assert again.session.blobs == result.session.blobs
    assert again.warnings == []
