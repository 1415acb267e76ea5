"""Case 19: a session from an older format version is migrated, the user is told, and the
original is kept as a backup. Generated format-0 files of every shape migrate and validate."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from helpers.reliability import SESSIONS, answer, vigie
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.audit.model import FORMAT_VERSION
from wizard.sessions.store import load_session

V0 = SESSIONS / "pass" / "v0-minimal.vigie"


def _fixtures():
    """tests/data/sessions/make_fixtures.py: the format-0 shape, written as old Vigie did."""
    spec = importlib.util.spec_from_file_location("session_fixtures", SESSIONS / "make_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FIXTURES = _fixtures()
COVERAGE = {True: "all", False: "none", None: "unknown"}
CRITERIA = ["policy.exists", "policy.known"]

text = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=40)
v0_account = st.fixed_dictionaries(
    {"platform": st.sampled_from(["facebook", "x", "instagram", "linkedin", "other"])},
    optional={
        "handle": text,
        "mfa": st.sampled_from([True, False, None]),
        "followers": st.integers(0, 10_000_000),
        "kind": st.sampled_from(["official", "programme", "unknown"]),
        "notes": text,
    },
)
v0_answer = st.one_of(
    st.fixed_dictionaries({"level": st.integers(0, 2)}, optional={"notes": text}),
    st.fixed_dictionaries(
        {"not_applicable": st.just(True), "justification": text.filter(str.strip)}
    ),
)


@st.composite
def v0_audits(draw: st.DrawFn) -> dict:
    audit = {k: v for k, v in FIXTURES.AUDIT_V0.items() if k not in ("accounts", "answers")}
    accounts = draw(st.lists(v0_account, max_size=6))
    for index, account in enumerate(accounts):
        account["id"] = f"acc-{index}"
    answered = draw(st.lists(st.sampled_from(CRITERIA), unique=True))
    audit["accounts"] = accounts
    audit["answers"] = [{"criterion": c, **draw(v0_answer)} for c in answered]
    return audit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(audit=v0_audits())
def test_generated_v0_files_migrate_and_validate(tmp_path_factory, audit: dict) -> None:
    path = tmp_path_factory.mktemp("v0") / "old.vigie"
    FIXTURES.write_session(path, audit)
    before = path.read_bytes()
    result = load_session(path)
    assert result.migrated_from == 0
    migrated = result.session.audit
    assert migrated.format_version == FORMAT_VERSION
    assert [a.mfa.value for a in migrated.accounts] == [
        COVERAGE[a["mfa"]] if "mfa" in a else "unknown" for a in audit["accounts"]
    ]
    assert sorted(migrated.answers) == sorted(a["criterion"] for a in audit["answers"])
    for given_answer in audit["answers"]:
        answer_now = migrated.answers[given_answer["criterion"]]
        assert answer_now.level == given_answer.get("level")
        assert answer_now.not_applicable == given_answer.get("not_applicable", False)
    assert path.read_bytes() == before  # loading never writes


def test_command_tells_the_user(tmp_path: Path) -> None:
    path = tmp_path / "old.vigie"
    shutil.copy(V0, path)
    done = vigie("check", str(path))
    assert done.returncode == 0
    assert "format 0 would be migrated on save" in done.stdout
    assert path.read_bytes() == V0.read_bytes()


def test_command_that_saves_keeps_the_original(tmp_path: Path) -> None:
    path = tmp_path / "old.vigie"
    shutil.copy(V0, path)
    accounts = tmp_path / "accounts.txt"
    accounts.write_text("https://www.linkedin.com/company/saint-exemple\n", encoding="utf-8")
    done = vigie("import-accounts", str(path), str(accounts), "--apply")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "old.v0.vigie.bak").read_bytes() == V0.read_bytes()
    assert load_session(path).migrated_from is None
    assert len(load_session(path).session.audit.accounts) == 4


def test_gui_tells_the_user_and_keeps_the_original(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.vigie"
    shutil.copy(V0, path)
    told = answer(monkeypatch, "info", None)
    assert window.controller.open_file(path)
    [(_, title, text)] = told
    assert title == "old.vigie"
    assert "older version of Vigie" in text
    assert "kept as a backup" in text
    window.document.mark_changed()
    assert window.controller.save()
    assert (tmp_path / "old.v0.vigie.bak").read_bytes() == V0.read_bytes()
    assert load_session(path).migrated_from is None
