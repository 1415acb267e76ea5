"""``vigie check`` says the same thing through its fast paths as through the exact ones, line
for line, on every file of the session corpus and on generated files that take each branch:
the native validation and its proof (wizard/sessions/fastjson.py), the one-judgement-per-text
secret scan (wizard/audit/secrets.py) and the command run with the collector off."""

from __future__ import annotations

import gc
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers.audits import make_session
from helpers.cli_process import check_then
from helpers.sample import generated_audit
from helpers.session_corpus import FAIL, PASS

from wizard.audit import secrets
from wizard.audit.model import Audit, Person
from wizard.cli import check
from wizard.cli.main import main
from wizard.sessions import compact, fastjson, pydantic_internals
from wizard.sessions.session import Session
from wizard.sessions.store import save_session

MIMETYPE = b"application/vnd.vigie.audit+zip"


def _zip(path: Path, audit_json: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", MIMETYPE)
        archive.writestr("audit.json", audit_json, zipfile.ZIP_DEFLATED)
    return path


def _with_secrets() -> Audit:
    audit = generated_audit(120, seed=3)
    audit.accounts[5].notes = "mdp : Hiver2026!"
    audit.accounts[7].owner.role = "token ghp_a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7"
    audit.accounts[9].admins = [Person(name="a"), Person(role="pwd=x9")]
    audit.engagement.auditors[1].name = "pin: 1234"
    audit.answers[next(iter(audit.answers))].notes = "codes de secours 12345678, 23456789, 34567890"
    audit.risks[0].accounts = ["not-an-account"]
    return audit


def _generated(folder: Path) -> list[Path]:
    """Files for the branches the corpus does not reach."""
    files = []
    target = folder / "secrets.vigie"
    save_session(Session(audit=_with_secrets()), target)
    files.append(target)
    target = folder / "attachments.vigie"
    save_session(make_session(4), target)
    files.append(target)
    files.append(_zip(folder / "every-field.vigie", compact.full_json(generated_audit(40, 6))))
    crlf = generated_audit(20, seed=7)
    crlf.accounts[0].notes = "ligne 1\nligne 2"
    raw = compact.audit_json(crlf).replace(b"ligne 1\\nligne 2", b"ligne 1\\r\\nligne 2")
    files.append(_zip(folder / "crlf.vigie", raw))
    duplicate = compact.audit_json(generated_audit(3, seed=9)).replace(
        b'"handle":', b'"handle":"x","handle":', 1
    )
    files.append(_zip(folder / "duplicate-key.vigie", duplicate))
    return files


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("check")
    corpus = sorted(PASS.glob("*.vigie")) + sorted(FAIL.glob("*.vigie"))
    copies = [Path(shutil.copy(path, folder / path.name)) for path in corpus]
    return copies + _generated(folder)


def _walked_secrets(record):
    """The scan as it was: every text judged where the walk finds it."""
    found: list[tuple[str, str, str]] = []
    secrets._texts(record, "", found)
    return [
        secrets.SecretWarning(parent + step, reason)
        for parent, step, text in found
        if (reason := secrets.secret_reason(text))
    ]


def _outputs(files: list[Path], capsys) -> list[tuple[int, str, str]]:
    results = []
    for path in files:
        code = main(["check", str(path)])
        captured = capsys.readouterr()
        results.append((code, captured.out, captured.err))
    return results


def test_check_says_the_same_through_the_fast_and_the_exact_paths(files, capsys, monkeypatch):
    fast = _outputs(files, capsys)
    monkeypatch.setattr(pydantic_internals, "_disabled", True)
    monkeypatch.setattr(check, "find_secrets", _walked_secrets)
    fastjson._validator.cache_clear()
    try:
        exact = _outputs(files, capsys)
    finally:
        monkeypatch.undo()
        fastjson._validator.cache_clear()
    for path, quick, slow in zip(files, fast, exact, strict=True):
        assert quick == slow, path.name
    said = "".join(err for _, _, err in fast)
    assert "accounts[9].admins[1].role looks like a password" in said
    assert "risks[0].accounts: 1 account(s) not in the audit" in said
    assert "this key appears twice" in said
    assert sum(code == 0 for code, _, _ in fast) == len(list(PASS.glob("*.vigie"))) + 4


def test_no_collection_runs_during_a_check(tmp_path, capsys):
    """The check builds one audit without cycles: a collection could only walk it."""
    path = tmp_path / "a.vigie"
    save_session(Session(audit=generated_audit(300, seed=2)), path)
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        assert main(["check", str(path)]) == 0
    finally:
        gc.callbacks.remove(count)
    assert "valid" in capsys.readouterr().out
    assert collections == []
    assert gc.isenabled()


def test_after_a_check_the_process_ends_without_a_last_collection(tmp_path):
    """At exit the objects still alive are frozen: the interpreter's final collection, which
    would walk them all just before the process frees everything, has nothing to walk."""
    path = tmp_path / "a.vigie"
    save_session(Session(audit=generated_audit(20, seed=2)), path)
    then = """
import atexit, gc
assert gc.get_freeze_count() == 0
atexit._run_exitfuncs()
print(gc.get_freeze_count())
"""
    assert int(check_then(path, then)) > 10_000


def test_the_checked_audit_is_left_to_the_exit_and_a_collection_frees_it(
    tmp_path, capsys, monkeypatch
):
    """Freeing a 10,000-account audit object by object was the last 15 ms of a check: the
    command returns without freeing it, and only a collection (none runs before the frozen
    exit of a ``vigie check`` process) gets the memory back in a longer-lived caller."""
    import weakref

    from wizard.sessions import store

    path = tmp_path / "a.vigie"
    save_session(Session(audit=generated_audit(30, seed=2)), path)
    loaded: list[weakref.ref] = []

    def load_session(*args, **kwargs):
        result = store.load_session(*args, **kwargs)
        loaded.append(weakref.ref(result.session))
        return result

    monkeypatch.setattr(check, "load_session", load_session)
    assert main(["check", str(path)]) == 0
    assert "valid" in capsys.readouterr().out
    assert loaded[0]() is not None
    gc.collect()
    assert loaded[0]() is None
